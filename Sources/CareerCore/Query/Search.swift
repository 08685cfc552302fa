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
        let stems: [String]
    }

    private struct Document: Sendable {
        let entry: Entry
        let fields: [Field]
    }

    private let documents: [Document]

    public init(catalog: Catalog, kinds: [ItemKind] = Search.defaultKinds) {
        documents = kinds.flatMap(catalog.entries(of:)).map { entry in
            let texts = [(10.0, entry.name)] + entry.aliases.map { (7.0, $0) } + [(3.0, entry.summary)] + entry.body.map { (1.0, $0) }
                + entry.keywords.map { (0.5, $0) }
            return Document(entry: entry, fields: texts.map { weight, text in
                Field(weight: weight, text: text, stems: TextFolding.words(text).map(Stemmer.stem))
            })
        }
    }

    public func search(_ query: String, limit: Int? = nil) -> [SearchResult] {
        let terms = QueryTerms(query).terms
        guard !terms.isEmpty else { return [] }
        let queryKey = TextFolding.key(query)
        var results: [SearchResult] = []
        for document in documents {
            var matched = 0
            var score = 0.0
            var bestField: (weight: Double, index: Int)?  // the best-matching summary or body line
            var matchedStems: Set<String> = []
            for term in terms {
                var termBest = 0.0
                for (index, field) in document.fields.enumerated() {
                    guard let (quality, stems) = Self.match(term, in: field.stems) else { continue }
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
            // The whole query naming the item outright beats any sum of parts.
            let names = [document.entry.name] + document.entry.aliases
            if names.contains(where: { TextFolding.key($0) == queryKey }) { score += 50 }
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

    /// How well `term` matches a field's stems (1 exact, less for a prefix or a typo), and which stems it matched.
    private static func match(_ term: QueryTerms.Term, in stems: [String]) -> (Double, [String])? {
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
            for stem in stems {
                let quality: Double
                if stem == word {
                    return (1, [stem])
                } else if word.count >= 3, stem.hasPrefix(word) {
                    quality = 0.8
                } else if word.count >= 6 || word.first == stem.first,  // short words: "math" is not "path"
                    let distance = EditDistance.distance(word, stem, limit: EditDistance.tolerance(forLength: word.count)), distance > 0
                {
                    quality = distance == 1 ? 0.7 : 0.5
                } else {
                    continue
                }
                if quality > (best?.0 ?? 0) { best = (quality, [stem]) }
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
