/// A string quoted for source text — a JSON document or a Swift file — which share their escapes
/// for quotes, backslashes and common controls, and differ only in how other code points are written.
enum QuotedString {
    /// `string` in double quotes; control characters (`ControlCharacters`) are escaped with `escape`
    /// (given the code point), so the result is safe in a terminal too.
    static func quote(_ string: String, escape: (UInt32) -> String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if ControlCharacters.contains(scalar) {
                    result += escape(scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
