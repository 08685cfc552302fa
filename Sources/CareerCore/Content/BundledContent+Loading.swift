/// The guide as shipped: the files of Content/, embedded in the binary by `generate-content`
/// (`Generated/BundledContent.swift`) and read by the same loader and rules as any content pack.
public enum BundledContent {
    /// The embedded files' bytes.
    public static func fileBytes() -> [ContentLoader.File: [UInt8]] {
        var bytes: [ContentLoader.File: [UInt8]] = [:]
        for (file, text) in files {
            bytes[file] = text.withUTF8Buffer { Array($0) }
        }
        return bytes
    }

    /// The bundled guide, loaded. The test suite validates it with every rule (ContentValidityTests),
    /// so a run only parses it.
    public static func load() throws(ContentProblems) -> Content {
        try ContentLoader.load(files: fileBytes(), directory: "bundled guide", trusted: true)
    }
}
