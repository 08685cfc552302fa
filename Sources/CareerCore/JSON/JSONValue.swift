/// A parsed JSON value that remembers where it stood in its file, so that errors can point at it.
package struct JSONValue: Sendable {
    package enum Storage: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONValue])
        /// Members in file order; duplicate keys are rejected by the parser.
        case object([(key: String, value: JSONValue)])
    }

    package let storage: Storage
    package let position: TextPosition

    /// Whether the value is the string `text`.
    func isString(_ text: String) -> Bool {
        if case .string(let string) = storage { string == text } else { false }
    }

    /// What the value is, as a reader would call it ("a string", "an object" …).
    package var kindDescription: String {
        switch storage {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A 1-based line and column in a text file.
package struct TextPosition: Hashable, Sendable, CustomStringConvertible {
    package let line: Int
    package let column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package var description: String { "\(line):\(column)" }
}
