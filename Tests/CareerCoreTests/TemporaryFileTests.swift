import Foundation
import Testing

@testable import CareerCore

/// The temporary file every write goes through (the plan, the pack cache): a run killed while writing
/// leaves nothing.
@Suite("Writing files: temporary files")
struct TemporaryFileTests {
    /// The names in `directory`, sorted.
    private func entries(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    #if os(Linux)
        @Test("On Linux a file being written has no name: dropped unfinished, as by a killed run, it leaves nothing")
        func unnamedWhileWritten() throws {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("careers-tmp-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let target = directory + "/progress.json"
            let dropped = try TemporaryFile(replacing: target) { _ in true }
            #expect(System.write(dropped.descriptor, "{}", 2) == 2)
            #expect(entries(directory) == [])
            close(dropped.descriptor)  // what the end of a killed process does
            #expect(entries(directory) == [])

            var kept = try TemporaryFile(replacing: target) { _ in true }
            #expect(System.write(kept.descriptor, "{}", 2) == 2)
            #expect(entries(directory) == [])
            try kept.commit()
            #expect(entries(directory) == ["progress.json"])
            #expect(try String(contentsOfFile: target, encoding: .utf8) == "{}")
        }
    #endif

    @Test("Temporary names: a dot, a file of ours, a dot and six letters or digits")
    func temporaryNames() {
        let ours = { (name: String) in name == "progress.json" }
        #expect(TemporaryFile.isTemporary(".progress.json.Ab3x9Q", isOurs: ours))
        #expect(!TemporaryFile.isTemporary(".progress.json.Ab3x9", isOurs: ours))
        #expect(!TemporaryFile.isTemporary(".progress.json.Ab3-9Q", isOurs: ours))
        #expect(!TemporaryFile.isTemporary("progress.json.Ab3x9Q", isOurs: ours))
        #expect(!TemporaryFile.isTemporary(".notes.json.Ab3x9Q", isOurs: ours))
        #expect(!TemporaryFile.isTemporary(".Ab3x9Q", isOurs: ours))
    }
}
