/// A skill, tool, method, topic or metric the documents name.
package struct Skill: Hashable, Sendable {
    package let id: String
    package let name: String
    /// Other names the documents use for it, shown as "Also called".
    package let aliases: [String]
    /// Handy words no document uses as its name ("MLE"): they find it, but are never shown as its names.
    package let searchTerms: [String]
    /// The id of a `SkillCategory`.
    package let category: String
    package let description: String
    /// The skills having this one counts toward, where a document says so ("Python counts toward
    /// Programming": "programming languages, particularly Python").
    package let countsToward: [Credit]
    package let sources: [String]
}

/// That having a skill counts toward having another, with the words of the document that says so.
package struct Credit: Hashable, Sendable {
    /// The id of the skill it counts toward.
    package let skill: String
    /// The document's words that tie the two ("programming languages, particularly Python").
    package let quote: String
    package let sources: [String]

    package init(skill: String, quote: String, sources: [String]) {
        self.skill = skill
        self.quote = quote
        self.sources = sources
    }
}

/// A group of skills, such as mathematics or soft skills.
package struct SkillCategory: Hashable, Sendable {
    package let id: String
    /// A label that groups skills; a category says nothing of its own, so it needs no source.
    package let name: String
}

extension Skill: GuideItem {
    package static let kind = ItemKind.skill
    package static let file = "skills.json"
    package static let isRequired = true
    package static let plural = "Skills"
    package static var all: WritableKeyPath<Content, [Self]> { \.skills }

    package init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .skill), name: json.string("name"), aliases: json.strings("aliases", distinct: true),
            searchTerms: json.strings("searchTerms", distinct: true),
            category: json.reference("category", to: .category), description: json.string("description"),
            countsToward: json.objects("countsToward", Credit.init), sources: json.sources())
    }

    package var json: JSON {
        .object([
            ("id", .string(id)), ("name", .string(name)), ("aliases", .strings(aliases)), ("searchTerms", .strings(searchTerms)),
            ("category", .string(category)), ("description", .string(description)),
            ("countsToward", .array(countsToward.map(\.json))), ("sources", .strings(sources)),
        ])
    }

    package func entry(name: (ItemRef) -> String) -> Entry {
        Entry(
            ref: ref, name: self.name, aliases: aliases + searchTerms, summary: description, body: [], sources: sources,
            keywords: [name(ItemRef(.category, category))])
    }
}

extension Credit {
    /// `"skill"`: the skill it counts toward; `"quote"`: the document's words; `"sources"`.
    init(_ json: ObjectReader) {
        self.init(skill: json.reference("skill", to: .skill), quote: json.string("quote"), sources: json.sources())
    }

    var json: JSON { .object([("skill", .string(skill)), ("quote", .string(quote)), ("sources", .strings(sources))]) }
}

extension SkillCategory: GuideItem {
    package static let kind = ItemKind.category
    package static let file = "categories.json"
    package static let isRequired = true
    package static let plural = "Skill categories"
    package static var all: WritableKeyPath<Content, [Self]> { \.categories }
    package static let isSearchable = false

    package init(_ json: ObjectReader) {
        self.init(id: json.id(as: .category), name: json.string("name"))
    }

    package var json: JSON { .object([("id", .string(id)), ("name", .string(name))]) }

    package func entry(name: (ItemRef) -> String) -> Entry {
        Entry(ref: ref, name: self.name, aliases: [], summary: "", body: [], sources: [])
    }
}
