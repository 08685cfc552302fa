/// Text from the guide, made safe for each format the pictures are written in: it is always shown as
/// text, never read as markup or code.
enum Escaping {
    /// For SVG and HTML, in text and in quoted attributes: `&`, `<`, `>`, `"` and `'` as character
    /// references (so that `]]>` and `<script>` are only text).
    static func xml(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// For a Mermaid label in double quotes: every character but letters, digits, spaces and plain
    /// punctuation as Mermaid's entity code (`#34;` for `"`), so that no quote, bracket, arrow, `%%`
    /// comment, markdown backtick or HTML tag in a name reaches Mermaid's parser.
    static func mermaid(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " .,:-/()+?!".unicodeScalars.contains(scalar) {
                escaped.unicodeScalars.append(scalar)
            } else {
                escaped += "#\(scalar.value);"
            }
        }
        return escaped
    }

    /// For a Graphviz DOT string in double quotes: `\` and `"` escaped, so that neither ends the string
    /// nor starts one of DOT's escapes (`\N`, `\l`).
    static func dot(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "\\" || character == "\"" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
