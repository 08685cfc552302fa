/// JSON read into one flat list of entries in document order: a container is followed by its contents (an
/// object's as key, value, key, value …), and a string is a run of bytes, made a String only when asked
/// for. A guide's file is read this way with no object per value, and freed in one go: a tree of
/// `JSONValue`s for a 17 MB pack was a million allocations to make and as many to free.
/// Entries are numbered from 0, the root.
package final class JSONTape: Sendable {
    package enum Kind: UInt8, Sendable {
        case null, `false`, `true`, number, string, array, object
    }

    struct Entry {
        /// A number's bit pattern; a string's first byte (in `text` when `isInText`, else in `source`);
        /// the entry after a container's contents.
        var payload: UInt64
        var line: UInt32
        var column: UInt32
        /// A string's bytes; an array's elements; an object's members.
        var count: UInt32
        var kind: Kind
        var isInText: Bool
        /// A string known to be ASCII: equal only to the same bytes.
        var isASCII: Bool
    }

    /// The finished tape, read here, shared by every thread that reads it.
    private let built: Builder

    fileprivate init(_ built: Builder) {
        self.built = built
    }

    private var entries: [Entry] { built.entries }

    package func kind(_ index: Int) -> Kind { entries[index].kind }

    package func position(_ index: Int) -> TextPosition {
        TextPosition(line: Int(entries[index].line), column: Int(entries[index].column))
    }

    /// The entry after `index` and its contents.
    package func next(_ index: Int) -> Int { built.next(index) }

    /// The elements of an array, the members of an object, the bytes of a string.
    package func count(_ index: Int) -> Int { Int(entries[index].count) }

    package func number(_ index: Int) -> Double { Double(bitPattern: entries[index].payload) }

    /// The bytes of the string at `index`.
    package func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { built.withBytes(index, body) }

    package func string(_ index: Int) -> String { built.string(index) }

    /// Whether the string at `index` is `text`, as Swift compares strings (the same text in another
    /// Unicode form is equal).
    package func isString(_ index: Int, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isString(index, utf8: $0, isASCII: false) }
    }

    /// Whether the string at `index` is `key`, as Swift compares strings.
    package func isString(_ index: Int, _ key: StaticString) -> Bool {
        key.withUTF8Buffer { isString(index, utf8: $0, isASCII: key.isASCII) }
    }

    private func isString(_ index: Int, utf8: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> Bool {
        let entry = entries[index]
        // Different lengths of ASCII, the usual case, need no look at the bytes.
        if entry.isASCII, isASCII, utf8.count != Int(entry.count) { return false }
        return withBytes(index) { JSONTape.same(($0, entry.isASCII), (utf8, isASCII)) }
    }

    /// Whether two strings' bytes (each with whether it is known to be ASCII) are the same text: the same
    /// bytes, or, where either is not ASCII, equal as Strings.
    fileprivate static func same(
        _ a: (bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool), _ b: (bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool)
    ) -> Bool {
        if UnsafeRawBufferPointer(a.bytes).hasSameBytes(as: UnsafeRawBufferPointer(b.bytes)) { return true }
        func isASCII(_ text: (bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool)) -> Bool {
            text.isASCII || !text.bytes.contains { $0 >= 0x80 }
        }
        if isASCII(a) && isASCII(b) { return false }
        return String(decoding: a.bytes, as: UTF8.self) == String(decoding: b.bytes, as: UTF8.self)
    }

    /// The entries of an array's elements.
    package func elements(_ index: Int) -> [Int] {
        var elements: [Int] = []
        elements.reserveCapacity(count(index))
        var element = index + 1
        for _ in 0..<count(index) {
            elements.append(element)
            element = next(element)
        }
        return elements
    }

    /// What the value is, as a reader would call it ("a string", "an object" …).
    package func kindDescription(_ index: Int) -> String { kind(index).description }
}

extension JSONTape.Kind: CustomStringConvertible {
    /// As a reader would call it ("a string", "an object" …).
    package var description: String {
        switch self {
        case .null: "null"
        case .false, .true: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension JSONTape {
    /// Writes a tape entry by entry, in document order; a finished tape is read through it.
    struct Builder {
        private(set) var entries: [Entry] = []
        private let source: [UInt8]
        private var text: [UInt8] = []

        /// A builder for JSON read from `source` (whose strings entries may point into), room made for
        /// about `capacity` entries.
        init(source: [UInt8] = [], capacity: Int = 0) {
            self.source = source
            entries.reserveCapacity(capacity)
        }

        var count: Int { entries.count }

        mutating func append(_ kind: Kind, at position: TextPosition, payload: UInt64 = 0) {
            entries.append(
                Entry(
                    payload: payload, line: UInt32(position.line), column: UInt32(position.column), count: 0, kind: kind,
                    isInText: false, isASCII: false))
        }

        /// A string whose bytes stand in `source`; `isASCII` if they are known to be.
        mutating func appendString(at position: TextPosition, sourceBytes range: Range<Int>, isASCII: Bool) {
            append(.string, at: position, payload: UInt64(range.lowerBound))
            entries[entries.count - 1].count = UInt32(range.count)
            entries[entries.count - 1].isASCII = isASCII
        }

        /// A string of `bytes`, kept in the tape's own text.
        mutating func appendString<Bytes: Collection<UInt8>>(at position: TextPosition, _ bytes: Bytes) {
            append(.string, at: position, payload: UInt64(text.count))
            text.append(contentsOf: bytes)
            entries[entries.count - 1].count = UInt32(bytes.count)
            entries[entries.count - 1].isInText = true
        }

        /// Closes the container at `index` once its `count` elements or members are written.
        mutating func close(_ index: Int, count: Int) {
            entries[index].payload = UInt64(entries.count)
            entries[index].count = UInt32(count)
        }

        /// Whether the strings at `a` and `b` are the same text.
        func sameString(_ a: Int, _ b: Int) -> Bool {
            let (first, second) = (entries[a], entries[b])
            return withBytes(a) { a in withBytes(b) { b in JSONTape.same((a, first.isASCII), (b, second.isASCII)) } }
        }

        /// The bytes of the string at `index`.
        func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            let entry = entries[index]
            return (entry.isInText ? text : source).withUnsafeBufferPointer { buffer in
                body(UnsafeBufferPointer(rebasing: buffer[Int(entry.payload)..<Int(entry.payload) + Int(entry.count)]))
            }
        }

        func string(_ index: Int) -> String { withBytes(index) { String(decoding: $0, as: UTF8.self) } }

        /// The entry after `index` and its contents (once they are written).
        func next(_ index: Int) -> Int {
            entries[index].kind == .array || entries[index].kind == .object ? Int(entries[index].payload) : index + 1
        }

        consuming func finish() -> JSONTape { JSONTape(self) }
    }
}
