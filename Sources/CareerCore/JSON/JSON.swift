/// JSON to write: a value tree with keys kept in the order they were added, written pretty-printed.
/// (`JSONValue` is the other direction: JSON read from a file, with positions.)
package enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])
    /// An array made one element at a time as it is written: a long list, never held whole. A long one
    /// is made a run at a time on threads of their own (`JSONWriter`), so `element` may be called from any.
    case elements(Elements)
    /// An object or array that writes itself member by member (`JSONWriter.object`): a shape written
    /// thousands of times without a tree. Where a tree is needed, it is read back from what it writes.
    case written(Written)

    /// A value that `write` writes.
    package static func written(_ write: @escaping @Sendable (inout JSONWriter) -> Void) -> JSON {
        .written(Written(write))
    }

    package struct Written: Sendable {
        package let write: @Sendable (inout JSONWriter) -> Void

        package init(_ write: @escaping @Sendable (inout JSONWriter) -> Void) { self.write = write }

        /// The value as a tree, read back from its text.
        package var tree: JSON {
            var writer = JSONWriter(compact: true)
            write(&writer)
            // Shapes are code: their keys are distinct constants, their depth a few levels, so the text
            // the writer makes of them always reads back; anything else is a mistake in a shape.
            return JSON(try! JSONParser.parse(writer.bytes))
        }
    }

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
        if case .written(let written) = self { return written.tree.setting(key, value) }
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
        case .array, .object, .elements, .written: false
        default: true
        }
    }
}

extension JSON {
    /// A parsed value as a value to write.
    init(_ value: JSONValue) {
        switch value.storage {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .string(let string): self = .string(string)
        case .array(let elements): self = .array(elements.map(JSON.init))
        case .object(let members): self = .object(members.map { ($0.key, JSON($0.value)) })
        }
    }
}
