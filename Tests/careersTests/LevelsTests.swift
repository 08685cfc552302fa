import Foundation
import Testing

/// A guide's levels: the standard three where a pack declares none (the bundled guide), or the pack's own
/// vocabulary, in order, from levels.json.
@Suite("Levels: the standard ones, or a pack's own")
struct LevelsTests {
    static let wide = ["COLUMNS": "200"]

    /// The synthetic pack with levels of its own: junior below staff, the roles placed at them.
    static func packWithLevels(_ levels: String) throws -> SyntheticPack {
        try SyntheticPack(
            [
                "levels.json": levels,
                "roles.json": SyntheticPack.files["roles.json"]!.replacing("\"level\": \"entry\"", with: "\"level\": \"junior\"")
                    .replacing("\"level\": \"lead\"", with: "\"level\": \"staff\""),
            ])
    }

    static let twoLevels = """
        [{"id": "junior", "name": "Junior", "description": "Learns the codebase with a mentor.", "sources": ["handbook"]},
         {"id": "staff", "name": "Staff engineer", "sources": ["handbook"]}]
        """

    @Test("The bundled guide uses the standard levels: it lists those it places roles at, and says so on a terminal")
    func standardLevels() throws {
        let outcome = try RunCareers.run(["levels"])
        // Not senior or lead, which no document gives: the program's vocabulary, not the guide's.
        #expect(outcome.stdout == "entry    2 roles\n")
        let json = try RunCareers.run(["levels", "--json"])
        let levels = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])["levels"] as? [[String: Any]]
        #expect(levels?.compactMap { $0["id"] as? String } == ["entry"])
        #expect(levels?.allSatisfy { $0["description"] is NSNull } == true)
    }

    @Test("A guide that places no role at a level says so, and levels finds nothing")
    func noLevels() throws {
        let pack = try SyntheticPack([
            "roles.json": SyntheticPack.files["roles.json"]!.replacing("\"level\": \"entry\"", with: "\"level\": null")
                .replacing("\"level\": \"lead\"", with: "\"level\": null")
        ])
        defer { pack.remove() }
        #expect(
            try RunCareers.run(["--content", pack.path, "levels"])
                == .init(status: 1, stdout: "", stderr: "careers: no role in this guide has a level\nhint: 'careers roles' lists every role.\n"))
    }

    @Test("A pack's own levels: listed in order with their descriptions, filtered by, shown on a role's page")
    func packLevels() throws {
        let pack = try Self.packWithLevels(Self.twoLevels)
        defer { pack.remove() }
        #expect(try RunCareers.run(["validate", pack.path], environment: Self.wide).status == 0)
        let levels = try RunCareers.run(["--content", pack.path, "levels"], environment: Self.wide)
        #expect(levels.stdout == "junior  Junior          1 role\nstaff   Staff engineer  1 role\n")
        let roles = try RunCareers.run(["--content", pack.path, "roles", "--level", "STAFF"], environment: Self.wide)
        #expect(roles.stdout == "Lead Engineer  Staff engineer  Leads a team.\n")
        let page = try RunCareers.run(["--content", pack.path, "show", "Engineer"], environment: Self.wide)
        #expect(page.stdout.contains("  Level:  Junior\n"))
        // The lowest level is where the growth path's entry roles are.
        let path = try RunCareers.run(["--content", pack.path, "path"], environment: Self.wide)
        #expect(path.status == 0)
        #expect(path.stdout.contains("Engineer → Lead Engineer"))
        let wrong = try RunCareers.run(["--content", pack.path, "roles", "--level", "senior"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr == "careers: 'senior' is not a valid value for '--level'\nhint: Valid values: junior, staff.\n")
        let complete = try RunCareers.run(["__complete", "--content", pack.path, "roles", "--level", ""])
        #expect(complete.stdout == "words\njunior\nstaff\n")
    }

    @Test("A role's level must be one the pack declares, and a level is declared once")
    func levelsAreChecked() throws {
        let unknown = try SyntheticPack(["levels.json": Self.twoLevels])
        defer { unknown.remove() }
        let outcome = try RunCareers.run(["validate", unknown.path], environment: Self.wide)
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout == """
                \(unknown.path)/roles.json:2:66: field 'level' has 'entry', expected one of: junior, staff
                \(unknown.path)/roles.json:5:76: field 'level' has 'lead', expected one of: junior, staff

                """)
        let twice = try Self.packWithLevels(
            """
            [{"id": "junior", "name": "Junior", "sources": ["handbook"]},
             {"id": "junior", "name": "Also junior", "sources": ["handbook"]},
             {"id": "staff", "name": "Staff", "sources": ["handbook"]}]
            """)
        defer { twice.remove() }
        let duplicate = try RunCareers.run(["validate", twice.path], environment: Self.wide)
        #expect(duplicate.status == 1)
        #expect(
            duplicate.stdout
                == "\(twice.path)/levels.json:2:9: duplicate level id 'junior' (first defined at \(twice.path)/levels.json:1:9)\n")
    }
}
