/// One key as the browser sees it, decoded from the bytes a terminal sends.
enum Key: Equatable, Sendable {
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, escape
    /// Ctrl-C: raw mode turns it into a byte, not a signal.
    case interrupt
    /// Ctrl-Z: likewise.
    case suspend
    /// A printable character (letters, digits, punctuation, space).
    case character(Character)
    /// Anything else (other control bytes, unknown escape sequences): ignored.
    case other

    /// The keys in `bytes`, in order. A terminal sends arrows and the like as escape sequences (CSI `ESC [`
    /// or SS3 `ESC O`); a lone Escape is the Escape key.
    static func decode(_ bytes: [UInt8]) -> [Key] {
        var keys: [Key] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x1B:
                guard index < bytes.count, bytes[index] == UInt8(ascii: "[") || bytes[index] == UInt8(ascii: "O") else {
                    keys.append(.escape)
                    continue
                }
                // Parameters (digits, ';') then one final byte in 0x40...0x7E.
                var end = index + 1
                while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
                guard end < bytes.count else {
                    // A sequence cut short: taken as Escape, the rest dropped.
                    keys.append(.escape)
                    index = bytes.count
                    continue
                }
                keys.append(sequence(parameters: Array(bytes[(index + 1)..<end]), final: bytes[end]))
                index = end + 1
            case 0x0D, 0x0A: keys.append(.enter)
            case 0x09: keys.append(.tab)
            case 0x7F, 0x08: keys.append(.backspace)
            case 0x03: keys.append(.interrupt)
            case 0x1A: keys.append(.suspend)
            case 0x20...0x7E: keys.append(.character(Character(Unicode.Scalar(byte))))
            case 0xC0...0xF7:
                // A multi-byte UTF-8 character, as typed into a search.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(bytes.count, index - 1 + length)
                let text = String(decoding: bytes[(index - 1)..<end], as: UTF8.self)
                index = end
                keys.append(text.count == 1 && !text.contains("\u{FFFD}") ? .character(text.first!) : .other)
            default: keys.append(.other)
            }
        }
        return keys
    }

    private static func sequence(parameters: [UInt8], final: UInt8) -> Key {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "Z"): .backTab
        case UInt8(ascii: "~"):
            switch String(decoding: parameters.prefix { $0 != UInt8(ascii: ";") }, as: UTF8.self) {
            case "1", "7": .home
            case "4", "8": .end
            case "5": .pageUp
            case "6": .pageDown
            default: .other
            }
        default: .other
        }
    }
}
