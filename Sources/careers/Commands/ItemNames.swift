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
        for segment in words.joined(separator: " ").split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let words = segment.split(whereSeparator: \.isWhitespace).map(String.init)
            for (name, _) in resolver.names(in: words) {
                // Each name as a single name is read: with its note, or failing with the candidates or near misses.
                let (ref, note) = try resolve(name, among: kinds, noun: noun)
                if !unique || !refs.contains(ref) { refs.append(ref) }
                notes += note.map { [$0] } ?? []
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
