import Testing

@testable import CareerCore

/// JSON text as every `--json` and the compiler write it.
@Suite("JSON text: strings escaped exactly")
struct JSONWriterTests {
    /// What `JSONWriter` must make of ASCII text and of letters beyond it, one character at a time.
    private static func expected(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            case "\u{0}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16)
                quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    @Test("A character that needs escaping is escaped wherever it falls in a run of plain text, and reads back")
    func escapesAtEveryPosition() throws {
        let specials: [Character] = ["\"", "\\", "\n", "\t", "\u{1}", "\u{1B}", "\u{7F}", "é", "€", "😀", " ", "~"]
        for length in 0...19 {
            for special in specials {
                for position in 0...length {
                    var text = String(repeating: "a", count: length)
                    text.insert(special, at: text.index(text.startIndex, offsetBy: position))
                    let written = JSON.string(text).serialized()
                    #expect(written == Self.expected(text), "\(length) \(position)")
                    guard case .string(let read) = try JSONParser.parse(Array(written.utf8)).storage else {
                        Issue.record("not read back as a string: \(written)")
                        continue
                    }
                    #expect(read == text)
                }
            }
        }
    }
}
