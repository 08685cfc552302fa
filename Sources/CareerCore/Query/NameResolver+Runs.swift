extension NameResolver {
    /// The most words one name is looked for in, so that a long run of words costs little.
    static let longestRun = 12

    /// Words that join names in a sentence ("python and some pytorch"); skipped where they name nothing.
    static let fillers: Set<String> = [
        "and", "or", "plus", "with", "some", "basic", "basics", "a", "an", "the", "bit", "of", "little", "good", "at", "in",
        "very", "strong", "solid",
    ]

    /// The items that `words` name exactly (an id, a name or an alias), as `names(in:)` reads exact names: from
    /// each word, the longest run that is a name; other words are passed over. A hash lookup each, never a
    /// look at every name (completion asks this at every Tab).
    package func exactNames(in words: ArraySlice<String>) -> [ItemRef] {
        var refs: [ItemRef] = []
        var start = words.startIndex
        while start < words.endIndex {
            let ends = (start + 1...min(words.endIndex, start + Self.longestRun)).reversed()
            let found = ends.lazy.compactMap { end -> (end: Int, ref: ItemRef)? in
                guard case .found(let ref, let how) = self.resolve(words[start..<end].joined(separator: " "), exactOnly: true),
                    how <= .alias
                else { return nil }
                return (end, ref)
            }.first
            refs += found.map { [$0.ref] } ?? []
            start = found?.end ?? start + 1
        }
        return refs
    }

    /// A run of words read as the names it makes, as a person writes them without commas ("python linear
    /// algebra pytorch"): from each word, the longest run that names an item exactly (by id, name or alias);
    /// failing that, the longest that names one at all (a prefix, a typo) and holds no exact name after its
    /// first word ("r deep learning" is r, then Deep learning). Words that start no name are one name
    /// together, up to the next word that starts one exactly; joining words ("and", "some") are skipped.
    package func names(in words: [String]) -> [(name: String, resolution: Resolution)] {
        // Each run of words is resolved once: the search below asks of the same runs many times.
        var resolved: [Range<Int>: Resolution] = [:]
        func resolve(_ range: Range<Int>) -> Resolution {
            if let known = resolved[range] { return known }
            let resolution = self.resolve(words[range].joined(separator: " "))
            resolved[range] = resolution
            return resolution
        }
        // Whether a run is exactly a name is asked of far more runs, and costs only a hash lookup.
        var exactly: [Range<Int>: Bool] = [:]
        func isExact(_ range: Range<Int>) -> Bool {
            if let known = exactly[range] { return known }
            let resolution = resolved[range] ?? self.resolve(words[range].joined(separator: " "), exactOnly: true)
            let isExact = if case .found(_, let how) = resolution { how <= .alias } else { false }
            exactly[range] = isExact
            return isExact
        }
        func ends(from start: Int) -> [Int] { Array((start + 1...min(words.count, start + Self.longestRun)).reversed()) }
        /// The end of the longest exact name starting at `start`, if any.
        func exactEnd(from start: Int) -> Int? { ends(from: start).first { isExact(start..<$0) } }

        var found: [(name: String, resolution: Resolution)] = []
        var start = 0
        while start < words.count {
            if let end = exactEnd(from: start) {
                found.append((words[start..<end].joined(separator: " "), resolve(start..<end)))
                start = end
                continue
            }
            if Self.fillers.contains(words[start].lowercased()) {
                start += 1
                continue
            }
            // (The exact names inside are looked up first: a hash lookup, where resolving loosely reads every name.)
            let loose = ends(from: start).first { end in
                guard !(start + 1..<end).contains(where: { exactEnd(from: $0) != nil }) else { return false }
                if case .found = resolve(start..<end) { return true }
                return false
            }
            // Up to the next word that starts a name exactly, if nothing here names one loosely.
            let end =
                loose ?? (start + 1..<words.count).first { exactEnd(from: $0) != nil || Self.fillers.contains(words[$0].lowercased()) }
                ?? words.count
            found.append((words[start..<end].joined(separator: " "), resolve(start..<end)))
            start = end
        }
        return found
    }
}
