import Foundation
import Testing

@testable import careers

/// Messages that do not mislead: each pinned whole, with its exit status.
@Suite("Messages for everyday mistakes")
struct MessageTests {
    private func run(_ arguments: [String]) -> CLI.Result {
        CLI.run(arguments, environment: [:])
    }

    @Test(
        "Each mistake gets its own plain answer",
        arguments: [
            (
                ["roles", "--level", "junior"], 2,
                "careers: 'junior' is not a valid value for '--level'\nhint: Valid values: entry, senior, lead.\n"
            ),
            (["show", "tableau"], 1, "careers: no item named 'tableau'\nhint: Try 'careers search tableau'.\n"),
            (
                ["next", "--limit", "-1"], 2,
                "careers: '-1' is not a valid number for '--limit'\nhint: Give a whole number of 1 or more, e.g. --limit 5.\n"
            ),
            (
                ["next", "--limit=-1"], 2,
                "careers: '-1' is not a valid number for '--limit'\nhint: Give a whole number of 1 or more, e.g. --limit 5.\n"
            ),
            (["version"], 2, "careers: unknown command 'version'\nhint: For the version, run 'careers --version'.\n"),
            (["help", "version"], 2, "careers: unknown command 'version'\nhint: For the version, run 'careers --version'.\n"),
            (
                ["show", "phase 5"], 1,
                "careers: there is no phase 5\nhint: The roadmap's phases: 1 Foundations, 2 Classical ML, 3 Deep Learning, 4 Specialization.\n"
            ),
            // A number as typed, never folded into another: not phase 1, not phase 15.
            (
                ["show", "phase -1"], 1,
                "careers: there is no phase -1\nhint: The roadmap's phases: 1 Foundations, 2 Classical ML, 3 Deep Learning, 4 Specialization.\n"
            ),
            (
                ["show", "phase 1.5"], 1,
                "careers: there is no phase 1.5\nhint: The roadmap's phases: 1 Foundations, 2 Classical ML, 3 Deep Learning, 4 Specialization.\n"
            ),
            // A different word is no typo: junior is not senior, ml is not ai.
            (["show", "junior ml engineer"], 1, "careers: no item named 'junior ml engineer'\nhint: Try 'careers search junior ml engineer'.\n"),
            (["show", "head", "of", "ml"], 1, "careers: no item named 'head of ml'\nhint: Try 'careers search head of ml'.\n"),
            (
                ["target", "dead", "of", "ai"], 1,
                "careers: no role named 'dead of ai'\nhint: Did you mean 'Head of AI'? Try 'careers search dead of ai'.\n"
            ),
            (
                ["compare", "junior ml engineer", "senior ai researcher"], 1,
                "careers: no role named 'junior ml engineer'\nhint: Try 'careers search junior ml engineer'.\n"
            ),
            // The exact name of an item of another kind says which kind it is.
            (["skill", "data", "scientist"], 1, "careers: no skill named 'data scientist'\nhint: Data Scientist is a role: careers show \"data scientist\"\n"),
            (["gap", "--role", "pytorch"], 1, "careers: no role named 'pytorch'\nhint: PyTorch is a skill: careers show pytorch\n"),
            (
                ["help", "roles", "extra"], 2,
                "careers: 'careers help' explains one command, but was given 2 words: 'roles extra'\nhint: Run 'careers help roles'.\n"
            ),
            // A negative number is a value, refused as such, whatever the option.
            (
                ["roadmap", "--phase", "-1"], 1,
                "careers: there is no phase -1\nhint: The roadmap's phases: 1 Foundations, 2 Classical ML, 3 Deep Learning, 4 Specialization.\n"
            ),
            // Which of the two was meant is not guessed.
            (
                ["match", "--have", "python", "--limit", "2", "--all"], 2,
                "careers: '--all' and '--limit' ask for different numbers of roles\nhint: Give one of them.\n"
            ),
            (
                ["import", "onet", "db", "pack", "--release", "banana"], 2,
                "careers: 'banana' is not a release of the O*NET database\nhint: Give its number, for example --release 29.2.\n"
            ),
            (
                ["role", "reality check"], 1,
                "careers: no role named 'reality check'\nhint: Reality check is part of the overview: careers show \"reality check\"\n"
            ),
            (
                ["import", "onet", "db", "pack", "--release", "29."], 2,
                "careers: '29.' is not a release of the O*NET database\nhint: Give its number, for example --release 29.2.\n"
            ),
            (["show", "🤖"], 1, "careers: no item named '🤖'\nhint: Try 'careers search 🤖'.\n"),
        ])
    func mistakes(arguments: [String], status: Int32, stderr: String) {
        let result = run(arguments)
        #expect(result.status == status, "\(arguments)")
        #expect(result.stderr == stderr, "\(arguments)")
        #expect(result.stdout == "")
    }

    @Test("A real slip of the keys still gets its \"did you mean\"")
    func nearMisses() {
        #expect(
            run(["roles", "--level", "senor"]).stderr
                == "careers: 'senor' is not a valid value for '--level'\nhint: Did you mean 'senior'? Valid values: entry, senior, lead.\n")
        #expect(run(["show", "phase 2"]).status == 0)
    }

    @Test("A phase is named as its page is titled, by its number with leading zeros, or by its name")
    func phaseNames() {
        let page = run(["show", "phase 2"])
        #expect(page.status == 0 && page.stdout.hasPrefix("Phase 2: Classical ML\n"))
        for name in ["Phase 2: Classical ML", "phase 02", "phase 2 classical ml", "classical ml", "PHASE2", "phase-2", "phase_2"] {
            #expect(run(["show", name]) == page, "\(name)")
        }
        #expect(run(["roadmap", "--phase", "Phase 2: Classical ML"]).stdout == run(["roadmap", "--phase", "2"]).stdout)
        // A title that is not the phase's is read as any name is.
        #expect(run(["show", "phase 2 deep learning"]).status == 1)
    }

    @Test("A relative CAREERS_CONTENT that does not resolve names the variable and the directory it was read from")
    func relativeContentDirectory() throws {
        let here = FileManager.default.temporaryDirectory.appendingPathComponent("careers-cwd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: here) }
        let real = here.resolvingSymlinksInPath().path
        let variable = try RunCareers.run(["roles"], environment: ["CAREERS_CONTENT": "my-pack"], in: here)
        #expect(
            variable
                == .init(
                    status: 1, stdout: "",
                    stderr: """
                        careers: CAREERS_CONTENT names 'my-pack' (from \(real)), which cannot be used: not a guide's directory: No such file or directory
                        hint: Set CAREERS_CONTENT to a content pack's full path, or to nothing for the bundled guide.

                        """))
        let option = try RunCareers.run(["--content", "my-pack", "roles"], in: here)
        #expect(
            option.stderr
                == "careers: cannot use the guide in 'my-pack' (from \(real)): not a guide's directory: No such file or directory\n"
                + "hint: Give the directory of a content pack; 'careers init DIR' writes one to start from.\n")
    }
}
