#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads whole files without Foundation.
public enum FileBytes {
    public struct Failure: Error, Equatable {
        /// Why, as the system says it ("No such file or directory").
        public let reason: String
    }

    /// The bytes of the file at `path`, or of standard input when `path` is "-".
    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        guard path != "-" else {
            guard let input = fdopen(dup(STDIN_FILENO), "rb") else { throw Failure(reason: String(cString: strerror(errno))) }
            defer { fclose(input) }
            return try read(from: input)
        }
        guard let handle = fopen(path, "rb") else { throw Failure(reason: String(cString: strerror(errno))) }
        defer { fclose(handle) }
        return try read(from: handle)
    }

    private static func read(from handle: UnsafeMutablePointer<FILE>) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, handle)
            bytes.append(contentsOf: buffer[0..<count])
            if count < buffer.count {
                // Reading a directory fails here with EISDIR.
                if ferror(handle) != 0 { throw Failure(reason: String(cString: strerror(errno))) }
                return bytes
            }
        }
    }
}
