extension NameResolver {
    /// The most words one name is looked for in, so that a long run of words costs little.
    static let longestRun = 12

    /// A run of words read as the names it makes, as a person writes them without commas ("python linear
    /// algebra pytorch"): from each word, the longest run that names an item exactly (by id, name or alias);
    /// failing that, the longest that names one at all (a prefix, a typo). Words that start no name are one
    /// name together, up to the next word that starts one exactly, with the resolution of all of them.
    public func names(in words: [String]) -> [(name: String, resolution: Resolution)] {
        var found: [(name: String, resolution: Resolution)] = []
        var start = 0
        while start < words.count {
            let ends = (start + 1...min(words.count, start + Self.longestRun)).reversed()
            let tries = ends.lazy.map { end in (end, self.resolve(words[start..<end].joined(separator: " "))) }
            let exact = tries.first { if case .found(_, let how) = $0.1 { how <= .alias } else { false } }
            let any = exact ?? tries.first { if case .found = $0.1 { true } else { false } }
            if let (end, resolution) = any {
                found.append((words[start..<end].joined(separator: " "), resolution))
                start = end
            } else {
                // The words up to the next that starts a name exactly ("some" in "some deep learning") name
                // nothing, together ("quantum computing" is one unknown name, not "quantum" and GPU computing).
                let next = (start + 1..<words.count).first { at in
                    (at + 1...min(words.count, at + Self.longestRun)).contains { end in
                        if case .found(_, let how) = resolve(words[at..<end].joined(separator: " ")) { how <= .alias } else { false }
                    }
                } ?? words.count
                let unnamed = words[start..<next].joined(separator: " ")
                found.append((unnamed, resolve(unnamed)))
                start = next
            }
        }
        return found
    }
}
