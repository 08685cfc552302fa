import CareerCore
import Testing

/// Checks that what the four documents say is in the guide: each item by kind and name,
/// and each further fact as words that must appear in the item the fact belongs to.
@Suite("Coverage of the source documents")
struct DocumentCoverageTests {
    let catalog = Catalog.bundled

    static let items: [(ItemKind, String)] = [
        (.role, "Machine Learning Engineer"), (.role, "Data Scientist"), (.role, "Research Scientist"),
        (.role, "AI Specialist"), (.role, "Language Model Engineer"), (.role, "Junior AI Researcher"),
        (.role, "Computer Vision Engineer"), (.role, "NLP Engineer"), (.role, "Senior ML Engineer"),
        (.role, "Principal AI Architect"), (.role, "Head of AI"),
        (.skill, "Linear algebra"), (.skill, "Calculus"), (.skill, "Probability"), (.skill, "Python"),
        (.skill, "Programming"), (.skill, "Computer science"), (.skill, "Machine learning algorithms"),
        (.skill, "Neural networks"), (.skill, "Deep learning"), (.skill, "Natural language processing"),
        (.skill, "TensorFlow"), (.skill, "PyTorch"), (.skill, "Scikit-learn"), (.skill, "GPU computing"),
        (.skill, "Data cleaning"), (.skill, "Data analysis"), (.skill, "Data visualization"),
        (.skill, "Data preparation"), (.skill, "Research abilities"), (.skill, "Tokenization techniques"),
        (.skill, "Transformers"), (.skill, "Attention mechanisms"), (.skill, "Supervised learning"),
        (.skill, "Unsupervised learning"), (.skill, "Transfer learning"), (.skill, "Reinforcement learning"),
        (.skill, "Perplexity"), (.skill, "BLEU score"), (.skill, "F1 score"), (.skill, "Fine-tuning"),
        (.skill, "Hyperparameter tuning"), (.skill, "Model training"), (.skill, "Model evaluation"),
        (.skill, "Model deployment"), (.skill, "Model optimization"), (.skill, "Computer vision"),
        (.skill, "Robotics"), (.skill, "Large language models"), (.skill, "AI ethics"),
        (.skill, "Problem-solving"), (.skill, "Creativity"), (.skill, "Willingness to learn"),
        (.skill, "Research ethics"), (.skill, "Problem framing"), (.skill, "Long-term thinking"),
        (.topic, "Tokenization"), (.topic, "Model architecture"), (.topic, "Training methodologies"),
        (.topic, "Evaluation metrics"),
        (.phase, "Foundations"), (.phase, "Classical ML"), (.phase, "Deep Learning"), (.phase, "Specialization"),
        (.certification, "DeepLearning.AI Machine Learning Specialization"),
        (.certification, "AWS Certified Machine Learning – Specialty"), (.certification, "TensorFlow Developer Certificate"),
        (.project, "Spam detector"), (.project, "Image classifier for fruits"),
        (.project, "Chatbot using a pre-trained model"), (.project, "Custom model for predicting medical outcomes"),
        (.project, "Custom model for predicting financial fraud"),
        (.tip, "Keep learning"), (.tip, "Gain practical experience"), (.tip, "Network"), (.tip, "Specialize"),
        (.tip, "Consider an advanced degree"), (.tip, "Continuous education"),
        (.tip, "Contribute to open source"), (.tip, "Stay ahead of trends"),
        (.section, "What the field is"), (.section, "Job market and demand"), (.section, "Industries"),
        (.section, "Real-world examples"), (.section, "Day-to-day work"), (.section, "Who this path is for"),
        (.section, "Reality check"), (.section, "Next steps"), (.section, "Building a career"), (.section, "Outlook"),
        (.source, "Careers in Machine Learning and LLMs"), (.source, "Launching Your Career in LLMs - Key Skills and Roles"),
        (.source, "Essential Skills for Language Model Engineers"), (.source, "AI & Machine Learning: Building the Future"),
    ]

