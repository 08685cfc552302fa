/// What a content pack's file holds: a JSON array of these, read and written by the code beside the type.
package protocol PackFileItem: Hashable, Sendable {
    /// The file's name in a pack ("roles.json").
    static var file: String { get }
    /// Whether a pack must have the file; a missing optional file means none of these.
    static var isRequired: Bool { get }
    /// Where `Content` keeps them.
    static var all: WritableKeyPath<Content, [Self]> { get }
    /// Reads one from its JSON object, reporting problems through `json`.
    init(_ json: ObjectReader)
    /// The kind of item it is, if it is one (the foundations are not).
    static var itemKind: ItemKind? { get }
    /// The JSON object the file holds for it: every field, in the file's order, so that what is written reads
    /// back as the same value.
    var json: JSON { get }
}

extension PackFileItem {
    package static var isRequired: Bool { false }
    package static var itemKind: ItemKind? { nil }
}

/// One kind of item, described in one place: its file, how it reads and writes itself (`PackFileItem`),
/// and how name lookup and search see it. The loader, the rules, the compiler, the compiled reader, the
/// catalog and search work through `Content.kinds`; adding a kind is a model file and one line there.
package protocol GuideItem: PackFileItem {
    static var kind: ItemKind { get }
    /// The kind's name in the plural, as a heading ("Roles").
    static var plural: String { get }
    /// Whether search looks through these unless told otherwise.
    static var isSearchable: Bool { get }
    /// Whether each name and alias must answer to one item of the kind (compared as lookups compare them).
    static var hasUniqueNames: Bool { get }
    var id: String { get }
    /// How name lookup and search see it; `name` gives the display name of an item it refers to.
    func entry(name: (ItemRef) -> String) -> Entry
}

extension GuideItem {
    package static var itemKind: ItemKind? { kind }
    package static var isSearchable: Bool { true }
    package static var hasUniqueNames: Bool { true }
    var ref: ItemRef { ItemRef(Self.kind, id) }
}

extension JSON {
    /// An array of strings.
    static func strings(_ strings: [String]) -> JSON { .array(strings.map(JSON.string)) }

    /// A string, or null for none.
    static func optional(_ string: String?) -> JSON { string.map(JSON.string) ?? .null }
}
