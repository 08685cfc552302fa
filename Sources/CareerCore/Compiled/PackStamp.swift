import BundledGuide

/// What a pack's compiled copy (see `PackCache`) was made from, kept in the copy, and the test of whether
/// the pack still is that, the way git tells a clean work tree from its index. It holds:
///
/// - the program: a fingerprint of its compiled format (`programFingerprint`), so that a copy another
///   build of careers made is never read;
/// - the pack's absolute path;
/// - the directory and each file of the pack as `stat` sees them: device, inode, size, mode, modification
///   time and change time (ctime, which only the system sets: a modification time put back with
///   `touch -d` or `tar --mtime` still changes it), or that the file is absent;
/// - a checksum of the directory's names and of each file's bytes;
/// - when the files were examined, just before they were read.
///
/// The pack is as stamped when every `stat` is, and every file whose time is not older than that
/// examination (at its file system's granularity) still has the bytes stamped: git's rule for racily
/// clean entries. An edit of the same size within one tick of the clock, or within the second of a file
/// system that keeps whole seconds, changes no `stat` field; only the bytes tell.
struct PackStamp: Equatable {
    /// A time as the file system keeps it.
    struct Time: Comparable {
        var seconds: Int
        var nanoseconds: Int

        init(_ time: timespec) {
            seconds = Int(time.tv_sec)
            nanoseconds = Int(time.tv_nsec)
        }

        static func < (lhs: Time, rhs: Time) -> Bool { (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds) }

        /// Now, as the system clock stamps files: its coarse reading on Linux, which a file changed after
        /// this moment can never have a time before.
        static var now: Time { Time(Clock.coarseNow()) }
    }

    /// A file or directory as `stat` saw it.
    struct FileState: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: UInt64
        var mode: UInt64
        var modified: Time
        var changed: Time

        init(device: UInt64, inode: UInt64, size: UInt64, mode: UInt64, modified: Time, changed: Time) {
            (self.device, self.inode, self.size, self.mode) = (device, inode, size, mode)
            (self.modified, self.changed) = (modified, changed)
        }

        init(_ info: stat) {
            self.init(
                device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: UInt64(max(0, info.st_size)),
                mode: UInt64(info.st_mode), modified: Time(System.modificationTime(info)), changed: Time(System.changeTime(info)))
        }

