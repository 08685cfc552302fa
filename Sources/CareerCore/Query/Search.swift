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
        let words: [String]
        let stems: [String]
    }

    private struct Document: Sendable {
        let entry: Entry
        let fields: [Field]
    }

    private let documents: [Document]
    /// Every stem in the searched items: a query word found here is never treated as a typo.
    private let vocabulary: Set<String>

    public init(catalog: Catalog, kinds: [ItemKind] = Search.defaultKinds) {
        documents = kinds.flatMap(catalog.entries(of:)).map { entry in
            let texts = [(10.0, entry.name)] + entry.aliases.map { (7.0, $0) } + [(3.0, entry.summary)] + entry.body.map { (1.0, $0) }
                + entry.keywords.map { (0.5, $0) }
            return Document(entry: entry, fields: texts.map { weight, text in
                let words = TextFolding.words(text)
                return Field(weight: weight, text: text, words: words, stems: words.map(Stemmer.stem))
            })
        }
        vocabulary = Set(documents.flatMap { $0.fields.flatMap(\.stems) })
    }

    public func search(_ query: String, limit: Int? = nil) -> [SearchResult] {
        let terms = QueryTerms(query).terms
        guard !terms.isEmpty else { return [] }
        // A word the guide uses is meant as written: "myth" must not match "math" as a typo.
        let allowsTypos = terms.map { term in !term.alternatives.contains { $0.count == 1 && vocabulary.contains($0[0]) } }
        let queryKey = TextFolding.key(query)
        var results: [SearchResult] = []
        for document in documents {
            var matched = 0
            var score = 0.0
            var bestField: (weight: Double, index: Int)?  // the best-matching summary or body line
            var matchedStems: Set<String> = []
            var nameStemsMatched: Set<String> = []
            for (termIndex, term) in terms.enumerated() {
                var termBest = 0.0
                for (index, field) in document.fields.enumerated() {
                    guard let (quality, stems) = Self.match(term, in: field, typos: allowsTypos[termIndex]) else { continue }
                    if index == 0 { nameStemsMatched.formUnion(stems) }
                    let value = field.weight * quality
                    matchedStems.formUnion(stems)
                    if value > termBest { termBest = value }
                    // The snippet comes from the summary or body, where the match reads in context.
                    if field.weight == 3 || field.weight == 1, bestField.map({ value > $0.weight }) ?? true {
                        bestField = (field.weight * quality, index)
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
            let names = [document.entry.name] + document.entry.aliases
            if names.contains(where: { TextFolding.key($0) == queryKey }) { score += 50 }
            let nameStems = document.fields[0].stems
            if !nameStems.isEmpty {
                score += 2 * Double(nameStems.filter(nameStemsMatched.contains).count) / Double(nameStems.count)
            }
            let snippetField = bestField.map { document.fields[$0.index] } ?? document.fields.first { $0.weight == 3 }
            results.append(SearchResult(
                ref: document.entry.ref, name: document.entry.name, score: score, matchedTerms: matched,
                termCount: terms.count, snippet: Self.snippet(snippetField?.text ?? document.entry.summary, matching: matchedStems)))
        }
        // Stable sort: equal results keep the documents' fixed order.
        let ranked = results.enumerated().sorted { a, b in
            if a.element.matchedTerms != b.element.matchedTerms { return a.element.matchedTerms > b.element.matchedTerms }
            if a.element.score != b.element.score { return a.element.score > b.element.score }
            return a.offset < b.offset
        }.map(\.element)
        return limit.map { Array(ranked.prefix($0)) } ?? ranked
    }

    /// How well `term` matches a field (1 for the very word, less for another form of it, a prefix
    /// or a typo), and which stems it matched.
    private static func match(_ term: QueryTerms.Term, in field: Field, typos: Bool) -> (Double, [String])? {
        let stems = field.stems
        var best: (Double, [String])?
        for alternative in term.alternatives {
            if alternative.count > 1 {
                // A phrase: its words in a row, exactly.
                guard stems.count >= alternative.count else { continue }
                for start in 0...(stems.count - alternative.count) where Array(stems[start..<start + alternative.count]) == alternative {
                    return (1, alternative)
                }
                continue
            }
            let word = alternative[0]
            for (position, stem) in stems.enumerated() {
                let quality: Double
                if stem == word {
                    quality = field.words[position] == term.text ? 1 : 0.85
                } else if word.count >= 3, stem.hasPrefix(word) {
                    quality = 0.8
                } else if typos, word.count >= 6 || word.first == stem.first,  // short words: "math" is not "path"
                    let distance = EditDistance.distance(word, stem, limit: EditDistance.tolerance(forLength: word.count)), distance > 0
                {
                    quality = distance == 1 ? 0.7 : 0.5
                } else {
                    continue
                }
                if quality > (best?.0 ?? 0) { best = (quality, [stem]) }
                if quality == 1 { return best }
            }
        }
        return best
    }

    /// Up to about 110 characters of `text` around its first matched word, matched words flagged.
    private static func snippet(_ text: String, matching stems: Set<String>) -> [SnippetPart] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let isMatch = words.map { word in TextFolding.words(word).contains { stems.contains(Stemmer.stem($0)) } }
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
            parts.append(SnippetPart(words[index], isMatch: isMatch[index]))
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
