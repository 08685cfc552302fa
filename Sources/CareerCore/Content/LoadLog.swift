/// What one load of a guide found: the problems, in the order met, and every id defined and every
/// reference to an id not defined yet, so that those can be checked once all files are read.
final class LoadLog {
    private(set) var problems: [ContentError] = []
    /// Where each id is defined, as a file and a position (made into text only for a duplicate).
    private var definitions: [ItemRef: (file: String, position: TextPosition)] = [:]
    /// The references to ids not defined when they were read, in reading order; the file by number in
    /// `files` (a path kept once, not once for each reference).
    private var references: [(ref: ItemRef, file: Int, position: TextPosition)] = []
    private var files: [String] = []
    /// False for trusted content (the bundled guide, checked by the test suite; a compiled guide, checked when
    /// it was compiled): ids and references are not recorded, as nothing will check them, and lists are not
    /// searched for a value given twice.
    let recording: Bool

    init(recording: Bool = true) {
        self.recording = recording
    }

    /// What a log for a part of a load, read on another thread, was told, in order: `absorb` tells it to
    /// the load's own log where the part stands in the files, so that the problems and their order are
    /// those of one reading from start to end. Nil for a load's own log.
    private var told: [Told]?
    private enum Told {
        case problem(ContentError)
        case definition(ItemRef, file: String, position: TextPosition)
        case level(String, file: String, position: TextPosition)
    }

    /// A log for a part of the load `log` is the log of, from where that load stands (the levels it knows).
    init(partOf log: LoadLog) {
        recording = log.recording
        definitions = log.definitions  // to find references to them at once; what the part defines is told
        declaredLevels = log.declaredLevels
        levelOrder = log.levelOrder
        levelsAreKnown = log.levelsAreKnown
        told = []
    }

    /// Tells this log what the log of a part was told, as if it were told now.
    func absorb(_ part: LoadLog) {
        for told in part.told ?? [] {
            switch told {
            case .problem(let problem): report(problem)
            case .definition(let ref, let file, let position): define(ref, file: file, position: position)
            case .level(let id, let file, let position): declareLevel(id, file: file, position: position)
            }
        }
        let files = part.files.map(number(of:))
        references += part.references.lazy.map { ($0.ref, files[$0.file], $0.position) }
    }

    /// Kinds whose file could not be read: references to them are not checked (each would be a false alarm).
    private var unloadedKinds: Set<ItemKind> = []
    /// Past this many, a guide is reported as having too many problems, and reading goes on silently.
    static let problemLimit = 1000

    func report(_ problem: ContentError) {
        guard problems.count <= Self.problemLimit else { return }
        if told != nil {
            // Past the limit plus one, no problem of a part can be among those the load keeps.
            problems.append(problem)
            told!.append(.problem(problem))
            return
        }
        if problems.count == Self.problemLimit {
            problems.append(ContentError(file: problem.file, position: nil, problem: .tooManyProblems(limit: Self.problemLimit)))
            return
        }
        problems.append(problem)
    }

    /// A file that could not be read (absent, or not an array of JSON): references to its kind, or levels
    /// if it is levels.json, are not checked.
    func unloaded(_ file: ContentLoader.File, present: Bool) {
        if let kind = file.kind { unloadedKinds.insert(kind) }
        if present, file.rawValue == Level.file { levelsAreKnown = false }
    }

    private var declaredLevels: [String: String] = [:]
    private var levelOrder: [String] = []
    /// False once levels.json proved unreadable: roles' levels cannot then be checked.
    var levelsAreKnown = true

    /// The ids a role's level may take: the levels declared so far, or the standard ones; nil when unknown.
    var levelIDs: [String]? {
        guard recording, levelsAreKnown else { return nil }
        return levelOrder.isEmpty ? Level.standard.map(\.id) : levelOrder
    }

    func declareLevel(_ id: String, file: String, position: TextPosition) {
        guard recording else { return }
        if told != nil { return told!.append(.level(id, file: file, position: position)) }
        if let first = declaredLevels[id] {
            report(ContentError(file: file, position: position, problem: .duplicateLevel(id: id, firstDefinedAt: first)))
            return
        }
        declaredLevels[id] = "\(file):\(position)"
        levelOrder.append(id)
    }

    func define(_ ref: ItemRef, file: String, position: TextPosition) {
        guard recording else { return }
        if told != nil { return told!.append(.definition(ref, file: file, position: position)) }
        if let first = definitions[ref] {
            report(
                ContentError(
                    file: file, position: position,
                    problem: .duplicateID(kind: ref.kind, id: ref.id, firstDefinedAt: "\(first.file):\(first.position)")))
            return
        }
        definitions[ref] = (file, position)
    }

    /// Makes room for `count` more definitions at once (a large file's ids, in place of growing the table
    /// many times over).
    func makeRoom(forDefinitions count: Int) {
        guard recording, told == nil else { return }
        definitions.reserveCapacity(definitions.count + count)
    }

    func refer(to ref: ItemRef, file: String, position: TextPosition) {
        guard recording else { return }
        // A reference to an id defined already is to something that will be there: only the others are kept,
        // to be checked once every file is read. Most repeat the one before of their kind (the one source of
        // a role's every weight), which a compare finds for less than a lookup.
        let kind = ref.kind.ordinal
        if lastFound[kind] == ref.id { return }
        if definitions[ref] != nil {
            lastFound[kind] = ref.id
            return
        }
        references.append((ref, number(of: file), position))
    }

    /// The id of each kind last found defined by `refer`.
    private var lastFound = [String?](repeating: nil, count: ItemKind.allCases.count)

    /// The number of `file` in `files`, which keeps it if it is new.
    private func number(of file: String) -> Int {
        if let last = files.last, last == file { return files.count - 1 }
        if let number = files.firstIndex(of: file) { return number }
        files.append(file)
        return files.count - 1
    }

    /// Logs every reference, in reading order, to an id nothing defines; the first few with the defined id
    /// they nearly spell, if any (a search among thousands of ids is not worth making for every one).
    func checkReferences() {
        var ids: [ItemKind: [String]] = [:]
        var suggested = 0
        for reference in references where definitions[reference.ref] == nil && !unloadedKinds.contains(reference.ref.kind) {
            var suggestion: String?
            if suggested < 20 {
                suggested += 1
                let kind = reference.ref.kind
                if ids[kind] == nil { ids[kind] = definitions.keys.filter { $0.kind == kind }.map(\.id).sorted() }
                suggestion = NearestWords.nearest(to: reference.ref.id, among: ids[kind] ?? []).first
            }
            report(
                ContentError(
                    file: files[reference.file], position: reference.position,
                    problem: .unknownReference(kind: reference.ref.kind, id: reference.ref.id, suggestion: suggestion)))
        }
    }
}
