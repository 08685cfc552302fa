/// "Did you mean" for words outside the guide: command names, option names, choices.
package enum NearestWords {
    /// The candidates nearest to `word` (typos within a few edits, or sharing a prefix), best first.
    package static func nearest(to word: String, among candidates: [String], limit: Int = 1) -> [String] {
        let key = TextFolding.key(word)
        guard !key.isEmpty else { return [] }
        let scored = candidates.enumerated().compactMap { index, candidate -> (Int, Int, String)? in
            let candidateKey = TextFolding.key(candidate)
            if let distance = EditDistance.nearMiss(Array(key.utf8), Array(candidateKey.utf8), limit: max(2, min(3, key.count / 2))) {
                return (distance, index, candidate)
            }
            if key.count >= 3, candidateKey.hasPrefix(key) || key.hasPrefix(candidateKey) { return (4, index, candidate) }
            return nil
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.2)
    }
}
