/// A small, strict JSON parser (RFC 8259) that records the position of every value.
/// It stands in for Foundation's JSONDecoder, which would cost start-up time and give no line numbers.
struct JSONParser {
    struct Failure: Error {
        let message: String
        let position: TextPosition
    }

    /// The text, read in place: every index is checked against `count` before it is read.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var tape: JSONTape.Builder

    private init(_ bytes: UnsafeBufferPointer<UInt8>, source: [UInt8]) {
        self.bytes = bytes
        // About one value for every ten bytes of a guide's file.
        tape = JSONTape.Builder(source: source, capacity: source.count / 10)
    }

    /// `bytes` as a tree of values.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        JSONValue(try tape(bytes))
    }

    /// `bytes` as a tape (`JSONTape`), whose strings are read from `bytes` in place.
    static func tape(_ bytes: [UInt8]) throws(Failure) -> JSONTape {
        let parsed = bytes.withUnsafeBufferPointer { buffer -> Result<JSONTape, Failure> in
            var parser = JSONParser(buffer, source: bytes)
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }  // UTF-8 byte order mark
            do throws(Failure) {
                parser.skipWhitespace()
                guard parser.index < buffer.count else { throw parser.failure("no value at all (an empty file)") }
                try parser.parseValue(depth: 0)
                parser.skipWhitespace()
                guard parser.index == buffer.count else { throw parser.failure("unexpected text after the JSON value") }
                return .success(parser.tape.finish())
            } catch {
                return .failure(error)
            }
        }
        return try parsed.get()
    }

    private var position: TextPosition { TextPosition(line: line, column: index - lineStart + 1) }

    private func failure(_ message: String) -> Failure {
        Failure(message: message, position: position)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            default:
                return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(Failure) {
        skipWhitespace()
        guard depth < 100 else { throw failure("values are nested too deeply") }
        guard index < bytes.count else { throw failure("unexpected end of file, expected a value") }
        let start = position
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject(depth: depth, at: start)
        case UInt8(ascii: "["): try parseArray(depth: depth, at: start)
        case UInt8(ascii: "\""): try parseString(at: start)
        case UInt8(ascii: "t"):
            try expectWord("true")
            tape.append(.true, at: start)
        case UInt8(ascii: "f"):
            try expectWord("false")
            tape.append(.false, at: start)
        case UInt8(ascii: "n"):
            try expectWord("null")
            tape.append(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            tape.append(.number, at: start, payload: try parseNumber().bitPattern)
        default: throw failure("unexpected character '\(Character(Unicode.Scalar(bytes[index])))', expected a value")
        }
    }

    private mutating func expectWord(_ word: String) throws(Failure) {
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else { throw failure("invalid literal, expected '\(word)'") }
            index += 1
        }
    }

    private mutating func parseObject(depth: Int, at start: TextPosition) throws(Failure) {
        let object = tape.count
        tape.append(.object, at: start)
        index += 1  // {
        var count = 0
        // The keys seen, once an object has more than a handful: comparing each new key with every earlier
        // one would make an object of many fields quadratic (a 470 KB object of 40,000 fields took 2.3 s).
        var keys: Set<String>?
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return tape.close(object, count: 0)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure("expected a quoted field name")
            }
            let keyPosition = position
            let key = tape.count
            try parseString(at: keyPosition)
            if count == 16 { keys = Set(earlierKeys(of: object, before: key)) }
            let isNew = keys?.insert(tape.string(key)).inserted ?? !isRepeated(key, in: object)
            if !isNew {
                throw Failure(message: "field '\(tape.string(key).excerpt())' appears twice in this object", position: keyPosition)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw failure("expected ':' after field name '\(tape.string(key))'")
            }
            index += 1
            try parseValue(depth: depth + 1)
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw failure("unexpected end of file, expected ',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") {
                try skipComma(before: UInt8(ascii: "}"))
            } else if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return tape.close(object, count: count)
            } else {
                throw failure("expected ',' or '}' after a field")
            }
        }
    }

    /// Whether the key at `key` repeats one of the earlier members of `object`.
    private func isRepeated(_ key: Int, in object: Int) -> Bool {
        var earlier = object + 1
        while earlier < key {
            if tape.sameString(earlier, key) { return true }
            earlier = tape.next(earlier + 1)
        }
        return false
    }

    /// The keys of the members of `object` written before the key at `key`.
    private func earlierKeys(of object: Int, before key: Int) -> [String] {
        var keys: [String] = []
        var earlier = object + 1
        while earlier < key {
            keys.append(tape.string(earlier))
            earlier = tape.next(earlier + 1)
        }
        return keys
    }

    /// Steps over a comma between values; one right before `closer` is a trailing comma, reported at the comma.
    private mutating func skipComma(before closer: UInt8) throws(Failure) {
        let comma = position
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == closer {
            throw Failure(message: "trailing comma before '\(Character(Unicode.Scalar(closer)))'", position: comma)
        }
    }

    private mutating func parseArray(depth: Int, at start: TextPosition) throws(Failure) {
        let array = tape.count
        tape.append(.array, at: start)
        index += 1  // [
        var count = 0
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return tape.close(array, count: 0)
        }
        while true {
            try parseValue(depth: depth + 1)
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw failure("unexpected end of file, expected ',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") {
                try skipComma(before: UInt8(ascii: "]"))
            } else if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return tape.close(array, count: count)
            } else {
                throw failure("expected ',' or ']' after an array element")
            }
        }
    }

    /// A string, at the opening quote. Most strings have no escapes: their bytes are checked as UTF-8 and
    /// read in place.
    private mutating func parseString(at start: TextPosition) throws(Failure) {
        index += 1  // opening quote
        let first = index
        var high: UInt8 = 0  // every byte or'd: below 0x80 for ASCII text, which needs no check
        // Eight plain ASCII bytes at a time (a guide's descriptions run to hundreds); the end of the string,
        // an escape, a control character or a byte beyond ASCII is then found byte by byte.
        index = ByteWord.skip(bytes, from: index, while: { $0.isPlainJSONText })
        while index < bytes.count {
            let byte = bytes[index]
            high |= byte
            switch byte {
            case UInt8(ascii: "\""):
                if high >= 0x80 { try validate(UnsafeBufferPointer(rebasing: bytes[first..<index]), at: first) }
                tape.appendString(at: start, sourceBytes: first..<index, isASCII: high < 0x80)
                index += 1
                return
            case UInt8(ascii: "\\"):
                return try parseEscapedString(from: first, at: start)
            case 0..<0x20:
                throw failure("control character in a string (use \\n or \\t)")
            default:
                index += 1
            }
        }
        throw failure("unterminated string")
    }

    /// The rest of a string that has escapes, from its first byte: bytes are gathered, escapes decoded into them.
    private mutating func parseEscapedString(from first: Int, at start: TextPosition) throws(Failure) {
        var text = Array(UnsafeBufferPointer(rebasing: bytes[first..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                try validate(text, at: first)
                return tape.appendString(at: start, text)
            case UInt8(ascii: "\\"):
                index += 1
                text.append(contentsOf: UTF8.encode(try parseEscape())!)
            case 0..<0x20:
                throw failure("control character in a string (use \\n or \\t)")
            default:
                text.append(byte)
                index += 1
            }
        }
        throw failure("unterminated string")
    }

    /// A failure at the string starting at `first` when `utf8` is not valid UTF-8.
    private func validate<Bytes: Collection<UInt8>>(_ utf8: Bytes, at first: Int) throws(Failure) {
        if utf8.allSatisfy({ $0 < 0x80 }) || String(validating: utf8, as: UTF8.self) != nil { return }
        throw Failure(message: "invalid UTF-8 in a string", position: TextPosition(line: line, column: first - lineStart))
    }

    private mutating func parseEscape() throws(Failure) -> Unicode.Scalar {
        guard index < bytes.count else { throw failure("unterminated string") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800..<0xDC00).contains(high) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw failure("unpaired surrogate in \\u escape")
                }
                index += 2
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw failure("invalid low surrogate in \\u escape") }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(high) else { throw failure("invalid \\u escape") }
            return scalar
        default:
            index -= 1
            throw failure("invalid escape '\\\(Character(Unicode.Scalar(byte)))'")
        }
    }

    private mutating func parseHex4() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexDigit(bytes[index]) else {
                throw failure("expected four hex digits after \\u")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func parseNumber() throws(Failure) -> Double {
        let start = index
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { throw failure("invalid number") }
        // JSON allows no leading zero ("01"): a zero stands alone before '.', 'e' or the end.
        if bytes[index] == UInt8(ascii: "0"), isDigit(index + 1) {
            index += 1
            throw failure("invalid number: a leading zero")
        }
        while isDigit(index) { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { throw failure("invalid number: digits expected after '.'") }
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { throw failure("invalid number: digits expected in exponent") }
            while isDigit(index) { index += 1 }
        }
        guard let number = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) else {
            throw failure("invalid number")
        }
        guard number.isFinite else {
            index = start
            throw failure("number out of range")
        }
        return number
    }
}
