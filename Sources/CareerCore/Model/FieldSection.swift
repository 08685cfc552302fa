/// One part of the overview of the field: what it is, the job market, the reality check …
package struct FieldSection: Hashable, Sendable {
    package let id: String
    package let title: String
    package let paragraphs: [String]
    package let points: [FieldPoint]
    package let sources: [String]
}

/// A point in a field section, optionally labelled ("Difficulty", "Myth" …).
package struct FieldPoint: Hashable, Sendable {
    package let label: String?
    package let text: String
}

extension FieldSection: GuideItem {
    package static let kind = ItemKind.section
    package static let file = "field.json"
    package static let plural = "The field"
    package static var all: WritableKeyPath<Content, [Self]> { \.field }
    package static let hasUniqueNames = false

    package init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .section), title: json.string("title"), paragraphs: json.strings("paragraphs"),
            points: json.objects("points", FieldPoint.init), sources: json.sources())
    }

    package var json: JSON {
        .object([
            ("id", .string(id)), ("title", .string(title)), ("paragraphs", .strings(paragraphs)),
            ("points", .array(points.map(\.json))), ("sources", .strings(sources)),
        ])
    }

    package func entry(name: (ItemRef) -> String) -> Entry {
        let points = points.map { point in point.label.map { "\($0): \(point.text)" } ?? point.text }
        return Entry(
            ref: ref, name: title, aliases: [], summary: paragraphs.first ?? points.first ?? "",
            body: Array(paragraphs.dropFirst()) + points, sources: sources)
    }
}

extension FieldPoint {
    init(_ json: ObjectReader) {
        self.init(label: json.optionalString("label"), text: json.string("text"))
    }

    var json: JSON { .object([("label", .optional(label)), ("text", .string(text))]) }
}