        /// Whether a change made at `time` or later could have left the file in this state: its latest
        /// time is not older than `time`. Times of whole seconds come from a file system that keeps no
        /// finer ones (FAT keeps every other second): they may be up to two seconds older than the change.
        func isRacy(since time: Time) -> Bool {
            var latest = max(modified, changed)
            if modified.nanoseconds == 0 && changed.nanoseconds == 0 { latest.seconds += 2 }
            return latest >= time
        }
    }

    var fingerprint: UInt64
    var path: String
    /// When the files were examined (`stat`), before they were read.
    var examined: Time
    /// The directory, then each file of `ContentLoader.File` in order: nil for a file that is not there.
    var states: [FileState?]
    /// A checksum of the directory's names, then of each file's bytes (0 for a file that is not there);
    /// empty until `withChecksums`.
    var checksums: [UInt64] = []

    /// The pack at `path` (`absolute`, resolved) as it is now, without checksums; nil when it cannot be
    /// examined.
    init?(examining path: String, as absolute: String, fingerprint: UInt64) {
        self.fingerprint = fingerprint
        self.path = absolute
        examined = .now
        guard let folder = FileSystem.status(path) else { return nil }
        states = [FileState(folder)]
        for file in ContentLoader.File.allCases {
            if let info = FileSystem.status(ContentLoader.path(of: file, in: path)) {
                states.append(FileState(info))
            } else {
                guard SystemError.last == ENOENT else { return nil }
                states.append(nil)
            }
        }
    }

    /// Whether a file was changed so recently that only its bytes can say it is as stamped (see above).
    var isRacy: Bool { states.contains { $0?.isRacy(since: examined) ?? false } }

    /// This stamp with the checksums of the pack at `path` read now; nil if a file cannot be read.
    func withChecksums(of path: String) -> PackStamp? {
        var stamp = self
        stamp.checksums = []
        for index in states.indices {
            guard let checksum = states[index] == nil ? 0 : Self.checksum(index, in: path) else { return nil }
            stamp.checksums.append(checksum)
        }
        return stamp
    }

    /// Whether the pack at `path`, examined again as `current`, is still the one this stamp was made from.
    func describes(_ current: PackStamp, at path: String) -> Bool {
        guard fingerprint == current.fingerprint, self.path == current.path, states == current.states,
            checksums.count == states.count
        else { return false }
        return states.indices.allSatisfy { index in
            guard let state = states[index], state.isRacy(since: examined) else { return true }
            return Self.checksum(index, in: path) == checksums[index]
        }
    }

    /// A checksum of the directory's sorted names (index 0), or of the bytes of a file (index 1…, in the
    /// order of `ContentLoader.File`); nil when it cannot be read.
    private static func checksum(_ index: Int, in path: String) -> UInt64? {
        guard index > 0 else {
            guard let names = FileSystem.entries(of: path) else { return nil }
            return Array(names.sorted().joined(separator: "\0").utf8).withUnsafeBytes(Checksum.of)
        }
        let file = ContentLoader.File.allCases[index - 1]
        let bytes = try? FileBytes.read(ContentLoader.path(of: file, in: path), limit: ContentLoader.Limits.fileBytes)
        return bytes?.withUnsafeBytes(Checksum.of)
    }

    // MARK: As kept in the compiled copy

    var bytes: [UInt8] {
        var writer = RecordWriter()
        writer.word(fingerprint)
        writer.string(path)
        writer.word(UInt64(bitPattern: Int64(examined.seconds)))
        writer.word(UInt64(examined.nanoseconds))
        writer.int(states.count)
        for (state, checksum) in zip(states, checksums) {
            guard let state else {
                writer.int(0)
                continue
            }
            writer.int(1)
            for number in [state.device, state.inode, state.size, state.mode, checksum] { writer.word(number) }
            for time in [state.modified, state.changed] {
                writer.word(UInt64(bitPattern: Int64(time.seconds)))
                writer.word(UInt64(time.nanoseconds))
            }
        }
        return writer.bytes
    }

    init(reading bytes: UnsafeRawBufferPointer) throws(GuideFile.Damaged) {
        var reader = RecordReader(bytes)
        func time() throws(GuideFile.Damaged) -> Time {
            Time(timespec(tv_sec: Int(Int64(bitPattern: try reader.word())), tv_nsec: Int(truncatingIfNeeded: try reader.word())))
        }
        fingerprint = try reader.word()
        path = try reader.string()
        examined = try time()
        let count = try reader.int()
        guard count == ContentLoader.File.allCases.count + 1 else { throw GuideFile.Damaged() }
        states = []
        for _ in 0..<count {
            guard try reader.int() == 1 else {
                states.append(nil)
                checksums.append(0)
                continue
            }
            let numbers = try (0..<5).map { _ throws(GuideFile.Damaged) in try reader.word() }
            states.append(
                FileState(
                    device: numbers[0], inode: numbers[1], size: numbers[2], mode: numbers[3], modified: try time(),
                    changed: try time()))
            checksums.append(numbers[4])
        }
        guard reader.isAtEnd else { throw GuideFile.Damaged() }
    }

    // MARK: The program

    /// This program's compiled format, as a number: the checksum of the bundled guide as this program's
    /// compiler compiled it (into the binary, at build time; a test checks that it is this code's output).
    /// A change to the layout, the encoding of items, folding or stemming — to anything the compiler
    /// writes — changes it, with nothing to bump by hand, and a pack's copy from another build is not read.
    static let programFingerprint: UInt64 = {
        var size: UInt = 0
        guard let start = careers_bundled_guide(&size) else { return 0 }
        return Checksum.of(UnsafeRawBufferPointer(start: start, count: Int(size)))
    }()
}
