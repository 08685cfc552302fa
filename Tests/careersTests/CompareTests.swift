import Foundation
import Testing

@testable import careers

@Suite("compare: two roles side by side")
struct CompareTests {
    @Test("Level, place on the growth path, own skills of both or of one, the foundations named once apart")
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
                  Growth path:  at the entry level

                Own skills of both
                  No skill of their own in common.

                Own skills of Language Model Engineer only
                  Tokenization techniques  not on the roadmap      foundational
                  Transformers             not on the roadmap      vital for engineers tasked
                                                                   with developing or
                                                                   fine-tuning models

                """))
        #expect(
            outcome.stdout.hasSuffix(
                """
                Own skills of Machine Learning Engineer only
                  Model training  not on the roadmap  —
                  Fine-tuning     not on the roadmap  —

                  The field's foundations stand apart from both roles: careers skills --role
                  "Language Model Engineer" lists them with the audience each document names.

                """))
        // A role's own skill that is also a foundation is still its own: no role is said to need another's skills.
        let scientists = try RunCareers.run(["compare", "Data Scientist", "Research Scientist"]).stdout
        #expect(scientists.contains("Own skills of Data Scientist only\n  Data preparation "))
        #expect(!scientists.contains("needs too"))
        #expect(outcome.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("Both entry-level roles are at the entry level; a role on the path says what comes before and after it")
    func growthPathPlace() throws {
        let outcome = try RunCareers.run(["compare", "mle", "head", "of", "ai"])
        #expect(outcome.stdout.contains("  Level:        entry\n  Growth path:  at the entry level\n"))
        #expect(outcome.stdout.contains("  Level:        —\n  Growth path:  on it; comes after Principal AI Architect\n"))
        #expect(outcome.stdout.contains("Own skills of Head of AI only\n  No skills are recorded for Head of AI in particular.\n"))
        let juniors = try RunCareers.run(["compare", "junior ai researcher", "senior ml engineer"])
        #expect(juniors.stdout.contains("  Growth path:  at the entry level\n"))
        #expect(juniors.stdout.contains("  Growth path:  on it; leads to Principal AI Architect\n"))
    }

    @Test(
        "Two names however given: quoted, single words, a comma, 'vs', or unquoted words",
        arguments: [
            ["Data Scientist", "Machine Learning Engineer"], ["ds", "mle"], ["data", "scientist,", "ml", "engineer"],
            ["data", "scientist", "vs", "ml", "engineer"], ["data", "scientist", "ml", "engineer"],
            // Quoted together with the separator between them, the two names are still two.
            ["data scientist, ml engineer"], ["data scientist vs ml engineer"], ["ds;mle"],
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

    @Test("JSON: each role with its place, the skills in four lists, levels null where none")
    func json() throws {
        let pack = try SyntheticPack()
        defer { pack.remove() }
        let outcome = try RunCareers.run(["compare", "engineer", "lead engineer", "--json", "--content", pack.path])
        #expect(outcome.status == 0)
        let value = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as! [String: Any]
        let first = value["first"] as! [String: Any]
        #expect((first["role"] as! [String: Any])["level"] as? String == "entry")
        #expect(first["place"] as? String == "growth path")
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
