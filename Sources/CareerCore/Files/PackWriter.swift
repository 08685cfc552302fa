/// Writes a guide's files into a directory as an editable content pack (`careers init`).
package enum PackWriter {
    package enum Failure: Error, Equatable {
        /// The directory has files in it, and overwriting was not asked for.
        case notEmpty(String)
        /// The system refused: which path, and why.
        case system(path: String, reason: String)
    }

    /// Creates `directory` if needed (its parent must exist) and writes each file into it. A directory
    /// that already holds anything is refused unless `force`; then only the guide's own files are replaced.
    package static func write(_ files: [ContentLoader.File: [UInt8]], to directory: String, force: Bool) throws(Failure) {
        if !FileSystem.makeDirectory(directory, permissions: 0o755) {
            let reason = SystemError.last
            guard reason == EEXIST else { throw .system(path: directory, reason: SystemError.message(reason)) }
            guard let entries = FileSystem.entries(of: directory) else {
                throw .system(path: directory, reason: SystemError.message(SystemError.last))
            }
            if !force, !entries.isEmpty { throw .notEmpty(directory) }
        }
        for file in ContentLoader.File.allCases {
            guard let bytes = files[file] else { continue }
            let path = ContentLoader.path(of: file, in: directory)
            if let reason = FileSystem.writeFile(bytes, to: path) {
                throw .system(path: path, reason: SystemError.message(reason))
            }
        }
    }
}
