import Synchronization

/// A guide in its compiled form (see `GuideFile`, `GuideLayout`), read record by record: what `Catalog`
/// stands on. A command decodes only the items it shows and reads the indexes it asks, so its cost
/// follows its answer, not the size of the guide.
///
/// Every record is checked as it is read, and what it says against the guide: an item must decode as its
/// kind with the id its heading gives, every number naming an item must name one of the guide's, a name
/// found in one index must be found again by its id. Should anything be damaged (a cache file changed
/// under us, or forged with valid checksums), the guide is rebuilt from its source once and reading goes
/// on; only if that fails does the program stop, with a message. Nothing read is ever forced.
final class CompiledGuide: Sendable {
    /// The bytes as opened; read without a lock until a record proves damaged.
    private let opened: GuideFile
    private let isDamaged = Atomic<Bool>(false)
    /// The bytes rebuilt from the guide's source once `opened` proved damaged.
    private let rebuilt = Mutex<GuideFile?>(nil)
    /// Makes the bytes again from the guide's source; none for the bundled guide, which is part of the program.
    private let rebuild: (@Sendable () -> GuideFile?)?
    private let counts: [Int]
    private let decodedFoundations = Mutex<[Requirement]?>(nil)
    private let decodedLevels = Mutex<[Level]?>(nil)
    private let decodedKeys = Mutex<[String]?>(nil)
    /// What the guide was compiled from (see `PackCache`); empty for a guide compiled in memory.
    let stamp: [UInt8]

    /// Opens compiled bytes; `rebuild` makes them again from the guide's source should a record prove damaged.
    init(_ file: GuideFile, rebuild: (@Sendable () -> GuideFile?)?) throws(GuideFile.Damaged) {
        guard file.sectionCount == GuideLayout.sectionCount else { throw GuideFile.Damaged() }
        var meta = RecordReader(try file.record(GuideLayout.meta, 0))
        counts = try ItemKind.allCases.map { _ throws(GuideFile.Damaged) in try meta.int() }
        stamp = Array(try meta.bytes())
        for kind in ItemKind.allCases {
            for part in GuideLayout.PerKind.allCases where part.isPerItem {
                guard file.recordCount(GuideLayout.section(part, kind)) == counts[kind.ordinal] else { throw GuideFile.Damaged() }
            }
        }
        guard file.recordCount(GuideLayout.vocabulary) == file.recordCount(GuideLayout.postings),
            file.recordCount(GuideLayout.growthPath) == 1, file.recordCount(GuideLayout.levels) == 1,
            file.recordCount(GuideLayout.keys) == 1,
            file.recordCount(GuideLayout.citations) == counts[ItemKind.source.ordinal]
        else {
            throw GuideFile.Damaged()
        }
        opened = file
        self.rebuild = rebuild
    }

    /// Compiles `content` in memory.
    convenience init(_ content: Content) {
        let compile = { @Sendable in try? GuideFile(GuideBytes(GuideCompiler.compile(content))) }
        do {
            try self.init(compile()!, rebuild: compile)
        } catch {
            fatalError("a guide compiled in memory does not read back")
        }
    }

    // MARK: Reading records

    /// The bytes to read: as opened, or as rebuilt once those proved damaged.
    private var file: GuideFile {
        guard isDamaged.load(ordering: .acquiring) else { return opened }
        return rebuilt.withLock { $0 } ?? opened
    }

    /// Reads one record with `body`; a damaged record makes the guide rebuild itself, then read again.
    func read<T>(_ section: Int, _ index: Int, _ body: (inout RecordReader) throws(GuideFile.Damaged) -> T) -> T {
        checked { () throws(GuideFile.Damaged) in try readOnce(section, index, body) }
    }

    /// Reads one record with `body`, for a caller that handles `Damaged` itself (within `checked`).
    private func readOnce<T>(
        _ section: Int, _ index: Int, _ body: (inout RecordReader) throws(GuideFile.Damaged) -> T
    ) throws(GuideFile.Damaged) -> T {
        try withFile { file throws(GuideFile.Damaged) in
            var reader = RecordReader(try file.record(section, index))
            return try body(&reader)
        }
    }

    /// `body` with the bytes to read, kept alive while it reads: records read together come from the
    /// same bytes, should another thread rebuild the guide meanwhile.
    private func withFile<T>(_ body: (GuideFile) throws(GuideFile.Damaged) -> T) throws(GuideFile.Damaged) -> T {
        let file = self.file
        return try withExtendedLifetime(file) { () throws(GuideFile.Damaged) in try body(file) }
    }

