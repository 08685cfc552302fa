import CareerCore
import Testing

@testable import careers

/// The program's own sentences are claims too. Every page of every item, every role's skills and gap, every
/// pair of roles compared, the path and a match are read for what the documents never say.
@Suite("What the program says of its own")
struct ProgramSentencesTests {
    /// Claims no document makes: that every role needs something, numbered steps on the growth path, one
    /// role needing another's skills, a count of foundations, and British spellings.
    static let unsupported = [
        "for every role", "every role needs", "Like every role", "like every role", "as every role", "which every role",
        "count for every", "alike", "Step 1", "step 1 of", "needs too", "colour", "26 foundations", "25 foundations",
    ]

    private func outputs(_ catalog: Catalog) -> [(String, String)] {
        var runs: [[String]] = [
            ["roles"], ["skills"], ["roadmap"], ["path"], ["about"], ["topics"], ["tips"], ["projects"], ["certs"],
            ["match", "--have", "python, sql"], ["match", "--have", "tokenization, transformers", "--all"], ["help"],
        ]
        let roles = catalog.roles().map(\.id)
        for role in roles {
            runs += [["show", role], ["skills", "--role", role], ["gap", "--role", role], ["path", "--role", role]]
        }
        for pair in zip(roles, roles.dropFirst()) { runs.append(["compare", pair.0, pair.1]) }
        runs += catalog.skills().map { ["show", $0.id] }
        return runs.map { arguments in
            let result = CLI.run(arguments, environment: ["COLUMNS": "1000"])
            return (arguments.joined(separator: " "), result.stdout + result.stderr)
        }
    }

    @Test("No page claims what no document says: every role, numbered steps, a role needing another's skills")
    func noUnsupportedClaims() {
        for (command, text) in outputs(.bundled) {
            for phrase in Self.unsupported where text.contains(phrase) {
                Issue.record("'careers \(command)' says '\(phrase)'")
            }
        }
    }

    @Test("Every weight shown is a document's word, with the audience and the kind of document that say it")
    func weightsNameTheirDocuments() throws {
        let page = CLI.run(["show", "deep learning"], environment: ["COLUMNS": "1000"]).stdout
        #expect(
            page.contains(
                "Foundation:  crucial for those specializing in LLMs (course unit); fundamental for anyone seeking a "
                    + "career in LLMs (blog article); must learn for AI/ML engineering (career profile)\n"))
        let role = CLI.run(["show", "language model engineer"], environment: ["COLUMNS": "1000"]).stdout
        #expect(role.contains("  - Transformers: vital for engineers tasked with developing or fine-tuning models (news brief)\n"))
        #expect(role.contains("  - Model evaluation: equally important (news brief)\n"))
        // The document's word with what it is said for; no word where the document gives one to something else
        // ("model architecture is another critical area" weighs the area, not Neural networks).
        #expect(role.contains("  - Supervised learning: essential for effective model development (news brief)\n"))
        #expect(role.contains("  - Neural networks\n"))
    }

    @Test("The neutral lines said where the guide is silent")
    func silence() {
        #expect(Silence.responsibilities == "No responsibilities are recorded for this role.")
        #expect(Silence.onlyNamed == "Nothing more is recorded for this role: no responsibilities, no skills of its own.")
        let context = Context(catalog: .bundled, invocation: Invocation())
        #expect(context.noOwnSkills(Catalog.bundled.role("head-of-ai")!) == "No skills are recorded for Head of AI in particular.")
    }
}
