/// Folds text for matching: lower case, accents removed, everything but letters and digits dropped,
/// except that a "+" or "#" ending a word is spelled out ("C++" → "cplusplus", "C#" → "csharp"), so that
/// C, C# and C++ stay three names. The one folding routine of the program: lookups, search, validation
/// and messages all compare through it (`FoldedText` folds the same way).
package enum TextFolding {
    /// How a "+" or "#" right after a letter or digit is spelled in the word: nil for any other byte.
    static func spelledOut(_ byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "+"): plus
        case UInt8(ascii: "#"): sharp
        default: nil
        }
    }

    private static let plus = Array("plus".utf8)
    private static let sharp = Array("sharp".utf8)

    /// The words of `text`, folded: "AI/ML Engineer's" → ["ai", "ml", "engineer", "s"].
    package static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) {
                current.unicodeScalars.append(folded)
            } else if !current.isEmpty, scalar.isASCII, let spelled = spelledOut(UInt8(scalar.value)) {
                current += String(decoding: spelled, as: UTF8.self)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The same for ASCII text, byte by byte: most of the guide, on every search's start-up path.
    private static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case _ where !current.isEmpty && spelledOut(byte) != nil: current += spelledOut(byte)!
            default:
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// Whether `text` folds to `key`, compared byte by byte without building the folded text.
    static func key(of text: String, equals key: [UInt8]) -> Bool {
        compare(text, with: key, prefixOnly: false)
    }

    /// Whether `text` folds to something that starts with `key`.
    static func key(of text: String, hasPrefix key: [UInt8]) -> Bool {
        compare(text, with: key, prefixOnly: true)
    }

    private static func compare(_ text: String, with key: [UInt8], prefixOnly: Bool) -> Bool {
        var index = 0
        var inWord = false
        for byte in text.utf8 {
            let folded: UInt8
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): folded = byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): folded = byte + 32
            case 0x80...: return prefixOnly ? FoldedText(text).key.starts(with: key) : FoldedText(text).key == key
            default:
                guard inWord, let spelled = spelledOut(byte) else {
                    inWord = false
                    continue
                }
                for folded in spelled {
                    guard index < key.count else { return prefixOnly }
                    guard key[index] == folded else { return false }
                    index += 1
                }
                continue
            }
            inWord = true
            guard index < key.count else { return prefixOnly }
            guard key[index] == folded else { return false }
            index += 1
        }
        return index == key.count
    }

    /// One key for a whole name: "ML-Engineer" and "ml engineer" both give "mlengineer".
    /// "Data-Scientist's" → "datascientists": what two names must share to count as the same.
    package static func key(_ text: String) -> String {
        let ascii = text.utf8.withContiguousStorageIfAvailable(asciiKey) ?? Array(text.utf8).withUnsafeBufferPointer(asciiKey)
        return ascii ?? words(text).joined()
    }

    /// The key of ASCII text, the common case (every name is folded when a guide is checked), written
    /// byte by byte into the string; nil for text with other characters.
    private static func asciiKey(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        var marks = 0
        for byte in utf8 {
            if byte >= 0x80 { return nil }
            if spelledOut(byte) != nil { marks += 1 }
        }
        // A spelled-out mark is at most five letters ("#" → "sharp").
        return String(unsafeUninitializedCapacity: utf8.count + 4 * marks) { key in
            var count = 0
            var inWord = false
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    key[count] = byte
                    count += 1
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    key[count] = byte + 32
                    count += 1
                case _ where inWord && spelledOut(byte) != nil:
                    for letter in spelledOut(byte)! {
                        key[count] = letter
                        count += 1
                    }
                default:
                    inWord = false
                    continue
                }
                inWord = true
            }
            return count
        }
    }

    /// The folded form of one scalar, or nil for a separator.
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return scalar
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 32)
        case 0x27, 0x2019: return nil  // apostrophes separate, so "master's" matches "master"
        case 0..<0x80: return nil
        default:
            if let plain = accents[scalar] { return plain }
            let properties = scalar.properties
            guard properties.isAlphabetic || properties.numericType != nil else { return nil }
            return properties.lowercaseMapping.unicodeScalars.first ?? scalar
        }
    }

    /// Latin letters with diacritics, mapped to their base letter.
    private static let accents: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(Unicode.Scalar, String)] = [
            ("a", "àáâãäåāăąÀÁÂÃÄÅĀĂĄ"), ("c", "çćĉċčÇĆĈĊČ"), ("d", "ďđĎĐ"), ("e", "èéêëēĕėęěÈÉÊËĒĔĖĘĚ"),
            ("g", "ĝğġģĜĞĠĢ"), ("h", "ĥħĤĦ"), ("i", "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ"), ("j", "ĵĴ"), ("k", "ķĶ"),
            ("l", "ĺļľŀłĹĻĽĿŁ"), ("n", "ñńņňÑŃŅŇ"), ("o", "òóôõöøōŏőÒÓÔÕÖØŌŎŐ"), ("r", "ŕŗřŔŖŘ"),
            ("s", "śŝşšŚŜŞŠ"), ("t", "ţťŧŢŤŦ"), ("u", "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ"), ("w", "ŵŴ"),
            ("y", "ýÿŷÝŸŶ"), ("z", "źżžŹŻŽ"),
        ]
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (plain, accented) in groups {
            for scalar in accented.unicodeScalars { map[scalar] = plain }
        }
        return map
    }()
}