    /// Runs `body`, which reads the guide and throws `Damaged` where what it read does not fit together;
    /// then the guide rebuilds itself and `body` runs again.
    func checked<T>(_ body: () throws(GuideFile.Damaged) -> T) -> T {
        for _ in 0..<2 {
            do {
                return try body()
            } catch {
                recover()
            }
        }
        Self.stop("the guide's compiled copy is damaged and could not be rebuilt; delete the cache and try again")
    }

    /// Ends the program with `message` on stderr and status 1: the one place the library stops the program,
    /// for a guide that can no longer be read at all in the middle of a command (its cache damaged and its
    /// source changed since), where no answer is possible and a crash report would help no one.
    private static func stop(_ message: String) -> Never {
        let line = Array("careers: \(message)\n".utf8)
        _ = line.withUnsafeBytes { Descriptors.writeAll($0, to: STDERR_FILENO) }
        // Perhaps on the second thread of a long list (`JSONWriter`), while the first may be ending too.
        Processes.exitNow(1)
    }

    func recordCount(_ section: Int) -> Int { file.recordCount(section) }

    private func recover() {
        rebuilt.withLock { rebuilt in
            guard rebuilt == nil else { return }  // rebuilt already (by another thread); read again
            guard let fresh = rebuild?(), let guide = try? CompiledGuide(fresh, rebuild: rebuild), guide.counts == counts else {
                Self.stop("the guide changed while it was being read; run the command again")
            }
            rebuilt = fresh
            decodedKeys.withLock { $0 = nil }
            isDamaged.store(true, ordering: .releasing)
        }
    }

    // MARK: Items

    func count(_ kind: ItemKind) -> Int { counts[kind.ordinal] }

    /// The index of the item `ref` names, if any.
    func index(of ref: ItemRef) -> Int? { find(ref) { index, _ in index } }

    /// The name of the item `ref` names, if any: read from the heading that matched its id.
    func name(of ref: ItemRef) -> String? { find(ref) { _, heading throws(GuideFile.Damaged) in try heading.string() } }

    /// `found` of the item `ref` names (its index, and its heading read past the id), if any.
    /// Ids are compared as bytes where they lie: a lookup makes no string and no list.
    private func find<T>(
        _ ref: ItemRef, _ found: (Int, inout RecordReader) throws(GuideFile.Damaged) -> T
    ) -> T? {
        let count = count(ref.kind)
        var id = ref.id
        return id.withUTF8 { target in
            let bucket = GuideCompiler.bucket(of: target, count: max(1, count))
            return checked { () throws(GuideFile.Damaged) -> T? in
                try withFile { file throws(GuideFile.Damaged) -> T? in
                    var bucket = RecordReader(try file.record(GuideLayout.section(.ids, ref.kind), bucket))
                    for _ in 0..<(try bucket.count()) {
                        let candidate = try bucket.int()
                        guard candidate < count else { continue }
                        var heading = RecordReader(try file.record(GuideLayout.section(.headings, ref.kind), candidate))
                        if try heading.bytes().hasSameBytes(as: UnsafeRawBufferPointer(target)) {
                            return try found(candidate, &heading)
                        }
                    }
                    return nil
                }
            }
        }
    }

    /// The whole item, decoded from its JSON by the content files' own code: it must decode without a
    /// problem, as the files did, and have the id its heading gives.
    func item<Item: GuideItem>(_ type: Item.Type, _ index: Int) -> Item {
        let kind = Item.kind
        // Read again as a whole once the guide rebuilt itself: the table of keys may be what was damaged.
        return checked { () throws(GuideFile.Damaged) in
            let keys = self.keys()
            let id = self.id(kind, index)
            let shared = PackedJSON.sharedStrings(name: name(kind, index), summary: summary(kind, index))
            let value = try readOnce(GuideLayout.section(.items, kind), index) { reader throws(GuideFile.Damaged) in
                let value = try PackedJSON.read(&reader, keys: keys, shared: shared)
                guard reader.isAtEnd else { throw GuideFile.Damaged() }
                return value
            }
            return try Self.decode(value) { tape, log throws(GuideFile.Damaged) in
                let item = ObjectReader(tape, file: "", log: log).read(0) { object in object.holds("id", id) ? Item(object) : nil }
                guard let item = item ?? nil else { throw GuideFile.Damaged() }
                return item
            }
        }
    }

