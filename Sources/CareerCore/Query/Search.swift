/// One search hit.
public struct SearchResult: Sendable, Equatable {
    public let ref: ItemRef
    public let name: String
    /// Higher is better; comparable within one search only.
    public let score: Double
    /// How many of the query's terms the item matched.
    public let matchedTerms: Int
    public let termCount: Int
    /// A short passage around the match, in parts, the matched words flagged.
    public let snippet: [SnippetPart]
}

public struct SnippetPart: Sendable, Equatable {
    public let text: String
    public let isMatch: Bool

    public init(_ text: String, isMatch: Bool) {
        self.text = text
        self.isMatch = isMatch
    }
}

/// Ranked full-text search over the guide, forgiving of case, accents, word forms, typos,
/// prefixes and acronyms. Items matching every term rank first, then by weighted score:
/// name > alias > summary > body. Equal scores keep a fixed order (kind, then content order).
public struct Search: Sendable {
    /// The kinds search covers unless told otherwise: everything but sources and categories.
    public static let defaultKinds: [ItemKind] = [.role, .skill, .topic, .phase, .certification, .project, .tip, .section]

    private struct Field: Sendable {
        let weight: Double
        let text: String
        /// Where its words are in `folded`.
        let words: Range<Int>
    }

    private struct Document: Sendable {
        let entry: Entry
        /// The name first, then aliases, summary, body and keywords.
        let fields: [Field]
    }

    /// One query term in bytes: the word as typed, and its alternatives as sequences of stems.
    private struct Term {
        let word: [UInt8]
        let alternatives: [[[UInt8]]]
        /// Whether a near miss may count: not for a word the guide itself uses ("myth" is not "math").
        var allowsTypos = true
    }

    private let documents: [Document]
    /// Every field's words, folded and stemmed, in one buffer: building this is the index's whole cost.
    private let folded: FoldedText

    public init(catalog: Catalog, kinds: [ItemKind] = Search.defaultKinds) {
        let entries = kinds.flatMap(catalog.entries(of:))
        var folded = FoldedText(reservingCapacity: 16 * 1024)
        documents = entries.map { entry in
            let texts =
                [(10.0, entry.name)] + entry.aliases.map { (7.0, $0) } + [(3.0, entry.summary)] + entry.body.map { (1.0, $0) }
                + entry.keywords.map { (0.5, $0) }
            return Document(entry: entry, fields: texts.map { Field(weight: $0, text: $1, words: folded.append($1)) })
        }
        self.folded = folded
    }

    public func search(_ query: String, limit: Int? = nil) -> [SearchResult] {
        var terms = QueryTerms(query).terms.map { term in
            Term(word: Array(term.text.utf8), alternatives: term.alternatives.map { $0.map { Array($0.utf8) } })
        }
        guard !terms.isEmpty else { return [] }
        for index in terms.indices {
            let singles = terms[index].alternatives.filter { $0.count == 1 }.map { $0[0] }
            terms[index].allowsTypos = !(0..<folded.count).contains { i in singles.contains { folded.stem(i).elementsEqual($0) } }
        }
        let queryKey = FoldedText(query).key

        var scored: [(document: Int, score: Double, matched: Int, snippetField: Int?, stems: [ArraySlice<UInt8>])] = []
        for (documentIndex, document) in documents.enumerated() {
            var matched = 0
            var score = 0.0
            var snippetField: (value: Double, index: Int)?  // the best-matching summary or body line
            var matchedStems: [ArraySlice<UInt8>] = []
            var nameWordsMatched = Set<Int>()
            for term in terms {
                var termBest = 0.0
                for (fieldIndex, field) in document.fields.enumerated() {
                    guard let (quality, positions) = match(term, in: field.words) else { continue }
                    let value = field.weight * quality
                    matchedStems += positions.map { folded.stem($0) }
                    if fieldIndex == 0 { nameWordsMatched.formUnion(positions) }
                    termBest = max(termBest, value)
                    // The snippet comes from the summary or body, where the match reads in context.
                    if field.weight == 3 || field.weight == 1, snippetField.map({ value > $0.value }) ?? true {
                        snippetField = (value, fieldIndex)
                    }
                }
                if termBest > 0 {
                    matched += 1
                    score += termBest
                }
            }
            guard matched > 0 else { continue }
            // The whole query naming the item outright beats any sum of parts; short names the
            // query covers entirely beat long ones it only touches ("networking": Network, then Neural networks).
            if document.fields.contains(where: { $0.weight >= 7 && folded.key($0.words).elementsEqual(queryKey) }) { score += 50 }
            let nameWords = document.fields[0].words.count
            if nameWords > 0 { score += 2 * Double(nameWordsMatched.count) / Double(nameWords) }
            scored.append((documentIndex, score, matched, snippetField?.index, matchedStems))
        }
        // Stable order: equal results keep the documents' fixed order.
        scored.sort { a, b in
            if a.matched != b.matched { return a.matched > b.matched }
            if a.score != b.score { return a.score > b.score }
            return a.document < b.document
        }
        return scored.prefix(limit ?? scored.count).map { hit in
            let document = documents[hit.document]
            // Without a match in the summary or body, the summary stands as the snippet.
            let field = document.fields[hit.snippetField ?? document.fields.firstIndex { $0.weight == 3 }!]
            return SearchResult(
                ref: document.entry.ref, name: document.entry.name, score: hit.score, matchedTerms: hit.matched,
                termCount: terms.count, snippet: snippet(field, matching: hit.stems))
        }
    }

