/// The files of the O*NET database's text download that an import reads, each with the columns it needs
/// (found by name) and, for the optional ones, what a pack made without it lacks.
package enum ONetFile: String, CaseIterable, Sendable {
    case occupations = "Occupation Data.txt"
    case jobZoneReference = "Job Zone Reference.txt"
    case jobZones = "Job Zones.txt"
    case tasks = "Task Statements.txt"
    case alternateTitles = "Alternate Titles.txt"
    case related = "Related Occupations.txt"
    case technology = "Technology Skills.txt"

    static let code = "O*NET-SOC Code"

    var columns: [String] {
        switch self {
        case .occupations: [Self.code, "Title", "Description"]
        case .jobZoneReference: ["Job Zone", "Name", "Experience", "Education", "Job Training"]
        case .jobZones: [Self.code, "Job Zone"]
        case .tasks: [Self.code, "Task", "Task Type"]
        case .alternateTitles: [Self.code, "Alternate Title", "Short Title"]
        case .related: [Self.code, "Related O*NET-SOC Code", "Index"]
        case .technology: [Self.code, "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"]
        }
    }

    /// Without the occupations there is nothing to import.
    var isRequired: Bool { self == .occupations }

    /// What a pack made without this file lacks.
    var absence: String {
        switch self {
        case .occupations: ""
        case .jobZoneReference: "the job zones have no names or descriptions"
        case .jobZones: "no occupation has a level"
        case .tasks: "no occupation has tasks"
        case .alternateTitles: "no occupation has other titles to find it by"
        case .related: "no occupation has related occupations"
        case .technology: "there are no skills, so match and gap have nothing to go on"
        }
    }
}

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

/// Every problem an import found, in the order found.
package struct ImportProblems: Error, Sendable {
    package let problems: [ImportProblem]

    /// `problems` in the order of the files (`ONetFile`), then of their lines.
    package init(_ problems: [ImportProblem]) {
        let order = Dictionary(uniqueKeysWithValues: ONetFile.allCases.enumerated().map { ($1.rawValue, $0) })
        self.problems = problems.enumerated().sorted { a, b in
            (order[a.element.file] ?? -1, a.element.line ?? 0, a.offset) < (order[b.element.file] ?? -1, b.element.line ?? 0, b.offset)
        }.map(\.element)
    }
}
