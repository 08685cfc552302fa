/// Writes the Swift file that embeds the bundled guide: each file of Content/ as a raw string literal,
/// byte for byte. The binary carries the guide's JSON and reads it with the same loader and rules as any
/// content pack; nothing about the model is generated, so the file never goes stale when the model changes.
public enum BundledContentSource {
    /// Where the generated file lives, relative to the package root.
    public static let path = "Sources/CareerCore/Generated/BundledContent.swift"

    /// The raw-string delimiter: no Content/ file may contain the closing `"""###`.
    static let delimiter = "###"

    public struct Unembeddable: Error, CustomStringConvertible {
        public let file: String
        public var description: String { "\(file) contains \"\"\"\(BundledContentSource.delimiter), which cannot be embedded" }
    }

    /// The whole generated file for the files' bytes, in `ContentLoader.File` order.
    public static func generate(_ files: [ContentLoader.File: [UInt8]]) throws(Unembeddable) -> String {
        var lines = [
            "// Generated from Content/ by `swift run generate-content`. Do not edit: edit Content/ and regenerate.",
            "// swift-format-ignore-file",
            "",
            "extension BundledContent {",
            "    /// Each file of Content/, byte for byte.",
            "    static let files: [(ContentLoader.File, StaticString)] = [",
        ]
        for file in ContentLoader.File.allCases {
            let text = String(decoding: files[file] ?? [], as: UTF8.self)
            guard !text.contains("\"\"\"" + delimiter) else { throw Unembeddable(file: file.rawValue) }
            // A multi-line literal drops the line break before its closing delimiter: one more keeps the text exact.
            lines.append("        (.\(file), \(delimiter)\"\"\"\n\(text)\n\"\"\"\(delimiter)),")
        }
        lines.append("    ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
