/// A tab-separated text file as databases such as O*NET publish them: a header line naming the columns,
/// then one row per line. Columns are found by their names, never their positions, so that a release
/// which adds or reorders columns still reads. A row that cannot be trusted (invalid UTF-8, the wrong
/// number of fields) is reported with its line and left out; reading goes on, so that every problem of a
/// file is found in one run.
package struct TabFile: Sendable {
    /// One line of data: its fields in the order of `TabFile.columns`, trimmed.
    package struct Row: Sendable {
        package let line: Int
        package let fields: [String]
    }

    /// The file's name, for problems ("Occupation Data.txt").
    package let name: String
    /// The header's column names.
    package let columns: [String]
    package let rows: [Row]

    /// Reads `bytes`, which must have every column of `required`; problems go to `problems`.
    package init(name: String, bytes: [UInt8], required: [String], problems: inout [ImportProblem]) {
        self.name = name
        var lines = Self.lines(bytes)
        guard let (headerLine, header) = lines.first else {
            problems.append(ImportProblem(file: name, "the file is empty: it needs a header line naming its columns"))
            columns = []
            rows = []
            return
        }
        lines.removeFirst()
        guard let headerText = String(validating: header, as: UTF8.self) else {
            problems.append(ImportProblem(file: name, line: headerLine, "the header line is not valid UTF-8 text"))
            columns = []
            rows = []
            return
        }
        let columns = Self.fields(Substring(headerText))
        self.columns = columns
        let missing = required.filter { !columns.contains($0) }
        guard missing.isEmpty else {
            let quoted = missing.map { "'\($0)'" }.joined(separator: ", ")
            problems.append(
                ImportProblem(
                    file: name, line: headerLine,
                    "no column \(quoted) in the header (it has: \(columns.joined(separator: ", ")))"))
            rows = []
            return
        }
        var rows: [Row] = []
        rows.reserveCapacity(lines.count)
        for (line, bytes) in lines {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                problems.append(ImportProblem(file: name, line: line, "not valid UTF-8 text"))
                continue
            }
            let fields = Self.fields(Substring(text))
            guard fields.count == columns.count else {
                problems.append(
                    ImportProblem(
                        file: name, line: line,
                        "\(fields.count) \(fields.count == 1 ? "field" : "fields") where the header has \(columns.count) columns"))
                continue
            }
            // Text a guide cannot hold (see ContentLoader) is refused here, where its line is known.
            if let (column, field) = zip(columns, fields).first(where: { ControlCharacters.any(in: $0.1) }),
                let control = field.unicodeScalars.first(where: ControlCharacters.contains)
            {
                problems.append(
                    ImportProblem(
                        file: name, line: line,
                        "'\(column)' holds a control character (\(ControlCharacters.codePoint(control.value)))"))
                continue
            }
            if let (column, field) = zip(columns, fields).first(where: { $0.1.utf8.count > ContentLoader.Limits.textBytes }) {
                problems.append(
                    ImportProblem(
                        file: name, line: line,
                        "'\(column)' is \(field.utf8.count) bytes long, over the limit of \(ContentLoader.Limits.textBytes)"))
                continue
            }
            rows.append(Row(line: line, fields: fields))
        }
        self.rows = rows
    }

    /// The position of the column named `name` among each row's fields.
    package func column(_ name: String) -> Int? { columns.firstIndex(of: name) }

    /// The non-blank lines with their numbers, without line endings (LF or CRLF) or a leading byte-order mark.
    private static func lines(_ bytes: [UInt8]) -> [(Int, ArraySlice<UInt8>)] {
        var lines: [(Int, ArraySlice<UInt8>)] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 1
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var line = bytes[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 }) { lines.append((number, line)) }
            number += 1
            start = end + 1
        }
        return lines
    }

    private static func fields(_ line: Substring) -> [String] {
        line.split(separator: "\t", omittingEmptySubsequences: false).map { field in
            String(field.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }
    }
}
