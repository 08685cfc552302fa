/// A certification the documents recommend.
package struct Certification: Hashable, Sendable {
    package let id: String
    package let name: String
    /// Other names the documents use for it, shown as "Also called".
    package let aliases: [String]
    /// Handy words no document uses as its name ("MLE"): they find it, but are never shown as its names.
    package let searchTerms: [String]
    /// Who awards it, where a document says so.
    package let issuer: String?
    package let summary: String
    package let sources: [String]
}

extension Certification: GuideItem {
    package static let kind = ItemKind.certification
    package static let file = "certifications.json"
    package static let plural = "Certifications"
    package static var all: WritableKeyPath<Content, [Self]> { \.certifications }

    package init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .certification), name: json.string("name"), aliases: json.strings("aliases", distinct: true),
            searchTerms: json.strings("searchTerms", distinct: true),
            issuer: json.optionalString("issuer"), summary: json.string("summary"), sources: json.sources())
    }

    package var json: JSON {
        .object([
            ("id", .string(id)), ("name", .string(name)), ("aliases", .strings(aliases)), ("searchTerms", .strings(searchTerms)),
            ("issuer", .optional(issuer)), ("summary", .string(summary)), ("sources", .strings(sources)),
        ])
    }

    package func entry(name: (ItemRef) -> String) -> Entry {
        Entry(
            ref: ref, name: self.name, aliases: aliases + searchTerms, summary: summary, body: [], sources: sources,
            keywords: issuer.map { [$0] } ?? [])
    }
}
