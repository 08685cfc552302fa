/// Writes a guide's files into a directory as an editable content pack (`careers init`).
public enum PackWriter {
    public enum Failure: Error, Equatable {
        /// The directory has files in it, and overwriting was not asked for.
        case notEmpty(String)
        /// The system refused: which path, and why.
        case system(path: String, reason: String)
    }

    /// Creates `directory` if needed (its parent must exist) and writes each file into it. A directory
    /// that already holds anything is refused unless `force`; then only the guide's own files are replaced.
    public static func write(_ files: [ContentLoader.File: [UInt8]], to directory: String, force: Bool) throws(Failure) {
        if mkdir(directory, 0o755) != 0 {
            let reason = errno
            guard reason == EEXIST else { throw .system(path: directory, reason: String(cString: strerror(reason))) }
            guard let handle = opendir(directory) else {
                throw .system(path: directory, reason: String(cString: strerror(errno)))
            }
            defer { closedir(handle) }
            if !force, hasEntries(handle) { throw .notEmpty(directory) }
        }
        for file in ContentLoader.File.allCases {
            guard let bytes = files[file] else { continue }
            let path = ContentLoader.path(of: file, in: directory)
            guard let handle = fopen(path, "wb") else { throw .system(path: path, reason: String(cString: strerror(errno))) }
            let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
            let flushed = fflush(handle) == 0
            let reason = errno
            let closed = fclose(handle) == 0
            guard written == bytes.count, flushed, closed else {
                throw .system(path: path, reason: String(cString: strerror(reason == 0 ? EIO : reason)))
            }
        }
    }

    private static func hasEntries(_ handle: OpaquePointer) -> Bool {
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { return true }
        }
        return false
    }
}
