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
        var columns: [String] = []
        var rows: [Row] = []
        bytes.withUnsafeBufferPointer { bytes in
            var lines = Self.lines(bytes)[...]
            guard let (headerLine, header) = lines.popFirst() else {
                problems.append(ImportProblem(file: name, "the file is empty: it needs a header line naming its columns"))
                return
            }
            guard let fields = Self.fields(header) else {
                problems.append(ImportProblem(file: name, line: headerLine, "the header line is not valid UTF-8 text"))
                return
            }
            columns = fields
            let missing = required.filter { !fields.contains($0) }
            guard missing.isEmpty else {
                let quoted = missing.map { "'\($0)'" }.joined(separator: ", ")
                problems.append(
                    ImportProblem(
                        file: name, line: headerLine,
                        "no column \(quoted) in the header (it has: \(fields.joined(separator: ", ")))"))
                columns = []
                return
            }
            rows.reserveCapacity(lines.count)
            for (line, text) in lines {
                guard let fields = Self.fields(text) else {
                    problems.append(ImportProblem(file: name, line: line, "not valid UTF-8 text"))
                    continue
                }
                if let problem = Self.problem(with: fields, columns: columns) {
                    problems.append(ImportProblem(file: name, line: line, problem))
                    continue
                }
                rows.append(Row(line: line, fields: fields))
            }
        }
        self.columns = columns
        self.rows = rows
    }

    /// What is wrong with a row's fields, if anything: their number, or text a guide cannot hold (see
    /// `ContentLoader`), refused here where its line is known.
    private static func problem(with fields: [String], columns: [String]) -> String? {
        guard fields.count == columns.count else {
            return "\(fields.count) \(fields.count == 1 ? "field" : "fields") where the header has \(columns.count) columns"
        }
        for (column, field) in zip(columns, fields) {
            if ControlCharacters.any(in: field), let control = field.unicodeScalars.first(where: ControlCharacters.contains) {
                return "'\(column)' holds a control character (\(ControlCharacters.codePoint(control.value)))"
            }
            if field.utf8.count > Self.fieldBytes {
                return "'\(column)' is \(field.utf8.count) bytes long, over the limit of \(Self.fieldBytes)"
            }
        }
        return nil
    }

    /// The longest field read: a quarter of the longest text a guide holds (`ContentLoader.Limits`), so
    /// that text made of a few fields (a level's description) fits too. O*NET's longest are a few hundred.
    package static let fieldBytes = ContentLoader.Limits.textBytes / 4

    /// The position of the column named `name` among each row's fields.
    package func column(_ name: String) -> Int? { columns.firstIndex(of: name) }

    /// The non-blank lines with their numbers, without line endings (LF, CRLF) or a leading byte-order mark.
    private static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [(Int, UnsafeBufferPointer<UInt8>)] {
        var lines: [(Int, UnsafeBufferPointer<UInt8>)] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 1
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var last = end
            // CRLF, or a CR doubled by a conversion done twice.
            while last > start, bytes[last - 1] == 0x0D { last -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<last])
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 }) { lines.append((number, line)) }
            number += 1
            start = end + 1
        }
        return lines
    }

    /// A line's tab-separated fields, each without spaces around it; nil if the line is not UTF-8.
    private static func fields(_ line: UnsafeBufferPointer<UInt8>) -> [String]? {
        var fields: [String] = []
        var start = 0
        while true {
            var end = start
            while end < line.count, line[end] != 0x09 { end += 1 }
            var (first, last) = (start, end)
            while first < last, line[first] == 0x20 { first += 1 }
            while last > first, line[last - 1] == 0x20 { last -= 1 }
            guard let field = String(validating: UnsafeBufferPointer(rebasing: line[first..<last]), as: UTF8.self) else { return nil }
            fields.append(field)
            guard end < line.count else { return fields }
            start = end + 1
        }
    }
}
