/// Measuring and cutting lines by the columns they take on screen. Style sequences (`ESC [ … m`) take no
/// columns; a combining mark takes none; East Asian wide characters and emoji take two.
enum Cells {
    /// The columns `text` takes.
    static func width(_ text: String) -> Int {
        var columns = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" {
                inEscape = true
                continue
            }
            columns += width(of: scalar)
        }
        return columns
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if scalar.properties.isGraphemeExtend || value == 0x200B { return 0 }
        // Wide: CJK, Hangul, full-width forms, most emoji.
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value) || (0x1F900...0x1F9FF).contains(value)
            || (0x20000...0x3FFFD).contains(value)
        {
            return 2
        }
        return 1
    }

    /// `text` cut to at most `columns` columns ("…" marks a cut), then padded with spaces to exactly
    /// `columns` when `pad`. Style sequences are kept; a cut line ends any style it had started.
    static func fit(_ text: String, _ columns: Int, pad: Bool = false) -> String {
        guard columns > 0 else { return "" }
        let total = width(text)
        if total <= columns { return pad ? text + String(repeating: " ", count: columns - total) : text }
        var result = String.UnicodeScalarView()
        var used = 0
        var inEscape = false
        var styled = false
        for scalar in text.unicodeScalars {
            if inEscape {
                result.append(scalar)
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" {
                inEscape = true
                styled = true
                result.append(scalar)
                continue
            }
            let cell = width(of: scalar)
            if used + cell > columns - 1 { break }
            used += cell
            result.append(scalar)
        }
        var line = String(result) + "…"
        used += 1
        if styled { line += "\u{1B}[0m" }
        return pad ? line + String(repeating: " ", count: max(0, columns - used)) : line
    }
}
