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
    /// file (a directory, FIFO or device such as /dev/zero is refused before it is opened), unless
    /// `allowStreams` lets pipes and process substitutions (`<(…)`) through; reading stops past `limit` bytes.
    public static func read(_ path: String, limit: Int = Int.max, allowStreams: Bool = false) throws(Failure) -> [UInt8] {
        guard path != "-" else {
            guard let input = fdopen(dup(STDIN_FILENO), "rb") else { throw .system(String(cString: strerror(errno))) }
            defer { fclose(input) }
            return try read(from: input, limit: limit)
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw errno == ENOENT ? .notFound : .system(String(cString: strerror(errno))) }
        let type = info.st_mode & mode_t(S_IFMT)
        let isStream = type == mode_t(S_IFIFO) || type == mode_t(S_IFCHR)
        guard type == mode_t(S_IFREG) || isStream && allowStreams else { throw .notAFile(describe(type)) }
        if type == mode_t(S_IFREG), Int(info.st_size) > limit { throw .tooLarge(limit: limit) }
        guard let handle = fopen(path, "rb") else { throw .system(String(cString: strerror(errno))) }
        defer { fclose(handle) }
        return try read(from: handle, limit: limit)
    }

    private static func describe(_ type: mode_t) -> String {
        switch type {
        case mode_t(S_IFDIR): "a directory"
        case mode_t(S_IFIFO): "a pipe"
        case mode_t(S_IFCHR): "a character device"
        case mode_t(S_IFBLK): "a block device"
        case mode_t(S_IFSOCK): "a socket"
        default: "not a file"
        }
    }

    private static func read(from handle: UnsafeMutablePointer<FILE>, limit: Int) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, handle)
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit { throw .tooLarge(limit: limit) }
            if count < buffer.count {
                if ferror(handle) != 0 { throw .system(String(cString: strerror(errno))) }
                return bytes
            }
        }
    }
}
