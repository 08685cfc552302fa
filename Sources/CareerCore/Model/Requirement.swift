/// How strongly a document says a skill is needed, in the document's own word. The words form a fixed
/// vocabulary, strongest first, so that needs can be ordered (`rank`); a page always shows the word.
package enum Need: String, CaseIterable, Hashable, Sendable {
    case essential
    case mustLearn = "must learn"
    case needed
    case crucial
    case fundamental
    case critical
    case vital
    case key
    case foundational
    case equallyImportant = "equally important"
    case important
    case oftenRequired = "often required"
    case alsoImportant = "also important"
    /// O*NET's flags on an occupation's technology: named often in its job postings ("in demand"), or in
    /// employers' postings across occupations ("hot technology").
    case inDemand = "in demand"
    case hotTechnology = "hot technology"

    /// The document's word: "often required".
    package var label: String { rawValue }

    /// The word's place in the vocabulary: 0 for the strongest.
    package var rank: Int { Self.allCases.firstIndex(of: self)! }
}

/// What one document says of a requirement: its word for the weight, and the audience it says it to
/// ("to succeed in this field", "for anyone seeking a career in LLMs").
package struct Weight: Hashable, Sendable {
    package let need: Need
    /// Whom the document addresses, in its own terms; nil where it names no one.
    package let audience: String?
    package let sources: [String]

    package init(need: Need, audience: String?, sources: [String]) {
        self.need = need
        self.audience = audience
        self.sources = sources
    }
}

/// Whom a requirement applies to: the field (its foundations, each with its audience) or one role.
package enum Scope: String, CaseIterable, Hashable, Sendable {
    case field
    case role
}

/// One thing the field or a role needs: a skill, or a choice between skills ("TensorFlow or PyTorch").
package struct Requirement: Hashable, Sendable {
    /// The id of one skill, or the ids of an either-or group's choices (at least two).
    package let skills: [String]
    /// Each document's weight, with its audience; empty where a document ties the skill to a role's work
    /// without weighing it. Documents that weigh a skill differently each keep their own word.
    package let weights: [Weight]
    /// The documents that tie the skill to the field or the role.
    package let sources: [String]

    package init(skills: [String], weights: [Weight], sources: [String]) {
        self.skills = skills
        self.weights = weights
        self.sources = sources
    }

    /// The strongest weight any document gives, for ordering; nil where none is given.
    package var need: Need? { weights.map(\.need).min { $0.rank < $1.rank } }

    /// The weight with the strongest word.
    package var strongest: Weight? { weights.min { $0.need.rank < $1.need.rank } }

    /// True for an either-or group.
    package var isChoice: Bool { skills.count > 1 }

    /// Had when any of its choices is had.
    package func isMet(by have: Set<String>) -> Bool { skills.contains(where: have.contains) }
}

extension Requirement: PackFileItem {
    /// The foundations: what a document says the whole field needs.
    package static let file = "foundations.json"
    package static var all: WritableKeyPath<Content, [Self]> { \.foundations }

    /// `"skill": ID` or `"either": [ID, ID, …]`, its `weights` (each document's word and audience; none
    /// where no document weighs it) and `sources`, which list every source a weight cites.
    package init(_ json: ObjectReader) {
        let skills: [String]
        if json.has("either") {
            if json.has("skill") {
                json.fail(.conflictingFields("skill", "either"), at: "skill")
                json.skip("skill")
            }
            skills = json.references("either", to: .skill)
            // A skill given twice is reported as such; a group of one, as too few.
            if skills.count < 2 { json.fail(.tooFewChoices(count: skills.count), at: "either") }
        } else {
            skills = [json.reference("skill", to: .skill)]
        }
        let weights = json.objects("weights", Weight.init)
        let sources = json.sources()
        for id in weights.flatMap(\.sources) where !id.isEmpty && !sources.contains(id) {
            json.fail(.uncitedSource(id: id), at: "weights")
        }
        self.init(skills: skills, weights: weights, sources: sources)
    }

    package var json: JSON {
        .object([
            skills.count == 1 ? ("skill", .string(skills[0])) : ("either", .strings(skills)),
            ("weights", .array(weights.map(\.json))), ("sources", .strings(sources)),
        ])
    }
}

extension Weight {
    /// `"need"`: the document's word, from the vocabulary of `Need`; `"audience"` (null where none is
    /// named); `"sources"`.
    init(_ json: ObjectReader) {
        self.init(need: json.choice("need"), audience: json.optionalString("audience"), sources: json.sources())
    }

    var json: JSON {
        .object([("need", .string(need.rawValue)), ("audience", .optional(audience)), ("sources", .strings(sources))])
    }
}
