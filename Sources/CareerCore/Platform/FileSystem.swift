/// Paths: what they name, and making, linking, renaming and removing what they name. Where a call
/// fails, `SystemError.last` says why.
package enum FileSystem {
    /// Whether this process may run the file at `path`, or search the directory.
    package static func isExecutable(_ path: String) -> Bool {
        access(path, X_OK) == 0
    }

    /// Whether `path` names a directory, following symbolic links.
    package static func isDirectory(_ path: String) -> Bool {
        status(path).map { FileKind($0) == .directory } ?? false
    }

    /// What stat(2) says of `path`, or lstat(2) (of a final symbolic link itself) unless `followLinks`.
    package static func status(_ path: String, followLinks: Bool = true) -> stat? {
        var info = stat()
        return (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 ? info : nil
    }

    /// The names in `directory` but `.` and `..`; nil if it cannot be read.
    package static func entries(of directory: String) -> [String]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Creates the directory `path` (its parent must exist) with `permissions`.
    package static func makeDirectory(_ path: String, permissions: mode_t) -> Bool {
        mkdir(path, permissions) == 0
    }

    /// Creates or replaces the file at `path` with `bytes`, through C's buffered streams; the error
    /// (`errno`, or EIO where none was set) if it failed.
    package static func writeFile(_ bytes: [UInt8], to path: String) -> Int32? {
        guard let handle = fopen(path, "wb") else { return errno }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        let flushed = fflush(handle) == 0
        let reason = errno
        let closed = fclose(handle) == 0
        guard written == bytes.count, flushed, closed else { return reason == 0 ? EIO : reason }
        return nil
    }

    /// Gives the file at `path` the new name `name` too (a hard link), following a symbolic link at `path`
    /// (as `/proc/self/fd/N` is).
    package static func link(_ path: String, as name: String) -> Bool {
        linkat(AT_FDCWD, path, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0
    }

    /// rename(2): `destination`, if it exists, is replaced at once.
    package static func rename(_ path: String, to destination: String) -> Bool {
        #if canImport(Glibc)
            Glibc.rename(path, destination) == 0
        #else
            Darwin.rename(path, destination) == 0
        #endif
    }

    /// Removes the empty directory `path` (rmdir(2)), whether or not that works.
    package static func removeDirectory(_ path: String) {
        rmdir(path)
    }

    /// Removes the name `path` (unlink(2)), whether or not that works.
    package static func remove(_ path: String) {
        unlink(path)
    }

    /// The directory this process runs in, or nil if it cannot be named (removed, say).
    package static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The canonical absolute path of what `path` names (no `.`, `..` or symbolic links); nil if it
    /// cannot be resolved (missing, say).
    package static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
