import CareerCore
import Testing

/// Realistic queries a newcomer types, each with the item that must rank first (or in the top 3
/// where several answers are fair). Prints precision@1 and mean reciprocal rank.
@Suite("Search relevance")
struct SearchRelevanceTests {
    struct Case: Sendable, CustomStringConvertible {
        let query: String
        let expected: ItemRef
        let within: Int
        var description: String { "\(query) → \(expected.id)" }
    }

    static func at(_ rank: Int, _ query: String, _ kind: ItemKind, _ id: String) -> Case {
        Case(query: query, expected: ItemRef(kind, id), within: rank)
    }

    static let cases: [Case] = [
        at(1, "deep learning", .skill, "deep-learning"),
        // Short forms of the guide's words (QueryTerms.synonymGroups).
        at(1, "phd", .tip, "advanced-degree"),
        at(1, "cs", .skill, "computer-science"),
        at(1, "linalg", .skill, "linear-algebra"),
        at(1, "sklearn", .skill, "scikit-learn"),
        at(1, "finetuning", .skill, "fine-tuning"),
        at(1, "ml engineer", .role, "machine-learning-engineer"),
        at(1, "MLE", .role, "machine-learning-engineer"),
        at(1, "what does an ml engineer do", .role, "machine-learning-engineer"),
        at(1, "pytorh", .skill, "pytorch"),
        at(2, "tokenisation", .skill, "tokenization-techniques"),  // after the key topic Tokenization
        at(1, "reserch scientist", .role, "research-scientist"),
        at(1, "linear algebr", .skill, "linear-algebra"),
        at(3, "certif", .certification, "deeplearning-ai-ml-specialization"),
        at(3, "what math do I need", .skill, "linear-algebra"),
        at(1, "how to start", .phase, "foundations"),
        at(1, "certificate aws", .certification, "aws-ml-specialty"),
        at(1, "amazon certification", .certification, "aws-ml-specialty"),
        at(1, "networks", .skill, "neural-networks"),
        at(1, "networking", .tip, "network"),
        at(1, "NLP", .skill, "nlp"),
        at(1, "natural language processing engineer", .role, "nlp-engineer"),
        at(1, "computer vision", .skill, "computer-vision"),
        at(1, "cv engineer", .role, "computer-vision-engineer"),
        at(1, "LLM engineer", .role, "llm-engineer"),
        at(1, "large language models", .skill, "large-language-models"),
        at(3, "transformers attention", .topic, "model-architecture"),
        at(1, "sklearn", .skill, "scikit-learn"),
        at(1, "tensorflow certificate", .certification, "tensorflow-developer-certificate"),
        at(1, "TF", .skill, "tensorflow"),
        at(1, "RL", .skill, "reinforcement-learning"),
        at(1, "spam", .project, "spam-detector"),
        at(1, "chatbot gpt", .project, "pretrained-chatbot"),
        at(1, "fraud", .project, "financial-fraud-model"),
        at(3, "beginner projects", .project, "spam-detector"),
        at(1, "job market", .section, "job-market"),
        at(1, "is it hard", .section, "reality-check"),
        at(1, "myth", .section, "reality-check"),
        at(3, "salary", .section, "job-market"),
        at(1, "open source", .tip, "contribute-to-open-source"),
        at(1, "degree", .tip, "advanced-degree"),
        at(1, "masters degree", .tip, "advanced-degree"),
        at(1, "day to day", .section, "day-to-day"),
        at(1, "who is this for", .section, "who-it-is-for"),
        at(1, "self driving cars", .section, "real-world-examples"),
        at(2, "healthcare", .section, "industries"),  // after the job market, which names healthcare too
        at(1, "evaluation metrics", .topic, "evaluation-metrics"),
        at(1, "bleu", .skill, "bleu"),
        at(1, "perplexity", .skill, "perplexity"),
        at(1, "head of ai", .role, "head-of-ai"),
        at(3, "growth path", .role, "senior-ml-engineer"),
        at(1, "data cleaning", .skill, "data-cleaning"),
        at(1, "data vizualisation", .skill, "data-visualization"),
        at(1, "gpu", .skill, "gpu-computing"),
        at(1, "fine tuning", .skill, "fine-tuning"),
        at(1, "hyperparameters", .skill, "hyperparameter-tuning"),
        at(1, "deploy models to production", .skill, "deployment"),
        at(3, "entry level roles", .role, "machine-learning-engineer"),
        at(1, "phase 3", .phase, "deep-learning-phase"),
        at(1, "classical machine learning", .phase, "classical-ml"),
        at(1, "statistics", .skill, "probability"),
        at(1, "ethics", .skill, "ai-ethics"),
        at(1, "deeplearning.ai", .certification, "deeplearning-ai-ml-specialization"),
        at(1, "robotics", .skill, "robotics"),
        at(1, "unsupervised", .skill, "unsupervised-learning"),
        at(1, "keep learning", .tip, "keep-learning"),
        at(1, "Machine Learning Ingeneer", .role, "machine-learning-engineer"),
        at(1, "résumé of data scientist", .role, "data-scientist"),
    ]

