/// Keeps a content pack's compiled form between runs, so that a command on a big pack reads a few
/// records of a mapped file instead of parsing and validating every file again.
///
/// The cache is a file per pack in `directory` (the user's cache directory, e.g. ~/.cache/careers),
/// named after the pack's path. It is used only when it was built from files of exactly the same size,
/// modification time and inode, by the same format; otherwise the pack is loaded and validated as
/// always, and the cache written afresh (only for a pack without problems). A cache that cannot be
/// written is simply not kept. Every record is checked when read (see `CompiledGuide`).
public struct PackCache: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The cache directory the environment names: `$XDG_CACHE_HOME/careers`, else `~/.cache/careers`;
    /// nil when neither is set (then nothing is cached).
    public static func directory(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/careers" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/careers" }
        return nil
    }

    /// The guide in the pack at `path`: from the cache when it is current, else loaded, validated and cached.
    public func catalog(directory path: String) throws(ContentProblems) -> Catalog {
        // One pack, however it is named (`pack`, `./pack/`, a link to it): one cache file, one stamp.
        let absolute = Self.absolutePath(path)
        let stamp = Self.stamp(of: path, as: absolute)
        let file = cacheFile(for: absolute)
        let rebuild: @Sendable () -> GuideFile? = {
            unlink(file)
            guard let content = try? ContentLoader.load(directory: path) else { return nil }
            return try? GuideFile(GuideBytes(GuideCompiler.compile(content, stamp: stamp ?? [])))
        }
        if let stamp, let bytes = GuideBytes(mapping: file), let compiled = try? GuideFile(bytes),
            let guide = try? CompiledGuide(compiled, rebuild: rebuild), guide.stamp == stamp
        {
            return Catalog(guide: guide)
        }
        let content = try ContentLoader.load(directory: path)
        let bytes = GuideCompiler.compile(content, stamp: stamp ?? [])
        if stamp != nil { store(bytes, in: file) }
        do {
            return Catalog(guide: try CompiledGuide(GuideFile(GuideBytes(bytes)), rebuild: rebuild))
        } catch {
            return Catalog(content)
        }
    }

    /// `path` with links and `.` and `..` resolved, or as given if it cannot be.
    static func absolutePath(_ path: String) -> String {
        realpath(path, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? path
    }

    /// The cache file of the pack at `absolute`: one per pack, named by a hash of its absolute path.
    func cacheFile(for absolute: String) -> String {
        let hash = absolute.utf8.reduce(into: UInt64(0xCBF2_9CE4_8422_2325)) {
            $0 = ($0 ^ UInt64($1)) &* 0x100_0000_01B3
        }
        let name = String(hash, radix: 16)
        return directory + "/packs/" + String(repeating: "0", count: 16 - name.count) + name + ".guide"
    }

    /// What the cache must have been built from: the directory's and each pack file's modification time
    /// and inode, and each file's size (or its absence). Nil when the pack cannot be examined.
    static func stamp(of path: String, as absolute: String) -> [UInt8]? {
        var stamp = RecordWriter()
        stamp.string(absolute)
        // The directory itself: a file added, removed or renamed in it (a stray `tip.json`) changes its time.
        var folder = stat()
        guard stat(path, &folder) == 0 else { return nil }
        let folderTime = System.modificationTime(folder)
        for number in [Int(folderTime.tv_sec), Int(folderTime.tv_nsec), Int(folder.st_ino)] { stamp.int(max(0, number)) }
        for file in ContentLoader.File.allCases {
            var info = stat()
            guard stat(ContentLoader.path(of: file, in: path), &info) == 0 else {
                guard errno == ENOENT else { return nil }
                stamp.int(0)
                continue
            }
            stamp.int(1)
            let time = System.modificationTime(info)
            for number in [Int(info.st_size), Int(time.tv_sec), Int(time.tv_nsec), Int(info.st_ino)] {
                stamp.int(max(0, number))
            }
        }
        return stamp.bytes
    }

    /// Writes the cache file whole or not at all (see `DurableFile.write`); a cache is not worth a flush
    /// to disk. Where it cannot be written, nothing is kept.
    private func store(_ bytes: [UInt8], in file: String) {
        guard (try? DurableFile.makeDirectories(directory + "/packs")) != nil else { return }
        try? DurableFile.write(bytes, to: file, durable: false) { $0.hasSuffix(".guide") }
    }
}
