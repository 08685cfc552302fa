import CareerCore

/// Small pieces of output several commands share.
extension Context {
    /// Why a skill had counts toward another: "Python counts toward Programming: 'programming languages,
    /// particularly Python'", one line for each such skill among `skills`.
    func creditNotes(_ skills: [String]) -> [String] {
        skills.compactMap(catalog.skill).flatMap { skill in
            skill.countsToward.map { credit in
                "\(skill.name) counts toward \(catalog.name(of: ItemRef(.skill, credit.skill))): '\(credit.quote)'"
            }
        }
    }

    /// "Linear algebra, Calculus, Probability".
    func names(_ ids: [String], _ kind: ItemKind) -> String {
        ids.map { catalog.name(of: ItemRef(kind, $0)) }.joined(separator: ", ")
    }

    /// The strongest weight a document gives, in its word and with its audience: "crucial for those
    /// specializing in LLMs"; "—" where no weight is given.
    func needLabel(_ requirement: Requirement) -> String {
        requirement.strongest.map(weightLabel) ?? "—"
    }

    /// "fundamental for anyone seeking a career in LLMs".
    func weightLabel(_ weight: Weight) -> String {
        weight.audience.map { "\(weight.need.label) \($0)" } ?? weight.need.label
    }

    /// Every weight the documents give, each with its audience and its document's kind: "essential to
    /// succeed in this field (course unit); must learn for AI/ML engineering (career profile)". A guide
    /// drawn from one document (O*NET's) names no kind: it would say the same after every weight.
    func weightsLabel(_ requirement: Requirement) -> String {
        let single = catalog.count(of: .source) == 1
        return requirement.weights.map { weight in
            let kinds = single ? [] : weight.sources.compactMap(catalog.source).map(\.kind)
            return weightLabel(weight) + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))")
        }.joined(separator: "; ")
    }

    /// The name of a role's level ("entry"), or "—" for a role no document places.
    func levelLabel(_ level: String?) -> String { levelLabel(catalog.level(level)) }

    func levelLabel(_ level: Level?) -> String { level?.name ?? "—" }

    /// "entry level", "Job Zone Four: Considerable Preparation Needed", or nil for a role no document places.
    func levelPhrase(_ level: String?) -> String? { catalog.level(level)?.phrase }

    /// What the guide knows of a role that has no skills of its own: its level and its place on the growth
    /// path ("entry level", "on the growth path before Principal AI Architect").
    func placeDescription(_ role: Role) -> String {
        let before = catalog.rolesLeading(to: role).map(\.name)
        let path =
            !before.isEmpty
            ? ["on the growth path after " + listed(before, "or")]
            : role.next.isEmpty ? [] : ["on the growth path before " + listed(role.next.map { catalog.name(of: ItemRef(.role, $0)) }, "or")]
        let parts = (levelPhrase(role.level).map { [$0] } ?? []) + path
        return parts.isEmpty ? "no level or place on the growth path is given" : parts.joined(separator: ", ")
    }

    /// The "Sources" section of a page.
    func sourcesSection(_ ids: [String], into document: inout Document) {
        document.section("Sources", ids.compactMap(catalog.source).map { "\($0.title) (\($0.kind))" })
    }
}

extension Context {
    /// Fails with "this guide has no …" when `items` is empty: a listing of nothing is not an answer.
    func requireSome<Item>(_ items: [Item], _ what: String) throws(CLIError) {
        if items.isEmpty { throw .notFound("this guide has no \(what)", hint: nil) }
    }

    /// What is said of a role with no skills of its own.
    func noOwnSkills(_ role: Role) -> String {
        "No skills are recorded for \(role.name) in particular."
    }
}

/// The neutral lines said where the guide is silent.
enum Silence {
    static let responsibilities = "No responsibilities are recorded for this role."
    static let onlyNamed = "Nothing more is recorded for this role: no responsibilities, no skills of its own."

    /// A plan with nothing in it: no skills of the target's own and no foundations, or without a target,
    /// nothing on the roadmap and no foundations.
    static func emptyPlan(_ target: Role?) -> String {
        target.map { "Nothing to learn is recorded for \($0.name): no skills of its own, and the guide has no foundations." }
            ?? "This guide records nothing to learn without a target role: set one with 'careers target ROLE'."
    }
}

/// "1 skill", "2 projects": a count and its noun, plural where it is not one.
func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

/// "a, b and c" (or "a, b or c"): the last two joined by the conjunction, the others by commas.
func listed(_ parts: [String], _ conjunction: String = "and") -> String {
    parts.count < 2 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " \(conjunction) " + parts.last!
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
