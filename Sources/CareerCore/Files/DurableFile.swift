/// The few file operations a store that never loses data needs: directories made as needed, an
/// exclusive lock, and writes that are atomic and durable (a temporary file beside the target,
/// flushed to disk, renamed over it, and the directory flushed so that the rename itself survives a crash).
enum DurableFile {
    /// A system call that failed: on which path, and what the system said.
    struct Failure: Error {
        let path: String
        let reason: String

        init(_ path: String, _ code: Int32 = errno) {
            self.init(path, reason: String(cString: strerror(code)))
        }

        init(_ path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// Creates `path` and any missing parents, readable by the owner only.
    static func makeDirectories(_ path: String) throws(Failure) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0, errno != EEXIST { throw Failure(prefix) }
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure(path) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw Failure(path, ENOTDIR) }
    }

    /// An exclusive `flock` on the file at `path` (created if needed), held until released, so that
    /// processes that read, change and write the same file take turns. A link or anything but a regular
    /// file at `path` is refused, never followed or waited on.
    struct Lock {
        private let descriptor: Int32

        init(_ path: String) throws(Failure) {
            descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY, 0o600)
            guard descriptor >= 0 else {
                throw errno == ELOOP ? Failure(path, reason: "a symbolic link, which is not followed") : Failure(path)
            }
            var info = stat()
            guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                close(descriptor)
                throw Failure(path, reason: "not a regular file")
            }
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let failure = Failure(path)
                    close(descriptor)
                    throw failure
                }
            }
        }

        /// Closing the file releases the lock.
        func release() { close(descriptor) }
    }

    /// Replaces the file at `path` with `bytes`, all or nothing: on failure the old file is untouched.
    /// With `durable`, the file and then the rename are flushed to disk before this returns. `isOurs`
    /// names the files of the directory this program writes (see `TemporaryFile`).
    static func write(
        _ bytes: [UInt8], to path: String, durable: Bool = true, isOurs: (String) -> Bool
    ) throws(Failure) {
        var file = try TemporaryFile(replacing: path, isOurs: isOurs)
        do throws(Failure) {
            try writeAll(bytes, to: file.descriptor, path: path)
            if durable, fsync(file.descriptor) != 0 { throw Failure(path) }
        } catch {
            file.discard()
            throw error
        }
        try file.commit()
        if durable { try syncDirectory(directory(of: path)) }
    }

    /// Moves the file at `path` to `destination` and makes the move durable.
    static func move(_ path: String, to destination: String) throws(Failure) {
        guard rename(path, destination) == 0 else { throw Failure(path) }
        try syncDirectory(directory(of: path))
    }

    /// True when something is at `path`, even a dangling link.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { System.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw Failure(path, written < 0 ? errno : EIO) }
            offset += written
        }
    }

    private static func syncDirectory(_ directory: String) throws(Failure) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(directory) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw Failure(directory) }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func name(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }
}
