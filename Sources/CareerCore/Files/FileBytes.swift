/// Reads whole files without Foundation, within a size limit enforced while reading.
public enum FileBytes {
    public enum Failure: Error, Equatable {
        /// Nothing is at the path.
        case notFound
        /// What the system says ("Permission denied").
        case system(String)
        /// The path names something that is not a regular file: a directory, a FIFO, a device.
        case notAFile(String)
        /// More bytes than the limit.
        case tooLarge(limit: Int)

        /// Why, in words.
        public var reason: String {
            switch self {
            case .notFound: String(cString: strerror(ENOENT))
            case .system(let reason): reason
            case .notAFile(let kind): "not a regular file (\(kind))"
            case .tooLarge(let limit): "larger than the limit of \(limit) bytes"
            }
        }
    }

    /// The bytes of the file at `path`, or of standard input when `path` is "-". A path must name a regular
    /// file (a directory, FIFO or device such as /dev/zero is refused without being read or waited on),
    /// unless `allowStreams` lets pipes and process substitutions (`<(…)`) through; with `followLinks`
    /// false, a symbolic link is refused too. Reading stops past `limit` bytes.
    public static func read(
        _ path: String, limit: Int = Int.max, allowStreams: Bool = false, followLinks: Bool = true
    ) throws(Failure) -> [UInt8] {
        guard path != "-" else { return try read(from: STDIN_FILENO, limit: limit) }
        var (descriptor, info) = try openRegularFile(path, followLinks: followLinks, allowStreams: allowStreams)
        if !isRegular(info) {
            // A pipe is read as it comes: opened again, blocking, so that a writer yet to open it is waited for.
            close(descriptor)
            descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
            guard descriptor >= 0 else { throw .system(String(cString: strerror(errno))) }
        }
        defer { close(descriptor) }
        if isRegular(info), Int(info.st_size) > limit { throw .tooLarge(limit: limit) }
        return try read(from: descriptor, limit: limit)
    }

    /// Opens `path` for reading without waiting (`O_NONBLOCK`: a FIFO put where a file belongs cannot
    /// hang the program) and, unless `followLinks`, without following a final symbolic link; then checks
    /// with `fstat`, on what was opened, that it is a regular file (or, with `allowStreams`, a pipe or a
    /// character device). Returns the descriptor, for the caller to close, and what `fstat` said.
    public static func openRegularFile(
        _ path: String, followLinks: Bool = true, allowStreams: Bool = false
    ) throws(Failure) -> (descriptor: Int32, info: stat) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (followLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else {
            let code = errno
            // A link not followed, or a socket, cannot be opened: say what it is.
            var info = stat()
            if code == ELOOP || code == ENXIO, lstat(path, &info) == 0, !isRegular(info) {
                throw .notAFile(describe(info.st_mode & mode_t(S_IFMT)))
            }
            throw code == ENOENT ? .notFound : .system(String(cString: strerror(code)))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let failure = Failure.system(String(cString: strerror(errno)))
            close(descriptor)
            throw failure
        }
        let type = info.st_mode & mode_t(S_IFMT)
        guard isRegular(info) || allowStreams && (type == mode_t(S_IFIFO) || type == mode_t(S_IFCHR)) else {
            close(descriptor)
            throw .notAFile(describe(type))
        }
        return (descriptor, info)
    }

    private static func isRegular(_ info: stat) -> Bool { info.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG) }

    private static func describe(_ type: mode_t) -> String {
        switch type {
        case mode_t(S_IFDIR): "a directory"
        case mode_t(S_IFIFO): "a pipe"
        case mode_t(S_IFCHR): "a character device"
        case mode_t(S_IFBLK): "a block device"
        case mode_t(S_IFSOCK): "a socket"
        case mode_t(S_IFLNK): "a symbolic link"
        default: "not a file"
        }
    }

    private static func read(from descriptor: Int32, limit: Int) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = System.read(descriptor, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .system(String(cString: strerror(errno))) }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit { throw .tooLarge(limit: limit) }
        }
    }
}