    /// The field names items' records number (`PackedJSON.Keys`), read on first use only.
    private func keys() -> [String] {
        if let decoded = decodedKeys.withLock({ $0 }) { return decoded }
        let decoded = read(GuideLayout.keys, 0) { reader throws(GuideFile.Damaged) in try PackedJSON.Keys.names(in: &reader) }
        decodedKeys.withLock { $0 = decoded }
        return decoded
    }

    /// The foundations, decoded on first use only: one record that several queries of one command read.
    func foundations() -> [Requirement] {
        if let decoded = decodedFoundations.withLock({ $0 }) { return decoded }
        let decoded = readFoundations()
        decodedFoundations.withLock { $0 = decoded }
        return decoded
    }

    private func readFoundations() -> [Requirement] { readList(GuideLayout.foundations) }

    /// The levels the guide declares, none for the standard ones; decoded on first use only.
    func declaredLevels() -> [Level] {
        if let decoded = decodedLevels.withLock({ $0 }) { return decoded }
        let decoded: [Level] = readList(GuideLayout.levels)
        decodedLevels.withLock { $0 = decoded }
        return decoded
    }

    /// The levels roles are placed at (`Level.vocabulary`): a level number in a heading is one of these, from 1.
    func levels() -> [Level] { Level.vocabulary(declaredLevels()) }

    /// A section's one record, the JSON of a list as its pack file holds it.
    private func readList<Item: PackFileItem>(_ section: Int) -> [Item] {
        read(section, 0) { reader throws(GuideFile.Damaged) in
            guard case .some(let tape) = try? JSONParser.tape(Array(reader.rest())) else { throw GuideFile.Damaged() }
            return try Self.decode(tape) { tape, log throws(GuideFile.Damaged) in
                guard tape.kind(0) == .array else { throw GuideFile.Damaged() }
                let reader = ObjectReader(tape, file: "", log: log)
                return try tape.elements(0).map { element throws(GuideFile.Damaged) in
                    guard let item = reader.read(element, Item.init) else { throw GuideFile.Damaged() }
                    return item
                }
            }
        }
    }

    /// Decodes `tape` with `body`; any problem the decoding logs makes the record damaged.
    private static func decode<T>(
        _ tape: JSONTape, _ body: (JSONTape, LoadLog) throws(GuideFile.Damaged) -> T
    ) throws(GuideFile.Damaged) -> T {
        let log = LoadLog(recording: false)
        let decoded = try body(tape, log)
        guard log.problems.isEmpty else { throw GuideFile.Damaged() }
        return decoded
    }

    func id(_ kind: ItemKind, _ index: Int) -> String {
        read(GuideLayout.section(.headings, kind), index) { reader throws(GuideFile.Damaged) in try reader.string() }
    }

    /// The item at `index` by its id, which must lead back to it through the index of ids.
    func ref(_ kind: ItemKind, _ index: Int) -> ItemRef {
        checked { () throws(GuideFile.Damaged) in
            let ref = ItemRef(kind, id(kind, index))
            guard self.index(of: ref) == index else { throw GuideFile.Damaged() }
            return ref
        }
    }

    /// The item a kind's ordinal and an index name, which must be one of the guide's.
    private func item(_ ordinal: Int, _ index: Int) throws(GuideFile.Damaged) -> (kind: ItemKind, item: Int) {
        guard let kind = ItemKind(ordinal: ordinal), index < count(kind) else { throw GuideFile.Damaged() }
        return (kind, index)
    }

    /// `numbers`, which must each be the index of an item of `kind`.
    private func items(_ numbers: [Int], of kind: ItemKind) throws(GuideFile.Damaged) -> [Int] {
        guard numbers.allSatisfy({ $0 < count(kind) }) else { throw GuideFile.Damaged() }
        return numbers
    }

    func name(_ kind: ItemKind, _ index: Int) -> String {
        read(GuideLayout.section(.headings, kind), index) { reader throws(GuideFile.Damaged) in
            try reader.skip()
            return try reader.string()
        }
    }

    /// The one-line summary a list shows of an item.
    func summary(_ kind: ItemKind, _ index: Int) -> String {
        read(GuideLayout.section(.summaries, kind), index) { reader throws(GuideFile.Damaged) in try reader.string() }
    }

    /// A role's numbers: its level, its requirements as skill indexes, the roles it leads to and those
    /// leading to it, and its related roles (both ways).
    struct RoleFacts {
        /// Its level's place among `levels()`, from 0; nil where it has none.
        let level: Int?
        let requirements: [[Int]]
        let next: [Int]
        let previous: [Int]
        let related: [Int]
    }

