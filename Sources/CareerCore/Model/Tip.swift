/// Advice for building a career.
package struct Tip: Hashable, Sendable {
    package let id: String
    package let name: String
    package let summary: String
    /// Concrete ways to follow the tip, where the documents give them.
    package let actions: [String]
    package let sources: [String]
}

extension Tip: GuideItem {
    package static let kind = ItemKind.tip
    package static let file = "tips.json"
    package static let plural = "Tips"
    package static var all: WritableKeyPath<Content, [Self]> { \.tips }

    package init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .tip), name: json.string("name"), summary: json.string("summary"),
            actions: json.strings("actions"), sources: json.sources())
    }

    package var json: JSON {
        .object([
            ("id", .string(id)), ("name", .string(name)), ("summary", .string(summary)), ("actions", .strings(actions)),
            ("sources", .strings(sources)),
        ])
    }

    package func entry(name: (ItemRef) -> String) -> Entry {
        Entry(ref: ref, name: self.name, aliases: [], summary: summary, body: actions, sources: sources)
    }
}
