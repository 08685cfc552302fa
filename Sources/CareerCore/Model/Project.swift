/// How demanding a practice project is.
package enum ProjectLevel: String, CaseIterable, Hashable, Sendable {
    case beginner
    case intermediate
    case advanced
}

/// A project idea to build.
package struct Project: Hashable, Sendable {
    package let id: String
    package let name: String
    /// Other names the documents use for it, shown as "Also called".
    package let aliases: [String]
    /// Handy words no document uses as its name ("MLE"): they find it, but are never shown as its names.
    package let searchTerms: [String]
    package let level: ProjectLevel
    package let summary: String
    /// Ids of the skills it exercises.
    package let skills: [String]
    package let sources: [String]
}

extension Project: GuideItem {
    package static let kind = ItemKind.project
    package static let file = "projects.json"
    package static let plural = "Projects"
    package static var all: WritableKeyPath<Content, [Self]> { \.projects }

    package init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .project), name: json.string("name"), aliases: json.strings("aliases", distinct: true),
            searchTerms: json.strings("searchTerms", distinct: true),
            level: json.choice("level"), summary: json.string("summary"),
            skills: json.references("skills", to: .skill), sources: json.sources())
    }

    package var json: JSON {
        .object([
            ("id", .string(id)), ("name", .string(name)), ("aliases", .strings(aliases)), ("searchTerms", .strings(searchTerms)),
            ("level", .string(level.rawValue)), ("summary", .string(summary)), ("skills", .strings(skills)),
            ("sources", .strings(sources)),
        ])
    }

    package func entry(name: (ItemRef) -> String) -> Entry {
        Entry(
            ref: ref, name: self.name, aliases: aliases + searchTerms, summary: summary, body: [], sources: sources,
            keywords: ["\(level.rawValue) level"])
    }
}