    /// For each of a role's requirements, whether any of its skills is among `had` (skill indexes): what
    /// ranking thousands of roles needs, read without building the role's lists.
    func requirementsMet(ofRole index: Int, by had: Set<Int>) -> [Bool] {
        read(GuideLayout.section(.headings, .role), index) { reader throws(GuideFile.Damaged) in
            for _ in 0..<2 { try reader.skip() }
            _ = try reader.int()
            let count = try reader.int()
            var met: [Bool] = []
            let skills = self.count(.skill)
            for _ in 0..<min(count, 1 << 16) {
                var isMet = false
                for _ in 0..<min(try reader.int(), 1 << 16) {
                    let skill = try reader.int()
                    guard skill < skills else { throw GuideFile.Damaged() }
                    if had.contains(skill) { isMet = true }
                }
                met.append(isMet)
            }
            return met
        }
    }

    /// A role's name and its level's place among `levels()`, without its lists.
    func roleHeading(_ index: Int) -> (name: String, level: Int?) {
        read(GuideLayout.section(.headings, .role), index) { reader throws(GuideFile.Damaged) in
            try reader.skip()
            let name = try reader.string()
            return (name, try level(&reader))
        }
    }

    /// A level number as a heading stores it: 0 for none, else one of `levels()` from 1.
    private func level(_ reader: inout RecordReader) throws(GuideFile.Damaged) -> Int? {
        let level = try reader.int()
        guard level <= levels().count else { throw GuideFile.Damaged() }
        return level == 0 ? nil : level - 1
    }

    func roleFacts(_ index: Int) -> RoleFacts {
        read(GuideLayout.section(.headings, .role), index) { reader throws(GuideFile.Damaged) in
            for _ in 0..<2 { try reader.skip() }
            let level = try level(&reader)
            let count = try reader.int()
            var requirements: [[Int]] = []
            for _ in 0..<min(count, 1 << 16) { requirements.append(try items(reader.ints(), of: .skill)) }
            return RoleFacts(
                level: level, requirements: requirements,
                next: try items(reader.ints(), of: .role), previous: try items(reader.ints(), of: .role),
                related: try items(reader.ints(), of: .role))
        }
    }

    /// The growth path as stored: role indexes of the entry-level roles beside it, and of its layers.
    func growthPath() -> (entry: [Int], steps: [[Int]]) {
        read(GuideLayout.growthPath, 0) { reader throws(GuideFile.Damaged) in
            let entry = try items(reader.ints(), of: .role)
            var steps: [[Int]] = []
            for _ in 0..<min(try reader.int(), count(.role)) { steps.append(try items(reader.ints(), of: .role)) }
            return (entry, steps)
        }
    }

    /// The index of the roadmap phase that teaches a skill, if one does.
    func phase(teachingSkill index: Int) -> Int? {
        read(GuideLayout.section(.headings, .skill), index) { reader throws(GuideFile.Damaged) in
            for _ in 0..<2 { try reader.skip() }
            let phase = try reader.int()
            guard phase <= count(.phase) else { throw GuideFile.Damaged() }
            return phase == 0 ? nil : phase - 1
        }
    }

    /// The indexes of the roles whose own requirements name skill number `index`, in role order.
    func roles(needingSkill index: Int) -> [Int] {
        read(GuideLayout.section(.headings, .skill), index) { reader throws(GuideFile.Damaged) in
            for _ in 0..<2 { try reader.skip() }
            _ = try reader.int()
            return try items(reader.ints(), of: .role)
        }
    }

    func entry(_ kind: ItemKind, _ index: Int) -> Entry {
        entry(kind.type, index)
    }

    private func entry<Item: GuideItem>(_ type: Item.Type, _ index: Int) -> Entry {
        item(Item.self, index).entry { ref in self.index(of: ref).map { self.name(ref.kind, $0) } ?? "" }
    }

    // MARK: Names

    /// Every name whose folded key is `key`: (kind, item, slot), slot 0 the id, 1 the name, 2… aliases.
    func names(withKey key: [UInt8]) -> [(kind: ItemKind, item: Int, slot: Int)] {
        let bucket = GuideCompiler.bucket(of: key, count: recordCount(GuideLayout.names))
        return read(GuideLayout.names, bucket) { reader throws(GuideFile.Damaged) in
            let numbers = try reader.ints()
            guard numbers.count % 3 == 0 else { throw GuideFile.Damaged() }
            return try stride(from: 0, to: numbers.count, by: 3).map { start throws(GuideFile.Damaged) in
                let (kind, item) = try item(numbers[start], numbers[start + 1])
                return (kind, item, numbers[start + 2])
            }
        }
    }

