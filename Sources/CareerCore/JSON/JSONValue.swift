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
        let kind: JSONTape.Kind =
            switch storage {
            case .null: .null
            case .bool(let flag): flag ? .true : .false
            case .number: .number
            case .string: .string
            case .array: .array
            case .object: .object
            }
        return kind.description
    }
}

extension JSONValue {
    /// The value at `index` of `tape` (by default its root), as a tree.
    init(_ tape: JSONTape, _ index: Int = 0) {
        let storage: Storage
        switch tape.kind(index) {
        case .null: storage = .null
        case .false: storage = .bool(false)
        case .true: storage = .bool(true)
        case .number: storage = .number(tape.number(index))
        case .string: storage = .string(tape.string(index))
        case .array: storage = .array(tape.elements(index).map { JSONValue(tape, $0) })
        case .object:
            var members: [(key: String, value: JSONValue)] = []
            members.reserveCapacity(tape.count(index))
            var key = index + 1
            for _ in 0..<tape.count(index) {
                members.append((tape.string(key), JSONValue(tape, key + 1)))
                key = tape.next(key + 1)
            }
            storage = .object(members)
        }
        self.init(storage: storage, position: tape.position(index))
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
