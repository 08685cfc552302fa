/// The O*NET database's text files, read and checked: every problem of every file is found in one run.
package struct ONetDatabase: Sendable {
    /// The files read, by name; an optional file that is absent is not here.
    package let files: [ONetFile: TabFile]
    /// The optional files that were absent.
    package let missing: [ONetFile]
    /// The rows that could not be read (each left out), for the import to report with its own.
    let problems: [ImportProblem]

    /// Bounds on what is read, so that no directory can exhaust memory: the largest file of release 29.2
    /// is about 5 MB.
    package static let fileBytes = 64 << 20

    /// Reads the files in `directory`; `progress` hears each file's name as it is read.
    package init(directory: String, progress: (String) -> Void = { _ in }) throws(ImportProblems) {
        guard let info = FileSystem.status(directory) else {
            throw ImportProblems([ImportProblem(file: directory, "cannot read the directory: \(SystemError.message(SystemError.last))")])
        }
        guard FileKind(info) == .directory else {
            throw ImportProblems([ImportProblem(file: directory, "not a directory: give the directory of the O*NET text files")])
        }
        var bytes: [ONetFile: [UInt8]] = [:]
        var problems: [ImportProblem] = []
        for file in ONetFile.allCases {
            progress(file.rawValue)
            let path = directory.hasSuffix("/") ? directory + file.rawValue : directory + "/" + file.rawValue
            do {
                bytes[file] = try FileBytes.read(path, limit: Self.fileBytes)
            } catch .notFound where !file.isRequired {
                continue
            } catch {
                let hint = error == .notFound ? " (the O*NET database's text files belong in the directory)" : ""
                problems.append(ImportProblem(file: file.rawValue, "cannot read the file: \(error.reason)\(hint)"))
            }
        }
        guard problems.isEmpty else { throw ImportProblems(problems) }
        try self.init(bytes: bytes)
    }

    /// The database from each file's bytes; an optional file absent from `bytes` is missing.
    package init(bytes: [ONetFile: [UInt8]]) throws(ImportProblems) {
        var files: [ONetFile: TabFile] = [:]
        var problems: [ImportProblem] = []
        for file in ONetFile.allCases {
            guard let contents = bytes[file] else { continue }
            files[file] = TabFile(name: file.rawValue, bytes: contents, required: file.columns, problems: &problems)
        }
        // A file that cannot be read at all leaves nothing to check the others against.
        guard files[.occupations] != nil else {
            throw ImportProblems(problems + [ImportProblem(file: ONetFile.occupations.rawValue, "the file is missing")])
        }
        if problems.contains(where: { $0.line == nil }) { throw ImportProblems(problems) }
        self.files = files
        self.missing = ONetFile.allCases.filter { bytes[$0] == nil }
        self.problems = problems
    }
}
