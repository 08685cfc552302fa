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

    /// Writes `files` as the pack in `directory` all at once or not at all: into a new directory beside it,
    /// which then takes its name (rename(2)), so that a failure leaves nothing half-written and a reader
    /// never sees a pack partly replaced. A directory that already holds anything is refused unless
    /// `force`; then each file is moved in, and a guide file the new pack does not have is removed.
    package static func writeAtomically(
        _ files: [ContentLoader.File: [UInt8]], to directory: String, force: Bool
    ) throws(Failure) {
        // "" would put the files beside nothing: at the root of the file system.
        guard !directory.isEmpty else { throw .system(path: directory, reason: "no directory is named") }
        let existing = FileSystem.status(directory).map { _ in FileSystem.entries(of: directory) }
        if let existing {
            guard let entries = existing else { throw .system(path: directory, reason: SystemError.message(SystemError.last)) }
            if !entries.isEmpty, !force { throw .notEmpty(directory) }
        }
        let trimmed = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        let staging = try makeStagingDirectory(beside: trimmed)
        func abandon() {
            for file in ContentLoader.File.allCases { FileSystem.remove(ContentLoader.path(of: file, in: staging)) }
            FileSystem.removeDirectory(staging)
        }
        for (file, bytes) in files {
            let path = ContentLoader.path(of: file, in: staging)
            if let reason = FileSystem.writeFile(bytes, to: path) {
                abandon()
                throw .system(path: path, reason: SystemError.message(reason))
            }
        }
        // An absent or empty directory is replaced whole; a kept one gets each file in turn.
        if existing == nil || existing??.isEmpty == true, FileSystem.rename(staging, to: trimmed) { return }
        for file in ContentLoader.File.allCases {
            let target = ContentLoader.path(of: file, in: trimmed)
            guard files[file] != nil else {
                FileSystem.remove(target)
                continue
            }
            if !FileSystem.rename(ContentLoader.path(of: file, in: staging), to: target) {
                let reason = SystemError.message(SystemError.last)
                abandon()
                throw .system(path: target, reason: reason)
            }
        }
        FileSystem.removeDirectory(staging)
    }

    /// A new, empty directory in the same directory as `path` (so that a rename can move it there).
    private static func makeStagingDirectory(beside path: String) throws(Failure) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        let parent = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let name = String(path.split(separator: "/").last ?? "pack")
        for _ in 0..<100 {
            let staging = (parent.isEmpty ? "/" : parent + "/") + ".\(name).import." + String((0..<6).map { _ in letters.randomElement()! })
            if FileSystem.makeDirectory(staging, permissions: 0o755) { return staging }
            guard SystemError.last == EEXIST else { throw .system(path: parent, reason: SystemError.message(SystemError.last)) }
        }
        throw .system(path: parent, reason: SystemError.message(EEXIST))
    }
}