    let search = Search(catalog: .bundled)

    private func rank(of testCase: Case) -> Int? {
        search.search(testCase.query).firstIndex { $0.ref == testCase.expected }.map { $0 + 1 }
    }

    @Test(arguments: cases)
    func expectedItemRanksHighEnough(_ testCase: Case) {
        let rank = rank(of: testCase)
        let top = search.search(testCase.query, limit: 3).map(\.ref.id)
        #expect(
            rank.map { $0 <= testCase.within } ?? false,
            "'\(testCase.query)': \(testCase.expected.id) ranked \(rank.map(String.init) ?? "nowhere"); top 3: \(top)")
    }

    @Test("precision@1 ≥ 0.9 over the whole set, with mean reciprocal rank reported")
    func precisionAtOne() {
        #expect(Self.cases.count >= 40)
        let ranks = Self.cases.map(rank)
        let precision = Double(ranks.filter { $0 == 1 }.count) / Double(ranks.count)
        let reciprocal = ranks.map { $0.map { 1 / Double($0) } ?? 0 }.reduce(0, +) / Double(ranks.count)
        print("search relevance: \(ranks.count) queries, precision@1 = \(precision), MRR = \(reciprocal)")
        #expect(precision >= 0.9)
    }

    @Test("Equal scores keep a fixed order, and the order never depends on the run")
    func deterministic() {
        let first = search.search("learning")
        #expect(search.search("learning") == first)
        #expect(Search(catalog: .bundled).search("learning") == first)
    }

    @Test func kindsAndLimit() {
        let certifications = Search(catalog: .bundled, kinds: [.certification]).search("machine learning")
        #expect(certifications.allSatisfy { $0.ref.kind == .certification })
        #expect(certifications.count == 3)
        #expect(search.search("learning", limit: 2).count == 2)
        #expect(search.search("").isEmpty)
        #expect(search.search("xylophone").isEmpty)
    }

    @Test("Items matching every word rank before items matching some")
    func allWordsFirst() {
        let results = search.search("data scientist python")
        // No item names all three words; the role named by two of them comes first.
        #expect(results.first?.ref == ItemRef(.role, "data-scientist"))
        #expect(results.first?.matchedTerms == 2)
        let counts = results.map(\.matchedTerms)
        #expect(counts == counts.sorted(by: >))
    }

    @Test("The snippet shows the match in context, matched words flagged")
    func snippets() throws {
        let result = try #require(search.search("shortage").first)
        #expect(result.ref == ItemRef(.section, "job-market"))
        #expect(result.snippet.contains { $0.isMatch && $0.text == "shortage" })
        #expect(result.snippet.map(\.text).joined().count <= 120)
    }
}
