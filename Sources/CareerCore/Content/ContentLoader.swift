/// Reads a content directory (Content/ in the repository) into validated `Content`.
/// The generator uses it at build time; the same code can read a directory given at run time.
public enum ContentLoader {
    /// The files of a content directory, each a JSON array of one kind of item.
    public enum File: String, CaseIterable, Sendable {
        case sources = "sources.json"
        case categories = "categories.json"
        case skills = "skills.json"
        case foundations = "foundations.json"
        case roles = "roles.json"
        case roadmap = "roadmap.json"
        case certifications = "certifications.json"
        case projects = "projects.json"
        case tips = "tips.json"
        case topics = "topics.json"
        case field = "field.json"
    }

    /// Loads every file of `directory`, then validates ids and references across them.
    public static func load(directory: String) throws(ContentError) -> Content {
        var files: [File: [UInt8]] = [:]
        for file in File.allCases {
            files[file] = try readFile(path(of: file, in: directory))
        }
        return try load(files: files, directory: directory)
    }

    /// Loads content from the bytes of each file; `directory` only prefixes the paths in errors.
    /// `trusted` skips the checks across items (references, ContentRules) for content the test suite has
    /// already checked with them, the bundled guide: every run would otherwise pay for them again.
    public static func load(
        files: [File: [UInt8]], directory: String = "Content", trusted: Bool = false
    ) throws(ContentError)
        -> Content
    {
        let ledger = ReferenceLedger(recording: !trusted)
        var positions = ContentRules.Positions()

        func items<Item>(_ file: File, _ read: (ObjectReader) throws(ContentError) -> Item) throws(ContentError) -> [Item] {
            let path = path(of: file, in: directory)
            guard let bytes = files[file] else {
                throw ContentError(file: path, position: nil, problem: .unreadable(reason: "the file is missing"))
            }
            let root: JSONValue
            do {
                root = try JSONParser.parse(bytes)
            } catch {
                throw ContentError(file: path, position: error.position, problem: .malformed(error.message))
            }
            guard case .array(let elements) = root.storage else {
                throw ContentError(
                    file: path, position: root.position,
                    problem: .wrongType(field: "the file", expected: "an array", found: root.kindDescription))
            }
            positions.record(file, path: path, elements.map(\.position))
            return try elements.map { (element) throws(ContentError) in
                let reader = try ObjectReader(element, file: path, ledger: ledger)
                let item = try read(reader)
                try reader.finish()
                return item
            }
        }

        let content = Content(
            sources: try items(.sources, Source.init),
            categories: try items(.categories, SkillCategory.init),
            skills: try items(.skills, Skill.init),
            foundations: try items(.foundations, Requirement.init),
            roles: try items(.roles, Role.init),
            phases: try items(.roadmap, Phase.init),
            certifications: try items(.certifications, Certification.init),
            projects: try items(.projects, Project.init),
            tips: try items(.tips, Tip.init),
            topics: try items(.topics, Topic.init),
            field: try items(.field, FieldSection.init))
        if !trusted {
            try ledger.checkReferences()
            try ContentRules.check(content, at: positions)
        }
        return content
    }

    private static func path(of file: File, in directory: String) -> String {
        directory.hasSuffix("/") ? directory + file.rawValue : directory + "/" + file.rawValue
    }

    private static func readFile(_ path: String) throws(ContentError) -> [UInt8] {
        do {
            return try FileBytes.read(path)
        } catch {
            throw ContentError(file: path, position: nil, problem: .unreadable(reason: error.reason))
        }
    }
}
