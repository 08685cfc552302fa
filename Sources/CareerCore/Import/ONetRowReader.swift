/// Reads the fields of rows by column name, checking each; every problem is kept, with its file and line.
struct ONetRowReader {
    private(set) var problems: [ImportProblem] = []
    /// Rows, per file, naming an occupation that is not in the occupations' file.
    private var unknown: [(file: String, count: Int)] = []
    private var file: TabFile?

    /// The latest of the rows' dates ("Date", MM/YYYY) read so far, as (year, month).
    private var newest: (year: Int, month: Int)?

    /// "08/2024": the latest date of the rows read, where the files have a "Date" column.
    var newestDate: String? {
        newest.map { ($0.month < 10 ? "0" : "") + "\($0.month)/\($0.year)" }
    }

    /// The file's rows, read through this reader from now on.
    mutating func rows(_ file: TabFile) -> [TabFile.Row] {
        self.file = file
        if let column = file.column("Date") {
            for row in file.rows {
                let parts = row.fields[column].split(separator: "/")
                guard parts.count == 2, let month = Int(parts[0]), let year = Int(parts[1]), (1...12).contains(month) else { continue }
                if newest.map({ ($0.year, $0.month) < (year, month) }) ?? true { newest = (year, month) }
            }
        }
        return file.rows
    }

    mutating func fail(_ row: TabFile.Row, _ message: String) {
        guard problems.count < LoadLog.problemLimit else { return }
        problems.append(ImportProblem(file: file?.name ?? "", line: row.line, message))
    }

    /// The field, which may be blank (nil: nothing but white space).
    func optional(_ row: TabFile.Row, _ column: String) -> String? {
        guard let index = file?.column(column) else { return nil }
        let value = row.fields[index]
        return value.allSatisfy(\.isWhitespace) ? nil : value
    }

    /// The field, which must not be blank.
    mutating func text(_ row: TabFile.Row, _ column: String) -> String? {
        guard let value = optional(row, column) else {
            fail(row, "'\(column)' is empty")
            return nil
        }
        return value
    }

    /// An O*NET-SOC code: two digits, a hyphen, four digits, a dot, two digits ("15-2051.00").
    mutating func code(_ row: TabFile.Row, _ column: String) -> String? {
        guard let value = text(row, column) else { return nil }
        let bytes = Array(value.utf8)
        let digit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard bytes.count == 10, bytes[2] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "."),
            bytes.enumerated().allSatisfy({ $0.offset == 2 || $0.offset == 7 || digit($0.element) })
        else {
            fail(row, "'\(value.excerpt(limit: 30))' in '\(column)' is not an O*NET-SOC code (such as 15-2051.00)")
            return nil
        }
        return value
    }

    /// The row's occupation, if the occupations' file has it; a row naming another is counted and left out.
    mutating func occupation(_ row: TabFile.Row, _ known: Set<String>) -> String? {
        guard let code = code(row, ONetFile.code) else { return nil }
        guard known.contains(code) else {
            if let file { leftOut(file) }
            return nil
        }
        return code
    }

    mutating func leftOut(_ file: TabFile) {
        if unknown.last?.file == file.name { unknown[unknown.count - 1].count += 1 } else { unknown.append((file.name, 1)) }
    }

    var leftOutNotes: [String] {
        unknown.map { file, count in
            "\(file): \(count) \(count == 1 ? "row names an occupation" : "rows name occupations") not in "
                + "\(ONetFile.occupations.rawValue) (a partial download?), left out."
        }
    }

    mutating func number(_ row: TabFile.Row, _ column: String) -> Int? {
        guard let value = text(row, column) else { return nil }
        guard let number = Int(value), number >= 0 else {
            fail(row, "'\(value.excerpt(limit: 30))' in '\(column)' is not a whole number")
            return nil
        }
        return number
    }

    /// "Y" or "N".
    mutating func flag(_ row: TabFile.Row, _ column: String) -> Bool? {
        guard let value = text(row, column) else { return nil }
        switch value {
        case "Y", "y": return true
        case "N", "n": return false
        default:
            fail(row, "'\(value.excerpt(limit: 30))' in '\(column)' is neither Y nor N")
            return nil
        }
    }
}
