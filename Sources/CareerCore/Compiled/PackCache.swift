/// Keeps a content pack's compiled form between runs, so that a command on a big pack reads a few
/// records of a mapped file instead of parsing and validating every file again.
///
/// The cache is a file per pack in `directory` (the user's cache directory, e.g. ~/.cache/careers),
/// named after the pack's path. It is used only when its stamp (`PackStamp`) says it was made by this
/// program from the pack as it is; otherwise the pack is loaded and validated as always, and the cache
/// written afresh (only for a pack without problems). A cache that cannot be written is simply not kept;
/// one in a directory, or a file, that another user owns or others can write is not used at all. Every
/// record is checked when read (see `CompiledGuide`).
package struct PackCache: Sendable {
    package let directory: String
    /// The program's compiled format (see `PackStamp.programFingerprint`).
    let fingerprint: UInt64

    package init(directory: String) {
        self.init(directory: directory, fingerprint: PackStamp.programFingerprint)
    }

    init(directory: String, fingerprint: UInt64) {
        self.directory = directory
        self.fingerprint = fingerprint
    }

    /// The cache directory the environment names: `$XDG_CACHE_HOME/careers`, else `~/.cache/careers`;
    /// nil when neither is set (then nothing is cached).
    package static func directory(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/careers" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/careers" }
        return nil
    }

    /// The guide in the pack at `path`: from the cache when it is current, else loaded, validated and
    /// cached. `warning` says why the cache was not used, when it cannot be trusted.
    package func catalog(directory path: String) throws(ContentProblems) -> (catalog: Catalog, warning: String?) {
        // One pack, however it is named (`pack`, `./pack/`, a link to it): one cache file, one stamp.
        let absolute = Self.absolutePath(path)
        let file = cacheFile(for: absolute)
        let cached: GuideBytes?
        do {
            cached = try map(file)
        } catch {
            return (try Catalog(directory: path), "warning: not using the pack cache: \(error.reason); the pack is read in full")
        }
        let current = PackStamp(examining: path, as: absolute, fingerprint: fingerprint)
        let rebuild: @Sendable () -> GuideFile? = {
            FileSystem.remove(file)
            guard let content = try? ContentLoader.load(directory: path) else { return nil }
            return try? GuideFile(GuideBytes(GuideCompiler.compile(content)))
        }
        if let current, let cached, let compiled = try? GuideFile(cached),
            let guide = try? CompiledGuide(compiled, rebuild: rebuild),
            let stamp = guide.stamp.withUnsafeBytes({ try? PackStamp(reading: $0) }),
            stamp.describes(current, at: path)
        {
            return (Catalog(guide: guide), nil)
        }
        let stamp = current?.withChecksums(of: path)
        let content = try ContentLoader.load(directory: path)
        let bytes = GuideCompiler.compile(content, stamp: stamp?.bytes ?? [])
        if stamp != nil { store(bytes, in: file) }
        guard let guide = try? CompiledGuide(GuideFile(GuideBytes(bytes)), rebuild: rebuild) else { return (Catalog(content), nil) }
        // The items read are of no more use once compiled: tens of thousands, freed while the command goes on.
        BackgroundWork.letGo(consume content)
        return (Catalog(guide: guide), nil)
    }

    /// Keeps the compiled form of `content`, just written as the pack at `path` and read back from its
    /// bytes (`careers import`), so that the first command on the pack does not read and check it all again.
    package func store(_ content: Content, writtenTo path: String) {
        let absolute = Self.absolutePath(path)
        // Files written a moment ago share the clock's tick with their examination, and every later run
        // would read their bytes again to be sure of them: the tick is let pass first (a few milliseconds;
        // not the two seconds a file system of whole seconds would need).
        var examined = PackStamp(examining: path, as: absolute, fingerprint: fingerprint)
        for _ in 0..<10 where examined?.isRacy == true {
            Clock.sleep(milliseconds: 5)
            examined = PackStamp(examining: path, as: absolute, fingerprint: fingerprint)
        }
        // `store` keeps it only in directories the user alone can write.
        guard let stamp = examined?.withChecksums(of: path) else { return }
        store(GuideCompiler.compile(content, stamp: stamp.bytes), in: cacheFile(for: absolute))
    }

    /// Why the cache cannot be used at all.
    struct Distrust: Error {
        let reason: String
    }

    /// The cache file mapped, or nil when there is none to read (nothing there, a FIFO, a link). Throws
    /// when the cache's directories or the file belong to another user or others can write them: someone
    /// who can write there could leave a compiled guide of their own making.
    func map(_ file: String) throws(Distrust) -> GuideBytes? {
        guard try checkDirectories() else { return nil }
        guard let (descriptor, info) = try? FileBytes.openRegularFile(file, followLinks: false) else { return nil }
        defer { _ = Descriptors.close(descriptor) }
        try Self.check(info, file)
        return GuideBytes(mapping: descriptor, size: Int(info.st_size))
    }

    /// Whether the cache's directories are there; throws when one cannot be trusted.
    private func checkDirectories() throws(Distrust) -> Bool {
        for folder in [directory, directory + "/packs"] {
            guard let info = FileSystem.status(folder) else { return false }  // not made yet: made safe when written
            try Self.check(info, folder)
        }
        return true
    }

    /// Throws unless `info` says the user owns the file or directory at `path` and no one else can write it.
    private static func check(_ info: stat, _ path: String) throws(Distrust) {
        if info.st_uid != Processes.userID { throw Distrust(reason: "'\(path)' belongs to another user (uid \(info.st_uid))") }
        if info.st_mode & 0o022 != 0 {
            throw Distrust(reason: "'\(path)' can be written by others (mode \(String(info.st_mode & 0o7777, radix: 8)))")
        }
    }

    /// `path` with links and `.` and `..` resolved, or as given if it cannot be.
    static func absolutePath(_ path: String) -> String {
        FileSystem.canonicalPath(path) ?? path
    }

    /// The cache file of the pack at `absolute`: one per pack, named by a hash of its absolute path.
    func cacheFile(for absolute: String) -> String {
        let hash = absolute.utf8.reduce(into: UInt64(0xCBF2_9CE4_8422_2325)) {
            $0 = ($0 ^ UInt64($1)) &* 0x100_0000_01B3
        }
        let name = String(hash, radix: 16)
        return directory + "/packs/" + String(repeating: "0", count: 16 - name.count) + name + ".guide"
    }

    /// Writes the cache file whole or not at all (see `DurableFile.write`), in directories only the user
    /// can write; a cache is not worth a flush to disk. Where it cannot be written, nothing is kept.
    private func store(_ bytes: [UInt8], in file: String) {
        guard (try? DurableFile.makeDirectories(directory + "/packs")) != nil, (try? checkDirectories()) == true else { return }
        try? DurableFile.write(bytes, to: file, durable: false) { $0.hasSuffix(".guide") }
    }
}
