import CareerCore
import Testing

@testable import careers

/// What `careers __complete` offers, from the command table and the guide, whatever the shell.
@Suite("Completion candidates")
struct CompletionTests {
    func words(_ words: String...) -> [String] {
        guard case .words(let candidates) = Completion(table: .standard).reply(to: words, guide: { _ in Catalog.bundled })
        else { return [] }
        return candidates.map(\.word)
    }

    @Test func commandsOptionsAndChoices() {
        #expect(words("p") == ["projects", "path", "progress"])
        #expect(words("c") == ["certifications", "certs", "compare", "completions"])
        #expect(words("roles", "--") == ["--level", "--json", "--color", "--content", "--no-pager", "--help", "--version"])
        #expect(words("roles", "") == ["--level", "--json", "--color", "--content", "--no-pager", "--help", "--version"])
        #expect(words("--color", "a") == ["auto", "always"])
        #expect(words("roles", "--level=E") == ["--level=entry"])
        #expect(words("projects", "-l", "") == ["beginner", "intermediate", "advanced"])
        #expect(words("help", "ro") == ["roles", "role", "roadmap"])
        #expect(words("mark", "") == ["done", "learning", "skip", "clear"])
        #expect(words("search", "--limit", "") == [])
        #expect(words("nonsense", "") == [])
    }

    @Test func namesOfTheRightKind() {
        #expect(words("skills", "--role", "") == Catalog.bundled.entries(of: .role).map(\.name))
        #expect(words("skills", "-r", "se") == ["Senior ML Engineer"])
        #expect(words("skills", "--category", "t") == ["Tools and frameworks"])
        #expect(
            words("show", "mach") == [
                "Machine Learning Engineer", "Machine learning algorithms", "Machine Learning Specialization", "Machine learning",
            ])
        // An alias is offered where its item's name does not match.
        #expect(words("role", "ml") == ["ML Engineer", "MLE"])
        #expect(words("skill", "sk") == ["sklearn"])
        #expect(words("skill", "sc") == ["Scikit-learn"])
    }

    @Test("A name runs over several words, several names follow one another, a comma starts a new one")
    func namesOverWords() {
        #expect(words("show", "data", "sc") == ["Scientist"])
        #expect(words("skills", "--role", "head", "of", "") == ["AI"])
        #expect(words("show", "python", "lin") == [])
        #expect(words("mark", "done", "python", "linear", "al") == ["algebra"])
        #expect(words("match", "--have", "python, pyt") == ["python, Python", "python, PyTorch"])
        // An item named in full already is not offered again where a new name begins.
        #expect(!words("compare", "ds", "").contains("Data Scientist") && words("compare", "ds", "").contains("Research Scientist"))
        #expect(words("mark", "done", "python", "py") == ["PyTorch"])
        #expect(words("compare", "data scientist", "").count == Catalog.bundled.entries(of: .role).count - 1)
    }

    @Test("The words before are read as the parser reads them: short groups, `--`, an option's value")
    func wordsReadAsTheParserReadsThem() {
        // The last letter of a group takes the next word; an unknown letter before it is passed over.
        #expect(words("skills", "-hr", "se") == ["Senior ML Engineer"])
        #expect(words("projects", "-xl", "") == ["beginner", "intermediate", "advanced"])
        #expect(words("roles", "--level=") == ["--level=entry"])
        // After `--` nothing is an option.
        #expect(words("roles", "--", "--l") == [])
        // An option's value is the next word, even `--`: options have not ended after it.
        #expect(words("--color", "--", "--j") == ["--json"])
    }

    @Test("--content in the words picks the guide names come from")
    func contentPicksTheGuide() {
        var asked: [String?] = []
        _ = Completion(table: .standard).reply(to: ["--content", "my guide", "show", "x"]) {
            asked.append($0)
            return nil
        }
        _ = Completion(table: .standard).reply(to: ["show", "--content=other", "x"]) {
            asked.append($0)
            return nil
        }
        _ = Completion(table: .standard).reply(to: ["roles", "--level", ""]) {
            asked.append($0)
            return nil
        }
        // A level is one of the guide's own levels: the guide in use (here the bundled one) is asked for them.
        #expect(asked == ["my guide", "other", nil])
    }
}
