/// The one definition of a control character, for every check and every output: what text in a guide
/// may not hold (`validate`), what the renderer drops, what messages and JSON escape.
///
/// - C0 controls, DEL and C1 controls: they move the cursor or start terminal escape sequences.
/// - The line and paragraph separators (U+2028, U+2029): line breaks that do not look like one.
/// - Invisible format characters (Unicode's category Cf): the bidirectional controls (U+200E/F,
///   U+202A–E, U+2066–9), which make text show in another order than it is stored, zero-width spaces,
///   the soft hyphen, tags and the rest. Only the zero-width non-joiner and joiner (U+200C, U+200D) are
///   allowed: Persian, the Indic scripts and emoji sequences need them, and they reorder nothing.
package enum ControlCharacters {
    package static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: true
        case 0x20..<0x7F, 0xA0..<0xAD, 0x200C, 0x200D: false
        default: scalar.properties.generalCategory == .format
        }
    }

    /// Whether `text` holds a control character. ASCII is judged byte by byte; only text with other
    /// characters is read as Unicode scalars.
    package static func any(in text: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            // Eight bytes at a time while they are plain ASCII; the rest, and any word that is not, byte by byte.
            for byte in bytes[ByteWord.skip(bytes, from: 0, while: { $0.isPrintableASCII })...] {
                if byte >= 0x80 { return text.unicodeScalars.contains(where: contains) }
                if byte < 0x20 || byte == 0x7F { return true }  // `contains`, for ASCII
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// `text` with each control character written as `\u{…}` (its code point in hex), for messages that
    /// quote what was typed or read.
    package static func escaping(_ text: String) -> String {
        guard any(in: text) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if contains(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// "U+202E".
    static func codePoint(_ code: UInt32) -> String {
        let hex = String(code, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
