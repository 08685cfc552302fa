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

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        let parsed = bytes.withUnsafeBufferPointer { buffer -> Result<JSONValue, Failure> in
            var parser = JSONParser(buffer)
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }  // UTF-8 byte order mark
            do throws(Failure) {
                let value = try parser.parseValue(depth: 0)
                parser.skipWhitespace()
                guard parser.index == buffer.count else { throw parser.failure("unexpected text after the JSON value") }
                return .success(value)
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

    private mutating func parseValue(depth: Int) throws(Failure) -> JSONValue {
        skipWhitespace()
        guard depth < 100 else { throw failure("values are nested too deeply") }
        guard index < bytes.count else { throw failure("unexpected end of file, expected a value") }
        let start = position
        let storage: JSONValue.Storage
        switch bytes[index] {
        case UInt8(ascii: "{"): storage = try parseObject(depth: depth)
        case UInt8(ascii: "["): storage = try parseArray(depth: depth)
        case UInt8(ascii: "\""): storage = .string(try parseString())
        case UInt8(ascii: "t"):
            try expectWord("true")
            storage = .bool(true)
        case UInt8(ascii: "f"):
            try expectWord("false")
            storage = .bool(false)
        case UInt8(ascii: "n"):
            try expectWord("null")
            storage = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): storage = .number(try parseNumber())
        default: throw failure("unexpected character '\(Character(Unicode.Scalar(bytes[index])))', expected a value")
        }
        return JSONValue(storage: storage, position: start)
    }

    private mutating func expectWord(_ word: String) throws(Failure) {
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else { throw failure("invalid literal, expected '\(word)'") }
            index += 1
        }
    }

    private mutating func parseObject(depth: Int) throws(Failure) -> JSONValue.Storage {
        index += 1  // {
        var members: [(key: String, value: JSONValue)] = []
        // The keys seen, once an object has more than a handful: comparing each new key with every earlier
        // one would make an object of many fields quadratic (a 470 KB object of 40,000 fields took 2.3 s).
        var keys: Set<String>?
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure("expected a quoted field name")
            }
            let keyPosition = position
            let key = try parseString()
            if members.count == 16 { keys = Set(members.map(\.key)) }
            let isNew = keys?.insert(key).inserted ?? !members.contains(where: { $0.key == key })
            if !isNew {
                throw Failure(message: "field '\(key.excerpt())' appears twice in this object", position: keyPosition)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw failure("expected ':' after field name '\(key)'")
            }
            index += 1
            members.append((key, try parseValue(depth: depth + 1)))
            skipWhitespace()
            guard index < bytes.count else { throw failure("unexpected end of file, expected ',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") {
                try skipComma(before: UInt8(ascii: "}"))
            } else if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            } else {
                throw failure("expected ',' or '}' after a field")
            }
        }
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

    private mutating func parseArray(depth: Int) throws(Failure) -> JSONValue.Storage {
        index += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw failure("unexpected end of file, expected ',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") {
                try skipComma(before: UInt8(ascii: "]"))
            } else if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            } else {
                throw failure("expected ',' or ']' after an array element")
            }
        }
    }

    /// A string's text. Most strings have no escapes: their bytes are checked as UTF-8 and taken as they are.
    private mutating func parseString() throws(Failure) -> String {
        index += 1  // opening quote
        let start = index
        var high: UInt8 = 0  // every byte or'd: below 0x80 for ASCII text, which needs no check
        while index < bytes.count {
            let byte = bytes[index]
            high |= byte
            switch byte {
            case UInt8(ascii: "\""):
                defer { index += 1 }
                let utf8 = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if high < 0x80 { return String(decoding: utf8, as: UTF8.self) }
                return try text(utf8[...], at: start)
            case UInt8(ascii: "\\"):
                return try parseEscapedString(from: start)
            case 0..<0x20:
                throw failure("control character in a string (use \\n or \\t)")
            default:
                index += 1
            }
        }
        throw failure("unterminated string")
    }

    /// The rest of a string that has escapes, from its start: bytes are gathered, escapes decoded into them.
    private mutating func parseEscapedString(from start: Int) throws(Failure) -> String {
        var text = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return try self.text(text[...], at: start)
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

    /// `utf8` as a String, or a failure at the string when it is not valid UTF-8.
    private func text<Bytes: Collection<UInt8>>(_ utf8: Bytes, at start: Int) throws(Failure) -> String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: utf8, as: UTF8.self) }
        guard let text = String(validating: utf8, as: UTF8.self) else {
            throw Failure(message: "invalid UTF-8 in a string", position: TextPosition(line: line, column: start - lineStart))
        }
        return text
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
