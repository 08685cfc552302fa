/// How wide text is drawn, estimated per character and generously (from DejaVu Sans, a wide font, which
/// the pictures ask for first), so that a line estimated to fit a box fits it in any common sans-serif.
enum TextMetrics {
    /// The width of `text` at font size `size`, in the same units.
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        text.reduce(0) { $0 + em($1) } * size * (bold ? 1.12 : 1)
    }

    /// A character's width in ems.
    private static func em(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first, scalar.isASCII else {
            // Wide scripts (CJK) and pictographs take a full em or more.
            return (character.unicodeScalars.first?.value ?? 0) >= 0x2E80 ? 1.25 : 1.0
        }
        switch character {
        case " ": return 0.33
        case "i", "I", "l", "j", ".", ",", ":", ";", "'", "|", "!", "`": return 0.36
        case "f", "J", "r", "t", "(", ")", "[", "]", "{", "}", "-", "/", "\\", "\"": return 0.5
        case "m", "w", "M", "W", "@", "%": return 1.02
        case "A"..."Z": return 0.82
        case "a"..."z", "0"..."9": return 0.66
        default: return 0.86
        }
    }

    /// `text` in lines no wider than `width`, broken between words; a word wider than a line on its own
    /// is broken where it must be.
    static func wrap(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        var lines: [String] = []
        var line = ""
        func fits(_ candidate: String) -> Bool { Self.width(candidate, size: size, bold: bold) <= width }
        for word in text.split(separator: " ") {
            let joined = line.isEmpty ? String(word) : line + " " + word
            if fits(joined) {
                line = joined
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = ""
            for character in word {
                if !line.isEmpty, !fits(line + String(character)) {
                    lines.append(line)
                    line = ""
                }
                line.append(character)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
