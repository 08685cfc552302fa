/// One search hit.
package struct SearchResult: Sendable, Equatable {
    package let ref: ItemRef
    package let name: String
    /// Higher is better; comparable within one search only.
    package let score: Double
    /// How many of the query's terms the item matched.
    package let matchedTerms: Int
    package let termCount: Int
    /// A short passage around the match, in parts, the matched words flagged.
    package let snippet: [SnippetPart]
}

package struct SnippetPart: Sendable, Equatable {
    package let text: String
    package let isMatch: Bool

    package init(_ text: String, isMatch: Bool) {
        self.text = text
        self.isMatch = isMatch
    }
}

/// Ranked full-text search over the guide, forgiving of case, accents, word forms, typos,
/// prefixes and acronyms. Items matching every term rank first, then by weighted score:
/// name > alias > summary > body. Equal scores keep a fixed order (kind, then content order).
package struct Search: Sendable {
    /// The kinds search covers unless told otherwise: everything but sources and categories.
    package static let defaultKinds = Content.kinds.filter { $0.isSearchable }.map { $0.kind }

    private struct Field {
        let weight: Double
        /// Where its words are in the document's folded text.
        let words: Range<Int>
    }

    /// One item's searchable text, as the compiled guide keeps it.
    private struct Document {
        let kind: ItemKind
        let item: Int
        /// The name first, then aliases, summary, body and keywords.
        let fields: [Field]
        let folded: FoldedText
    }

    /// One query term in bytes: the word as typed, and its alternatives as sequences of stems.
    private struct Term {
        let word: [UInt8]
        let alternatives: [[[UInt8]]]
        /// Whether a near miss may count: not for a word the guide itself uses ("myth" is not "math").
        var allowsTypos = true
    }

    private let catalog: Catalog
    private let kinds: [ItemKind]

    package init(catalog: Catalog, kinds: [ItemKind] = Search.defaultKinds) {
        self.catalog = catalog
        self.kinds = kinds
    }

    /// The fields of an item that search reads, in order, each with its kind.
    static func fields(of entry: Entry) -> [(field: SearchField, text: String)] {
        [(.name, entry.name)] + entry.aliases.map { (.alias, $0) } + [(.summary, entry.summary)] + entry.body.map { (.body, $0) }
            + entry.keywords.map { (.keyword, $0) }
    }

    /// An item's searchable text, folded, and each field's kind, text and words in it: what the compiled
    /// guide keeps of it (`CompiledGuide.searchDocument`).
    static func document(of entry: Entry) -> (text: FoldedText, fields: [(field: SearchField, text: String, words: Range<Int>)]) {
        var text = FoldedText(reservingCapacity: 256)
        let fields = Search.fields(of: entry).map { ($0.field, $0.text, text.append($0.text)) }
        return (text, fields)
    }

    /// The items that match `query`, best first. Read from a compiled guide that proves damaged (a result's
    /// stored text is not its item's), the guide is rebuilt and the search made again.
    package func search(_ query: String, limit: Int? = nil) -> [SearchResult] {
        catalog.guide.checked { () throws(GuideFile.Damaged) in try rank(query, limit: limit) }
    }

    private func rank(_ query: String, limit: Int?) throws(GuideFile.Damaged) -> [SearchResult] {
        var terms = QueryTerms(query).terms.map { term in
            Term(word: Array(term.text.utf8), alternatives: term.alternatives.map { $0.map { Array($0.utf8) } })
        }
        guard !terms.isEmpty else { return [] }
        for index in terms.indices {
            let singles = terms[index].alternatives.filter { $0.count == 1 }.map { $0[0] }
            terms[index].allowsTypos = !singles.contains { word in exactStem(word).map { !postings($0).isEmpty } ?? false }
        }
        let queryKey = FoldedText(query).key

        var scored: [(document: Document, score: Double, matched: Int, snippetField: Int?, stems: [ArraySlice<UInt8>])] = []
        for document in candidates(for: terms) {
            var matched = 0
            var score = 0.0
            var snippetField: (value: Double, index: Int)?  // the best-matching summary or body line
            var matchedStems: [ArraySlice<UInt8>] = []
            var nameWordsMatched = Set<Int>()
            for term in terms {
                var termBest = 0.0
                for (fieldIndex, field) in document.fields.enumerated() {
                    guard let (quality, positions) = match(term, in: field.words, of: document.folded) else { continue }
                    let value = field.weight * quality
                    matchedStems += positions.map { document.folded.stem($0) }
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
            if document.fields.contains(where: { $0.weight >= 7 && document.folded.key($0.words).elementsEqual(queryKey) }) {
                score += 50
            }
            let nameWords = document.fields[0].words.count
            if nameWords > 0 { score += 2 * Double(nameWordsMatched.count) / Double(nameWords) }
            scored.append((document, score, matched, snippetField?.index, matchedStems))
        }
        // Stable order: equal results keep the documents' fixed order (candidates come in that order).
        let order = scored.indices.sorted { a, b in
            let (x, y) = (scored[a], scored[b])
            if x.matched != y.matched { return x.matched > y.matched }
            if x.score != y.score { return x.score > y.score }
            return a < b
        }
        return try order.prefix(limit ?? scored.count).map { index throws(GuideFile.Damaged) in
            let hit = scored[index]
            let document = hit.document
            let entry = catalog.guide.entry(document.kind, document.item)
            // The stored text must be the item's, or its words would point elsewhere in the snippet.
            let fields = Self.document(of: entry)
            guard fields.text.key == document.folded.key, fields.fields.map(\.words) == document.fields.map(\.words),
                let summary = document.fields.firstIndex(where: { $0.weight == 3 })
            else { throw GuideFile.Damaged() }
            // Without a match in the summary or body, the summary stands as the snippet.
            let fieldIndex = hit.snippetField ?? summary
            return SearchResult(
                ref: entry.ref, name: entry.name, score: hit.score, matchedTerms: hit.matched, termCount: terms.count,
                snippet: snippet(
                    fields.fields[fieldIndex].text, words: document.fields[fieldIndex].words, in: document.folded,
                    matching: hit.stems))
        }
    }

    // MARK: The index

    /// The vocabulary number of `stem`, if the guide has it.
    private func exactStem(_ stem: [UInt8]) -> Int? {
        let guide = catalog.guide
        let index = guide.firstStem(notBefore: stem)
        return index < guide.vocabularySize && guide.stem(index) == stem ? index : nil
    }

    /// The items of the searched kinds whose text has stem number `index`.
    private func postings(_ index: Int) -> [(kind: ItemKind, item: Int)] {
        catalog.guide.postings(index).filter { kinds.contains($0.kind) }
    }

    /// Every document that could match a term, in the fixed order (kinds as given, then content order):
    /// those whose stems equal, extend or nearly spell a term's word, and those holding a phrase's first word.
    private func candidates(for terms: [Term]) -> [Document] {
        let guide = catalog.guide
        var stems = Set<Int>()
        for term in terms {
            for alternative in term.alternatives {
                let word = alternative[0]
                if alternative.count > 1 || word.count < 3 {
                    if let exact = exactStem(word) { stems.insert(exact) }
                } else {
                    var index = guide.firstStem(notBefore: word)
                    while index < guide.vocabularySize, guide.stem(index).starts(with: word) {
                        stems.insert(index)
                        index += 1
                    }
                }
                guard term.allowsTypos, alternative.count == 1 else { continue }
                let tolerance = EditDistance.tolerance(forLength: word.count)
                for index in 0..<guide.vocabularySize {
                    let stem = guide.stem(index)
                    if word.count >= 6 || word.first == stem.first, EditDistance.distance(word, stem, limit: tolerance) != nil {
                        stems.insert(index)
                    }
                }
            }
        }
        var items = Set<Int>()
        for stem in stems {
            for posting in postings(stem) { items.insert(kinds.firstIndex(of: posting.kind)! << 32 | posting.item) }
        }
        return items.sorted().map { key in
            let (kind, item) = (kinds[key >> 32], key & 0xFFFF_FFFF)
            let document = guide.searchDocument(kind, item)
            return Document(
                kind: kind, item: item, fields: document.fields.map { Field(weight: $0.field.weight, words: $0.words) },
                folded: document.text)
        }
    }

    /// How well `term` matches a field (1 for the very word, less for another form of it, a prefix
    /// or a typo), and the positions of the words it matched.
    private func match(_ term: Term, in positions: Range<Int>, of text: FoldedText) -> (Double, [Int])? {
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
    private func snippet(
        _ text: String, words: Range<Int>, in folded: FoldedText, matching stems: [ArraySlice<UInt8>]
    ) -> [SnippetPart] {
        let tokens = text.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
        // Each token holds the next few of the field's folded words: a token matches if one of them does.
        var position = words.lowerBound
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
