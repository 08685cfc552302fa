/// Reads the fields of one JSON object into model values, recording every id it defines and every
/// reference it meets so that `ContentLoader` can check them all afterwards with exact positions.
final class ObjectReader {
    private let file: String
    private let object: JSONValue
    private let members: [(key: String, value: JSONValue)]
    /// Which members were read, by position: a misspelt field must not be silently ignored.
    private var used: [Bool]
    private let ledger: ReferenceLedger

    init(_ value: JSONValue, file: String, ledger: ReferenceLedger) throws(ContentError) {
        guard case .object(let members) = value.storage else {
            throw ContentError(
                file: file, position: value.position,
                problem: .wrongType(field: "item", expected: "an object", found: value.kindDescription))
        }
        self.file = file
        self.object = value
        self.members = members
        self.used = Array(repeating: false, count: members.count)
        self.ledger = ledger
    }

    private func error(_ problem: ContentError.Problem, at value: JSONValue? = nil) -> ContentError {
        ContentError(file: file, position: (value ?? object).position, problem: problem)
    }

    private func member(_ key: String) -> JSONValue? {
        guard let index = members.firstIndex(where: { $0.key == key }) else { return nil }
        used[index] = true
        return members[index].value
    }

    private func required(_ key: String) throws(ContentError) -> JSONValue {
        guard let value = member(key) else { throw error(.missingField(key)) }
        return value
    }

    func string(_ key: String) throws(ContentError) -> String {
        try text(try required(key), field: key)
    }

    func optionalString(_ key: String) throws(ContentError) -> String? {
        guard let value = member(key), !isNull(value) else { return nil }
        return try text(value, field: key)
    }

    func bool(_ key: String, default defaultValue: Bool) throws(ContentError) -> Bool {
        guard let value = member(key) else { return defaultValue }
        guard case .bool(let flag) = value.storage else {
            throw error(.wrongType(field: key, expected: "true or false", found: value.kindDescription), at: value)
        }
        return flag
    }

    func int(_ key: String) throws(ContentError) -> Int {
        let value = try required(key)
        guard case .number(let number) = value.storage, let whole = Int(exactly: number) else {
            throw error(.wrongType(field: key, expected: "a whole number", found: value.kindDescription), at: value)
        }
        return whole
    }

    /// A list of strings; a missing field is an empty list.
    func strings(_ key: String) throws(ContentError) -> [String] {
        try elements(key).map { (element) throws(ContentError) in try text(element, field: key) }
    }

    /// Whether the object has `key` (without reading it).
    func has(_ key: String) -> Bool { members.contains { $0.key == key } }

    /// An error about the member `key`, at its position (or the object's, when it is absent).
    func fail(_ problem: ContentError.Problem, at key: String) -> ContentError {
        error(problem, at: members.first { $0.key == key }?.value)
    }

    /// A choice that must be given but may be null: `"level": null` says on purpose that none is stated.
    func nullableChoice<Choice: RawRepresentable & CaseIterable>(_ key: String) throws(ContentError) -> Choice?
    where Choice.RawValue == String {
        let value = try required(key)
        if isNull(value) { return nil }
        return try choice(key)
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String) throws(ContentError) -> Choice
    where Choice.RawValue == String {
        let value = try required(key)
        let raw = try text(value, field: key)
        guard let choice = Choice(rawValue: raw) else {
            throw error(.invalidValue(field: key, value: raw, allowed: Choice.allCases.map(\.rawValue)), at: value)
        }
        return choice
    }

    /// Defines this object as the item `kind`/`id`, read from the field "id".
    func id(as kind: ItemKind) throws(ContentError) -> String {
        let value = try required("id")
        let id = try text(value, field: "id")
        try ledger.define(ItemRef(kind, id), file: file, position: value.position)
        return id
    }

    func reference(_ key: String, to kind: ItemKind) throws(ContentError) -> String {
        let value = try required(key)
        let id = try text(value, field: key)
        ledger.refer(to: ItemRef(kind, id), from: error(.unknownReference(kind: kind, id: id), at: value))
        return id
    }

