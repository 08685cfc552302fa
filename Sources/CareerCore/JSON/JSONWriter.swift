/// Writes `JSON` as pretty-printed text into bytes: two-space indents, one member or element a line,
/// and an array of plain values on one line where that line fits in 100 columns. Or, `compact`, with
/// no space at all: the form a compiled guide keeps its foundations and levels in.
///
/// Fast where it matters at scale: a string's runs that need no escape are copied whole into a buffer of
/// its own (appending to an array went through the generic copy for every few bytes), and nothing is
/// built per nesting level. Given `flush`, the writer hands it the bytes written so far after each element
/// of a `.elements` array, so a long list streams item by item and only one item is held at a time.
package struct JSONWriter {
    private let buffer = ByteBuffer()
    private let flush: ((UnsafeRawBufferPointer) -> Void)?
    private let isCompact: Bool
    /// How many bytes gather before `flush` is called.
    private static let flushSize = 1 << 16
    /// The widest line that keeps an array of plain values on one line.
    private static let lineWidth = 100

    package init(compact: Bool = false, flush: ((UnsafeRawBufferPointer) -> Void)? = nil) {
        self.flush = flush
        isCompact = compact
    }

    /// What has been written and not yet flushed.
    package var bytes: [UInt8] { Array(buffer.written) }

    package mutating func write(_ value: JSON, indent: Int = 0) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .number(let number):
            if let whole = Int(exactly: number) {
                append(text: String(whole))
            } else {
                append(text: number.isFinite ? String(number) : "null")
            }
        case .string(let string): quote(string)
        case .array(let elements):
            if elements.isEmpty { return append("[]") }
            if isCompact || elements.allSatisfy(\.isScalar), writeOnOneLine(elements, indent: indent) { return }
            writeLines(open: "[", close: "]", count: elements.count, indent: indent) { writer, index, inner in
                writer.write(elements[index], indent: inner)
            }
        case .elements(let elements):
            if elements.count == 0 { return append("[]") }
            writeLines(open: "[", close: "]", count: elements.count, indent: indent) { writer, index, inner in
                writer.write(elements.element(index), indent: inner)
                if let flush = writer.flush, writer.buffer.count >= Self.flushSize {
                    flush(UnsafeRawBufferPointer(writer.buffer.written))
                    writer.buffer.count = 0
                }
            }
        case .object(let members):
            if members.isEmpty { return append("{}") }
            writeLines(open: "{", close: "}", count: members.count, indent: indent) { writer, index, inner in
                writer.quote(members[index].0)
                writer.append(writer.isCompact ? ":" : ": ")
                writer.write(members[index].1, indent: inner)
            }
        }
    }

    /// `value` as a whole document, ending with a line break, then hands what is left to `flush`.
    package mutating func writeDocument(_ value: JSON) {
        write(value)
        append("\n")
        guard let flush else { return }
        flush(UnsafeRawBufferPointer(buffer.written))
        buffer.count = 0
    }

    /// `[a, b, c]`, if it fits in the line width after `indent`; otherwise writes nothing.
    private mutating func writeOnOneLine(_ elements: [JSON], indent: Int) -> Bool {
        let start = buffer.count
        append("[")
        for (index, element) in elements.enumerated() {
            if index > 0 { append(isCompact ? "," : ", ") }
            write(element, indent: indent)
        }
        append("]")
        if isCompact { return true }
        let line = UnsafeBufferPointer(rebasing: buffer.written[start...])
        // Columns are characters, as a terminal shows them.
        let width = line.allSatisfy { $0 < 0x80 } ? line.count : String(decoding: line, as: UTF8.self).count
        if width + indent <= Self.lineWidth { return true }
        buffer.count = start
        return false
    }

    private mutating func writeLines(
        open: StaticString, close: StaticString, count: Int, indent: Int, _ element: (inout JSONWriter, Int, Int) -> Void
    ) {
        append(open)
        for index in 0..<count {
            if isCompact {
                if index > 0 { append(",") }
            } else {
                append(index == 0 ? "\n" : ",\n")
                spaces(indent + 2)
            }
            element(&self, index, indent + 2)
        }
        if !isCompact {
            append("\n")
            spaces(indent)
        }
        append(close)
    }

    private mutating func append(text: String) {
        var text = text
        text.withUTF8 { buffer.append($0) }
    }

    /// A constant's bytes, copied whole.
    private mutating func append(_ text: StaticString) {
        buffer.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static let blanks = [UInt8](repeating: UInt8(ascii: " "), count: 128)

    private mutating func spaces(_ count: Int) {
        var count = count
        while count > 0 {
            let run = min(count, Self.blanks.count)
            Self.blanks.withUnsafeBufferPointer { buffer.append(UnsafeBufferPointer(rebasing: $0[..<run])) }
            count -= run
        }
    }

    /// `string` in double quotes, with quotes, backslashes and control characters (`ControlCharacters`)
    /// escaped, so that the result is safe in a terminal too.
    private mutating func quote(_ string: String) {
        buffer.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var run = 0  // where the bytes not yet copied begin
            var position = 0
            while position < utf8.count {
                // Eight bytes at a time while none needs a look of its own (most text is plain ASCII).
                position = ByteWord.skip(utf8, from: position, while: { $0.isPlainJSONText })
                guard position < utf8.count else { break }
                let byte = utf8[position]
                if byte >= 0x80 {
                    // A scalar of several bytes: copied with its run unless it is a control character.
                    let (scalar, length) = Self.scalar(in: utf8, at: position)
                    if ControlCharacters.contains(scalar) {
                        buffer.append(UnsafeBufferPointer(rebasing: utf8[run..<position]))
                        escape(scalar.value)
                        run = position + length
                    }
                    position += length
                    continue
                }
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0x7F {
                    position += 1
                    continue
                }
                buffer.append(UnsafeBufferPointer(rebasing: utf8[run..<position]))
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case UInt8(ascii: "\n"): append("\\n")
                case UInt8(ascii: "\r"): append("\\r")
                case UInt8(ascii: "\t"): append("\\t")
                default: escape(UInt32(byte))
                }
                position += 1
                run = position
            }
            buffer.append(UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// `\u00XX`; beyond U+FFFF (a tag character), as a surrogate pair: JSON escapes have four digits.
    private mutating func escape(_ code: UInt32) {
        let units = code > 0xFFFF ? [0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)] : [code]
        for unit in units {
            let hex = String(unit, radix: 16)
            append(text: "\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        }
    }

    /// The scalar whose first byte is at `position` of valid UTF-8, and its length in bytes.
    private static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at position: Int) -> (Unicode.Scalar, Int) {
        let lead = utf8[position]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(utf8[position + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

/// The bytes a `JSONWriter` has written: a growing buffer that copies runs with `memcpy`. A class, so
/// that the writer (a struct) can be copied around without copying what it holds. Its fields are read and
/// set on every append; none is ever passed inout, so the run-time exclusivity check is left out.
private final class ByteBuffer {
    @exclusivity(unchecked) private var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 12)
    @exclusivity(unchecked) private var capacity = 1 << 12
    /// How many bytes are written; lowering it forgets those past it.
    @exclusivity(unchecked) var count = 0

    deinit { storage.deallocate() }

    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    private func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        let grown = max(capacity * 2, count + more)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity = grown
    }
}
