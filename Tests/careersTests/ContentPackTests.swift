import Foundation
import Testing

/// A small guide of a team's own, written by the test: what `--content`, `validate` and `init` work on.
/// Tests change one file of it at a time, so they do not depend on the bundled guide's wording.
struct SyntheticPack {
    static let files: [String: String] = [
        "sources.json": """
        [{"id": "handbook", "title": "Team handbook", "kind": "handbook", "summary": "How we grow engineers.", "document": "handbook.md"}]
        """,
        "categories.json": """
        [{"id": "core", "name": "Core"}]
        """,
        "skills.json": """
        [
          {"id": "swift", "name": "Swift", "aliases": [], "category": "core", "description": "The language we ship in.", "sources": ["handbook"]},
          {"id": "testing", "name": "Testing", "aliases": ["tests"], "category": "core", "description": "Proving code works.", "sources": ["handbook"]},
          {"id": "mentoring", "name": "Mentoring", "aliases": [], "category": "core", "description": "Helping others grow.", "sources": ["handbook"]}
        ]
        """,
        "foundations.json": """
        [{"skill": "swift", "weights": [{"need": "essential", "audience": null, "sources": ["handbook"]}], "sources": ["handbook"]}]
        """,
        "roles.json": """
        [
          {"id": "engineer", "name": "Engineer", "aliases": [], "level": "entry", "summary": "Builds features.",
           "responsibilities": ["Ship features."], "next": ["lead-engineer"], "related": [],
           "skills": [{"skill": "testing", "weights": [{"need": "essential", "audience": null, "sources": ["handbook"]}], "sources": ["handbook"]}], "sources": ["handbook"]},
          {"id": "lead-engineer", "name": "Lead Engineer", "aliases": [], "level": "lead", "summary": "Leads a team.",
           "responsibilities": [], "next": [], "related": [],
           "skills": [{"skill": "mentoring", "sources": ["handbook"]}], "sources": ["handbook"]}
        ]
        """,
        "roadmap.json": """
        [{"id": "basics", "number": 1, "name": "Basics", "goal": "Learn the language.", "skills": ["swift"], "sources": ["handbook"]}]
        """,
    ]

    let directory: URL

    /// Writes the pack, with `changes` (file name → new text, or nil to leave the file out), into a new directory.
    init(_ changes: [String: String?] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("careers-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var files = Self.files
        for (name, text) in changes { files[name] = text }
        for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
    }

    /// The pack's own text of `file` with `old` replaced by `new` (once).
    static func replacing(_ old: String, with new: String, in file: String) -> [String: String?] {
        let text = files[file]!
        precondition(text.contains(old), "fixture text not found in \(file)")
        return [file: text.replacing(old, with: new, maxReplacements: 1)]
    }

    var path: String { directory.path }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

@Suite("Content packs: --content, CAREERS_CONTENT, validate, init")
struct ContentPackTests {
    /// Lines as long as they come: paths of temporary directories are long.
    let wide = ["COLUMNS": "400"]

    @Test("Every command works on a pack as on the bundled guide")
    func commandsWorkOnAPack() throws {
        let pack = try SyntheticPack()
        defer { pack.remove() }
        let roles = try RunCareers.run(["--content", pack.path, "roles"])
        #expect(
            roles
                == RunCareers.Outcome(
                    status: 0, stdout: "Engineer       entry  Builds features.\nLead Engineer  lead   Leads a team.\n", stderr: ""
                ))
        let match = try RunCareers.run(["match", "--have", "tests", "--content", pack.path])
        #expect(match.stdout.hasPrefix("Engineer       100%  1 of 1 own skill, little recorded  has Testing\n"))
        #expect(try RunCareers.run(["search", "mentor", "--content", pack.path]).stdout.hasPrefix("skill  Mentoring"))
        #expect(try RunCareers.run(["path", "--content", pack.path]).stdout.contains("Engineer → Lead Engineer"))
        #expect(try RunCareers.run(["roadmap", "--content", pack.path]).stdout.hasPrefix("Phase 1: Basics\n"))
        let gap = try RunCareers.run(["gap", "--role", "lead engineer", "--content", pack.path])
        #expect(
            gap.stdout == "Phase 1: Basics            Swift      foundation, essential\nOutside the roadmap: Core  Mentoring  a skill of this role\n")
        let version = try RunCareers.run(["--version", "--content", pack.path])
        #expect(version.stdout == "careers 0.1.0\nguide: \(pack.path): 1 source, 2 roles, 3 skills, 1 roadmap phase\n")
        let sources = try RunCareers.run(["sources", "--json", "--content", pack.path])
        #expect(sources.stdout.contains("\"guide\": \"\(pack.path)\""))
    }

