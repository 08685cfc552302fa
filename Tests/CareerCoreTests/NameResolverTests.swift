import CareerCore
import Testing

@Suite("Finding items by name")
struct NameResolverTests {
    let resolver = NameResolver(catalog: .bundled)

    @Test(arguments: [
        "ml engineer", "ML-Engineer", "machine learning engineer", "MLE", "AI/ML Engineer", "machine-learning-engineer",
        "  Machine   Learning Engineer ",
    ])
    func spellingsOfOneRole(_ name: String) {
        guard case .found(let ref, let how) = resolver.resolve(name) else {
            Issue.record("'\(name)' not found")
            return
        }
        #expect(ref == ItemRef(.role, "machine-learning-engineer"))
        #expect(how <= .alias)
    }

    @Test func aliasesOfSkills() {
        #expect(resolver.resolve("NLP") == .found(ItemRef(.skill, "nlp"), how: .exact))
        #expect(resolver.resolve("sklearn") == .found(ItemRef(.skill, "scikit-learn"), how: .alias))
        #expect(resolver.resolve("DL") == .found(ItemRef(.skill, "deep-learning"), how: .alias))
        #expect(resolver.resolve("LLM engineer") == .found(ItemRef(.role, "llm-engineer"), how: .exact))
    }

    @Test("A name shared across kinds goes to the kind listed first; the others stay reachable")
    func sharedNames() {
        #expect(resolver.resolve("deep learning") == .found(ItemRef(.skill, "deep-learning"), how: .exact))
        #expect(resolver.resolve("phase 3") == .found(ItemRef(.phase, "deep-learning-phase"), how: .alias))
        #expect(resolver.resolve("tokenization") == .found(ItemRef(.topic, "tokenization"), how: .exact))
        let skills = NameResolver(catalog: .bundled, kinds: [.skill])
        #expect(skills.resolve("tokenization") == .found(ItemRef(.skill, "tokenization-techniques"), how: .alias))
    }

    @Test func prefixesAndTypos() {
        #expect(resolver.resolve("principal") == .found(ItemRef(.role, "principal-ai-architect"), how: .prefix))
        #expect(resolver.resolve("pytorh") == .found(ItemRef(.skill, "pytorch"), how: .typo))
        #expect(resolver.resolve("reserch scientist") == .found(ItemRef(.role, "research-scientist"), how: .typo))
    }

    @Test func ambiguousNamesListTheCandidates() {
        guard case .ambiguous(let candidates) = resolver.resolve("scientist") else {
            Issue.record("expected ambiguity")
            return
        }
        #expect(candidates == [ItemRef(.role, "data-scientist"), ItemRef(.role, "research-scientist")])
    }

    @Test func unknownNamesSuggestTheNearest() {
        #expect(resolver.resolve("quantum chef") == .notFound)
        #expect(resolver.nearMisses(for: "quantum chef") == [])
        #expect(resolver.resolve("") == .notFound)
        #expect(resolver.resolve("--") == .notFound)
        #expect(resolver.resolve("data sciense wizard") == .notFound)
        #expect(resolver.nearMisses(for: "data sciense wizard") == [])
        #expect(resolver.nearMisses(for: "data scientsit").contains(ItemRef(.role, "data-scientist")))
        // Only real slips of the keys: "tableau" is three edits from "BLEU" and starts differently.
        #expect(NameResolver(catalog: .bundled, kinds: ItemKind.allCases).nearMisses(for: "tableau") == [])
        #expect(NearestWords.nearest(to: "junior", among: ["entry", "senior", "lead"]) == [])
        #expect(NearestWords.nearest(to: "senor", among: ["entry", "senior", "lead"]) == ["senior"])
    }

    @Test(
        "A different word is never taken for a misspelt one, however close the whole names are",
        arguments: ["junior ml engineer", "senior ai researcher", "head of ml", "principal ml architect"])
    func differentWordsAreNotTypos(_ name: String) {
        #expect(resolver.resolve(name) == .notFound)
        #expect(resolver.nearMisses(for: name) == [])
    }

    @Test(
        "A word that differs at its start, or by more than a slip, is only offered, never taken: it is most often another word",
        arguments: [
            ("dead of ai", ItemRef(.role, "head-of-ai")), ("model valuation", ItemRef(.skill, "model-evaluation")),
            ("data leaning", ItemRef(.skill, "data-cleaning")), ("model raining", ItemRef(.skill, "model-training")),
            ("ai socialist", ItemRef(.role, "ai-specialist")), ("ytorch", ItemRef(.skill, "pytorch")),
        ])
    func otherWordsAreOffered(_ name: String, _ meant: ItemRef) {
        #expect(resolver.resolve(name) == .notFound)
        #expect(resolver.nearMisses(for: name).contains(meant))
    }

    @Test("Exact names in a run of words: the longest from each word, other words passed over, typos never taken")
    func exactNamesInWords() {
        #expect(
            resolver.exactNames(in: ["python", "linear", "algebra", "pythn", "mle"])
                == [ItemRef(.skill, "python"), ItemRef(.skill, "linear-algebra"), ItemRef(.role, "machine-learning-engineer")])
    }

    @Test("Slips of the keys word by word, and a space slipped out with one more slip, are still typos")
    func slipsWordByWord() {
        #expect(resolver.resolve("senor ml engineer") == .found(ItemRef(.role, "senior-ml-engineer"), how: .typo))
        #expect(resolver.resolve("data scientst") == .found(ItemRef(.role, "data-scientist"), how: .typo))
        #expect(resolver.resolve("machinelearnin engineer") == .found(ItemRef(.role, "machine-learning-engineer"), how: .typo))
        // A whole word left out is not a slip: "senior engineer" is two words off "Senior ML Engineer"'s key.
        #expect(resolver.resolve("seniorengineer") == .notFound)
        #expect(resolver.nearMisses(for: "senior ml enginer") == [ItemRef(.role, "senior-ml-engineer")])
    }
}
