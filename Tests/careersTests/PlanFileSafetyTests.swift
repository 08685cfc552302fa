import Foundation
import Testing

/// The plan's files as an attacker or a crash leaves them: a link where the lock goes, a FIFO where the
/// plan goes, temporary files of killed runs; and the one backup each change keeps.
@Suite("Your plan: files that cannot trap it")
struct PlanFileSafetyTests {
    @Test("Each change keeps the plan as it was as progress.json.bak: one generation")
    func changesKeepABackup() throws {
        let state = try StateDirectory()
        #expect(try state.run(["mark", "done", "python"]).status == 0)
        #expect(state.entries == ["progress.json", "progress.json.lock"])
        let first = try #require(state.contents)
        #expect(try state.run(["mark", "done", "calculus"]).status == 0)
        let second = try #require(state.contents)
        #expect(try String(contentsOfFile: state.file + ".bak", encoding: .utf8) == first)
        #expect(try state.run(["target", "mle"]).status == 0)
        #expect(try String(contentsOfFile: state.file + ".bak", encoding: .utf8) == second)
        #expect(state.entries == ["progress.json", "progress.json.bak", "progress.json.lock"])
        // A change that changes nothing writes nothing, and keeps the backup as it was.
        #expect(try state.run(["target", "mle"]).status == 0)
        #expect(try String(contentsOfFile: state.file + ".bak", encoding: .utf8) == second)
    }

    @Test("A lock file that is a symbolic link is not followed: nothing is created where it points")
    func lockLinkIsNotFollowed() throws {
        let state = try StateDirectory()
        let target = state.path + "/elsewhere"
        try FileManager.default.createSymbolicLink(atPath: state.file + ".lock", withDestinationPath: target)
        #expect(
            try state.run(["mark", "done", "python"])
                == .init(
                    status: 1, stdout: "",
                    stderr:
                        "careers: cannot save \(state.file): \(state.file).lock: a symbolic link, which is not followed\nhint: Nothing was changed.\n"
                ))
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(state.contents == nil)
    }

    @Test("A FIFO or a link where the plan goes is refused at once, never waited on or followed")
    func planThatIsNotAFile() throws {
        let state = try StateDirectory()
        #expect(mkfifo(state.file, 0o600) == 0)
        let hint =
            "hint: Move it out of the way, or run 'careers progress --reset' to start afresh (it keeps the file as a backup beside it).\n"
        #expect(
            try state.run(["next"])
                == .init(
                    status: 1, stdout: "",
                    stderr: "careers: cannot read your plan: \(state.file): not a regular file (a pipe)\n" + hint))
        try FileManager.default.removeItem(atPath: state.file)
        try "{\"version\": 1, \"guides\": {}}".write(toFile: state.path + "/real.json", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: state.file, withDestinationPath: state.path + "/real.json")
        #expect(
            try state.run(["next"])
                == .init(
                    status: 1, stdout: "",
                    stderr: "careers: cannot read your plan: \(state.file): not a regular file (a symbolic link)\n" + hint))
    }

    @Test("Temporary files a killed run left (ours by name, over a minute old) are removed by the next write")
    func staleTemporaryFilesAreRemoved() throws {
        let state = try StateDirectory()
        let old = Date(timeIntervalSinceNow: -120)
        let stale = [".progress.json.Ab3x9Q", ".progress.json.bak.zz01Qa"]
        let kept = [".progress.json.fresh1", ".notes.json.Ab3x9Q", ".progress.json.toolong7", "progress.json.Ab3x9Q"]
        for name in stale + kept {
            let path = state.path + "/" + name
            try "{".write(toFile: path, atomically: false, encoding: .utf8)
            if name != ".progress.json.fresh1" {
                try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path)
            }
        }
        #expect(try state.run(["mark", "done", "python"]).status == 0)
        #expect(state.entries == (kept + ["progress.json", "progress.json.lock"]).sorted())
    }
}
