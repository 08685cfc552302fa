import CareerCore

/// Small pieces of output several commands share.
extension Context {
    /// "Linear algebra, Calculus, Probability".
    func names(_ ids: [String], _ kind: ItemKind) -> String {
        ids.map { catalog.name(of: ItemRef(kind, $0)) }.joined(separator: ", ")
    }

    /// [{"id": …, "name": …}] for a list of references.
    func refsJSON(_ ids: [String], _ kind: ItemKind) -> JSON {
        .array(ids.map { .object([("id", .string($0)), ("name", .string(catalog.name(of: ItemRef(kind, $0))))]) })
    }

    /// A role's need for a skill: `id`, `name`, `category`, `need`, `sources`.
    func linkJSON(_ link: SkillLink) -> JSON {
        .object([
            ("id", .string(link.skill)), ("name", .string(catalog.name(of: ItemRef(.skill, link.skill)))),
            ("category", .string(catalog.skill(link.skill)?.category ?? "")), ("need", .string(link.need.rawValue)),
            ("sources", JSON.encode(link.sources)),
        ])
    }

    /// The "Sources" section of a page.
    func sourcesSection(_ ids: [String], into document: inout Document) {
        document.section("Sources", ids.compactMap(catalog.source).map { "\($0.title) (\($0.kind))" })
    }

    /// "Phase 3: Deep Learning".
    func phaseName(_ phase: Phase) -> String { "Phase \(phase.number): \(phase.name)" }
}

/// The first sentence of a text, for one-line listings.
func firstSentence(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard
        let end = bytes.indices.dropLast().first(where: { bytes[$0] == UInt8(ascii: ".") && bytes[$0 + 1] == UInt8(ascii: " ") })
    else {
        return text
    }
    return String(decoding: bytes[...end], as: UTF8.self)
}

extension JSON {
    /// The first element of an array.
    var first: JSON {
        if case .array(let elements) = self, let first = elements.first { return first }
        return .null
    }
}
