import CareerCore
import Foundation
import Testing

/// A directory of its own for the plan (`CAREERS_STATE_DIR`), removed when the test ends.
final class StateDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("careers-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }
    var file: String { path + "/progress.json" }

    /// Runs the binary with its plan kept here.
    func run(_ arguments: [String], _ environment: [String: String] = [:]) throws -> RunCareers.Outcome {
        try RunCareers.run(arguments, environment: ["CAREERS_STATE_DIR": path].merging(environment) { $1 })
    }

    func sh(_ script: String) throws -> RunCareers.Outcome {
        try RunCareers.sh(script, environment: ["CAREERS_STATE_DIR": path])
    }

    /// The plan file's text, or nil when there is none.
    var contents: String? { try? String(contentsOfFile: file, encoding: .utf8) }

    func write(_ text: String) throws { try text.write(toFile: file, atomically: false, encoding: .utf8) }

    /// The names in the directory, sorted.
    var entries: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
}

@Suite("Your plan: target, mark, progress, next, and the file that keeps them")
struct ProgressTests {
    @Test("A session on the bundled guide: target, mark, target, next, and the file it leaves")
    func session() throws {
        let state = try StateDirectory()
        #expect(
            try state.run(["target", "data", "scientist"])
                == .init(
                    status: 0,
                    stdout:
                        "Your target: Data Scientist.\n\nSee it with 'careers progress'; 'careers next' says what to learn next.\n",
                    stderr: ""))
        #expect(
            try state.run(["mark", "done", "python", "linear", "algebra"])
                == .init(status: 0, stdout: "Marked done: Python, Linear algebra.\n", stderr: ""))
        #expect(
            try state.run(["mark", "Learning", "calc,", "tensorflow"])
                == .init(
                    status: 0, stdout: "Marked learning: Calculus, TensorFlow.\n",
                    stderr: "careers: taking 'calc' to mean Calculus (skill)\n"))
        #expect(
            try state.run(["mark", "skip", "data", "cleaning", "spam", "detector"])
                == .init(status: 0, stdout: "Marked skipped: Data cleaning, Spam detector.\n", stderr: ""))
        #expect(try state.run(["target"]) == .init(status: 0, stdout: "Your target: Data Scientist.\n", stderr: ""))
        #expect(
            try state.run(["next", "-n", "4"])
                == .init(
                    status: 0,
                    stdout: """
                        Calculus                     learning  Phase 1: Foundations    foundation, must learn for AI/ML engineering
                        TensorFlow                   learning  not on the roadmap      foundation, must learn for AI/ML engineering
                        Machine learning algorithms  to do     Phase 2: Classical ML   foundation, essential to succeed in this field; a skill of this role
                        Neural networks              to do     Phase 3: Deep Learning  foundation, essential to succeed in this field

                        """, stderr: ""))
        #expect(
            state.contents == """
                {
                  "version": 1,
                  "guides": {
                    "bundled": {
                      "target": "data-scientist",
                      "skills": {
                        "calculus": "learning",
                        "data-cleaning": "skipped",
                        "linear-algebra": "done",
                        "python": "done",
                        "tensorflow": "learning"
                      },
                      "projects": {
                        "spam-detector": "skipped"
                      }
                    }
                  }
                }

                """)
        // The lock file stays beside the plan, and the plan before the last change; no temporary file is left.
        #expect(state.entries == ["progress.json", "progress.json.bak", "progress.json.lock"])

        let progress = try state.run(["progress"], ["COLUMNS": "100"])
        #expect(progress.status == 0 && progress.stderr == "")
        #expect(
            progress.stdout.hasPrefix(
                """
                Plan: Data Scientist

                  2 of 24 skills done, 2 learning, 1 skipped, 1 had through a skill done. What to learn next:
                  careers next

                  Phase 1: Foundations     ███████░░░  2/3
                  Phase 2: Classical ML    ░░░░░░░░░░  0/1
                  Phase 3: Deep Learning   ░░░░░░░░░░  0/2
                  Phase 4: Specialization  ░░░░░░░░░░  0/1
                  Not on the roadmap       ░░░░░░░░░░  0/17 · 1 skipped
                  Projects                 ░░░░░░░░░░  0/4 · 1 skipped
                  Certifications           ░░░░░░░░░░  0/3

                Phase 1: Foundations
                  Python          done      foundation, essential for anyone seeking a career in LLMs
                  Linear algebra  done      foundation, must learn for AI/ML engineering
                  Calculus        learning  foundation, must learn for AI/ML engineering

                """))
        #expect(progress.stdout.contains("\n  Data cleaning         skipped   foundation, key for anyone seeking a career in LLMs; a skill of\n"))
        #expect(progress.stdout.hasSuffix("\n  TensorFlow Developer Certificate                 to do\n"))

        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(state.run(["progress", "--json"]).stdout.utf8)) as? [String: Any])
        #expect((json["target"] as? [String: Any])?["id"] as? String == "data-scientist")
        #expect(json["guide"] is NSNull)
        #expect([json["done"], json["learning"], json["skipped"], json["total"]].map { $0 as? Int } == [2, 2, 1, 25])
        let phases = try #require(json["phases"] as? [[String: Any]])
        #expect(phases.map { $0["done"] as? Int } == [2, 0, 0, 0])
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.first?["status"] as? String == "done")
        #expect(items.first?["scope"] as? String == "field")
        #expect((items.first?["phase"] as? [String: Any])?["id"] as? String == "foundations")
        let frameworks = try #require(items.first { $0["name"] as? String == "TensorFlow" })
        #expect(frameworks["status"] as? String == "learning")
        #expect((json["projects"] as? [[String: Any]])?.first?["status"] as? String == "skipped")

        #expect(
            try state.run(["target", "--clear"])
                == .init(
                    status: 0, stdout: "No target role: 'careers progress' and 'careers next' follow the whole roadmap.\n",
                    stderr: ""))
        #expect(state.contents?.contains("\"target\": null,") == true)
        #expect(
            try state.run(["target"])
                == .init(status: 0, stdout: "No target role is set.\n\nSet one with 'careers target ROLE'.\n", stderr: ""))
        #expect(try state.run(["next", "-n", "2"]).stdout.hasPrefix("Calculus  "))
    }

    @Test("The page on a small pack, whole; its plan kept under the pack's canonical path")
    func pageOnAPack() throws {
        let pack = try SyntheticPack()
        defer { pack.remove() }
        let state = try StateDirectory()
        let parent = pack.directory.deletingLastPathComponent().path
        let name = pack.directory.lastPathComponent
        // Named three ways, the pack is one guide.
        #expect(try state.sh("cd '\(parent)' && \"$CAREERS\" --content '\(name)/' target engineer").status == 0)
        #expect(try state.sh("cd '\(pack.path)' && \"$CAREERS\" --content . mark done swift").status == 0)
        #expect(try state.run(["mark", "learning", "tests"], ["CAREERS_CONTENT": pack.path]).status == 0)
        let canonical = try #require(realpath(pack.path, nil))
        defer { free(canonical) }
        #expect(
            state.contents == """
                {
                  "version": 1,
                  "guides": {
                    "\(String(cString: canonical))": {
                      "target": "engineer",
                      "skills": {
                        "swift": "done",
                        "testing": "learning"
                      }
                    }
                  }
                }

                """)
        #expect(
            try state.run(["progress", "--content", pack.path])
                == .init(
                    status: 0,
                    stdout: """
                        Plan: Engineer

                          1 of 2 skills done, 1 learning, 0 skipped. What to learn next: careers next

                          Phase 1: Basics     ██████████  1/1
                          Not on the roadmap  ░░░░░░░░░░  0/1

                        Phase 1: Basics
                          Swift  done  foundation, essential

                        Not on the roadmap
                          Testing  learning  a skill of this role, essential

                        """, stderr: ""))
        #expect(
            try state.run(["progress", "--content", pack.path, "--export", "markdown"]).stdout == """
                # My plan: Engineer

                ## Phase 1: Basics
                - [x] Swift

                ## Not on the roadmap
                - [ ] Testing *(learning)*

                """)
        // The bundled guide's plan is another: empty.
        #expect(try state.run(["target"]).stdout == "No target role is set.\n\nSet one with 'careers target ROLE'.\n")
        #expect(
            try state.run(["next", "--content", pack.path]).stdout
                == "Testing  learning  not on the roadmap  a skill of this role, essential\n")
    }

    @Test("The pages show the marks: a status column, [mark], a Status field, and 'status' in JSON")
    func marksOnPages() throws {
        let pack = try SyntheticPack()
        defer { pack.remove() }
        let state = try StateDirectory()
        let content = ["CAREERS_CONTENT": pack.path]
        #expect(try state.run(["mark", "done", "swift"], content).status == 0)
        #expect(try state.run(["mark", "skip", "mentoring"], content).status == 0)
        #expect(
            try state.run(["skills", "--role", "engineer"], content)
                == .init(status: 0, stdout: "role   Testing  to do  essential\nfield  Swift    done   essential\n", stderr: ""))
        // Done counts as had: the foundation Swift is not missing; what is skipped still is.
        #expect(
            try state.run(["gap", "--role", "lead engineer"], content)
                == .init(status: 0, stdout: "Outside the roadmap: Core  Mentoring  skipped  a skill of this role\n", stderr: ""))
        #expect(
            try state.run(["match"], content).stdout
                == "Engineer       0%  0 of 1 own skill, little recorded  missing Testing\n"
                + "Lead Engineer  0%  0 of 1 own skill, little recorded  missing Mentoring\n"
        )
        // --have adds to what is marked done.
        let match = try state.run(["match", "--have", "tests", "--json"], content)
        let had = try #require(
            (try JSONSerialization.jsonObject(with: Data(match.stdout.utf8)) as? [String: Any])?["have"] as? [[String: Any]])
        #expect(had.map { $0["id"] as? String } == ["testing", "swift"])
        #expect(try state.run(["roadmap"], content).stdout.contains("  Skills:  Swift [done]\n"))
        #expect(try state.run(["show", "swift"], content).stdout.contains("  Category:  Core\n  Status:    done\n"))
        #expect(try state.run(["show", "lead engineer"], content).stdout.contains("  - Mentoring [skipped]\n"))
        let roadmap = try state.run(["roadmap", "--json"], content).stdout
        #expect(roadmap.contains("\"id\": \"swift\",\n          \"name\": \"Swift\",\n          \"status\": \"done\""))
        let skills = try state.run(["skills", "--role", "engineer", "--json"], content).stdout
        #expect(skills.contains("\"status\": null") && skills.contains("\"status\": \"done\""))
        let page = try state.run(["show", "swift", "--json"], content).stdout
        #expect(page.contains("\"status\": \"done\""))

        // Without marks, the pages are as they always were, and their JSON says null.
        let plain = try StateDirectory()
        #expect(
            try plain.run(["skills", "--role", "engineer"], content).stdout
                == "role   Testing  essential\nfield  Swift    essential\n")
        #expect(try plain.run(["show", "swift", "--json"], content).stdout.contains("\"status\": null"))
    }

    @Test("A target the documents only name says that its plan is the foundations alone")
    func targetWithNoSkillsOfItsOwn() throws {
        let state = try StateDirectory()
        #expect(
            try state.run(["target", "head of ai"], ["COLUMNS": "200"])
                == .init(
                    status: 0,
                    stdout: "Your target: Head of AI. No skills are recorded for Head of AI in particular. Its plan is the field's foundations.\n\n"
                        + "See it with 'careers progress'; 'careers next' says what to learn next.\n",
                    stderr: ""))
    }

    @Test("An unknown name is an error, and nothing is marked: all or nothing")
    func allOrNothing() throws {
        let state = try StateDirectory()
        #expect(
            try state.run(["mark", "done", "python", "quantum", "computing"])
                == .init(
                    status: 1, stdout: "",
                    stderr: """
                        careers: no skill, project or certification named 'quantum computing'
                        hint: Try 'careers search quantum computing'.

                        """))
        #expect(state.entries == [])
        #expect(try state.run(["mark", "done", "pytorch"]).status == 0)
        let before = state.contents
        #expect(try state.run(["mark", "learning", "python", "nonsense"]).status == 1)
        #expect(try state.run(["mark", "done", "data scientist"]).status == 1)
        #expect(try state.run(["target", "astronaut"]).status == 1)
        #expect(state.contents == before)
        #expect(
            try state.run(["mark", "done", "deep"])
                == .init(
                    status: 1, stdout: "",
                    stderr: """
                        careers: 'deep' could mean 2 items: Deep learning (skill), DeepLearning.AI Machine Learning Specialization (certification)
                        hint: Give more of the name, for example: careers mark done "Deep learning"

                        """))
    }

    @Test("Twenty processes at once, each marking a different skill: all twenty marks are kept")
    func concurrentWriters() throws {
        let state = try StateDirectory()
        let skills = Array(Catalog.bundled.skills().map(\.id).prefix(20))
        #expect(skills.count == 20)
        // All started before any is waited for.
        let processes = try skills.map { try RunCareers.start(["mark", "done", $0], environment: ["CAREERS_STATE_DIR": state.path]) }
        let outcomes = try processes.map { try $0.outcome() }
        #expect(outcomes.allSatisfy { $0.status == 0 && $0.stderr == "" })
        let file = try PlanFile(json: Array(try #require(state.contents).utf8))
        #expect(Set(file[guide: "bundled"].marks.keys) == Set(skills.map { ItemRef(.skill, $0) }))
        #expect(file[guide: "bundled"].marks.values.allSatisfy { $0 == .done })
        #expect(state.entries == ["progress.json", "progress.json.bak", "progress.json.lock"])
    }

    @Test("A write that fails says which file and why, and leaves the old file as it was")
    func failedWrites() throws {
        let state = try StateDirectory()
        #expect(try state.run(["mark", "done", "python"]).status == 0)
        let before = try #require(state.contents)
        // A file-size limit of zero makes every write fail, for root too (SIGXFSZ ignored, so write() says EFBIG).
        let full = try state.sh("trap '' XFSZ; ulimit -f 0; exec \"$CAREERS\" mark done calculus")
        #expect(
            full
                == .init(
                    status: 1, stdout: "",
                    stderr:
                        "careers: cannot save \(state.file): \(state.file).bak: File too large\nhint: Nothing was changed.\n"))
        #expect(state.contents == before)
        #expect(state.entries == ["progress.json", "progress.json.lock"])

        // A directory that cannot be made: its parent is a file.
        let blocker = state.path + "/not-a-directory"
        try "".write(toFile: blocker, atomically: false, encoding: .utf8)
        let nowhere = try RunCareers.run(["target", "mle"], environment: ["CAREERS_STATE_DIR": blocker + "/state"])
        #expect(
            nowhere
                == .init(
                    status: 1, stdout: "",
                    stderr:
                        "careers: cannot save \(blocker)/state/progress.json: \(blocker)/state: Not a directory\nhint: Nothing was changed.\n"
                ))
    }

    /// Damaged files: what is in the file, and the first line of what the commands that need it say.
    static let damaged: [(String, String)] = [
        ("{\"version\": 1, \"guides\": {", "1:27: malformed JSON: expected a quoted field name"),
        (
            "{\"version\": 1, \"guides\": {\"bundled\": {\"skills\": [\"python\"]}}}",
            "1:49: 'skills' should be an object, found an array"
        ),
        ("[1, 2]", "1:1: the file should be an object, found an array"),
        (
            "{\"version\": 2, \"guides\": {\"bundled\": {\"marks\": []}}}",
            "1:13: written by a newer careers (format 2; this one reads format 1)"
        ),
        (
            "{\"version\": 1, \"guides\": {\"bundled\": {\"skills\": {\"python\": \"yes\"}}}}",
            "1:60: the mark of skill 'python' is 'yes', expected one of: done, learning, skipped"
        ),
    ]

    @Test(
        "A damaged file is never overwritten: the commands that need it say where it is damaged; the others work",
        arguments: damaged)
    func damagedFile(_ text: String, _ problem: String) throws {
        let state = try StateDirectory()
        try state.write(text)
        let hint =
            problem.contains("newer careers")
            ? "hint: Use a newer careers, or run 'careers progress --reset' to start afresh (it keeps the file as a backup beside it).\n"
            : "hint: Fix it by hand, or run 'careers progress --reset' to start afresh (it keeps the file as a backup beside it).\n"
        let report = "careers: your plan is damaged: \(state.file):\(problem)\n" + hint
        for command in [
            ["progress"], ["next"], ["target"], ["target", "mle"], ["mark", "done", "calculus"], ["match"],
            ["gap", "--role", "mle"], ["progress", "--export", "markdown"],
        ] {
            #expect(try state.run(command) == .init(status: 1, stdout: "", stderr: report), "\(command)")
        }
        #expect(state.contents == text)
        #expect(state.entries == ["progress.json", "progress.json.lock"])
        // Pages that only show marks still work, as without a plan, and warn.
        let roadmap = try state.run(["roadmap"])
        #expect(roadmap.stdout == (try RunCareers.run(["roadmap"])).stdout)
        #expect(
            roadmap.stderr.hasPrefix("careers: warning: your plan is damaged: \(state.file):\(problem); marks are not shown."))
        #expect(try state.run(["match", "--have", "python"]).status == 0)
        #expect(try state.run(["roles"]) == (try RunCareers.run(["roles"])))
        // Reset keeps it as a backup, and the plan starts afresh.
        let wide = ["COLUMNS": "400"]
        let reset = try state.run(["progress", "--reset"], wide)
        #expect(reset.status == 0 && reset.stderr == "")
        let backup = try #require(state.entries.first { $0.hasPrefix("progress.json.") && $0.hasSuffix(".bak") })
        #expect(reset.stdout == "Moved your plan to \(state.path)/\(backup); you start afresh.\n")
        #expect(try String(contentsOfFile: state.path + "/" + backup, encoding: .utf8) == text)
        #expect(try state.run(["mark", "done", "calculus"]).status == 0)
        #expect(try state.run(["progress", "--reset"]).status == 0)
        #expect(state.entries.filter { $0.hasSuffix(".bak") }.count == 2)
        #expect(
            try state.run(["progress", "--reset"], wide)
                == .init(status: 0, stdout: "There is no plan to reset: \(state.file) does not exist.\n", stderr: ""))
    }

    @Test("A plan file that cannot be read at all (a directory) is reported too")
    func unreadableFile() throws {
        let state = try StateDirectory()
        try FileManager.default.createDirectory(atPath: state.file, withIntermediateDirectories: false)
        #expect(
            try state.run(["next"])
                == .init(
                    status: 1, stdout: "",
                    stderr: """
                        careers: cannot read your plan: \(state.file): not a regular file (a directory)
                        hint: Move it out of the way, or run 'careers progress --reset' to start afresh (it keeps the file as a backup beside it).

                        """))
        #expect(try state.run(["progress", "--reset"]).status == 0)
        #expect(try state.run(["next", "-n", "1"]).status == 0)
    }

    @Test("Reading commands never write: not even the directory")
    func readersNeverWrite() throws {
        let state = try StateDirectory()
        let missing = state.path + "/not-yet"
        for command in [
            ["progress"], ["progress", "--json"], ["progress", "--export", "markdown"], ["next"], ["target"], ["roadmap"],
            ["show", "python"], ["show", "mle"], ["skills", "--role", "mle"], ["gap", "--role", "mle"],
            ["match", "--have", "python"],
        ] {
            #expect(try RunCareers.run(command, environment: ["CAREERS_STATE_DIR": missing]).status == 0, "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
        // Clearing a mark that is there and one that is not says which was which.
        let mixed = try StateDirectory()
        #expect(try mixed.run(["mark", "done", "python"]).status == 0)
        #expect(
            try mixed.run(["mark", "clear", "python; calculus"], ["COLUMNS": "100"])
                == .init(status: 0, stdout: "Cleared the mark of Python. No mark to clear: Calculus.\n", stderr: ""))
        // Clearing a mark that is not there writes nothing either, and says so.
        #expect(
            try RunCareers.run(["mark", "clear", "python"], environment: ["CAREERS_STATE_DIR": missing])
                == .init(status: 0, stdout: "No mark to clear: Python.\n", stderr: ""))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("With nowhere to keep a plan, writing fails clearly and reading shows an empty plan")
    func noLocation() throws {
        let nowhere = ["CAREERS_STATE_DIR": ""]
        #expect(
            try RunCareers.run(["mark", "done", "python"], environment: nowhere)
                == .init(
                    status: 1, stdout: "",
                    stderr: """
                        careers: there is nowhere to keep your plan: none of CAREERS_STATE_DIR, XDG_STATE_HOME and HOME is set
                        hint: Set CAREERS_STATE_DIR to the directory to keep it in.

                        """))
        #expect(try RunCareers.run(["next", "-n", "1"], environment: nowhere).status == 0)
        // XDG_STATE_HOME, then HOME, are used when CAREERS_STATE_DIR is not set.
        let state = try StateDirectory()
        #expect(
            try RunCareers.run(["mark", "done", "python"], environment: nowhere.merging(["XDG_STATE_HOME": state.path]) { $1 })
                .status == 0)
        #expect(FileManager.default.fileExists(atPath: state.path + "/careers/progress.json"))
        #expect(
            try RunCareers.run(["mark", "done", "python"], environment: nowhere.merging(["HOME": state.path]) { $1 }).status == 0)
        #expect(FileManager.default.fileExists(atPath: state.path + "/.local/state/careers/progress.json"))
    }

    @Test("A plan exported as a checklist and imported elsewhere is the same plan")
    func exportAndImport() throws {
        let here = try StateDirectory()
        _ = try here.run(["target", "ml engineer"])
        _ = try here.run(["mark", "done", "python", "pytorch", "spam detector"])
        _ = try here.run(["mark", "learning", "calculus"])
        _ = try here.run(["mark", "skip", "robotics", "aws ml specialty"])
        let checklist = try here.run(["progress", "--export", "markdown"])
        #expect(checklist.status == 0 && checklist.stderr == "")
        #expect(checklist.stdout.hasPrefix("# My plan: Machine Learning Engineer\n\n## Phase 1: Foundations\n- [x] Python\n"))
        let file = here.path + "/plan.md"
        try checklist.stdout.write(toFile: file, atomically: false, encoding: .utf8)

        let there = try StateDirectory()
        _ = try there.run(["mark", "done", "calculus", "creativity"])
        let imported = try there.run(["progress", "--import", file], ["COLUMNS": "400"])
        #expect(
            imported
                == .init(
                    status: 0,
                    stdout: """
                        Read 35 items from \(file): 3 done, 1 learning, 2 skipped, 29 not started.

                        Your target: Machine Learning Engineer.

                        """, stderr: ""))
        // Every item the checklist names now has its mark there; what it does not name is kept.
        let mine = try PlanFile(json: Array(try #require(here.contents).utf8))[guide: "bundled"]
        let theirs = try PlanFile(json: Array(try #require(there.contents).utf8))[guide: "bundled"]
        #expect(theirs.mark(of: ItemRef(.skill, "creativity")) == nil)  // listed, unchecked: cleared
        // Robotics is not in this target's plan, but the checklist has it too, after the plan.
        #expect(theirs == mine)
        // From standard input, too.
        #expect(
            try there.sh("printf -- '- [x] Creativity\\n' | \"$CAREERS\" progress --import -").stdout.hasPrefix(
                "Read 1 item from -: 1 done"))
    }

    @Test("An import that cannot be taken whole changes nothing, and says why, line by line")
    func importErrors() throws {
        let state = try StateDirectory()
        let file = state.path + "/plan.md"
        // Prose and headings are no items; a box neither checked nor empty is a mistake, said as such.
        try "# My plan: Astronaut\nSome notes.\n- [x] Python\n- [ ] Quantum computing\n- [x] pythn\n- [y] Calculus\n".write(
            toFile: file, atomically: false, encoding: .utf8)
        #expect(
            try state.run(["progress", "--import", file])
                == .init(
                    status: 1, stdout: "",
                    stderr: """
                        careers: cannot import '\(file)':
                        \(file):4: no skill, project or certification named 'Quantum computing'
                        \(file):6: the box is neither '[x]' (done) nor '[ ]'
                        \(file): the target: no role named 'Astronaut'
                        hint: Nothing was changed. Correct those lines, or remove them.

                        """))
        #expect(state.contents == nil)
        // An item twice, marked otherwise, is a mistake; twice alike, one item.
        try "- [x] Python\n- [ ] Calculus\n- [ ] python\n- [ ] Calculus\n".write(toFile: file, atomically: false, encoding: .utf8)
        #expect(
            try state.run(["progress", "--import", file]).stderr
                == "careers: cannot import '\(file)':\n\(file):3: Python is on line 1 too, marked otherwise\n"
                + "hint: Nothing was changed. Correct those lines, or remove them.\n")
        try "- [x] Python\n- [x] python\n".write(toFile: file, atomically: false, encoding: .utf8)
        let twice = try state.run(["progress", "--import", file])
        #expect(twice.stdout.replacing("\n", with: " ").hasPrefix("Read 1 item from \(file): 1 done"), "\(twice)")
        try? FileManager.default.removeItem(atPath: state.path + "/progress.json")
        try? FileManager.default.removeItem(atPath: state.path + "/progress.json.bak")
        try "Some notes, no items.\n".write(toFile: file, atomically: false, encoding: .utf8)
        #expect(
            try state.run(["progress", "--import", file])
                == .init(
                    status: 1, stdout: "",
                    stderr: """
                        careers: '\(file)' has no checklist items
                        hint: Items look like '- [x] Python'; 'careers progress --export markdown' writes them all.

                        """))
        #expect(
            try state.run(["progress", "--import", state.path + "/none.md"]).stderr.hasPrefix(
                "careers: cannot read '\(state.path)/none.md': No such file or directory\n"))
        #expect(state.contents == nil)
    }

    @Test("Marks and a target the guide no longer has are kept, reported, and can be cleared")
    func itemsNoLongerInTheGuide() throws {
        let state = try StateDirectory()
        try state.write(
            """
            {"version": 1, "guides": {"bundled": {"target": "astronaut", "skills": {"cobol": "done", "python": "done"}}}}
            """)
        let progress = try state.run(["progress"])
        #expect(progress.status == 0)
        #expect(progress.stderr == "careers: your target, 'astronaut', is not a role in this guide; showing the whole roadmap\n")
        #expect(
            progress.stdout.hasSuffix(
                """

                Marks on items not in this guide
                  cobol  skill  done

                  Kept in case the guide brings them back; 'careers mark clear ID' removes one.

                """))
        #expect(
            try state.run(["target"])
                == .init(
                    status: 0,
                    stdout:
                        "Your target, 'astronaut', is not a role in this guide.\n\nSet another with 'careers target ROLE', or clear it: 'careers target --clear'.\n",
                    stderr: ""))
        // Marking something else keeps them.
        #expect(try state.run(["mark", "done", "calculus"]).status == 0)
        #expect(state.contents?.contains("\"cobol\": \"done\"") == true)
        #expect(state.contents?.contains("\"target\": \"astronaut\"") == true)
        #expect(
            try state.run(["mark", "clear", "cobol", "python"])
                == .init(status: 0, stdout: "Cleared the marks of Python, cobol.\n", stderr: ""))
        #expect(state.contents?.contains("cobol") == false)
    }

    @Test(
        "Usage errors",
        arguments: [
            (
                ["mark"],
                "careers: 'careers mark' needs a status: one of done, learning, skip, clear\nhint: For example: careers mark done python linear algebra\n"
            ),
            (
                ["mark", "finished", "python"],
                "careers: 'finished' is not a valid status for 'careers mark'\nhint: Valid values: done, learning, skip, clear.\n"
            ),
            (
                ["mark", "dne", "python"],
                "careers: 'dne' is not a valid status for 'careers mark'\nhint: Did you mean 'done'? Valid values: done, learning, skip, clear.\n"
            ),
            (
                ["mark", "done"],
                "careers: 'careers mark' needs a name\nhint: For example: careers mark done python linear algebra\n"
            ),
            (
                ["mark", "done", ","],
                "careers: a skill, project or certification name is needed, but ',' names nothing\nhint: Give a name, for example one listed by 'careers search'.\n"
            ),
            (
                ["target", "mle", "--clear"],
                "careers: 'careers target' takes a role or --clear, not both\nhint: Set a target with 'careers target ROLE'.\n"
            ),
            (
                ["progress", "--export", "pdf"],
                "careers: 'pdf' is not a valid value for '--export'\nhint: Valid values: markdown.\n"
            ),
            (
                ["progress", "--export", "markdown", "--json"],
                "careers: --export and --json do not go together\nhint: 'careers progress --json' gives the plan as JSON.\n"
            ),
            (
                ["progress", "--reset", "--export", "markdown"],
                "careers: --export and --reset do not go together\nhint: Give one of --export, --import and --reset.\n"
            ),
            (
                ["next", "--limit", "none"],
                "careers: 'none' is not a valid number for '--limit'\nhint: Give a whole number of 1 or more, e.g. --limit 5.\n"
            ),
            (
                ["progress", "python"],
                "careers: 'careers progress' takes no arguments, but was given 'python'\nhint: See 'careers help progress' for its usage.\n"
            ),
        ])
    func usageErrors(_ arguments: [String], _ stderr: String) throws {
        let state = try StateDirectory()
        #expect(try state.run(arguments) == .init(status: 2, stdout: "", stderr: stderr))
        #expect(state.entries == [])
    }

    @Test(
        "--json for every new command is valid JSON",
        arguments: [
            ["target"], ["progress"], ["next"], ["mark", "done", "python"], ["target", "mle"], ["progress", "--reset"],
        ])
    func json(_ arguments: [String]) throws {
        let state = try StateDirectory()
        let outcome = try state.run(arguments + ["--json"])
        #expect(outcome.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) is [String: Any])
    }
}
