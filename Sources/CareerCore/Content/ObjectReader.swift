/// Reads the fields of one JSON object into model values. A problem does not stop it: it is logged with
/// its exact position and a stand-in value is returned, so that one run reports every problem of a guide,
/// the way a compiler does. Ids and references are logged too, for `ContentLoader` to check afterwards.
/// Values are entries of a `JSONTape`, named by their number in it. One reader reads the objects of a list
/// one after another (`read`), and one child of it their nested objects: tens of thousands of items are
/// read without a reader made for each.
package final class ObjectReader {
    private let file: String
    private let tape: JSONTape
    private let log: LoadLog
    /// The object being read.
    private var object = 0
    /// Which members were read, by position: a misspelt field must not be silently ignored. The first 64
    /// as bits (an item has a dozen fields), any more in `moreUsed`.
    private var used: UInt64 = 0
    private var moreUsed: [Bool] = []
    /// Where the next field is looked for first, the member after the last one read (number and key
    /// entry): fields are mostly read in the order files give them.
    private var nextMember = 0
    private var nextKey = 0
    /// Every field name asked for, present or not: the candidates for "did you mean".
    private var asked: [StaticString] = []
    /// The reader of nested objects, made when first needed.
    private var child: ObjectReader?

    /// A reader of objects of `tape`.
    init(_ tape: JSONTape, file: String, log: LoadLog) {
        self.file = file
        self.tape = tape
        self.log = log
        asked.reserveCapacity(16)  // an item's fields, once for every object the reader reads
    }

    /// Reads the object at `index` of the tape with `body`, then logs every field nobody read; nil, the
    /// problem logged, when the value there is not an object.
    func read<Item>(_ index: Int, _ body: (ObjectReader) -> Item) -> Item? {
        guard tape.kind(index) == .object else {
            log.report(
                ContentError(
                    file: file, position: tape.position(index),
                    problem: .wrongType(field: "item", expected: "an object", found: tape.kindDescription(index))))
            return nil
        }
        object = index
        (used, nextMember, nextKey) = (0, 0, index + 1)
        moreUsed = tape.count(index) > 64 ? Array(repeating: false, count: tape.count(index) - 64) : []
        asked.removeAll(keepingCapacity: true)
        let item = body(self)
        finish()
        return item
    }

    private var memberCount: Int { tape.count(object) }

    private func report(_ problem: ContentError.Problem, at value: Int? = nil) {
        log.report(ContentError(file: file, position: tape.position(value ?? object), problem: problem))
    }

    /// The value of the member `key`, looked for from the member after the last one read.
    private func member(_ key: StaticString) -> Int? {
        asked.append(key)
        guard let found = find(key, from: (nextMember, nextKey)) else { return nil }
        markUsed(found.number)
        (nextMember, nextKey) = (found.number + 1, tape.next(found.value))
        return found.value
    }

    /// The member `key` (its number and its value's entry), looked for from the member `start`, round to it.
    private func find(_ key: StaticString, from start: (number: Int, key: Int)? = nil) -> (number: Int, value: Int)? {
        var (number, keyEntry) = start ?? (0, object + 1)
        for _ in 0..<memberCount {
            if number == memberCount { (number, keyEntry) = (0, object + 1) }
            if tape.isString(keyEntry, key) { return (number, keyEntry + 1) }
            (number, keyEntry) = (number + 1, tape.next(keyEntry + 1))
        }
        return nil
    }

    private func markUsed(_ number: Int) {
        if number < 64 { used |= 1 << UInt64(number) } else { moreUsed[number - 64] = true }
    }

    private func isUsed(_ number: Int) -> Bool {
        number < 64 ? used & (1 << UInt64(number)) != 0 : moreUsed[number - 64]
    }

    private func required(_ key: StaticString) -> Int? {
        guard let value = member(key) else {
            report(.missingField(key.description))
            return nil
        }
        return value
    }

    func string(_ key: StaticString) -> String {
        required(key).flatMap { text($0, field: key) } ?? ""
    }

    func optionalString(_ key: StaticString) -> String? {
        guard let value = member(key), !isNull(value) else { return nil }
        return text(value, field: key)
    }

    func bool(_ key: StaticString, default defaultValue: Bool) -> Bool {
        guard let value = member(key) else { return defaultValue }
        switch tape.kind(value) {
        case .true: return true
        case .false: return false
        default:
            report(.wrongType(field: key.description, expected: "true or false", found: tape.kindDescription(value)), at: value)
            return defaultValue
        }
    }

    /// The stand-in for a number that could not be read; the rules across items ignore it.
    static let unreadableNumber = Int.min

    func int(_ key: StaticString) -> Int {
        guard let value = required(key) else { return Self.unreadableNumber }
        guard tape.kind(value) == .number, let whole = Int(exactly: tape.number(value)) else {
            report(.wrongType(field: key.description, expected: "a whole number", found: tape.kindDescription(value)), at: value)
            return Self.unreadableNumber
        }
        return whole
    }

    /// A list of strings; a missing field is an empty list.
    /// A list of texts; with `distinct`, one given twice (as lookups compare names) is a problem.
    func strings(_ key: StaticString, distinct: Bool = false) -> [String] {
        var seen = Repeats()
        return elements(key).compactMap { element in
            guard let value = text(element, field: key) else { return nil }
            if distinct, log.recording, seen.isRepeated(TextFolding.key(value)) {
                report(.repeatedValue(field: key.description, value: value), at: element)
            }
            return value
        }
    }

    /// Marks `key` as read without reading it, for a field already reported otherwise.
    func skip(_ key: StaticString) { _ = member(key) }

    /// Whether the object has `key` (without reading it).
    func has(_ key: StaticString) -> Bool { find(key) != nil }

    /// Whether the object's member `key` is the string `text` (without reading it).
    func holds(_ key: StaticString, _ text: String) -> Bool {
        guard let value = find(key)?.value else { return false }
        return tape.kind(value) == .string && tape.isString(value, text)
    }

    /// Logs a problem about the member `key`, at its position (or the object's, when it is absent).
    func fail(_ problem: ContentError.Problem, at key: StaticString) {
        report(problem, at: find(key)?.value)
    }

    /// A choice that must be given but may be null: `"level": null` says on purpose that none is stated.
    func nullableChoice<Choice: RawRepresentable & CaseIterable>(_ key: StaticString) -> Choice? where Choice.RawValue == String {
        guard let value = required(key), !isNull(value) else { return nil }
        return choice(value, key)
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ key: StaticString) -> Choice where Choice.RawValue == String {
        required(key).flatMap { choice($0, key) } ?? Choice.allCases.first!
    }

    private func choice<Choice: RawRepresentable & CaseIterable>(_ value: Int, _ key: StaticString) -> Choice?
    where Choice.RawValue == String {
        guard let raw = text(value, field: key) else { return nil }
        guard let choice = Choice(rawValue: raw) else {
            report(.invalidValue(field: key.description, value: raw, allowed: Choice.allCases.map(\.rawValue)), at: value)
            return nil
        }
        return choice
    }

    /// Defines this object as the item `kind`/`id`, read from the field "id".
    func id(as kind: ItemKind) -> String {
        guard let value = required("id"), let id = text(value, field: "id") else { return "" }
        log.define(ItemRef(kind, id), file: file, position: tape.position(value))
        return id
    }

    /// The id of a level of levels.json, which roles then name.
    func levelID() -> String {
        guard let value = required("id"), let id = text(value, field: "id") else { return "" }
        log.declareLevel(id, file: file, position: tape.position(value))
        return id
    }

    /// A role's level: null, or one of the guide's levels (`Level`), which are read before the roles.
    func level(_ key: StaticString) -> String? {
        guard let value = required(key), !isNull(value), let id = text(value, field: key) else { return nil }
        if let allowed = log.levelIDs, !allowed.contains(id) {
            report(.invalidValue(field: key.description, value: id, allowed: allowed), at: value)
        }
        return id
    }

    func reference(_ key: StaticString, to kind: ItemKind) -> String {
        guard let value = required(key), let id = text(value, field: key) else { return "" }
        log.refer(to: ItemRef(kind, id), file: file, position: tape.position(value))
        return id
    }

    /// A list of ids of `kind`; a missing field is an empty list.
    func references(_ key: StaticString, to kind: ItemKind) -> [String] {
        references(in: member(key), field: key, to: kind)
    }

    private func references(in list: Int?, field: StaticString, to kind: ItemKind) -> [String] {
        var seen = Repeats()
        return elements(of: list, field: field).compactMap { element in
            guard let id = text(element, field: field) else { return nil }
            if log.recording, seen.isRepeated(id) { report(.repeatedValue(field: field.description, value: id), at: element) }
            log.refer(to: ItemRef(kind, id), file: file, position: tape.position(element))
            return id
        }
    }

    /// The sources of an item: required, and at least one.
    func sources() -> [String] {
        guard let value = required("sources") else { return [] }
        let ids = references(in: value, field: "sources", to: .source)
        if ids.isEmpty, tape.kind(value) == .array, tape.count(value) == 0 {
            report(.emptyValue(field: "sources"), at: value)
        }
        return ids
    }

    /// A list of nested objects; a missing field is an empty list.
    func objects<Item>(_ key: StaticString, _ read: (ObjectReader) -> Item) -> [Item] {
        let elements = elements(key)
        guard !elements.isEmpty else { return [] }
        if child == nil { child = ObjectReader(tape, file: file, log: log) }
        return elements.compactMap { child!.read($0, read) }
    }

    /// Logs every field nobody read, with the nearest known field: a misspelt name must not be ignored.
    private func finish() {
        if memberCount < 64, used == (1 << UInt64(memberCount)) - 1 { return }
        var key = object + 1
        for number in 0..<memberCount {
            if !isUsed(number) {
                let name = tape.string(key)
                report(.unknownField(name, suggestion: NearestWords.nearest(to: name, among: asked.map(\.description)).first), at: key)
            }
            key = tape.next(key + 1)
        }
    }

    private func elements(_ key: StaticString) -> [Int] {
        elements(of: member(key), field: key)
    }

    /// The elements of the array `list`; none when it is absent (nil) or not an array.
    private func elements(of list: Int?, field: StaticString) -> [Int] {
        guard let list else { return [] }
        guard tape.kind(list) == .array else {
            report(.wrongType(field: field.description, expected: "an array", found: tape.kindDescription(list)), at: list)
            return []
        }
        return tape.elements(list)
    }

    private func text(_ value: Int, field: StaticString) -> String? {
        guard tape.kind(value) == .string else {
            report(.wrongType(field: field.description, expected: "a string", found: tape.kindDescription(value)), at: value)
            return nil
        }
        guard tape.count(value) <= ContentLoader.Limits.textBytes else {
            report(.tooLong(field: field.description, bytes: tape.count(value), limit: ContentLoader.Limits.textBytes), at: value)
            return nil
        }
        var string = tape.string(value)
        // Something printable must be there, and no control character: text goes to terminals (no escape
        // sequences, no reordering, nothing the renderer uses as a mark).
        let visible = string.withUTF8 { $0.contains { $0 > 0x20 && $0 < 0x7F } }
        guard visible || string.contains(where: { !$0.isWhitespace }) else {
            report(.emptyValue(field: field.description), at: value)
            return nil
        }
        if ControlCharacters.any(in: string), let control = string.unicodeScalars.first(where: ControlCharacters.contains) {
            report(.controlCharacter(field: field.description, code: control.value), at: value)
            return nil
        }
        return string
    }

    private func isNull(_ value: Int) -> Bool { tape.kind(value) == .null }
}
