/// Writes the C file that embeds the bundled guide in its compiled form (see `GuideFile`): what the
/// binary reads at start-up, its one copy of the guide. `generate-content` writes it from the
/// same validated content; the test suite checks that it is current.
package enum BundledGuideSource {
    /// Where the generated file lives, relative to the package root.
    package static let path = "Sources/BundledGuide/BundledGuide.c"

    /// The whole generated file for `content`.
    package static func generate(_ content: Content) -> String {
        let bytes = GuideCompiler.compile(content)
        var lines = [
            "// Generated from Content/ by `swift run generate-content`. Do not edit: edit Content/ and regenerate.",
            "#include \"BundledGuide.h\"",
            "",
            "static const unsigned char guide[\(bytes.count)] __attribute__((aligned(8))) = {",
        ]
        var start = 0
        while start < bytes.count {
            let end = min(start + 32, bytes.count)
            lines.append(bytes[start..<end].map(String.init).joined(separator: ",") + ",")
            start = end
        }
        lines += [
            "};",
            "",
            "const unsigned char *careers_bundled_guide(unsigned long *size) {",
            "    *size = sizeof guide;",
            "    return guide;",
            "}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
