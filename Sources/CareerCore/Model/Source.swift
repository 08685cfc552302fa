/// One of the documents the guide is drawn from. Every other item names the sources it comes from.
package struct Source: Hashable, Sendable {
    package let id: String
    /// The document's own title, or a fitting one where it has none (see `ownTitle`).
    package let title: String
    package let ownTitle: Bool
    /// What kind of document it is: "course unit", "blog article" …
    package let kind: String
    package let summary: String
    /// The file name of the original document.
    package let document: String
}

extension Source: GuideItem {
    package static let kind = ItemKind.source
    package static let file = "sources.json"
    package static let isRequired = true
    package static let plural = "Sources"
    package static var all: WritableKeyPath<Content, [Self]> { \.sources }
    package static let isSearchable = false
    package static let hasUniqueNames = false

    package init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .source), title: json.string("title"), ownTitle: json.bool("ownTitle", default: true),
            kind: json.string("kind"), summary: json.string("summary"), document: json.string("document"))
    }

    package var json: JSON {
        .object([
            ("id", .string(id)), ("title", .string(title)), ("ownTitle", .bool(ownTitle)), ("kind", .string(kind)),
            ("summary", .string(summary)), ("document", .string(document)),
        ])
    }

    package func entry(name: (ItemRef) -> String) -> Entry {
        Entry(ref: ref, name: title, aliases: [], summary: summary, body: [], sources: [id], keywords: [kind])
    }
}
