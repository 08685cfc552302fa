/// Something wrong with a database being imported, where it is: "Task Statements.txt:12: …".
package struct ImportProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's name in the database's directory.
    package let file: String
    /// The line, from 1; nil for a problem with the whole file.
    package let line: Int?
    package let message: String

    package init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    package var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// Every problem an import found, in the order of the files, then of their lines.
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