    /// A list of ids of `kind`; a missing field is an empty list.
    func references(_ key: String, to kind: ItemKind) throws(ContentError) -> [String] {
        try elements(key).map { (element) throws(ContentError) in
            let id = try text(element, field: key)
            ledger.refer(to: ItemRef(kind, id), from: error(.unknownReference(kind: kind, id: id), at: element))
            return id
        }
    }

    /// The sources of an item: required, and at least one.
    func sources() throws(ContentError) -> [String] {
        let value = try required("sources")
        let ids = try references("sources", to: .source)
        guard !ids.isEmpty else { throw error(.emptyValue(field: "sources"), at: value) }
        return ids
    }

    /// A list of nested objects; a missing field is an empty list.
    func objects<Item>(_ key: String, _ read: (ObjectReader) throws(ContentError) -> Item) throws(ContentError) -> [Item] {
        try elements(key).map { (element) throws(ContentError) in
            let reader = try ObjectReader(element, file: file, ledger: ledger)
            let item = try read(reader)
            try reader.finish()
            return item
        }
    }

    /// Rejects fields nobody read: a misspelt field name must not be silently ignored.
    func finish() throws(ContentError) {
        if let unknown = members.indices.first(where: { !used[$0] }).map({ members[$0] }) {
            throw error(.unknownField(unknown.key), at: unknown.value)
        }
    }

    private func elements(_ key: String) throws(ContentError) -> [JSONValue] {
        guard let value = member(key) else { return [] }
        guard case .array(let elements) = value.storage else {
            throw error(.wrongType(field: key, expected: "an array", found: value.kindDescription), at: value)
        }
        return elements
    }

    private func text(_ value: JSONValue, field: String) throws(ContentError) -> String {
        guard case .string(var string) = value.storage else {
            throw error(.wrongType(field: field, expected: "a string", found: value.kindDescription), at: value)
        }
        // Checked on the UTF-8 bytes: something printable must be there, and no control character
        // (text goes to terminals: no escape sequences, nothing the renderer uses as a mark).
        let (visible, control) = string.withUTF8 { Self.scan($0) }
        guard visible || string.contains(where: { !$0.isWhitespace }) else { throw error(.emptyValue(field: field), at: value) }
        guard !control else { throw error(.controlCharacter(field: field), at: value) }
        return string
    }

    /// Whether `utf8` has a visible ASCII character, and whether it has a control character: C0 controls
    /// and DEL are single bytes, C1 controls (U+0080–U+009F) are 0xC2 followed by 0x80–0x9F.
    private static func scan(_ utf8: UnsafeBufferPointer<UInt8>) -> (visible: Bool, control: Bool) {
        var visible = false
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte < 0xA0 && byte >= 0x80) { return (visible, true) }
            if byte > 0x20 && byte < 0x7F { visible = true }
            previous = byte
        }
        return (visible, false)
    }

    private func isNull(_ value: JSONValue) -> Bool {
        if case .null = value.storage { true } else { false }
    }
}

/// Every id defined and every reference made while reading one content set.
final class ReferenceLedger {
    private var definitions: [ItemRef: String] = [:]
    private var references: [(ref: ItemRef, error: ContentError)] = []
    /// False for trusted content: nothing is recorded, nothing checked.
    private let recording: Bool

    init(recording: Bool = true) {
        self.recording = recording
    }

    func define(_ ref: ItemRef, file: String, position: TextPosition) throws(ContentError) {
        guard recording else { return }
        if let first = definitions[ref] {
            throw ContentError(
                file: file, position: position, problem: .duplicateID(kind: ref.kind, id: ref.id, firstDefinedAt: first))
        }
        definitions[ref] = "\(file):\(position)"
    }

    func refer(to ref: ItemRef, from error: @autoclosure () -> ContentError) {
        guard recording else { return }
        references.append((ref, error()))
    }

    /// Throws for the first reference, in reading order, to an id nothing defines.
    func checkReferences() throws(ContentError) {
        if let dangling = references.first(where: { definitions[$0.ref] == nil }) {
            throw dangling.error
        }
    }
}