    @Test("CAREERS_CONTENT selects a pack; --content wins over it; an empty value means the bundled guide")
    func environmentAndFlag() throws {
        let pack = try SyntheticPack()
        defer { pack.remove() }
        #expect(try RunCareers.run(["roles"], environment: ["CAREERS_CONTENT": pack.path]).stdout.hasPrefix("Engineer "))
        let flagWins = try RunCareers.run(["--content", pack.path, "roles"], environment: ["CAREERS_CONTENT": "/nonexistent"])
        #expect(flagWins.status == 0)
        let bundled = try RunCareers.run(["roles", "--content", ""], environment: ["CAREERS_CONTENT": pack.path])
        #expect(bundled.stdout.hasPrefix("Machine Learning Engineer "))
    }

    @Test("validate: a clean pack, then a broken one with every problem, FILE:LINE:COLUMN first")
    func validate() throws {
        let pack = try SyntheticPack()
        defer { pack.remove() }
        #expect(
            try RunCareers.run(["validate", pack.path], environment: wide)
                == RunCareers.Outcome(
                    status: 0, stdout: "\(pack.path): a valid guide with 2 roles, 3 skills, 1 roadmap phase and 1 foundation\n",
                    stderr: ""))
        let broken = try SyntheticPack(
            SyntheticPack.replacing("\"name\": \"Swift\"", with: "\"nme\": \"Swift\"", in: "skills.json").merging(
                SyntheticPack.replacing("\"level\": \"lead\"", with: "\"level\": \"boss\"", in: "roles.json")
            ) { a, _ in a })
        defer { broken.remove() }
        let outcome = try RunCareers.run(["validate", broken.path], environment: wide)
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout == """
                \(broken.path)/skills.json:2:3: missing field 'name'
                \(broken.path)/skills.json:2:19: unknown field 'nme' (did you mean 'name'?)
                \(broken.path)/roles.json:5:76: field 'level' has 'boss', expected one of: entry, senior, lead

                """)
        #expect(outcome.stderr == "careers: \(broken.path): 3 problems in 2 files\n")
        let json = try RunCareers.run(["validate", broken.path, "--json"])
        #expect(json.status == 1)
        #expect(json.stdout.contains("\"valid\": false"))
        #expect(json.stdout.contains("\"message\": \"unknown field 'nme' (did you mean 'name'?)\""))
        #expect(
            try RunCareers.run(["validate"], environment: wide).stdout
                == "the bundled guide: a valid guide with 11 roles, 45 skills, 4 roadmap phases and 25 foundations\n")
        // A required file not there is said to be missing, not unreadable; a link to nothing, to be one.
        try FileManager.default.removeItem(atPath: pack.path + "/sources.json")
        #expect(
            try RunCareers.run(["validate", pack.path], environment: wide).stdout
                == "\(pack.path)/sources.json: missing: a guide must have this file\n")
        try FileManager.default.createSymbolicLink(atPath: pack.path + "/sources.json", withDestinationPath: pack.path + "/gone.json")
        #expect(
            try RunCareers.run(["validate", pack.path], environment: wide).stdout
                == "\(pack.path)/sources.json: a symbolic link to nothing\n")
    }

    @Test(
        "Each rule of the format is checked",
        arguments: [
            ("skills.json", "\"id\": \"testing\"", "\"id\": \"swift\"", "duplicate skill id 'swift'"),
            (
                "skills.json", "\"name\": \"Testing\"", "\"name\": \"swift\"",
                "another skill already goes by 'swift', as a name or an alias"
            ),
            ("skills.json", "\"name\": \"Testing\"", "\"name\": \"  \"", "field 'name' must not be empty"),
            ("skills.json", "\"name\": \"Testing\"", "\"name\": 7", "field 'name' should be a string, found a number"),
            (
                "skills.json", "\"Proving code works.\"", "\"Proving\\u001b[31m code\"",
                "field 'description' contains a control character"
            ),
            (
                "skills.json", "\"name\": \"Testing\"", "\"name\": \"Test\\u202eing\"",
                "field 'name' contains a control character (U+202E; text must be printable)"
            ),
            (
                "skills.json", "\"category\": \"core\", \"description\": \"Proving",
                "\"category\": \"kore\", \"description\": \"Proving",
                "no category has the id 'kore' (did you mean 'core'?)"
            ),
            ("roles.json", "\"next\": [\"lead-engineer\"]", "\"next\": [\"manager\"]", "no role has the id 'manager'"),
            (
                "roles.json", "\"next\": [], \"related\": []", "\"next\": [\"engineer\"], \"related\": []",
                "the growth path loops: engineer → lead-engineer → engineer"
            ),
            ("roles.json", "[{\"need\": \"essential\", \"audience\": null,", "[{\"audience\": null,", "missing field 'need'"),
            (
                "roles.json", "\"need\": \"essential\", \"audience\": null, \"sources\": [\"handbook\"]}], \"sources\": [\"handbook\"]}]",
                "\"need\": \"essential\", \"audience\": null, \"sources\": [\"wiki\"]}], \"sources\": [\"handbook\"]}]",
                "a weight cites source 'wiki', which the requirement's 'sources' does not list"
            ),
            (
                "roles.json", "{\"skill\": \"testing\", \"weights\"",
                "{\"either\": [\"testing\"], \"weights\"",
                "an either-or group needs at least two different skills, found 1"
            ),
            ("roles.json", "\"sources\": [\"handbook\"]}]", "\"sources\": [\"wiki\"]}]", "no source has the id 'wiki'"),
            (
                "roadmap.json", "\"skills\": [\"swift\"]", "\"skills\": [\"swift\", \"swift\"]",
                "roadmap.json:1:101: 'swift' is listed twice in 'skills'"
            ),
            (
                "roles.json", "\"next\": [\"lead-engineer\"]", "\"next\": [\"lead-engineer\", \"lead-engineer\"]",
                "'lead-engineer' is listed twice in 'next'"
            ),
            (
                "skills.json", "\"aliases\": [\"tests\"]", "\"aliases\": [\"tests\", \"Tests\"]",
                "'Tests' is listed twice in 'aliases'"
            ),
            (
                "skills.json", "\"aliases\": [\"tests\"]", "\"aliases\": [\"mentor-ing\"]",
                "skills.json:4:3: another skill already goes by 'Mentoring', as a name or an alias (at "
            ),
            ("roadmap.json", "\"number\": 1", "\"number\": 2", "phase 'basics' has number 2, expected 1"),
            (
                "roadmap.json", "\"number\": 1", "\"number\": 01",
                "roadmap.json:1:30: malformed JSON: invalid number: a leading zero"
            ),
            ("roadmap.json", "[{", "[{]", "malformed JSON: expected a quoted field name"),
        ])
    func rule(_ file: String, _ old: String, _ new: String, _ message: String) throws {
        let pack = try SyntheticPack(SyntheticPack.replacing(old, with: new, in: file))
        defer { pack.remove() }
        let outcome = try RunCareers.run(["validate", pack.path])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains(message), "\(outcome.stdout)")
        #expect(outcome.stdout.hasPrefix(pack.path + "/" + file + ":"))
    }

    @Test("A JSON file that is not one of a guide's, and a link to nothing, are problems, not silently skipped")
    func strayFilesAndBrokenLinks() throws {
        let pack = try SyntheticPack(["tip.json": "[]", "notes.json": "{}"])
        defer { pack.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: pack.path + "/topics.json", withDestinationPath: "/nowhere/topics.json")
        try Data("# notes".utf8).write(to: pack.directory.appendingPathComponent("README.md"))
        let outcome = try RunCareers.run(["validate", pack.path], environment: wide)
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout.split(separator: "\n").map(String.init) == [
                "\(pack.path)/notes.json: not a file of a guide; a guide's files are sources.json, levels.json, categories.json, skills.json, "
                    + "foundations.json, roles.json, roadmap.json, certifications.json, projects.json, tips.json, topics.json, "
                    + "field.json",
                "\(pack.path)/tip.json: not a file of a guide (did you mean 'tips.json'?)",
                "\(pack.path)/topics.json: a symbolic link to nothing",
            ])
        #expect(outcome.stderr == "careers: \(pack.path): 3 problems in 3 files\n")
    }

    @Test("The hint to run validate quotes a path a shell would split")
    func hintQuotesThePath() throws {
        let pack = try SyntheticPack(["roles.json": "["])
        let spaced = pack.directory.deletingLastPathComponent().appendingPathComponent("team guide \(UUID().uuidString)")
        try FileManager.default.moveItem(at: pack.directory, to: spaced)
        defer { try? FileManager.default.removeItem(at: spaced) }
        let outcome = try RunCareers.run(["--content", spaced.path, "roles"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasSuffix("hint: Run 'careers validate \"\(spaced.path)\"' to see it.\n"))
    }

    @Test("A file that cannot be read does not also make every reference to its items a problem")
    func noCascadeFromABrokenFile() throws {
        let pack = try SyntheticPack(["skills.json": "[{\"id\": \"swift\",}]"])
        defer { pack.remove() }
        let outcome = try RunCareers.run(["validate", pack.path], environment: wide)
        #expect(outcome.stdout == "\(pack.path)/skills.json:1:16: malformed JSON: trailing comma before '}'\n")
        #expect(outcome.stderr == "careers: \(pack.path): 1 problem in 1 file\n")
    }

    @Test("A problem in an item does not hide the rules across items, and problems come in file and line order")
    func rulesRunDespiteItemProblems() throws {
        var changes = SyntheticPack.replacing("\"description\": \"Helping", with: "\"descripton\": \"Helping", in: "skills.json")
        changes["roadmap.json"] = """
            [{"id": "a", "number": 1, "name": "A", "goal": "G.", "skills": ["swift"], "sources": ["handbook"]},
             {"id": "b", "number": 2, "name": "B", "goal": "G.", "skills": ["swift"], "sources": ["handbook"]}]
            """
        let pack = try SyntheticPack(changes)
        defer { pack.remove() }
        let lines = try RunCareers.run(["validate", pack.path], environment: wide).stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("\(pack.path)/skills.json:4:3: missing field 'description'"))
        #expect(lines[1].contains("unknown field 'descripton' (did you mean 'description'?)"))
        #expect(lines[2].hasPrefix("\(pack.path)/roadmap.json:2:2: skill 'swift' is already built in phase 'a'"))
    }

    @Test("Past 1,000 problems, validate stops listing them and says so")
    func tooManyProblems() throws {
        let pack = try SyntheticPack(["tips.json": "[" + Array(repeating: "{}", count: 1000).joined(separator: ",") + "]"])
        defer { pack.remove() }
        let outcome = try RunCareers.run(["validate", pack.path], environment: wide)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 1001)
        #expect(outcome.stderr == "careers: \(pack.path): 1001 problems in 1 file\n")
        #expect(lines[1000] == "\(pack.path)/tips.json: stopped after 1000 problems; fix these and run again")
    }

    @Test("A path is one word: extra words are a usage error, not part of the path")
    func pathsAreOneWord() throws {
        let outcome = try RunCareers.run(["init", "x", "y"])
        #expect(
            outcome
                == RunCareers.Outcome(
                    status: 2, stdout: "",
                    stderr:
                        "careers: 'careers init' takes one DIR, but was also given 'y'\nhint: Quote a DIR with spaces in it.\n"))
        #expect(try RunCareers.run(["validate", "a", "b"]).status == 2)
    }

    @Test("A skill in two phases is refused (it used to crash the learning plan)")
    func skillInTwoPhases() throws {
        let roadmap = """
            [{"id": "a", "number": 1, "name": "A", "goal": "G.", "skills": ["swift"], "sources": ["handbook"]},
             {"id": "b", "number": 2, "name": "B", "goal": "G.", "skills": ["swift"], "sources": ["handbook"]}]
            """
        let pack = try SyntheticPack(["roadmap.json": roadmap])
        defer { pack.remove() }
        let gap = try RunCareers.run(["gap", "--role", "engineer", "--content", pack.path])
        #expect(gap.status == 1)
        #expect(
            gap.stderr.contains("roadmap.json:2:2: skill 'swift' is already built in phase 'a' (a skill belongs to one phase)"))
        #expect(gap.stderr.hasSuffix("hint: Run 'careers validate \(pack.path)' to see it.\n"))
    }

    @Test("Hostile packs are refused cleanly, with the problem named")
    func hostileInput() throws {
        let cases: [(String, [UInt8], String)] = [
            (
                "skills.json", Array(("[{\"id\": \"" + String(repeating: "x", count: 10 << 20) + "\"}]").utf8),
                "field 'id' is too long: 10485760 bytes, the limit is 65536"
            ),
            ("skills.json", Array(String(repeating: "[", count: 100_000).utf8), "malformed JSON: values are nested too deeply"),
            (
                "sources.json", Array("[{\"id\": \"h".utf8) + [0xFF] + Array("\"}]".utf8),
                "malformed JSON: invalid UTF-8 in a string"
            ),
            (
                "skills.json", Array("[{\"id\": \"a\", \"id\": \"b\"}]".utf8),
                "malformed JSON: field 'id' appears twice in this object"
            ),
            ("roadmap.json", Array("[{\"number\": 1e999}]".utf8), "malformed JSON: number out of range"),
        ]
        for (file, bytes, message) in cases {
            let pack = try SyntheticPack()
            defer { pack.remove() }
            try Data(bytes).write(to: pack.directory.appendingPathComponent(file))
            // Each is refused while reading, before the work it asks for (RunCareers kills a process that hangs).
            let outcome = try RunCareers.run(["validate", pack.path])
            #expect(outcome.status == 1)
            #expect(outcome.stdout.contains(message), "\(outcome.stdout.prefix(300))")
        }
    }

    @Test("A byte-order mark is allowed; a FIFO, a device or a directory where a file belongs is refused without reading it")
    func filesThatAreNotFiles() throws {
        let bom = try SyntheticPack(["tips.json": "\u{FEFF}[]"])
        defer { bom.remove() }
        #expect(try RunCareers.run(["validate", bom.path]).status == 0)
        for (make, kind) in [("mkfifo", "a pipe"), ("ln -s /dev/zero", "a character device"), ("mkdir", "a directory")] {
            let pack = try SyntheticPack(["roles.json": nil])
            defer { pack.remove() }
            let roles = pack.directory.appendingPathComponent("roles.json").path
            #expect(try RunCareers.sh("\(make) '\(roles)'").status == 0)
            let outcome = try RunCareers.run(["validate", pack.path], environment: wide)
            #expect(outcome.stdout == "\(roles): not a regular file (\(kind))\n")
            #expect(outcome.stderr == "careers: \(pack.path): 1 problem in 1 file\n")
        }
    }

    @Test("Any other command on a broken pack: the first problems, a hint, exit 1, nothing on stdout")
    func brokenPackElsewhere() throws {
        let roles = SyntheticPack.files["roles.json"]!.replacing("\"level\": \"entry\"", with: "\"level\": \"x\"")
            .replacing("\"level\": \"lead\"", with: "\"level\": \"x\"").replacing("\"summary\": ", with: "\"sumary\": ")
        let pack = try SyntheticPack(["roles.json": roles])
        defer { pack.remove() }
        let outcome = try RunCareers.run(["roles", "--content", pack.path])
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "")
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.first == "careers: the guide in '\(pack.path)' has 6 problems:")
        #expect(lines.count == 8)
        #expect(lines[6] == "… and 1 more")
        #expect(lines[7] == "hint: Run 'careers validate \(pack.path)' to see them all.")
    }

    @Test(
        "A pack with only the required files: each listing of what it lacks says so, exit 1, no crash",
        arguments: [
            (["roadmap"], "careers: this guide has no roadmap\n"), (["certs"], "careers: this guide has no certifications\n"),
            (["projects"], "careers: this guide has no project ideas\n"), (["tips"], "careers: this guide has no tips\n"),
            (["topics"], "careers: this guide has no key topics\n"),
            (["about"], "careers: this guide has no overview of the field\n"),
            (["path"], "careers: this guide has no growth path\nhint: No role in it leads to another.\n"),
        ])
    func minimalPack(_ arguments: [String], _ stderr: String) throws {
        let pack = try SyntheticPack([
            "foundations.json": nil, "roadmap.json": nil,
            "roles.json": SyntheticPack.files["roles.json"]!.replacing("\"next\": [\"lead-engineer\"]", with: "\"next\": []"),
        ])
        defer { pack.remove() }
        #expect(
            try RunCareers.run(["--content", pack.path] + arguments) == RunCareers.Outcome(status: 1, stdout: "", stderr: stderr))
    }

    @Test("init writes the bundled guide as an editable pack, refuses a non-empty directory unless --force")
    func initWritesAPack() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("careers-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try RunCareers.run(["init", directory.path], environment: wide)
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("Wrote the guide's 11 files to \(directory.path).\n"))
        #expect(try RunCareers.run(["validate", directory.path]).status == 0)
        #expect(try RunCareers.run(["--content", directory.path, "roles"]).stdout == (try RunCareers.run(["roles"])).stdout)
        let again = try RunCareers.run(["init", directory.path])
        #expect(
            again
                == RunCareers.Outcome(
                    status: 1, stdout: "",
                    stderr:
                        "careers: '\(directory.path)' is not empty\nhint: Choose a new directory, or add --force to write the guide's files into it.\n"
                ))
        #expect(try RunCareers.run(["init", directory.path, "--force"]).status == 0)
        let noParent = try RunCareers.run(["init", "/nonexistent/guide"])
        #expect(noParent.stderr == "careers: cannot write '/nonexistent/guide': No such file or directory\n")
    }
}
