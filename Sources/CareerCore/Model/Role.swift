/// A job in the field, such as Machine Learning Engineer.
package struct Role: Hashable, Sendable {
    package let id: String
    package let name: String
    /// Other names the documents use for it, shown as "Also called".
    package let aliases: [String]
    /// Handy words no document uses as its name ("MLE"): they find it, but are never shown as its names.
    package let searchTerms: [String]
    /// The id of its `Level`; nil where no document places the role.
    package let level: String?
    package let summary: String
    /// The day-to-day work as the documents describe it; empty where they say nothing.
    package let responsibilities: [String]
    /// Ids of the roles this one leads to on the growth path.
    package let next: [String]
    /// Ids of related roles (the relation is symmetric; `Catalog` completes it).
    package let related: [String]
    /// The skills the documents tie to this role in particular; the field's foundations are kept apart.
    /// Empty for a role the documents only name.
    package let skills: [Requirement]
    package let sources: [String]
}

extension Role: GuideItem {
    package static let kind = ItemKind.role
    package static let file = "roles.json"
    package static let isRequired = true
    package static let plural = "Roles"
    package static var all: WritableKeyPath<Content, [Self]> { \.roles }

    package init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .role), name: json.string("name"), aliases: json.strings("aliases", distinct: true),
            searchTerms: json.strings("searchTerms", distinct: true),
            level: json.level("level"), summary: json.string("summary"),
            responsibilities: json.strings("responsibilities"), next: json.references("next", to: .role),
            related: json.references("related", to: .role), skills: json.objects("skills", Requirement.init),
            sources: json.sources())
    }

    package var json: JSON {
        .object([
            ("id", .string(id)), ("name", .string(name)), ("aliases", .strings(aliases)), ("searchTerms", .strings(searchTerms)),
            ("level", .optional(level)), ("summary", .string(summary)),
            ("responsibilities", .strings(responsibilities)), ("next", .strings(next)), ("related", .strings(related)),
            ("skills", .array(skills.map(\.json))), ("sources", .strings(sources)),
        ])
    }

    package func entry(name: (ItemRef) -> String) -> Entry {
        Entry(
            ref: ref, name: self.name, aliases: aliases + searchTerms, summary: summary, body: responsibilities, sources: sources,
            keywords: level.map { ["\($0) level role"] } ?? [])
    }
}
