/// The guide as a content pack's files: what `careers init` writes, and the layout Content/ keeps
/// (`generate-content` lays Content/ out this way, and the test suite checks that it is).
extension Content {
    package func packFiles() -> [ContentLoader.File: [UInt8]] {
        packJSON().mapValues { Array($0.packText().utf8) }
    }

    /// Each file's JSON: an array of its items.
    package func packJSON() -> [ContentLoader.File: JSON] {
        var files: [ContentLoader.File: JSON] = [:]
        // An optional file with nothing in it is left out (levels.json, where the standard levels serve).
        for type in Content.files {
            let json = packJSON(type)
            if type.isRequired || json != .array([]) { files[ContentLoader.File(type)] = json }
        }
        return files
    }

    private func packJSON<Item: PackFileItem>(_ type: Item.Type) -> JSON {
        .array(self[keyPath: Item.all].map(\.json))
    }
}
