/// The few file operations a store that never loses data needs: directories made as needed, an
/// exclusive lock, and writes that are atomic and durable (a temporary file beside the target,
/// flushed to disk, renamed over it, and the directory flushed so that the rename itself survives a crash).
enum DurableFile {
    /// A system call that failed: on which path, and what the system said.
    struct Failure: Error {
        let path: String
        let reason: String

        init(_ path: String, _ code: Int32 = SystemError.last) {
            self.init(path, reason: SystemError.message(code))
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
            if !FileSystem.makeDirectory(prefix, permissions: 0o700), SystemError.last != EEXIST { throw Failure(prefix) }
        }
        guard let info = FileSystem.status(path) else { throw Failure(path) }
        guard FileKind(info) == .directory else { throw Failure(path, ENOTDIR) }
    }

    /// An exclusive `flock` on the file at `path` (created if needed), held until released, so that
    /// processes that read, change and write the same file take turns. A link or anything but a regular
    /// file at `path` is refused, never followed or waited on.
    struct Lock {
        private let descriptor: Int32

        init(_ path: String) throws(Failure) {
            let flags = O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY
            guard let descriptor = Descriptors.open(path, flags, permissions: 0o600) else {
                throw SystemError.last == ELOOP ? Failure(path, reason: "a symbolic link, which is not followed") : Failure(path)
            }
            self.descriptor = descriptor
            guard let info = Descriptors.status(of: descriptor), FileKind(info) == .regular else {
                Descriptors.close(descriptor)
                throw Failure(path, reason: "not a regular file")
            }
            guard Descriptors.lock(descriptor) else {
                let failure = Failure(path)
                Descriptors.close(descriptor)
                throw failure
            }
        }

        /// Closing the file releases the lock.
        func release() { Descriptors.close(descriptor) }
    }

    /// Replaces the file at `path` with `bytes`, all or nothing: on failure the old file is untouched.
    /// With `durable`, the file and then the rename are flushed to disk before this returns. `isOurs`
    /// names the files of the directory this program writes (see `TemporaryFile`).
    static func write(
        _ bytes: [UInt8], to path: String, durable: Bool = true, isOurs: (String) -> Bool
    ) throws(Failure) {
        var file = try TemporaryFile(replacing: path, isOurs: isOurs)
        do throws(Failure) {
            if let code = bytes.withUnsafeBytes({ Descriptors.writeAll($0, to: file.descriptor) }) { throw Failure(path, code) }
            if durable, !Descriptors.sync(file.descriptor) { throw Failure(path) }
        } catch {
            file.discard()
            throw error
        }
        try file.commit()
        if durable { try syncDirectory(directory(of: path)) }
    }

    /// Moves the file at `path` to `destination` and makes the move durable.
    static func move(_ path: String, to destination: String) throws(Failure) {
        guard FileSystem.rename(path, to: destination) else { throw Failure(path) }
        try syncDirectory(directory(of: path))
    }

    /// True when something is at `path`, even a dangling link.
    static func exists(_ path: String) -> Bool {
        FileSystem.status(path, followLinks: false) != nil
    }

    private static func syncDirectory(_ directory: String) throws(Failure) {
        guard let descriptor = Descriptors.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC) else { throw Failure(directory) }
        defer { Descriptors.close(descriptor) }
        guard Descriptors.sync(descriptor) else { throw Failure(directory) }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func name(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }
}
