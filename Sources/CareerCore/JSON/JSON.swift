/// JSON to write: a value tree with keys kept in the order they were added, written pretty-printed.
/// (`JSONValue` is the other direction: JSON read from a file, with positions.)
package enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])
    /// An array made one element at a time as it is written: a long list, never held whole.
    case elements(Elements)

    package struct Elements: Sendable {
        package let count: Int
        package let element: @Sendable (Int) -> JSON

        package init(count: Int, element: @escaping @Sendable (Int) -> JSON) {
            self.count = count
            self.element = element
        }

        /// Every element, made at once.
        package var all: [JSON] { (0..<count).map(element) }
    }

    package static func == (lhs: JSON, rhs: JSON) -> Bool { lhs.serialized() == rhs.serialized() }

    /// This object with `key` set to `value`, replacing it in place or appending it.
    package func setting(_ key: String, _ value: JSON) -> JSON {
        guard case .object(var members) = self else { return self }
        if let index = members.firstIndex(where: { $0.0 == key }) {
            members[index].1 = value
        } else {
            members.append((key, value))
        }
        return .object(members)
    }

    /// The value as pretty-printed text (see `JSONWriter`).
    package func serialized() -> String {
        String(decoding: bytes(), as: UTF8.self)
    }

    /// The value as text, pretty-printed or `compact`.
    package func bytes(compact: Bool = false) -> [UInt8] {
        var writer = JSONWriter(compact: compact)
        writer.write(self)
        return writer.bytes
    }

    var isScalar: Bool {
        switch self {
        case .array, .object, .elements: false
        default: true
        }
    }
}
