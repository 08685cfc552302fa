/// Reads whole files without Foundation, within a size limit enforced while reading.
package enum FileBytes {
    package enum Failure: Error, Equatable {
        /// Nothing is at the path.
        case notFound
        /// What the system says ("Permission denied").
        case system(String)
        /// The path names something that is not a regular file: a directory, a FIFO, a device.
        case notAFile(String)
        /// More bytes than the limit.
        case tooLarge(limit: Int)

        /// Why, in words.
        package var reason: String {
            switch self {
            case .notFound: SystemError.message(ENOENT)
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
    package static func read(
        _ path: String, limit: Int = Int.max, allowStreams: Bool = false, followLinks: Bool = true
    ) throws(Failure) -> [UInt8] {
        guard path != "-" else { return try read(from: STDIN_FILENO, limit: limit) }
        var (descriptor, info) = try openRegularFile(path, followLinks: followLinks, allowStreams: allowStreams)
        if !isRegular(info) {
            // A pipe is read as it comes: opened again, blocking, so that a writer yet to open it is waited for.
            Descriptors.close(descriptor)
            guard let blocking = Descriptors.open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY) else {
                throw .system(SystemError.message(SystemError.last))
            }
            descriptor = blocking
        }
        defer { Descriptors.close(descriptor) }
        if isRegular(info), Int(info.st_size) > limit { throw .tooLarge(limit: limit) }
        return try read(from: descriptor, limit: limit, expecting: isRegular(info) ? Int(info.st_size) : 0)
    }

    /// Opens `path` for reading without waiting (`O_NONBLOCK`: a FIFO put where a file belongs cannot
    /// hang the program) and, unless `followLinks`, without following a final symbolic link; then checks
    /// with `fstat`, on what was opened, that it is a regular file (or, with `allowStreams`, a pipe or a
    /// character device). Returns the descriptor, for the caller to close, and what `fstat` said.
    package static func openRegularFile(
        _ path: String, followLinks: Bool = true, allowStreams: Bool = false
    ) throws(Failure) -> (descriptor: Int32, info: stat) {
        let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (followLinks ? 0 : O_NOFOLLOW)
        guard let descriptor = Descriptors.open(path, flags) else {
            let code = SystemError.last
            // A link not followed, or a socket, cannot be opened: say what it is.
            if code == ELOOP || code == ENXIO, let info = FileSystem.status(path, followLinks: false), !isRegular(info) {
                throw .notAFile(describe(FileKind(info)))
            }
            throw code == ENOENT ? .notFound : .system(SystemError.message(code))
        }
        guard let info = Descriptors.status(of: descriptor) else {
            let failure = Failure.system(SystemError.message(SystemError.last))
            Descriptors.close(descriptor)
            throw failure
        }
        let kind = FileKind(info)
        guard kind == .regular || allowStreams && (kind == .pipe || kind == .characterDevice) else {
            Descriptors.close(descriptor)
            throw .notAFile(describe(kind))
        }
        return (descriptor, info)
    }

    private static func isRegular(_ info: stat) -> Bool { FileKind(info) == .regular }

    private static func describe(_ kind: FileKind) -> String {
        switch kind {
        case .directory: "a directory"
        case .pipe: "a pipe"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        case .symbolicLink: "a symbolic link"
        case .regular, .other: "not a file"
        }
    }

    /// The bytes from `descriptor` to its end. The `expected` count (a regular file's size) is read straight
    /// into an array of that size, in place of growing one chunk by chunk (a 10 MB file was copied several
    /// times over); a file that turns out longer is read on in chunks.
    private static func read(from descriptor: Int32, limit: Int, expecting expected: Int = 0) throws(Failure) -> [UInt8] {
        var failure: Int32?
        // One byte more than expected, to see the end without another call.
        var bytes = [UInt8](unsafeUninitializedCapacity: min(expected, limit) + 1) { buffer, count in
            while count < buffer.count {
                let rest = UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[count...]))
                guard let read = Descriptors.read(descriptor, into: rest) else { return failure = SystemError.last }
                if read == 0 { return }
                count += read
            }
        }
        if let failure { throw .system(SystemError.message(failure)) }
        if bytes.count <= expected { return bytes }
        if bytes.count > limit { throw .tooLarge(limit: limit) }
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            guard let count = Descriptors.read(descriptor, into: &buffer) else {
                throw .system(SystemError.message(SystemError.last))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit { throw .tooLarge(limit: limit) }
        }
    }
}
