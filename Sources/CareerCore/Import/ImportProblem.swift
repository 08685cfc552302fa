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