    /// How well `term` matches a field (1 for the very word, less for another form of it, a prefix
    /// or a typo), and the positions of the words it matched.
    private func match(_ term: Term, in positions: Range<Int>) -> (Double, [Int])? {
        let text = folded
        var best: (Double, [Int])?
        for alternative in term.alternatives {
            if alternative.count > 1 {
                // A phrase: its words in a row, exactly.
                guard positions.count >= alternative.count else { continue }
                for start in positions.lowerBound...(positions.upperBound - alternative.count)
                where alternative.indices.allSatisfy({ text.stem(start + $0).elementsEqual(alternative[$0]) }) {
                    return (1, Array(start..<start + alternative.count))
                }
                continue
            }
            let word = alternative[0]
            for position in positions {
                let stem = text.stem(position)
                let quality: Double
                if stem.elementsEqual(word) {
                    quality = text.word(position).elementsEqual(term.word) ? 1 : 0.85
                } else if word.count >= 3, stem.starts(with: word) {
                    quality = 0.8
                } else if term.allowsTypos, word.count >= 6 || word.first == stem.first,  // short words: "math" is not "path"
                    let distance = EditDistance.distance(word, stem, limit: EditDistance.tolerance(forLength: word.count)),
                    distance > 0
                {
                    quality = distance == 1 ? 0.7 : 0.5
                } else {
                    continue
                }
                if quality > (best?.0 ?? 0) { best = (quality, [position]) }
                if quality == 1 { return best }
            }
        }
        return best
    }

    /// Up to about 110 characters of a field around its first matched word, matched words flagged.
    private func snippet(_ field: Field, matching stems: [ArraySlice<UInt8>]) -> [SnippetPart] {
        let tokens = field.text.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
        // Each token holds the next few of the field's folded words: a token matches if one of them does.
        var position = field.words.lowerBound
        let isMatch = tokens.map { token in
            let count = FoldedText.wordCount(token)
            defer { position += count }
            return (position..<position + count).contains { index in stems.contains { $0.elementsEqual(folded.stem(index)) } }
        }
        let words = tokens.map(String.init)
        let first = isMatch.firstIndex(of: true) ?? 0
        var start = max(0, first - 5)
        var end = start
        var length = 0
        while end < words.count, length + words[end].count < 110 || end == start {
            length += words[end].count + 1
            end += 1
        }
        if end == words.count {
            while start > 0, length + words[start - 1].count < 110 {
                start -= 1
                length += words[start].count + 1
            }
        }
        var parts: [SnippetPart] = start > 0 ? [SnippetPart("… ", isMatch: false)] : []
        for index in start..<end {
            if index > start { parts.append(SnippetPart(" ", isMatch: false)) }
            guard isMatch[index] else {
                parts.append(SnippetPart(words[index], isMatch: false))
                continue
            }
            // Only the word is flagged, not the punctuation around it ("shortage," highlights "shortage").
            let word = words[index]
            let isPunctuation = { (c: Character) in c.isASCII && !c.isLetter && !c.isNumber }
            let lead = word.prefix(while: isPunctuation)
            let core = word.dropFirst(lead.count)
            let trail = String(core.reversed().prefix(while: isPunctuation).reversed())
            if !lead.isEmpty { parts.append(SnippetPart(String(lead), isMatch: false)) }
            parts.append(SnippetPart(String(core.dropLast(trail.count)), isMatch: true))
            if !trail.isEmpty { parts.append(SnippetPart(trail, isMatch: false)) }
        }
        if end < words.count { parts.append(SnippetPart(" …", isMatch: false)) }
        // Merge neighbours of the same kind so callers get few, whole parts.
        return parts.reduce(into: []) { merged, part in
            if let last = merged.last, last.isMatch == part.isMatch {
                merged[merged.count - 1] = SnippetPart(last.text + part.text, isMatch: part.isMatch)
            } else {
                merged.append(part)
            }
        }
    }
}
