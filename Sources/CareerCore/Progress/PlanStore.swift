/// Where the plan is kept, and the only code that reads or writes it.
///
/// The file is `progress.json` in the state directory. Reading never writes: a missing file is an
/// empty plan. Changing it takes a lock, reads the file again under the lock, changes it and writes it
/// atomically and durably, so that concurrent changes are all kept. A file that cannot be read is never
/// overwritten: only `reset` moves it aside, to a backup beside it.
package struct PlanStore: Sendable {
    /// The directory that holds `progress.json`.
    package let directory: String

    /// The most a plan file may hold: far more than any person's marks.
    static let sizeLimit = 8 << 20

    package init(directory: String) {
        var directory = directory
        while directory.count > 1, directory.hasSuffix("/") { directory.removeLast() }
        self.directory = directory
    }

    /// The store `environment` points to: `CAREERS_STATE_DIR`, else `$XDG_STATE_HOME/careers`, else
    /// `$HOME/.local/state/careers`; nil when none of them is set. (A relative XDG_STATE_HOME is
    /// ignored, as the XDG specification asks.)
    package static func locate(environment: [String: String]) -> PlanStore? {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let directory = value("CAREERS_STATE_DIR") { return PlanStore(directory: directory) }
        if let state = value("XDG_STATE_HOME"), state.hasPrefix("/") { return PlanStore(directory: state + "/careers") }
        if let home = value("HOME") { return PlanStore(directory: home + "/.local/state/careers") }
        return nil
    }

    /// The key plans are kept under for a guide: `bundled` for the guide built in, else the canonical
    /// absolute path of the pack's directory, so that `my-guide`, `./my-guide/` and its full path agree.
    package static func guideKey(directory: String?) -> String {
        guard let directory else { return PlanFile.bundledGuide }
        return FileSystem.canonicalPath(directory) ?? directory
    }

    package var file: String { directory + "/progress.json" }
    private var lockFile: String { file + ".lock" }

    /// The saved plans; empty when there is no file yet.
    package func read() throws(PlanStoreError) -> PlanFile {
        try plan(from: try readBytes())
    }

    /// The file's bytes, or nil when there is none. It must be a regular file, not a link: a write
    /// replaces the file, so a link would be read and then lost.
    private func readBytes() throws(PlanStoreError) -> [UInt8]? {
        do {
            return try FileBytes.read(file, limit: Self.sizeLimit, followLinks: false)
        } catch .notFound {
            return nil
        } catch {
            throw .unreadable(file: file, reason: error.reason)
        }
    }

    private func plan(from bytes: [UInt8]?) throws(PlanStoreError) -> PlanFile {
        guard let bytes else { return PlanFile() }
        do {
            return try PlanFile(json: bytes)
        } catch {
            throw .damaged(file: file, error)
        }
    }

    /// Applies `change` to the saved plans and saves them, holding the lock from reading to writing,
    /// after keeping the file as it was as `progress.json.bak` (one generation). Returns the plans as
    /// saved. Nothing is written when nothing changes.
    @discardableResult
    package func update(_ change: (inout PlanFile) -> Void) throws(PlanStoreError) -> PlanFile {
        let lock = try lock()
        defer { lock.release() }
        let bytes = try readBytes()
        let old = try plan(from: bytes)
        var new = old
        change(&new)
        guard new != old else { return old }
        do {
            if let bytes { try DurableFile.write(bytes, to: backupFile, isOurs: Self.isOurs) }
            try DurableFile.write(Array(new.json.utf8), to: file, isOurs: Self.isOurs)
        } catch {
            throw .unwritable(file: file, reason: error.path == backupFile ? "\(error.path): \(error.reason)" : error.reason)
        }
        return new
    }

    /// The previous plan file, kept by each change.
    package var backupFile: String { file + ".bak" }

    /// The files the store writes: the plan and its backup.
    private static func isOurs(_ name: String) -> Bool { name == "progress.json" || name == "progress.json.bak" }

    /// Moves the file aside, whatever state it is in, to a backup beside it, and returns the backup's
    /// path; nil when there is no file.
    package func reset() throws(PlanStoreError) -> String? {
        guard DurableFile.exists(file) else { return nil }  // nothing to do, and nothing to create
        let lock = try lock()
        defer { lock.release() }
        guard DurableFile.exists(file) else { return nil }
        let backup = backupPath()
        do {
            try DurableFile.move(file, to: backup)
        } catch {
            throw .unwritable(file: file, reason: "cannot move it to \(backup): \(error.reason)")
        }
        return backup
    }

    /// Makes the directory if needed and takes the lock.
    private func lock() throws(PlanStoreError) -> DurableFile.Lock {
        do {
            try DurableFile.makeDirectories(directory)
            return try DurableFile.Lock(lockFile)
        } catch {
            throw .unwritable(file: file, reason: "\(error.path): \(error.reason)")
        }
    }

    /// `progress.json.20250131-142501.bak`, or with `-2`, `-3` … when that name is taken.
    private func backupPath() -> String {
        let stamp = Clock.localTime("%Y%m%d-%H%M%S")
        var candidate = "\(file).\(stamp).bak"
        var number = 2
        while DurableFile.exists(candidate) {
            candidate = "\(file).\(stamp)-\(number).bak"
            number += 1
        }
        return candidate
    }
}