    /// The item's names folded: its id, its name, then its aliases.
    func foldedNames(_ kind: ItemKind, _ index: Int) -> [FoldedText] {
        read(GuideLayout.section(.foldedNames, kind), index) { reader throws(GuideFile.Damaged) in
            let count = try reader.int()
            var names: [FoldedText] = []
            for _ in 0..<min(count, 1 << 16) { names.append(try FoldedText(reading: &reader)) }
            return names
        }
    }

    /// The names and aliases of a kind's items whose lowercased form begins with `prefix` (lowercased
    /// bytes), by binary search of the sorted table; slot 1 is an item's name, 2… its aliases.
    func names(_ kind: ItemKind, beginningWith prefix: [UInt8]) -> [(text: String, item: Int, slot: Int)] {
        let section = GuideLayout.section(.completions, kind)
        func key(_ index: Int) -> [UInt8] {
            read(section, index) { reader throws(GuideFile.Damaged) in Array(try reader.bytes()) }
        }
        var low = 0
        var high = recordCount(section)
        while low < high {
            let middle = (low + high) / 2
            if key(middle).lexicographicallyPrecedes(prefix) { low = middle + 1 } else { high = middle }
        }
        var found: [(text: String, item: Int, slot: Int)] = []
        for index in low..<recordCount(section) {
            let name: (text: String, item: Int, slot: Int)? = read(section, index) { reader throws(GuideFile.Damaged) in
                guard try reader.bytes().starts(with: prefix) else { return nil }
                let text = try reader.string()
                let item = try reader.int()
                let slot = try reader.int()
                guard item < count(kind), slot >= 1 else { throw GuideFile.Damaged() }
                return (text, item, slot)
            }
            guard let name else { break }
            found.append(name)
        }
        return found
    }

    // MARK: Search

    /// An item's searchable text, folded, and each field's kind and words.
    func searchDocument(_ kind: ItemKind, _ index: Int) -> (text: FoldedText, fields: [(field: SearchField, words: Range<Int>)]) {
        read(GuideLayout.section(.searchDocuments, kind), index) { reader throws(GuideFile.Damaged) in
            let text = try FoldedText(reading: &reader)
            let count = try reader.int()
            var fields: [(SearchField, Range<Int>)] = []
            for _ in 0..<min(count, 1 << 16) {
                let code = try reader.int()
                let lower = try reader.int()
                let upper = try reader.int()
                guard let field = SearchField(rawValue: code), lower <= upper, upper <= text.count else {
                    throw GuideFile.Damaged()
                }
                fields.append((field, lower..<upper))
            }
            // As `Search.fields` orders them: one name, aliases, one summary, body, keywords.
            let codes = fields.map(\.0.rawValue)
            guard codes.first == SearchField.name.rawValue, codes == codes.sorted(),
                codes.count(where: { $0 == SearchField.name.rawValue }) == 1,
                codes.count(where: { $0 == SearchField.summary.rawValue }) == 1
            else { throw GuideFile.Damaged() }
            return (text, fields)
        }
    }

    var vocabularySize: Int { recordCount(GuideLayout.vocabulary) }

    func stem(_ index: Int) -> [UInt8] {
        read(GuideLayout.vocabulary, index) { reader throws(GuideFile.Damaged) in Array(reader.rest()) }
    }

    /// The (kind, item) pairs whose searchable text has stem number `index`.
    func postings(_ index: Int) -> [(kind: ItemKind, item: Int)] { items(GuideLayout.postings, index) }

    /// The (kind, item) pairs that cite source number `index`.
    func citations(ofSource index: Int) -> [(kind: ItemKind, item: Int)] { items(GuideLayout.citations, index) }

    /// A record of (kind, item) pairs, each of which must name an item of the guide.
    private func items(_ section: Int, _ index: Int) -> [(kind: ItemKind, item: Int)] {
        read(section, index) { reader throws(GuideFile.Damaged) in
            let numbers = try reader.ints()
            guard numbers.count % 2 == 0 else { throw GuideFile.Damaged() }
            return try stride(from: 0, to: numbers.count, by: 2).map { start throws(GuideFile.Damaged) in
                try item(numbers[start], numbers[start + 1])
            }
        }
    }

    /// The first stem not ordered before `word` (binary search of the sorted vocabulary).
    func firstStem(notBefore word: [UInt8]) -> Int {
        var low = 0
        var high = vocabularySize
        while low < high {
            let middle = (low + high) / 2
            if stem(middle).lexicographicallyPrecedes(word) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
