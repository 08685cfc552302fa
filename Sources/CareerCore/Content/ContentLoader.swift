/// Reads a guide (a content pack: a directory in the format of Content/, or the bundled guide's embedded
/// files) into validated `Content`. Every source of content goes through here and through the same rules;
/// a guide with problems yields all of them at once, each with its file, line and column.
package enum ContentLoader {
    /// A file of a guide: a JSON array of one kind of item (see `Content.files`).
    package struct File: Hashable, Sendable, CustomStringConvertible {
        /// Its name in a pack ("roles.json").
        package let rawValue: String
        /// A guide must have it; a missing optional file means none of its items.
        package let isRequired: Bool
        /// The kind of item it defines (none for the foundations, which define nothing).
        let kind: ItemKind?

        init(_ type: any PackFileItem.Type) {
            rawValue = type.file
            isRequired = type.isRequired
            kind = type.itemKind
        }

        /// The file named `name`, if a guide has one.
        package init?(named name: String) {
            guard let file = Self.allCases.first(where: { $0.rawValue == name }) else { return nil }
            self = file
        }

        /// Every file, in the order they are read and their problems reported.
        package static let allCases = Content.files.map(File.init)

        package var description: String { rawValue }
    }

    /// Bounds on what a guide may hold, enforced while reading, so that no input can exhaust memory or time.
    package enum Limits {
        /// One file of a pack.
        package static let fileBytes = 64 << 20
        /// One text field: a name, a summary, a paragraph.
        package static let textBytes = 64 << 10
    }

    /// Loads the pack in `directory`.
    package static func load(directory: String) throws(ContentProblems) -> Content {
        guard let info = FileSystem.status(directory) else {
            let reason = SystemError.message(SystemError.last)
            throw ContentProblems([ContentError(file: directory, position: nil, problem: .notADirectory(reason: reason))])
        }
        guard FileKind(info) == .directory else {
            throw ContentProblems([ContentError(file: directory, position: nil, problem: .notADirectory(reason: "it is a file"))])
        }
        // The largest file of a large pack is read on a second thread while the others are read here.
        let largest = largest(File.allCases.map { ($0, FileSystem.status(path(of: $0, in: directory)).map { Int($0.st_size) } ?? 0) })
        let largestRead = largest.map { file in
            let path = path(of: file, in: directory)
            return BackgroundWork { Result { () throws(FileBytes.Failure) in try FileBytes.read(path, limit: Limits.fileBytes) } }
        }
        var files: [File: [UInt8]] = [:]
        var problems: [ContentError] = []
        for file in File.allCases {
            let path = path(of: file, in: directory)
            do {
                files[file] = try file == largest ? largestRead!.value.get() : FileBytes.read(path, limit: Limits.fileBytes)
            } catch .notFound where !file.isRequired {
                // Absent is fine for an optional file; a link to nothing is a mistake to point out.
                if FileSystem.status(path, followLinks: false) != nil { problems.append(ContentError(file: path, position: nil, problem: .brokenLink)) }
                continue
            } catch {
                let problem: ContentError.Problem =
                    switch error {
                    case .tooLarge(let limit): .tooLarge(limit: limit)
                    case .notAFile(let kind): .notAFile(kind: kind)
                    // A link to nothing is said to be one, as for an optional file.
                    case .notFound: FileSystem.status(path, followLinks: false) != nil ? .brokenLink : .missingFile
                    case .system: .unreadable(reason: error.reason)
                    }
                problems.append(ContentError(file: path, position: nil, problem: problem))
            }
        }
        problems += strayFiles(in: directory)
        do {
            let content = try load(files: files, directory: directory)
            if problems.isEmpty { return content }
        } catch {
            // A file that could not be read is reported once, with why, not again as missing.
            let unread = Set(problems.map(\.file))
            problems += error.errors.filter { !(unread.contains($0.file) && $0.problem == .missingFile) }
        }
        throw ContentProblems(sorted(problems))
    }

    /// Loads a guide from the bytes of each file; `directory` only prefixes the paths in problems. A required
    /// file absent from `files` is a problem; an optional one holds no items.
    /// `trusted` skips the checks across items (references, ContentRules) for content the test suite has
    /// already checked with them, the bundled guide: every run would otherwise pay for them again.
    /// `parallelFrom` is the size from which a file is worth a thread of its own.
    package static func load(
        files: [File: [UInt8]], directory: String = "Content", trusted: Bool = false, parallelFrom parallelBytes: Int = parallelBytes
    ) throws(ContentProblems) -> Content {
        let log = LoadLog(recording: !trusted)
        var positions = ContentRules.Positions()
        // The largest file of a large pack is parsed on a second thread while the files read before it are
        // parsed and read here (on a first run, a framework's roles while its skills are read); then its
        // items are read on both.
        let largest = largest(files.map { ($0.key, $0.value.count) }, from: parallelBytes)
        let parsedLargest = largest.map { file in BackgroundWork { [bytes = files[file]!] in parse(bytes) } }

        func items<Item>(_ file: File, _ read: (ObjectReader) -> Item) -> [Item] {
            let path = path(of: file, in: directory)
            guard let bytes = files[file] else {
                log.unloaded(file, present: false)
                if file.isRequired {
                    log.report(ContentError(file: path, position: nil, problem: .missingFile))
                }
                return []
            }
            let tape: JSONTape
            switch file == largest ? parsedLargest!.value : parse(bytes) {
            case .success(let parsed): tape = parsed
            case .failure(let error):
                log.report(ContentError(file: path, position: error.position, problem: .malformed(error.message)))
                log.unloaded(file, present: true)
                return []
            }
            guard tape.kind(0) == .array else {
                log.report(
                    ContentError(
                        file: path, position: tape.position(0),
                        problem: .wrongType(field: "the file", expected: "an array", found: tape.kindDescription(0))))
                log.unloaded(file, present: true)
                return []
            }
            let elements = tape.elements(0)
            positions.record(file, path: path, elements.map(tape.position))
            func decode(_ elements: ArraySlice<Int>, log: LoadLog) -> [Item] {
                let reader = ObjectReader(tape, file: path, log: log)
                return elements.compactMap { reader.read($0, read) }
            }
            // The largest file's second half is read on a second thread meanwhile, its log told to this one
            // after the first half. (The part's copy of the ids defined so far is taken before room is made
            // for this file's: the table is then copied once, not twice.)
            let part = file == largest && elements.count > 1 ? LoadLog(partOf: log) : nil
            if file.kind != nil { log.makeRoom(forDefinitions: elements.count) }
            guard let part else { return decode(elements[...], log: log) }
            let half = elements.count / 2
            return withoutActuallyEscaping(decode) { decode in
                let second = BackgroundWork(handingOver: { decode(elements[half...], part) })
                var items = decode(elements[..<half], log)
                items += second.value
                log.absorb(part)
                return items
            }
        }

        var content = Content()
        func read<Item: PackFileItem>(_ type: Item.Type) {
            content[keyPath: Item.all] = items(File(type), Item.init)
        }
        for type in Content.files { read(type) }
        if !trusted {
            ContentRules.check(content, at: positions, log: log, alongside: log.checkReferences)
        }
        guard log.problems.isEmpty else { throw ContentProblems(sorted(log.problems)) }
        return content
    }


    /// The size from which a file is worth a thread of its own.
    package static let parallelBytes = 1 << 20

    /// The largest of the files of these sizes, if it is worth a thread of its own.
    private static func largest(_ sizes: [(File, Int)], from threshold: Int = parallelBytes) -> File? {
        sizes.max { $0.1 < $1.1 }.flatMap { $0.1 >= threshold ? $0.0 : nil }
    }

    private static func parse(_ bytes: [UInt8]) -> Result<JSONTape, JSONParser.Failure> {
        Result { () throws(JSONParser.Failure) in try JSONParser.tape(bytes) }
    }

    /// JSON files in `directory` that are not files of a guide: a misspelt name (`tip.json`) would
    /// otherwise leave its items out without a word.
    static func strayFiles(in directory: String) -> [ContentError] {
        let known = File.allCases.map(\.rawValue)
        let names = (FileSystem.entries(of: directory) ?? []).filter { $0.hasSuffix(".json") && !known.contains($0) }
        return names.sorted().map { name in
            // Only a near spelling is suggested ("tip.json", "skill.json"): "notes.json" is not a misspelt "roles.json".
            let stem = Array(name.dropLast(5).lowercased().utf8)
            let suggestion = known.first { file in
                let candidate = Array(file.dropLast(5).utf8)
                return EditDistance.distance(stem, candidate, limit: 1) != nil
                    || (stem.count >= 3 && (candidate.starts(with: stem) || stem.starts(with: candidate)))
            }
            return ContentError(file: path(of: name, in: directory), position: nil, problem: .unknownFile(suggestion: suggestion))
        }
    }

    /// Problems in the order of the files, then of their lines and columns.
    static func sorted(_ problems: [ContentError]) -> [ContentError] {
        let order = Dictionary(File.allCases.enumerated().map { ($1.rawValue, $0) }, uniquingKeysWith: { a, _ in a })
        let keys = problems.enumerated().map { offset, error in
            let name = String(error.file.split(separator: "/").last ?? "")
            return (order[name] ?? -1, error.position?.line ?? Int.max, error.position?.column ?? 0, offset)
        }
        return problems.indices.sorted { keys[$0] < keys[$1] }.map { problems[$0] }
    }

    static func path(of file: File, in directory: String) -> String {
        path(of: file.rawValue, in: directory)
    }

    static func path(of name: String, in directory: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