    /// (item, words its text must contain)
    static let facts: [(ItemRef, String)] = [
        (ItemRef(.section, "what-it-is"), "no explicit instructions"),
        (ItemRef(.section, "what-it-is"), "programmed explicitly for every task"),
        (ItemRef(.section, "job-market"), "growing exponentially"),
        (ItemRef(.section, "job-market"), "significant shortage"),
        (ItemRef(.section, "job-market"), "GPT-3"),
        (ItemRef(.section, "industries"), "Healthcare"), (ItemRef(.section, "industries"), "Finance"),
        (ItemRef(.section, "industries"), "Entertainment"), (ItemRef(.section, "industries"), "Transportation"),
        (ItemRef(.section, "real-world-examples"), "Self-driving cars"),
        (ItemRef(.section, "real-world-examples"), "ChatGPT"),
        (ItemRef(.section, "real-world-examples"), "Face recognition"),
        (ItemRef(.section, "day-to-day"), "tuning hyperparameters"),
        (ItemRef(.section, "day-to-day"), "deploying AI models into production"),
        (ItemRef(.section, "who-it-is-for"), "automation"), (ItemRef(.section, "who-it-is-for"), "Persistent"),
        (ItemRef(.section, "who-it-is-for"), "comfortable with uncertainty"),
        (ItemRef(.section, "who-it-is-for"), "technical curiosity"),
        (ItemRef(.section, "reality-check"), "High"), (ItemRef(.section, "reality-check"), "barrier to entry"),
        (ItemRef(.section, "reality-check"), "Long training times"), (ItemRef(.section, "reality-check"), "black box"),
        (ItemRef(.section, "reality-check"), "ethical dilemmas"),
        (ItemRef(.section, "reality-check"), "take over the world tomorrow"),
        (ItemRef(.section, "reality-check"), "advanced pattern matching"),
        (ItemRef(.section, "next-steps"), "linear algebra"),
        (ItemRef(.section, "keep-in-mind"), "location, company"),
        (ItemRef(.tip, "keep-learning"), "conferences"), (ItemRef(.tip, "keep-learning"), "research papers"),
        (ItemRef(.tip, "gain-practical-experience"), "internships"),
        (ItemRef(.tip, "network"), "meetups"), (ItemRef(.tip, "network"), "online forums"),
        (ItemRef(.tip, "network"), "professional organizations"),
        (ItemRef(.tip, "advanced-degree"), "doctoral"),
        (ItemRef(.tip, "continuous-education"), "workshops"),
        (ItemRef(.topic, "evaluation-metrics"), "perplexity"),
        (ItemRef(.topic, "model-architecture"), "attention mechanisms"),
        (ItemRef(.role, "machine-learning-engineer"), "fine-tuning LLMs"),
        (ItemRef(.role, "machine-learning-engineer"), "work closely with data scientists"),
        (ItemRef(.role, "data-scientist"), "better decisions"),
        (ItemRef(.role, "research-scientist"), "publish"),
        (ItemRef(.role, "ai-specialist"), "respond to human input"),
        (ItemRef(.section, "building-a-career"), "networking"),
        (ItemRef(.section, "job-market"), "business goals"),
        (ItemRef(.certification, "aws-ml-specialty"), "beginner-friendly"),
        (ItemRef(.project, "pretrained-chatbot"), "GPT"),
    ]

    @Test(arguments: items.indices)
    func itemIsPresent(_ index: Int) {
        let (kind, name) = Self.items[index]
        #expect(catalog.entries(of: kind).contains { $0.name == name }, "missing \(kind) '\(name)'")
    }

    @Test(arguments: facts.indices)
    func factIsPresent(_ index: Int) throws {
        let (ref, words) = Self.facts[index]
        let entry = try #require(catalog.entry(ref), "missing \(ref)")
        let text = ([entry.name, entry.summary] + entry.body + entry.keywords).joined(separator: " ").lowercased()
        #expect(text.contains(words.lowercased()), "\(ref.id) does not say '\(words)'")
    }

    @Test("The growth path runs Senior ML Engineer → Principal AI Architect → Head of AI; the entry-level roles stand apart")
    func growthPathAndEntryRoles() throws {
        let senior = try #require(catalog.role("senior-ml-engineer"))
        #expect(catalog.rolesLeading(to: senior).map(\.id) == [])
        #expect(catalog.roles(level: .entry).allSatisfy { $0.next.isEmpty })
        #expect(senior.next == ["principal-ai-architect"])
        #expect(catalog.role("principal-ai-architect")?.next == ["head-of-ai"])
        #expect(catalog.roles(level: .entry).map(\.name) == ["Machine Learning Engineer", "Junior AI Researcher"])
    }

    @Test func roadmapPhasesAreInOrderWithTheirGoals() {
        #expect(catalog.phases.map(\.name) == ["Foundations", "Classical ML", "Deep Learning", "Specialization"])
        #expect(catalog.phases[0].goal.contains("Python"))
        #expect(catalog.phases[3].goal.contains("robotics"))
    }
}
