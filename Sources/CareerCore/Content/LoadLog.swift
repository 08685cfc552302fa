/// What one load of a guide found: the problems, in the order met, and every id defined and every
/// reference made, so that references can be checked once all files are read.
final class LoadLog {
    private(set) var problems: [ContentError] = []
    /// Where each id is defined, as a file and a position (made into text only for a duplicate).
    private var definitions: [ItemRef: (file: String, position: TextPosition)] = [:]
    private var references: [(ref: ItemRef, file: String, position: TextPosition)] = []
    /// False for trusted content (the bundled guide, checked by the test suite; a compiled guide, checked when
    /// it was compiled): ids and references are not recorded, as nothing will check them, and lists are not
    /// searched for a value given twice.
    let recording: Bool

    init(recording: Bool = true) {
        self.recording = recording
    }

    /// Kinds whose file could not be read: references to them are not checked (each would be a false alarm).
    private var unloadedKinds: Set<ItemKind> = []
    /// Past this many, a guide is reported as having too many problems, and reading goes on silently.
    static let problemLimit = 1000

    func report(_ problem: ContentError) {
        guard problems.count <= Self.problemLimit else { return }
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
        if let first = declaredLevels[id] {
            report(ContentError(file: file, position: position, problem: .duplicateLevel(id: id, firstDefinedAt: first)))
            return
        }
        declaredLevels[id] = "\(file):\(position)"
        levelOrder.append(id)
    }

    func define(_ ref: ItemRef, file: String, position: TextPosition) {
        guard recording else { return }
        if let first = definitions[ref] {
            report(
                ContentError(
                    file: file, position: position,
                    problem: .duplicateID(kind: ref.kind, id: ref.id, firstDefinedAt: "\(first.file):\(first.position)")))
            return
        }
        definitions[ref] = (file, position)
    }

    func refer(to ref: ItemRef, file: String, position: TextPosition) {
        guard recording else { return }
        references.append((ref, file, position))
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
                    file: reference.file, position: reference.position,
                    problem: .unknownReference(kind: reference.ref.kind, id: reference.ref.id, suggestion: suggestion)))
        }
    }
}
