/// A search query as terms to match: folded, stemmed, stop words dropped, and each term with the
/// other ways of saying it (acronyms and their long forms, both ways; a few everyday synonyms).
struct QueryTerms {
    /// One thing the query asks for, matched by any of its alternatives (each a sequence of stems).
    struct Term: Equatable {
        let text: String
        let alternatives: [[String]]
    }

    let terms: [Term]

    init(_ query: String) {
        let words = TextFolding.words(query).map(AmericanSpelling.of)
        var terms: [Term] = []
        var index = 0
        while index < words.count {
            // The longest known phrase starting here becomes one term ("machine learning" ↔ "ml").
            if let (length, group) = Self.phrase(at: index, in: words) {
                terms.append(Term(text: words[index..<index + length].joined(separator: " "), alternatives: group))
                index += length
            } else {
                terms.append(Term(text: words[index], alternatives: [[Stemmer.stem(words[index])]]))
                index += 1
            }
        }
        // Drop the words that carry no meaning, unless nothing else is left.
        let meaningful = terms.filter { !Self.stopWords.contains($0.text) }
        self.terms = meaningful.isEmpty ? terms : meaningful
    }

    private static func phrase(at index: Int, in words: [String]) -> (Int, [[String]])? {
        let stems = words[index...].map(Stemmer.stem)
        var best: (Int, [[String]])?
        for group in synonymGroups {
            for form in group
            where form.count <= stems.count && form.count > (best?.0 ?? 0) && Array(stems.prefix(form.count)) == form {
                best = (form.count, group)
            }
        }
        return best
    }

    /// Words that carry no meaning in a question ("what math do I need" → "math").
    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "as", "at", "by", "from", "into", "about",
        "what", "which", "who", "how", "why", "when", "where", "is", "are", "be", "am", "was", "do", "does", "did",
        "i", "me", "my", "you", "your", "we", "it", "its", "this", "that", "there", "can", "should", "would", "could",
        "need", "needs", "want", "get", "become", "good", "best", "some", "any", "much", "many", "there", "s", "vs",
    ]

    /// Ways of saying the same thing; any one matches for all: the short forms people type for the words
    /// the guide uses, and a few everyday synonyms. Stemmed once, on first use.
    static let synonymGroups: [[[String]]] = [
        ["phd", "doctoral degree", "doctorate", "doctoral"],
        ["cs", "computer science"], ["linalg", "linear algebra"], ["prob", "probability"],
        ["sklearn", "scikit-learn"],
        ["hyperparams", "hyperparameter"], ["finetuning", "fine-tuning", "fine tuning"],
        ["ml", "machine learning"], ["dl", "deep learning"], ["nlp", "natural language processing"],
        ["cv", "computer vision"], ["llm", "large language model", "language model"], ["ai", "artificial intelligence"],
        ["rl", "reinforcement learning"], ["aws", "amazon web services", "amazon"], ["tf", "tensorflow"],
        ["gpu", "graphics processing unit"], ["nn", "neural network"],
        ["math", "mathematics", "mathematical"], ["stats", "statistics", "statistical", "probability"],
        ["certification", "certificate", "cert", "certified", "certif"],
        ["start", "begin", "beginner", "foundations", "entry", "launch", "first"],
        ["job", "career", "role"], ["salary", "pay", "lucrative"], ["demand", "job market", "market"],
        ["hard", "difficult", "difficulty"], ["evaluation metrics", "metrics"], ["daily", "day to day", "day-to-day"],
    ].map { group in group.map { TextFolding.words($0).map(Stemmer.stem) } }
}
