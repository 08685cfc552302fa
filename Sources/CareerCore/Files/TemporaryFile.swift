/// A file written beside the one it will replace, which a killed process cannot leave behind for long.
///
/// On Linux it is an unnamed file (`O_TMPFILE`) while it is written: a process killed then leaves
/// nothing. It gets a name, `.NAME.` and six random letters or digits (`.progress.json.x7Gq2a`), only
/// for the moment of the rename over the target; where the file system has no unnamed files it has that
/// name from the start. Such names older than a minute, which only a process killed while writing
/// leaves, are removed whenever a file is written in the directory.
struct TemporaryFile {
    let descriptor: Int32
    private let target: String
    /// The temporary name, once the file has one.
    private var name: String?

    /// A new, empty file for the one at `target`, readable and writable by the owner only. `isOurs` says
    /// which other names in the directory are files this program writes, whose stale temporary files go.
    init(replacing target: String, isOurs: (String) -> Bool) throws(DurableFile.Failure) {
        self.target = target
        let directory = DurableFile.directory(of: target)
        Self.removeStale(in: directory, isOurs: isOurs)
        #if os(Linux) && (arch(x86_64) || arch(arm64))
            // A name is given through /proc/self/fd (linkat with AT_EMPTY_PATH would need a privilege).
            if FileSystem.isExecutable("/proc/self/fd"),
                let unnamed = Descriptors.open(directory, Self.unnamedFile | O_WRONLY | O_CLOEXEC, permissions: 0o600)
            {
                descriptor = unnamed
                return
            }
        #endif
        let (descriptor, name) = try Self.withFreshName(beside: target) { name in
            Descriptors.open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, permissions: 0o600) ?? -1
        }
        self.descriptor = descriptor
        self.name = name
    }

    #if os(Linux) && (arch(x86_64) || arch(arm64))
        /// O_TMPFILE, which Glibc's module does not export: __O_TMPFILE | O_DIRECTORY on these architectures.
        private static let unnamedFile: Int32 = 0o2000_0000 | O_DIRECTORY
    #endif

    /// Closes the written file and renames it over the target: the target is then the old file or this
    /// one, never part of either. On failure nothing is left behind.
    mutating func commit() throws(DurableFile.Failure) {
        if name == nil {
            let path = "/proc/self/fd/\(descriptor)"
            do {
                name = try Self.withFreshName(beside: target) { FileSystem.link(path, as: $0) ? 0 : -1 }.name
            } catch {
                discard()
                throw error
            }
        }
        guard Descriptors.close(descriptor), let name, FileSystem.rename(name, to: target) else {
            let failure = DurableFile.Failure(target)
            discard(closing: false)
            throw failure
        }
    }

    /// Closes the file and removes its name, if it has one.
    func discard(closing: Bool = true) {
        if closing { Descriptors.close(descriptor) }
        if let name { FileSystem.remove(name) }
    }

    /// Makes something at a fresh temporary name beside `target` with `make` (a descriptor, or 0, on
    /// success; -1 with `SystemError.last` set on failure), trying another name while the name is taken.
    private static func withFreshName(
        beside target: String, _ make: (String) -> Int32
    ) throws(DurableFile.Failure) -> (descriptor: Int32, name: String) {
        let prefix = DurableFile.directory(of: target) + "/." + DurableFile.name(of: target) + "."
        for _ in 0..<100 {
            let name = prefix + String((0..<6).map { _ in letters.randomElement()! })
            let result = make(name)
            if result >= 0 { return (result, name) }
            guard SystemError.last == EEXIST else { throw DurableFile.Failure(name) }
        }
        throw DurableFile.Failure(target, EEXIST)
    }

    private static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    /// Whether `entry` is a temporary name `withFreshName` gives, for a file `isOurs` accepts.
    static func isTemporary(_ entry: String, isOurs: (String) -> Bool) -> Bool {
        let parts = entry.utf8
        guard parts.count > 8, parts.first == UInt8(ascii: "."), parts.dropLast(6).last == UInt8(ascii: ".") else {
            return false
        }
        let random = entry.utf8.suffix(6)
        guard random.allSatisfy({ byte in letters.contains { $0.asciiValue == byte } }) else { return false }
        return isOurs(String(decoding: parts.dropFirst().dropLast(7), as: UTF8.self))
    }

    /// Removes the temporary files of ours in `directory` last changed over a minute ago: a writer that
    /// is still running touched its file moments ago.
    private static func removeStale(in directory: String, isOurs: (String) -> Bool) {
        guard let names = FileSystem.entries(of: directory) else { return }
        let now = Clock.now()
        for name in names where isTemporary(name, isOurs: isOurs) {
            let path = directory + "/" + name
            if let info = FileSystem.status(path, followLinks: false), FileKind(info) == .regular,
                System.modificationTime(info).tv_sec < now - 60
            {
                FileSystem.remove(path)
            }
        }
    }
}
