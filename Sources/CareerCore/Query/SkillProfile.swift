/// The skills someone says they have, resolved against the guide the way every name is:
/// ids, names, aliases, case and punctuation ignored, typos forgiven.
package struct SkillProfile: Sendable, Equatable {
    /// A name that was taken to mean a skill with a different name (a typo or a prefix).
    package struct Correction: Sendable, Equatable {
        package let input: String
        package let skill: String
    }

    /// A name that names no skill, or several.
    package struct Unresolved: Sendable, Equatable {
        package let input: String
        /// The candidates when ambiguous, otherwise the skills it nearly spells (often none; looked up for
        /// the first `SkillProfile.suggested` such names only).
        package let candidates: [String]
        package let isAmbiguous: Bool
    }

    /// Resolved skill ids, in the order given, each once.
    package let skills: [String]
    package let corrections: [Correction]
    package let unresolved: [Unresolved]

    /// The most words a name given without commas is read as several names from.
    package static let wordsInOneLine = 24

    /// How many names that name no skill get their near misses looked up.
    package static let suggested = 10

    /// Splits each input on commas ("python, linear algebra") and resolves every part; a part that names no
    /// skill exactly is read as the names its words make ("python pytorch linear algebra").
    package init(_ inputs: [String], catalog: Catalog) {
        self.init(names: SkillProfile.names(in: inputs), catalog: catalog)
    }

    /// Resolves names already split from the inputs by `names(in:)`, for a caller that looked at them first.
    package init(names given: [String], catalog: Catalog) {
        let resolver = NameResolver(catalog: catalog, kinds: [.skill], manyNames: given.count > 8)
        var skills: [String] = []
        var corrections: [Correction] = []
        var unresolved: [Unresolved] = []
        // Each name given, or the names its words make when it names no skill exactly ("python pytorch").
        let names = given.flatMap { input -> [(name: String, resolution: Resolution)] in
            let whole = resolver.resolve(input)
            if case .found(_, let how) = whole, how <= .alias { return [(input, whole)] }
            let words = input.split(whereSeparator: \.isWhitespace).map(String.init)
            // A few words, as a person writes them; a long run of words is no list of skill names, and is kept whole.
            guard words.count > 1, words.count <= Self.wordsInOneLine else { return [(input, whole)] }
            let runs = resolver.names(in: words)
            return runs.isEmpty || (runs.count == 1 && runs[0].name == input) ? [(input, whole)] : runs
        }
        for (input, resolution) in names {
            switch resolution {
            case .found(let ref, let how):
                if !skills.contains(ref.id) { skills.append(ref.id) }
                if how >= .prefix { corrections.append(Correction(input: input, skill: ref.id)) }
            case .ambiguous(let refs):
                unresolved.append(Unresolved(input: input, candidates: refs.map(\.id), isAmbiguous: true))
            case .notFound:
                // Only a real near miss is worth a "did you mean": a skill the guide lacks is not a typo of another.
                // Past the first few, no one reads the suggestions: they are not searched for.
                let near = unresolved.count < Self.suggested ? resolver.nearMisses(for: input).map(\.id) : []
                unresolved.append(Unresolved(input: input, candidates: near, isAmbiguous: false))
            }
        }
        self.skills = skills
        self.corrections = corrections
        self.unresolved = unresolved
    }

    /// The names in `inputs`: split on commas, semicolons and new lines, trimmed, blank ones and `#` comments dropped
    /// (a `#` that starts a line or follows a blank, a comma or a semicolon starts one: C# is a name).
    package static func names(in inputs: [String]) -> [String] {
        inputs.flatMap { $0.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) }
            .map { line in
                var previous: Character = " "
                let comment = line.firstIndex { character in
                    defer { previous = character }
                    return character == "#" && (previous.isWhitespace || previous == "," || previous == ";")
                }
                return comment.map { line[..<$0] } ?? line
            }
            .flatMap { $0.split(whereSeparator: { $0 == "," || $0 == ";" }) }
            .compactMap { part in
                guard let first = part.firstIndex(where: { !$0.isWhitespace }),
                    let last = part.lastIndex(where: { !$0.isWhitespace })
                else { return nil }
                let name = String(part[first...last])
                return name.hasPrefix("#") ? nil : name
            }
    }
}
