import Foundation
import Testing

@testable import CareerCore

/// The compiled copy of a pack kept in the user's cache directory: used when current, rebuilt when a
/// file of the pack changes, never believed when damaged, never required.
@Suite("Content packs: the compiled cache")
struct PackCacheTests {
    /// A pack and a cache directory of its own, removed afterwards.
    struct Setup {
        let pack: SyntheticPack
        let cache: URL

        init(_ changes: [String: String?] = [:]) throws {
            pack = try SyntheticPack(changes)
            cache = FileManager.default.temporaryDirectory.appendingPathComponent("careers-cache-\(UUID().uuidString)")
        }

        var environment: [String: String] { ["XDG_CACHE_HOME": cache.path] }

        func run(_ arguments: [String]) throws -> RunCareers.Outcome {
            try RunCareers.run(["--content", pack.path] + arguments, environment: environment)
        }

        /// The cache files written so far.
        var cacheFiles: [URL] {
            let folder = cache.appendingPathComponent("careers/packs")
            return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).map(folder.appendingPathComponent)
        }

        func remove() {
            pack.remove()
            try? FileManager.default.removeItem(at: cache)
        }

        /// Rewrites the cache file with `change` made to its records and every checksum made right again: a
        /// forgery, which no checksum can tell from a good copy.
        func forge(_ change: (inout [[[UInt8]]]) -> Void) throws {
            let file = try #require(cacheFiles.first)
            var sections = try GuideFile(GuideBytes(Array(try Data(contentsOf: file)))).sectionRecords()
            change(&sections)
            try Data(GuideFile.build(sections)).write(to: file)
        }
    }

    let engineer = "Engineer       entry  Builds features.\nLead Engineer  lead   Leads a team.\n"

    @Test("The first run writes one cache file; later runs answer the same from it")
    func cacheIsWrittenAndUsed() throws {
        let setup = try Setup()
        defer { setup.remove() }
        #expect(try setup.run(["roles"]) == RunCareers.Outcome(status: 0, stdout: engineer, stderr: ""))
        let files = setup.cacheFiles
        #expect(files.count == 1)
        #expect(files.first?.lastPathComponent.hasSuffix(".guide") == true)
        let written = try FileManager.default.attributesOfItem(atPath: files[0].path)[.modificationDate] as? Date
        #expect(try setup.run(["roles"]) == RunCareers.Outcome(status: 0, stdout: engineer, stderr: ""))
        #expect(try setup.run(["search", "mentor"]).stdout.hasPrefix("skill  Mentoring"))
        #expect(try FileManager.default.attributesOfItem(atPath: files[0].path)[.modificationDate] as? Date == written)
    }

    @Test("One pack named several ways (relative, with ./ and a trailing slash) has one cache file, used by all")
    func onePackOneCacheFile() throws {
        let setup = try Setup()
        defer { setup.remove() }
        _ = try setup.run(["roles"])
        let file = try #require(setup.cacheFiles.first)
        let written = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        let parent = setup.pack.directory.deletingLastPathComponent().path
        let name = setup.pack.directory.lastPathComponent
        for spelling in [name, "./\(name)/", "\(name)/."] {
            let outcome = try RunCareers.sh(
                "cd '\(parent)' && \"$CAREERS\" --content '\(spelling)' roles", environment: setup.environment)
            #expect(outcome == RunCareers.Outcome(status: 0, stdout: engineer, stderr: ""), "\(spelling)")
        }
        #expect(setup.cacheFiles.count == 1)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == written)
    }

    @Test("A changed file of the pack is read afresh, not answered from the cache")
    func changedPackIsNotAnsweredFromTheCache() throws {
        let setup = try Setup()
        defer { setup.remove() }
        _ = try setup.run(["roles"])
        let roles = setup.pack.directory.appendingPathComponent("roles.json")
        let text = try String(contentsOf: roles, encoding: .utf8).replacing("Builds features.", with: "Ships features.")
        try Data(text.utf8).write(to: roles)
        #expect(try setup.run(["roles"]).stdout.hasPrefix("Engineer       entry  Ships features.\n"))
        // A pack broken since it was cached is reported as broken.
        try Data("[".utf8).write(to: roles)
        let broken = try setup.run(["roles"])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("roles.json:1:2:"))
    }

    @Test(
        "A damaged cache is never believed: truncated, bytes flipped in a record, or not a cache at all",
        arguments: ["truncated", "flipped", "garbage", "empty"])
    func damagedCacheIsRebuilt(damage: String) throws {
        let setup = try Setup()
        defer { setup.remove() }
        _ = try setup.run(["roles"])
        let file = try #require(setup.cacheFiles.first)
        var bytes = try Data(contentsOf: file)
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count / 2)
        case "flipped":
            // Every byte of the second half, where the records are, so that any record read is damaged.
            for index in stride(from: bytes.count / 2, to: bytes.count, by: 1) { bytes[index] ^= 0x5A }
        case "garbage": bytes = Data(repeating: 0x41, count: 4096)
        default: bytes = Data()
        }
        try bytes.write(to: file)
        for _ in 0..<2 {
            #expect(try setup.run(["roles"]) == RunCareers.Outcome(status: 0, stdout: engineer, stderr: ""))
            let show = try setup.run(["show", "lead"])
            #expect(show.status == 0)
            #expect(show.stdout.hasPrefix("Lead Engineer\n"))
            #expect(try setup.run(["search", "mentor"]).stdout.hasPrefix("skill  Mentoring"))
        }
    }

    @Test("A FIFO, a directory or a link where the cache file goes is never waited on or followed: the pack is read")
    func cacheThatIsNotAFile() throws {
        let setup = try Setup()
        defer { setup.remove() }
        _ = try setup.run(["roles"])
        let file = try #require(setup.cacheFiles.first)
        let elsewhere = setup.cache.appendingPathComponent("elsewhere.guide")
        try FileManager.default.moveItem(at: file, to: elsewhere)
        for kind in ["fifo", "directory", "link"] {
            switch kind {
            case "fifo": #expect(mkfifo(file.path, 0o600) == 0)
            case "directory": try FileManager.default.createDirectory(at: file, withIntermediateDirectories: false)
            default: try FileManager.default.createSymbolicLink(at: file, withDestinationURL: elsewhere)
            }
            #expect(try setup.run(["roles"]) == RunCareers.Outcome(status: 0, stdout: engineer, stderr: ""), "\(kind)")
            try? FileManager.default.removeItem(at: file)
        }
    }

    @Test("A temporary cache file a killed run left (ours by name, over a minute old) is removed by the next write")
    func staleTemporaryFilesAreRemoved() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let folder = setup.cache.appendingPathComponent("careers/packs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let names = [".0123456789abcdef.guide.Ab3x9Q", ".0123456789abcdef.guide.fresh1", ".notes.txt.Ab3x9Q"]
        for name in names {
            let path = folder.appendingPathComponent(name).path
            try Data(count: 1000).write(to: URL(fileURLWithPath: path))
            if name != names[1] {
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -120)], ofItemAtPath: path)
            }
        }
        _ = try setup.run(["roles"])
        let left = setup.cacheFiles.map(\.lastPathComponent).sorted()
        #expect(left.count == 3)
        #expect(Array(left.prefix(2)) == [names[1], names[2]])
        #expect(left.last?.hasSuffix(".guide") == true)
    }

    @Test(
        "A forged cache (checksums right) is rebuilt, never a crash: ids leading nowhere, a renamed key, swapped items",
        arguments: ["ids", "key", "swapped"])
    func forgedCacheIsRebuilt(forgery: String) throws {
        let setup = try Setup()
        defer { setup.remove() }
        let commands = [
            ["show", "engineer"], ["show", "lead engineer"], ["skills", "--role", "engineer"],
            ["compare", "engineer", "lead engineer"], ["gap", "--role", "lead engineer"], ["roles"],
        ]
        // What each command says of the pack read afresh, without a cache.
        let expected = try commands.map { try RunCareers.run(["--content", setup.pack.path] + $0) }
        #expect(expected.allSatisfy { $0.status == 0 && $0.stderr.isEmpty })
        _ = try setup.run(["roles"])
        let items = GuideLayout.section(.items, .role)
        try setup.forge { sections in
            switch forgery {
            case "ids":
                // Every bucket of role ids empty: a role found by its name is not found by its id.
                var empty = RecordWriter()
                empty.ints([])
                sections[GuideLayout.section(.ids, .role)] = sections[GuideLayout.section(.ids, .role)].map { _ in empty.bytes }
            case "key":
                // The item format of another program: "summary" called something else in the table of keys
                // (a word as long, so the table still reads).
                sections[GuideLayout.keys][0] = Array(
                    String(decoding: sections[GuideLayout.keys][0], as: UTF8.self).replacing("summary", with: "outline").utf8)
            default: sections[items].swapAt(0, 1)
            }
        }
        for (command, outcome) in zip(commands, expected) {
            #expect(try setup.run(command) == outcome, "\(command)")
        }
    }

    @Test("The cache is made for the user alone: its directories 0700, its files 0600")
    func cacheModes() throws {
        let setup = try Setup()
        defer { setup.remove() }
        _ = try setup.run(["roles"])
        let folder = setup.cache.appendingPathComponent("careers")
        for (path, mode) in [
            (folder.path, 0o700), (folder.path + "/packs", 0o700), (try #require(setup.cacheFiles.first).path, 0o600),
        ] {
            #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == mode, "\(path)")
        }
    }

    @Test(
        "A cache directory or file others can write, or another user owns, is not used: said once, the pack read in full",
        arguments: ["careers", "careers/packs", "file", "owner"])
    func untrustedCacheIsNotUsed(weakness: String) throws {
        let setup = try Setup()
        defer { setup.remove() }
        _ = try setup.run(["roles"])
        // A forgery in the user's own cache is believed: only the user can write there.
        try setup.forge { sections in
            let summaries = GuideLayout.section(.summaries, .role)
            var forged = RecordWriter()
            forged.string("Forged.")
            sections[summaries][0] = forged.bytes
        }
        #expect(try setup.run(["roles"]).stdout.hasPrefix("Engineer       entry  Forged.\n"))
        let file = try #require(setup.cacheFiles.first).path
        let path = weakness == "file" ? file : setup.cache.appendingPathComponent(weakness == "owner" ? "careers" : weakness).path
        var problem = "can be written by others (mode 777)"
        if weakness == "owner" {
            guard geteuid() == 0 else { return }  // only root can give a directory away
            #expect(chown(path, 65534, 65534) == 0)
            problem = "belongs to another user (uid 65534)"
        } else {
            #expect(chmod(path, 0o777) == 0)
        }
        let warning = "careers: warning: not using the pack cache: '\(path)' \(problem); the pack is read in full\n"
        #expect(try setup.run(["roles"]) == RunCareers.Outcome(status: 0, stdout: engineer, stderr: warning))
        #expect(try setup.run(["show", "lead engineer"]).stderr == warning)
        #expect(setup.cacheFiles.map(\.path) == [file])
    }

    @Test("Without a usable cache directory every command still works, and nothing is written")
    func unwritableCacheIsNotNeeded() throws {
        let setup = try Setup()
        defer { setup.remove() }
        // A regular file where the cache directory would be: nothing can be created under it, even by root.
        try Data("not a directory".utf8).write(to: setup.cache)
        #expect(try setup.run(["roles"]) == RunCareers.Outcome(status: 0, stdout: engineer, stderr: ""))
        #expect(try setup.run(["roles"]) == RunCareers.Outcome(status: 0, stdout: engineer, stderr: ""))
        // No HOME and no XDG_CACHE_HOME: no cache at all.
        let bare = try RunCareers.run(["--content", setup.pack.path, "roles"])
        #expect(bare == RunCareers.Outcome(status: 0, stdout: engineer, stderr: ""))
    }

    @Test("A pack with problems is never cached; validate always reads the files")
    func brokenPackIsNotCached() throws {
        let setup = try Setup(SyntheticPack.replacing("\"skill\": \"testing\"", with: "\"skill\": \"testin\"", in: "roles.json"))
        defer { setup.remove() }
        #expect(try setup.run(["roles"]).status == 1)
        #expect(setup.cacheFiles.isEmpty)
        let validate = try RunCareers.run(["validate", setup.pack.path], environment: setup.environment)
        #expect(validate.status == 1)
        #expect(setup.cacheFiles.isEmpty)
    }
}
