import Foundation
import Testing

@testable import careers

@Suite("compare: two roles side by side")
struct CompareTests {
    @Test("Level, place on the growth path, own skills both or one need, foundations once")
    func bundledRoles() throws {
        let outcome = try RunCareers.run(["compare", "Language Model Engineer", "mle"])
        #expect(outcome.status == 0)
        #expect(
            outcome.stdout.hasPrefix(
                """
                Language Model Engineer and Machine Learning Engineer

                Language Model Engineer
                  Level:        —
                  Growth path:  not on it

                Machine Learning Engineer
                  Level:        entry
                  Growth path:  step 1 of 4; leads to Senior ML Engineer

                Both need, of their own skills
                  Fine-tuning       not on the roadmap  —
                  Model deployment  not on the roadmap  —

                Only Language Model Engineer needs
                  Tokenization techniques  not on the roadmap     essential

                """))
        #expect(outcome.stdout.contains("Only Machine Learning Engineer needs\n  Hyperparameter tuning  not on the roadmap  —\n"))
        // A role whose own skills are all foundations says so rather than listing nothing.
        let scientists = try RunCareers.run(["compare", "Data Scientist", "Research Scientist"]).stdout
        #expect(
            scientists.contains(
                "Only Data Scientist needs\n  None: its own skills are all among the field's foundations (below), which\n"
                    + "  Research Scientist needs too.\n"))
        // The foundations come once, as shared, each with where the roadmap teaches it.
        #expect(outcome.stdout.components(separatedBy: "Linear algebra").count == 2)
        #expect(outcome.stdout.contains("Both need, as every role does: the field's foundations\n  Linear algebra   "))
        #expect(outcome.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("A role on the growth path says where; one the documents do not place shows —")
    func growthPathPlace() throws {
        let outcome = try RunCareers.run(["compare", "mle", "head", "of", "ai"])
        #expect(outcome.stdout.contains("  Level:        entry\n  Growth path:  step 1 of 4; leads to Senior ML Engineer\n"))
        #expect(outcome.stdout.contains("  Level:        —\n  Growth path:  step 4 of 4; comes after Principal AI Architect\n"))
        #expect(outcome.stdout.contains("Only Head of AI needs\n  No skills are recorded for Head of AI in particular"))
    }

    @Test(
        "Two names however given: quoted, single words, a comma, 'vs', or unquoted words",
        arguments: [
            ["Data Scientist", "Machine Learning Engineer"], ["ds", "mle"], ["data", "scientist,", "ml", "engineer"],
            ["data", "scientist", "vs", "ml", "engineer"], ["data", "scientist", "ml", "engineer"],
        ])
    func nameForms(_ words: [String]) throws {
        let outcome = try RunCareers.run(["compare"] + words)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("Data Scientist and Machine Learning Engineer\n"))
    }

    @Test("A role with itself, one role, or three are usage errors that say so")
    func wrongCounts() throws {
        let same = try RunCareers.run(["compare", "mle", "ml engineer"])
        #expect(same.status == 2)
        #expect(same.stderr.hasPrefix("careers: both names are Machine Learning Engineer: a role compared with itself"))
        let one = try RunCareers.run(["compare", "data", "scientist"])
        #expect(one.status == 2)
        #expect(one.stderr.hasPrefix("careers: 'careers compare' compares two roles, but the words name one: Data Scientist\n"))
        let three = try RunCareers.run(["compare", "ds", "mle", "nlp engineer"])
        #expect(three.status == 2)
        #expect(three.stderr.contains("name 3: Data Scientist, Machine Learning Engineer, NLP Engineer"))
        let unknown = try RunCareers.run(["compare", "ds", "astronaut"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("careers: no role named 'astronaut'"))
    }

    @Test("JSON: each role with its step, the needs in four lists, levels null where none")
    func json() throws {
        let pack = try SyntheticPack()
        defer { pack.remove() }
        let outcome = try RunCareers.run(["compare", "engineer", "lead engineer", "--json", "--content", pack.path])
        #expect(outcome.status == 0)
        let value = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as! [String: Any]
        let first = value["first"] as! [String: Any]
        #expect((first["role"] as! [String: Any])["level"] as? String == "entry")
        #expect(first["step"] as? Int == 1)
        #expect(
            ((value["second"] as! [String: Any])["comesAfter"] as! [[String: Any]]).map { $0["name"] as? String } == ["Engineer"])
        #expect((value["onlyFirst"] as! [[String: Any]]).map { $0["name"] as? String } == ["Testing"])
        let onlySecond = value["onlySecond"] as! [[String: Any]]
        #expect(onlySecond.map { $0["name"] as? String } == ["Mentoring"])
        #expect(onlySecond[0]["need"] is NSNull)
        #expect((value["both"] as! [Any]).isEmpty)
        #expect((value["foundations"] as! [[String: Any]]).map { $0["name"] as? String } == ["Swift"])
    }
}
