/// The guide as a content pack's files: what `careers init` writes, and the layout Content/ keeps
/// (`generate-content` lays Content/ out this way, and the test suite checks that it is).
extension Content {
    package func packFiles() -> [ContentLoader.File: [UInt8]] {
        packJSON().mapValues { Array($0.packText().utf8) }
    }

    /// Each file's JSON: an array of its items.
    package func packJSON() -> [ContentLoader.File: JSON] {
        var files: [ContentLoader.File: JSON] = [:]
        for type in Content.files { files[ContentLoader.File(type)] = packJSON(type) }
        return files
    }

    private func packJSON<Item: PackFileItem>(_ type: Item.Type) -> JSON {
        .array(self[keyPath: Item.all].map(\.json))
    }
}
