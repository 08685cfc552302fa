import CareerCore

extension Context {
    /// The items several names name, in order, each once: `python, linear algebra` or, without commas,
    /// `python linear algebra pytorch`. Within a run of words the longest that names an item exactly
    /// (by id, name or alias) is taken first; failing that, the longest that names one at all (a prefix,
    /// a typo). Any name that names nothing is an error, so that nothing is done by halves. With
    /// `unique` false, an item named twice comes back twice.
    func resolveNames(
        _ words: [String], among kinds: [ItemKind], noun: String, unique: Bool = true
    ) throws(CLIError) -> (
        refs: [ItemRef], notes: [String]
    ) {
        let resolver = NameResolver(catalog: catalog, kinds: kinds)
        var refs: [ItemRef] = []
        var notes: [String] = []
        for segment in words.joined(separator: " ").split(separator: ",") {
            let words = segment.split(whereSeparator: \.isWhitespace).map(String.init)
            var start = 0
            while start < words.count {
                let ends = Array((start + 1...words.count).reversed())
                let exact = ends.first { end in
                    if case .found(_, let how) = resolver.resolve(words[start..<end].joined(separator: " ")) {
                        return how <= .alias
                    }
                    return false
                }
                let end =
                    exact
                    ?? ends.first { (try? resolve(words[start..<$0].joined(separator: " "), among: kinds, noun: noun)) != nil }
                // Nothing from here on names anything: say so about all of it.
                let (ref, note) = try resolve(
                    words[start..<(end ?? words.count)].joined(separator: " "), among: kinds, noun: noun)
                if !unique || !refs.contains(ref) { refs.append(ref) }
                notes += note.map { [$0] } ?? []
                start = end ?? words.count
            }
        }
        guard !refs.isEmpty else {
            throw .usage(
                "a \(noun) name is needed, but '\(words.joined(separator: " "))' names nothing",
                hint: "Give a name, for example one listed by 'careers search'.")
        }
        return (refs, notes)
    }
}
