/// Optimal string alignment distance (Levenshtein plus adjacent transpositions) between folded words.
enum EditDistance {
    /// The distance between `a` and `b`, or nil once it is certain to exceed `limit`.
    static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        distance(Array(a.utf8), Array(b.utf8), limit: limit)
    }

    static func distance<A: RandomAccessCollection<UInt8>, B: RandomAccessCollection<UInt8>>(_ a: A, _ b: B, limit: Int) -> Int? {
        // Lengths too far apart need no table (nor a copy): the usual answer when one name is held to many.
        if abs(a.count - b.count) > limit { return nil }
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// The distance between `a` and `b` when one could be a slip of the keys for the other, for a "did you
    /// mean": within `limit`, and within one edit when they start differently, since people rarely mistype a
    /// word's first letter, and two words that differ there are usually different words ("junior" is not a
    /// misspelling of "senior").
    static func nearMiss<A: RandomAccessCollection<UInt8>, B: RandomAccessCollection<UInt8>>(_ a: A, _ b: B, limit: Int) -> Int? {
        typo(a, b, limit: a.first == b.first ? limit : min(limit, 1))
    }

    /// The distance between a name as typed and one of the guide's, both folded, when the first could be a
    /// slip of the keys for the second: `typo` over their keys, and word by word (`isSlip`), so that a
    /// different word is never taken for a misspelt one ("junior ml engineer" is not Senior ML Engineer, nor
    /// "head of ml" Head of AI), however close the whole names are. A name taken without asking is held closer
    /// than one `offered` in a "did you mean", whose keys are compared as `nearMiss` compares them.
    static func typo(_ typed: FoldedText, _ name: FoldedText, limit: Int, offered: Bool = false) -> Int? {
        let distance = offered ? nearMiss(typed.key, name.key, limit: limit) : typo(typed.key, name.key, limit: limit)
        guard let distance, isSlip(typed, name, offered: offered) else { return nil }
        return distance
    }

    /// True when each word of `typed` is the word of `name` in its place, or a slip of the keys for it (see
    /// `isWordSlip`). Names of different word counts are a space slipped in or out: taken with one slip more
    /// at most and the same first letter ("machinelearnin engineer"), never a word left out ("ai engineer" is
    /// not AI/ML Engineer); offered within the keys' own limit ("neuralnetwrk").
    private static func isSlip(_ typed: FoldedText, _ name: FoldedText, offered: Bool) -> Bool {
        guard typed.count == name.count else {
            return offered || (typed.key.first == name.key.first && distance(typed.key, name.key, limit: 1) != nil)
        }
        return (0..<typed.count).allSatisfy { isWordSlip(typed.word($0), name.word($0), offered: offered) }
    }

    /// A word a few letters off another, never under four letters ("ml" is not "ai"). Taken without asking:
    /// starting with the same letter and one edit off (two from ten letters), since a word that differs at
    /// its start or by more is most often another word ("dead" is not "head", "raining" not "training",
    /// "socialist" not "specialist"). Offered in a "did you mean": a few edits for its length, and one where
    /// the first letter differs ("ytorch").
    private static func isWordSlip(_ typed: ArraySlice<UInt8>, _ word: ArraySlice<UInt8>, offered: Bool) -> Bool {
        if typed.elementsEqual(word) { return true }
        let sameStart = typed.first == word.first
        guard offered else {
            let shorter = min(typed.count, word.count)
            let limit = shorter < 4 ? 0 : shorter < 10 ? 1 : 2
            return sameStart && distance(typed, word, limit: limit) != nil
        }
        let limit = tolerance(forLength: max(typed.count, word.count))
        return distance(typed, word, limit: sameStart ? limit : min(limit, 1)) != nil
    }

    /// The distance between `a` and `b` when one could be a misspelling of the other: within `limit`, and
    /// with the same numbers, which are not misspelled ("phase 5" is not "phase 1", nor "gpt4" "gpt3").
    static func typo<A: RandomAccessCollection<UInt8>, B: RandomAccessCollection<UInt8>>(_ a: A, _ b: B, limit: Int) -> Int? {
        abs(a.count - b.count) <= limit && sameDigits(a, b) ? distance(a, b, limit: limit) : nil
    }

    /// Whether the digits of `a` and `b`, read in order, are the same.
    private static func sameDigits<A: Collection<UInt8>, B: Collection<UInt8>>(_ a: A, _ b: B) -> Bool {
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var (left, right) = (a.makeIterator(), b.makeIterator())
        while true {
            var x = left.next()
            while let byte = x, !isDigit(byte) { x = left.next() }
            var y = right.next()
            while let byte = y, !isDigit(byte) { y = right.next() }
            if x != y { return false }
            if x == nil { return true }
        }
    }

    /// How many edits a word of this length may carry and still count as a typo of another:
    /// none for short words, where one edit makes a different word ("cv" is not "cs").
    static func tolerance(forLength length: Int) -> Int {
        switch length {
        case ..<4: 0
        case 4...5: 1
        case 6...11: 2
        default: 3
        }
    }
}
