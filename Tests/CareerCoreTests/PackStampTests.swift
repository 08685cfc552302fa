import Foundation
import Testing

@testable import CareerCore

/// The stamp a pack's compiled copy is kept with (`PackStamp`): the copy is read only while the pack's
/// files, and the program, are those it was made from.
@Suite("Content packs: the cache's stamp")
struct PackStampTests {
    /// The bundled guide's files as a pack in a new directory, with a cache directory of its own.
    final class Pack {
        let path: String
        let cache: String

        init() throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("careers-stamp-\(UUID().uuidString)").path
            path = root + "/pack"
            cache = root + "/cache"
            try DurableFile.makeDirectories(path)
            try PackWriter.write(ContentDirectory.files(), to: path, force: false)
        }

        deinit { try? FileManager.default.removeItem(atPath: DurableFile.directory(of: path)) }

        var roles: String { path + "/roles.json" }

        /// The Data Scientist's summary, as `cache` reads the pack (writing its copy when it has none).
        func summary(_ cache: PackCache? = nil) throws -> String? {
            try (cache ?? PackCache(directory: self.cache)).catalog(directory: path).catalog.role("data-scientist")?.summary
        }

        /// Rewrites bytes of roles.json where they are: the same file, the same size.
        func edit(_ old: String, _ new: String) throws {
            let text = try String(contentsOfFile: roles, encoding: .utf8)
            #expect(text.contains(old) && old.utf8.count == new.utf8.count)
            let handle = try #require(FileHandle(forWritingAtPath: roles))
            try handle.write(contentsOf: Data(text.replacing(old, with: new).utf8))
            try handle.close()
        }

        /// What `stat` says of roles.json.
        func status() -> stat {
            var info = stat()
            stat(roles, &info)
            return info
        }
    }

    static let summary = "Uses machine learning to analyze and interpret complex datasets"

    @Test("A same-size edit with its modification time put back (touch -d, tar --mtime) is seen: the change time is stamped")
    func modificationTimePutBack() throws {
        let pack = try Pack()
        #expect(try pack.summary()?.hasPrefix(Self.summary) == true)
        let before = pack.status()
        try pack.edit("to analyze and interpret", "to examine and interpret")
        var times = [before.st_atim, System.modificationTime(before)]
        #expect(utimensat(AT_FDCWD, pack.roles, &times, 0) == 0)
        let after = pack.status()
        #expect(
            (after.st_ino, after.st_size, after.st_mtim.tv_sec, after.st_mtim.tv_nsec)
                == (before.st_ino, before.st_size, before.st_mtim.tv_sec, before.st_mtim.tv_nsec))
        #expect(try pack.summary()?.hasPrefix("Uses machine learning to examine and interpret") == true)
    }

    @Test("Git's rule for racy files: a file not older than the pack's examination is checked by its bytes")
    func racyFilesAreCheckedByContent() throws {
        let pack = try Pack()
        let current = try #require(PackStamp(examining: pack.path, as: pack.path, fingerprint: 1))
        let stamped = try #require(current.withChecksums(of: pack.path))
        #expect(stamped.describes(current, at: pack.path))
        // Files examined in the tick of their last change, then edited in it again, with the same size:
        // no stat field changes. Modelled by comparing with the stat taken before the edit.
        var racy = stamped
        racy.examined = PackStamp.Time(System.changeTime(pack.status()))
        try pack.edit("to analyze and interpret", "to examine and interpret")
        #expect(!racy.describes(current, at: pack.path))
        // A file older than the examination cannot have changed without a stat field changing: stat is believed.
        var settled = stamped
        settled.examined.seconds += 3
        #expect(settled.describes(current, at: pack.path))
        try pack.edit("to examine and interpret", "to analyze and interpret")
        #expect(racy.describes(current, at: pack.path))
    }

    @Test("Racy, at the file system's granularity: whole seconds may be two seconds older than the change")
    func granularity() {
        func state(_ seconds: Int, _ nanoseconds: Int) -> PackStamp.FileState {
            let time = PackStamp.Time(timespec(tv_sec: seconds, tv_nsec: nanoseconds))
            return PackStamp.FileState(device: 1, inode: 1, size: 1, mode: 0, modified: time, changed: time)
        }
        let examined = PackStamp.Time(timespec(tv_sec: 100, tv_nsec: 500))
        #expect(state(100, 500).isRacy(since: examined))
        #expect(state(101, 1).isRacy(since: examined))
        #expect(!state(100, 499).isRacy(since: examined))
        #expect(state(99, 0).isRacy(since: examined))  // a whole second: a FAT time of a change at 100.5
        #expect(!state(98, 0).isRacy(since: examined))
    }

    @Test("A copy another build made (another fingerprint) is never read, however current its files' stamp")
    func anotherProgramsCopyIsNotRead() throws {
        let pack = try Pack()
        // The other build read the pack differently: its copy says something no file does.
        let absolute = PackCache.absolutePath(pack.path)
        let other = PackCache(directory: pack.cache, fingerprint: 1)
        var files = ContentDirectory.files()
        let roles = String(decoding: try #require(files[.roles]), as: UTF8.self)
        files[.roles] = Array(roles.replacing(Self.summary, with: "What the other build read.").utf8)
        let content = try ContentLoader.load(files: files)
        let stamp = try #require(PackStamp(examining: pack.path, as: absolute, fingerprint: 1)?.withChecksums(of: pack.path))
        try DurableFile.makeDirectories(pack.cache + "/packs")
        let copy = GuideCompiler.compile(content, stamp: stamp.bytes)
        try DurableFile.write(copy, to: other.cacheFile(for: absolute)) { _ in true }
        #expect(try pack.summary(other)?.hasPrefix("What the other build read.") == true)
        #expect(try pack.summary(PackCache(directory: pack.cache, fingerprint: 2))?.hasPrefix(Self.summary) == true)
        #expect(try pack.summary()?.hasPrefix(Self.summary) == true)
    }

    @Test("The program's fingerprint is derived: the checksum of the bundled guide as this code compiles it")
    func fingerprintIsDerived() throws {
        let compiled = GuideCompiler.compile(try ContentLoader.load(directory: ContentDirectory.path))
        #expect(PackStamp.programFingerprint == compiled.withUnsafeBytes(Checksum.of))
        #expect(PackCache(directory: "/nowhere").fingerprint == PackStamp.programFingerprint)
    }
}
