import Foundation
import Synchronization
import Testing

@testable import CareerCore

/// The C library as Platform/ gives it to the rest of the program.
@Suite("Platform: descriptors, paths, file kinds")
struct PlatformTests {
    @Test("A signal ignored is seen as ignored, and not once its action is given back")
    func ignoredSignals() {
        #expect(!Signals.isIgnored(SIGUSR2))
        Signals.ignoring([SIGUSR2]) { #expect(Signals.isIgnored(SIGUSR2)) }
        #expect(!Signals.isIgnored(SIGUSR2))
    }

    @Test("Work on a second thread gives its result when asked, as often as asked, and may be left unasked")
    func backgroundWork() {
        let work = BackgroundWork { (1...100_000).reduce(0, +) }
        let here = (1...1000).reduce(0, +)
        #expect(work.value == 5_000_050_000)
        #expect(work.value == 5_000_050_000)
        #expect(here == 500_500)
        _ = BackgroundWork { [1, 2, 3] }  // its thread is let go when nobody holds it
    }

    @Test("A value let go of is freed on a thread other than the caller's")
    func letGo() {
        let freedOn = Mutex<pthread_t?>(nil)
        BackgroundWork.letGo(Tracked { freedOn.withLock { $0 = pthread_self() } })
        // Guards against a hang only: the thread frees it as soon as it runs.
        var waited = 0
        while freedOn.withLock({ $0 }) == nil, waited < 30_000 {
            Clock.sleep(milliseconds: 1)
            waited += 1
        }
        let thread = freedOn.withLock { $0 }
        #expect(thread != nil)
        #if os(Linux)
            #expect(thread.map { pthread_equal($0, pthread_self()) == 0 } == true)
        #endif
    }

    @Test("The allocator takes the settings that keep freed memory, again when asked twice")
    func allocatorSettings() {
        #if os(Linux)
            #expect(Allocator.keepFreedMemory())
            #expect(Allocator.keepFreedMemory())
        #else
            #expect(!Allocator.keepFreedMemory())
        #endif
    }

    @Test("A pipe carries what is written whole, and reads to its end once the writer closes it")
    func pipeRoundTrip() throws {
        let pipe = try #require(Descriptors.pipe())
        let bytes = Array("written whole\n".utf8)
        #expect(bytes.withUnsafeBytes { Descriptors.writeAll($0, to: pipe.write) } == nil)
        #expect(Descriptors.close(pipe.write))
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = try #require(Descriptors.read(pipe.read, into: &buffer))
        #expect(Array(buffer[..<count]) == bytes)
        #expect(Descriptors.read(pipe.read, into: &buffer) == 0)
        #expect(Descriptors.close(pipe.read))
        #expect(!Descriptors.close(pipe.read), "closed already")
        #expect(SystemError.last == EBADF)
    }

    @Test("Paths: entries without . and .., kinds, links not followed, renames, removal")
    func paths() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("careers-platform-\(UUID().uuidString)").path
        #expect(FileSystem.makeDirectory(directory, permissions: 0o700))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(!FileSystem.makeDirectory(directory, permissions: 0o700))
        #expect(SystemError.last == EEXIST)
        #expect(FileSystem.entries(of: directory) == [])
        #expect(FileSystem.writeFile(Array("{}".utf8), to: directory + "/a.json") == nil)
        #expect(FileSystem.link(directory + "/a.json", as: directory + "/b.json"))
        try FileManager.default.createSymbolicLink(atPath: directory + "/c", withDestinationPath: "a.json")
        #expect(FileSystem.entries(of: directory)?.sorted() == ["a.json", "b.json", "c"])
        #expect(FileSystem.status(directory).map(FileKind.init) == .directory)
        #expect(FileSystem.status(directory + "/c").map(FileKind.init) == .regular)
        #expect(FileSystem.status(directory + "/c", followLinks: false).map(FileKind.init) == .symbolicLink)
        #expect(FileSystem.isDirectory(directory) && !FileSystem.isDirectory(directory + "/c"))
        #expect(FileSystem.rename(directory + "/b.json", to: directory + "/d.json"))
        FileSystem.remove(directory + "/c")
        #expect(FileSystem.entries(of: directory)?.sorted() == ["a.json", "d.json"])
        #expect(FileSystem.status(directory + "/missing") == nil && SystemError.last == ENOENT)
        #expect(SystemError.message(ENOENT) == "No such file or directory")
        #expect(FileSystem.canonicalPath(directory + "/./a.json").map { $0.hasSuffix("/a.json") && !$0.contains("/./") } == true)
        #expect(FileSystem.writeFile([], to: directory + "/missing/x") == ENOENT)
    }
}

/// Calls `freed` when it is freed.
private final class Tracked: Sendable {
    let freed: @Sendable () -> Void
    init(_ freed: @escaping @Sendable () -> Void) { self.freed = freed }
    deinit { freed() }
}
