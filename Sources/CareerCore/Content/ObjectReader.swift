/// Reads the fields of one JSON object into model values. A problem does not stop it: it is logged with
/// its exact position and a stand-in value is returned, so that one run reports every problem of a guide,
/// the way a compiler does. Ids and references are logged too, for `ContentLoader` to check afterwards.
package final class ObjectReader {
    private let file: String
    private let object: JSONValue
    private let members: [(key: String, value: JSONValue)]
    /// Which members were read, by position: a misspelt field must not be silently ignored.
    private var used: [Bool]
    /// Every field name asked for, present or not: the candidates for "did you mean". Room for an item's
    /// fields is made at once (an object is read for each item, tens of thousands in a large pack).
    private var asked: [String]
    private let log: LoadLog

    /// A reader for `value`, or nil (the problem logged) when it is not an object.
    init?(_ value: JSONValue, file: String, log: LoadLog) {
        guard case .object(let members) = value.storage else {
            log.report(
                ContentError(
                    file: file, position: value.position,
                    problem: .wrongType(field: "item", expected: "an object", found: value.kindDescription)))
            return nil
        }
        self.file = file
        self.object = value
        self.members = members
        self.used = Array(repeating: false, count: members.count)
        self.asked = []
        asked.reserveCapacity(16)
        self.log = log
    }

    private func report(_ problem: ContentError.Problem, at value: JSONValue? = nil) {
        log.report(ContentError(file: file, position: (value ?? object).position, problem: problem))
    }

    private func member(_ key: String) -> JSONValue? {
        asked.append(key)
        guard let index = members.firstIndex(where: { $0.key == key }) else { return nil }
        used[index] = true
        return members[index].value
    }

    private func required(_ key: String) -> JSONValue? {
        guard let value = member(key) else {
            report(.missingField(key))
            return nil
        }
        return value
    }

    func string(_ key: String) -> String {
        required(key).flatMap { text($0, field: key) } ?? ""
    }

    func optionalString(_ key: String) -> String? {
        guard let value = member(key), !isNull(value) else { return nil }
        return text(value, field: key)
    }

    func bool(_ key: String, default defaultValue: Bool) -> Bool {
        guard let value = member(key) else { return defaultValue }
        guard case .bool(let flag) = value.storage else {
            report(.wrongType(field: key, expected: "true or false", found: value.kindDescription), at: value)
            return defaultValue
        }
        return flag
    }

    /// The stand-in for a number that could not be read; the rules across items ignore it.
    static let unreadableNumber = Int.min

    func int(_ key: String) -> Int {
        guard let value = required(key) else { return Self.unreadableNumber }
        guard case .number(let number) = value.storage, let whole = Int(exactly: number) else {
            report(.wrongType(field: key, expected: "a whole number", found: value.kindDescription), at: value)
            return Self.unreadableNumber
        }
        return whole
    }

    /// A list of strings; a missing field is an empty list.
    /// A list of texts; with `distinct`, one given twice (as lookups compare names) is a problem.
    func strings(_ key: String, distinct: Bool = false) -> [String] {
        var seen = Repeats()
        return elements(key).compactMap { element in
            guard let value = text(element, field: key) else { return nil }
            if distinct, log.recording, seen.isRepeated(TextFolding.key(value)) {
                report(.repeatedValue(field: key, value: value), at: element)
            }
            return value
        }
    }

    /// Marks `key` as read without reading it, for a field already reported otherwise.
    func skip(_ key: String) { _ = member(key) }

    /// Whether the object has `key` (without reading it).
    func has(_ key: String) -> Bool { members.contains { $0.key == key } }

    /// Logs a problem about the member `key`, at its position (or the object's, when it is absent).
    func fail(_ problem: ContentError.Problem, at key: String) {
        report(problem, at: members.first { $0.key == key }?.value)
    }

    /// A choice that must be given but may be null: `"level": null` says on purpose that none is stated.
    func nullableChoice<Choice: RawRepresentable & CaseIterable>(_ key: String) -> Choice? where Choice.RawValue == String {
        guard let value = required(key), !isNull(value) else { return nil }
        return choice(value, key)
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String) -> Choice where Choice.RawValue == String {
        required(key).flatMap { choice($0, key) } ?? Choice.allCases.first!
    }

    private func choice<Choice: RawRepresentable & CaseIterable>(_ value: JSONValue, _ key: String) -> Choice?
    where Choice.RawValue == String {
        guard let raw = text(value, field: key) else { return nil }
        guard let choice = Choice(rawValue: raw) else {
            report(.invalidValue(field: key, value: raw, allowed: Choice.allCases.map(\.rawValue)), at: value)
            return nil
        }
        return choice
    }

    /// Defines this object as the item `kind`/`id`, read from the field "id".
    func id(as kind: ItemKind) -> String {
        guard let value = required("id"), let id = text(value, field: "id") else { return "" }
        log.define(ItemRef(kind, id), file: file, position: value.position)
        return id
    }

    /// The id of a level of levels.json, which roles then name.
    func levelID() -> String {
        guard let value = required("id"), let id = text(value, field: "id") else { return "" }
        log.declareLevel(id, file: file, position: value.position)
        return id
    }

    /// A role's level: null, or one of the guide's levels (`Level`), which are read before the roles.
    func level(_ key: String) -> String? {
        guard let value = required(key), !isNull(value), let id = text(value, field: key) else { return nil }
        if let allowed = log.levelIDs, !allowed.contains(id) {
            report(.invalidValue(field: key, value: id, allowed: allowed), at: value)
        }
        return id
    }

    func reference(_ key: String, to kind: ItemKind) -> String {
        guard let value = required(key), let id = text(value, field: key) else { return "" }
        log.refer(to: ItemRef(kind, id), file: file, position: value.position)
        return id
    }

    /// A list of ids of `kind`; a missing field is an empty list.
    func references(_ key: String, to kind: ItemKind) -> [String] {
        var seen = Repeats()
        return elements(key).compactMap { element in
            guard let id = text(element, field: key) else { return nil }
            if log.recording, seen.isRepeated(id) { report(.repeatedValue(field: key, value: id), at: element) }
            log.refer(to: ItemRef(kind, id), file: file, position: element.position)
            return id
        }
    }

    /// The sources of an item: required, and at least one.
    func sources() -> [String] {
        guard let value = required("sources") else { return [] }
        let ids = references("sources", to: .source)
        if ids.isEmpty, case .array(let elements) = value.storage, elements.isEmpty {
            report(.emptyValue(field: "sources"), at: value)
        }
        return ids
    }

    /// A list of nested objects; a missing field is an empty list.
    func objects<Item>(_ key: String, _ read: (ObjectReader) -> Item) -> [Item] {
        elements(key).compactMap { element in
            guard let reader = ObjectReader(element, file: file, log: log) else { return nil }
            defer { reader.finish() }
            return read(reader)
        }
    }

    /// Logs every field nobody read, with the nearest known field: a misspelt name must not be ignored.
    func finish() {
        for index in members.indices where !used[index] {
            let key = members[index].key
            report(.unknownField(key, suggestion: NearestWords.nearest(to: key, among: asked).first), at: members[index].value)
        }
    }

    private func elements(_ key: String) -> [JSONValue] {
        guard let value = member(key) else { return [] }
        guard case .array(let elements) = value.storage else {
            report(.wrongType(field: key, expected: "an array", found: value.kindDescription), at: value)
            return []
        }
        return elements
    }

    private func text(_ value: JSONValue, field: String) -> String? {
        guard case .string(var string) = value.storage else {
            report(.wrongType(field: field, expected: "a string", found: value.kindDescription), at: value)
            return nil
        }
        guard string.utf8.count <= ContentLoader.Limits.textBytes else {
            report(.tooLong(field: field, bytes: string.utf8.count, limit: ContentLoader.Limits.textBytes), at: value)
            return nil
        }
        // Something printable must be there, and no control character: text goes to terminals (no escape
        // sequences, no reordering, nothing the renderer uses as a mark).
        let visible = string.withUTF8 { $0.contains { $0 > 0x20 && $0 < 0x7F } }
        guard visible || string.contains(where: { !$0.isWhitespace }) else {
            report(.emptyValue(field: field), at: value)
            return nil
        }
        if ControlCharacters.any(in: string), let control = string.unicodeScalars.first(where: ControlCharacters.contains) {
            report(.controlCharacter(field: field, code: control.value), at: value)
            return nil
        }
        return string
    }

    private func isNull(_ value: JSONValue) -> Bool {
        if case .null = value.storage { true } else { false }
    }
}

/// The values of one list seen so far, to find one given twice. Most lists are short (an item's one
/// source, a few aliases): those are compared in place, with no set to build and hash.
private struct Repeats {
    private var few: [String] = []
    private var many: Set<String>?

    mutating func isRepeated(_ value: String) -> Bool {
        if many == nil, few.count == 8 { many = Set(few) }
        if many != nil { return !many!.insert(value).inserted }
        if few.contains(value) { return true }
        few.append(value)
        return false
    }
}
