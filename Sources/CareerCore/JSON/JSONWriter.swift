/// Writes JSON as pretty-printed text into bytes: two-space indents, one member or element a line,
/// and an array of plain values on one line where that line fits in 100 columns. Or, `compact`, with
/// no space at all: the form a compiled guide keeps its foundations and levels in.
///
/// It writes a `JSON` tree, or a value member by member as a program walks its own data (`object`,
/// `member`, `array`): a list of thousands of items is then written without building a tree of any.
///
/// Fast where it matters at scale: a string's runs that need no escape are copied whole into a buffer of
/// its own (appending to an array went through the generic copy for every few bytes), and nothing is
/// built per nesting level. Given `flush`, the writer hands it what is written once 64 KiB gather between
/// the elements of a `.elements` array, so a long list streams as it is made, a run at a time.
package struct JSONWriter {
    private let buffer = ByteBuffer()
    private let flush: ((UnsafeRawBufferPointer) -> Void)?
    private let isCompact: Bool
    /// The indent of the innermost open object or array's members.
    private var indent = 0
    /// How many members or elements the innermost open object or array has so far.
    private var written = 0
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

    /// `value` as a whole document, ending with a line break, then hands what is left to `flush`.
    package mutating func writeDocument(_ value: JSON) {
        write(value)
        append("\n")
        flushAll()
    }

    // MARK: Member by member

    /// An object whose members `members` writes with `member`.
    package mutating func object(_ members: (inout JSONWriter) -> Void) {
        container(open: "{", close: "}", members)
    }

    /// A member of the object being written: `key` and a value.
    package mutating func member(_ key: StaticString, _ value: JSON) {
        self.key(key)
        write(value)
    }

    /// A member of the object being written whose value `value` writes (an object or an array).
    package mutating func member(_ key: StaticString, _ value: (inout JSONWriter) -> Void) {
        self.key(key)
        value(&self)
    }

    /// An array of objects or arrays, one line each (never on one line, as plain values may be): `count`
    /// elements, each written by `element` given its index. (An index, not a sequence: the writer is used
    /// from another module, where a generic sequence would be iterated through its witness table.)
    package mutating func array(count: Int, _ element: (inout JSONWriter, Int) -> Void) {
        container(open: "[", close: "]") { writer in
            for index in 0..<count {
                writer.nextLine()
                element(&writer, index)
            }
        }
    }

    /// An object or array whose contents `contents` writes, each member or element after `nextLine`.
    private mutating func container(open: StaticString, close: StaticString, _ contents: (inout JSONWriter) -> Void) {
        append(open)
        let (outerIndent, outerWritten) = (indent, written)
        (indent, written) = (indent + 2, 0)
        contents(&self)
        let isEmpty = written == 0
        (indent, written) = (outerIndent, outerWritten)
        if !isEmpty && !isCompact {
            var next = buffer.extend(by: 1 + indent)
            Self.lineBreak(&next, indent: indent)
        }
        append(close)
    }

    /// Where the next member or element begins: after a comma, on a line of its own.
    private mutating func nextLine() {
        var next = buffer.extend(by: separatorLength)
        separate(&next)
    }

    /// A member's key: a constant of plain ASCII, which needs no escape. Written with its separator in
    /// one go, as the most frequent thing the writer writes.
    private mutating func key(_ key: StaticString) {
        let length = key.utf8CodeUnitCount
        var next = buffer.extend(by: separatorLength + length + (isCompact ? 3 : 4))
        separate(&next)
        next[0] = UInt8(ascii: "\"")
        (next + 1).update(from: key.utf8Start, count: length)
        next += 1 + length
        (next[0], next[1]) = (UInt8(ascii: "\""), UInt8(ascii: ":"))
        if !isCompact { next[2] = UInt8(ascii: " ") }
    }

    /// The bytes `separate` writes.
    private var separatorLength: Int { (written > 0 ? 1 : 0) + (isCompact ? 0 : 1 + indent) }

    /// A comma after a member or element, then a line break and the indent; moves `next` past them.
    private mutating func separate(_ next: inout UnsafeMutablePointer<UInt8>) {
        if written > 0 {
            next[0] = UInt8(ascii: ",")
            next += 1
        }
        if !isCompact { Self.lineBreak(&next, indent: indent) }
        written += 1
    }

    /// A line break and `indent` spaces; moves `next` past them.
    private static func lineBreak(_ next: inout UnsafeMutablePointer<UInt8>, indent: Int) {
        next[0] = UInt8(ascii: "\n")
        (next + 1).update(repeating: UInt8(ascii: " "), count: indent)
        next += 1 + indent
    }

    // MARK: A tree

    /// `value`, where a value is due (after a key, or as an element after `nextLine`).
    package mutating func write(_ value: JSON) {
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
            if isCompact || elements.allSatisfy(\.isScalar), writeOnOneLine(elements) { return }
            array(count: elements.count) { writer, index in writer.write(elements[index]) }
        case .elements(let elements):
            container(open: "[", close: "]") { writer in writer.writeElements(elements) }
        case .object(let members):
            object { writer in
                for (key, member) in members {
                    writer.nextLine()
                    writer.quote(key)
                    writer.append(writer.isCompact ? ":" : ": ")
                    writer.write(member)
                }
            }
        case .written(let value): value.write(&self)
        }
    }

    /// A long list's elements, a run at a time, each run written on a thread of its own into bytes of its
    /// own, two runs at a time, while this thread hands the run before them to `flush` (which may wait on
    /// a pipe) or, with none, copies it in place: on two cores, both keep busy making JSON. At most three
    /// runs are held at a time. A short list is written here.
    private mutating func writeElements(_ elements: JSON.Elements) {
        guard elements.count > Self.run else { return writeRun(elements, 0..<elements.count) }
        let (compact, indent) = (isCompact, indent)
        func made(_ run: Int) -> BackgroundWork<ByteBuffer>? {
            let start = run * Self.run
            guard start < elements.count else { return nil }
            return BackgroundWork {
                var writer = JSONWriter(compact: compact)
                // After the elements before it: its first element starts with a comma unless it is the first.
                (writer.indent, writer.written) = (indent, start)
                writer.writeRun(elements, start..<min(start + Self.run, elements.count))
                return writer.buffer
            }
        }
        var making = [made(0), made(1)].compactMap { $0 }
        var next = making.count
        while !making.isEmpty {
            let done = making.removeFirst()
            if let more = made(next) {
                making.append(more)
                next += 1
            }
            let run = done.value
            withExtendedLifetime(run) {
                if let flush {
                    // Handed over where it lies, after what this thread has written: the run is not copied.
                    flushAll()
                    flush(UnsafeRawBufferPointer(run.written))
                } else {
                    buffer.append(run.written)
                }
            }
        }
        written += elements.count
    }

    /// How many elements of a long list are written at a time (a few hundred items of a large guide).
    static let run = 256

    /// The elements at `indexes`; after each, what is written is flushed once there is enough.
    private mutating func writeRun(_ elements: JSON.Elements, _ indexes: Range<Int>) {
        for index in indexes {
            nextLine()
            write(elements.element(index))
            flushIfFull()
        }
    }

    private mutating func flushIfFull() {
        if buffer.count >= Self.flushSize { flushAll() }
    }

    /// Hands what is written to `flush`, if there is one, and forgets it.
    private mutating func flushAll() {
        guard let flush else { return }
        flush(UnsafeRawBufferPointer(buffer.written))
        buffer.count = 0
    }

    /// `[a, b, c]`, if it fits in the line width after the indent; otherwise writes nothing.
    private mutating func writeOnOneLine(_ elements: [JSON]) -> Bool {
        let start = buffer.count
        append("[")
        for (index, element) in elements.enumerated() {
            if index > 0 { append(isCompact ? "," : ", ") }
            write(element)
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

    private mutating func append(text: String) {
        var text = text
        text.withUTF8 { buffer.append($0) }
    }

    /// A constant's bytes, copied whole.
    @inline(__always) private mutating func append(_ text: StaticString) {
        buffer.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
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

    @inline(__always) func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    @inline(__always) func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Room for `more` bytes, counted as written: where they go, for the caller to fill.
    @inline(__always) func extend(by more: Int) -> UnsafeMutablePointer<UInt8> {
        reserve(more)
        defer { count += more }
        return storage + count
    }

    @inline(__always) private func reserve(_ more: Int) {
        if count + more > capacity { grow(more) }
    }

    private func grow(_ more: Int) {
        let grown = max(capacity * 2, count + more)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity = grown
    }
}
