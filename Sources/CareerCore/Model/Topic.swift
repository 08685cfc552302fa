/// A key topic for LLM engineers, grouping the skills it covers.
package struct Topic: Hashable, Sendable {
    package let id: String
    package let name: String
    package let summary: String
    package let details: [String]
    /// Ids of the skills the topic covers.
    package let skills: [String]
    package let sources: [String]
}

extension Topic: GuideItem {
    package static let kind = ItemKind.topic
    package static let file = "topics.json"
    package static let plural = "Key topics"
    package static var all: WritableKeyPath<Content, [Self]> { \.topics }

    package init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .topic), name: json.string("name"), summary: json.string("summary"),
            details: json.strings("details"), skills: json.references("skills", to: .skill), sources: json.sources())
    }

    package var json: JSON {
        .object([
            ("id", .string(id)), ("name", .string(name)), ("summary", .string(summary)), ("details", .strings(details)),
            ("skills", .strings(skills)), ("sources", .strings(sources)),
        ])
    }

    package func entry(name: (ItemRef) -> String) -> Entry {
        Entry(ref: ref, name: self.name, aliases: [], summary: summary, body: details, sources: sources)
    }
}
