/// Turns the O*NET database (`ONetDatabase`) into a guide: one role per occupation, one skill per named
/// technology grouped by its commodity, the job zones as the guide's levels, and O*NET itself as the one
/// source every item cites. Only what the files say goes in; a weight is O*NET's own flag ("in demand",
/// "hot technology"), never a made-up one.
package struct ONetImport: Sendable {
    package let content: Content
    /// What the user should know: files that were absent and what the pack then lacks, rows left out.
    package let notes: [String]

    /// The id of the one source.
    static let source = "onet"

    /// `directory` names the download (`db_29_2_text`), from which the release is read unless `release`
    /// gives it.
    package init(_ database: ONetDatabase, directory: String, release: String? = nil) throws(ImportProblems) {
        var reader = RowReader()
        var notes = database.missing.map { "\($0.rawValue) is missing: \($0.absence)." }

        // Occupations, in the file's order (by code).
        var occupations: [(code: String, title: String, description: String)] = []
        var known: Set<String> = []
        var titleLines: [String: Int] = [:]
        if let file = database.files[.occupations] {
            for row in reader.rows(file) {
                guard let code = reader.code(row, ONetFile.code), let title = reader.text(row, "Title"),
                    let description = reader.text(row, "Description")
                else { continue }
                guard known.insert(code).inserted else {
                    reader.fail(row, "occupation \(code) is listed twice")
                    continue
                }
                // Titles are names: each must lead to one occupation, compared as lookups compare them.
                if let first = titleLines[TextFolding.key(title)] {
                    reader.fail(row, "the title '\(title.excerpt(limit: 40))' is also the title on line \(first)")
                    continue
                }
                titleLines[TextFolding.key(title)] = row.line
                occupations.append((code, title, description))
            }
        }

        if let file = database.files[.occupations], file.rows.isEmpty, !file.columns.isEmpty {
            reader.fail(TabFile.Row(line: 1, fields: []), "no occupation follows the header: there is nothing to import")
        }

        // Levels: the job zones, lowest first.
        var levels: [Level] = []
        if let file = database.files[.jobZoneReference] {
            for row in reader.rows(file) {
                guard let zone = reader.number(row, "Job Zone"), let name = reader.text(row, "Name") else { continue }
                guard !levels.contains(where: { $0.id == Self.levelID(zone) }) else {
                    reader.fail(row, "job zone \(zone) is listed twice")
                    continue
                }
                let description = ["Experience", "Education", "Job Training"].compactMap { reader.optional(row, $0) }
                levels.append(
                    Level(
                        id: Self.levelID(zone), name: name, description: description.joined(separator: " "),
                        sources: [Self.source]))
            }
        }
        var zoneOf: [String: String] = [:]
        if let file = database.files[.jobZones] {
            for row in reader.rows(file) {
                guard let code = reader.occupation(row, known), let zone = reader.number(row, "Job Zone") else { continue }
                let id = Self.levelID(zone)
                if database.files[.jobZoneReference] == nil {
                    if !levels.contains(where: { $0.id == id }) {
                        levels.append(Level(id: id, name: "Job Zone \(zone)", sources: [Self.source]))
                    }
                } else if !levels.contains(where: { $0.id == id }) {
                    reader.fail(row, "job zone \(zone) is not in \(ONetFile.jobZoneReference.rawValue)")
                    continue
                }
                zoneOf[code] = id
            }
        }
        levels.sort { $0.id.count != $1.id.count ? $0.id.count < $1.id.count : $0.id < $1.id }

        // Tasks: core tasks first, then supplemental ones, then the rest, each in the file's order.
        var tasks: [String: [(rank: Int, text: String)]] = [:]
        if let file = database.files[.tasks] {
            for row in reader.rows(file) {
                guard let code = reader.occupation(row, known), let task = reader.text(row, "Task") else { continue }
                let type = reader.optional(row, "Task Type")?.lowercased()
                tasks[code, default: []].append((type == "core" ? 0 : type == "supplemental" ? 1 : 2, task))
            }
        }

        // Other titles: each must lead to one occupation, so a title several occupations share is left out.
        var titles: [String: [(title: String, short: String?)]] = [:]
        if let file = database.files[.alternateTitles] {
            for row in reader.rows(file) {
                guard let code = reader.occupation(row, known), let title = reader.text(row, "Alternate Title") else { continue }
                let short = reader.optional(row, "Short Title").flatMap { $0.lowercased() == "n/a" ? nil : $0 }
                titles[code, default: []].append((title, short))
            }
        }

        // Related occupations, in O*NET's order (its tiers, most related first).
        var related: [String: [(index: Int, code: String)]] = [:]
        if let file = database.files[.related] {
            for row in reader.rows(file) {
                guard let code = reader.occupation(row, known), let other = reader.code(row, "Related O*NET-SOC Code"),
                    let index = reader.number(row, "Index")
                else { continue }
                guard known.contains(other) else {
                    reader.leftOut(file)
                    continue
                }
                if other != code { related[code, default: []].append((index, other)) }
            }
        }

        // Technologies: one skill per name (compared as lookups compare names), in its first commodity.
        var technology = TechnologyTable()
        if let file = database.files[.technology] {
            for row in reader.rows(file) {
                guard let code = reader.occupation(row, known), let name = reader.text(row, "Example"),
                    let commodity = reader.text(row, "Commodity Code"), let category = reader.text(row, "Commodity Title"),
                    let hot = reader.flag(row, "Hot Technology"), let inDemand = reader.flag(row, "In Demand")
                else { continue }
                technology.add(occupation: code, name: name, commodity: commodity, category: category, hot: hot, inDemand: inDemand)
            }
        }

        if !database.problems.isEmpty || !reader.problems.isEmpty { throw ImportProblems(database.problems + reader.problems) }
        notes += reader.leftOutNotes

        let names = NameTable(occupations: occupations.map { ($0.code, $0.title) }, titles: titles)
        if names.shared > 0 {
            notes.append(
                "\(names.shared) alternate \(names.shared == 1 ? "title is" : "titles are") left out: each is shared by several occupations, and a name must lead to one.")
        }
        var content = Content()
        content.sources = [Self.sourceItem(directory: directory, release: release, newest: reader.newestDate)]
        content.levels = levels
        content.categories = technology.sortedCategories
        content.skills = technology.skills
        content.roles = occupations.map { occupation in
            let code = occupation.code
            var seen: Set<String> = [code]
            return Role(
                id: code, name: occupation.title, aliases: names.aliases[code] ?? [], searchTerms: names.searchTerms[code] ?? [],
                level: zoneOf[code], summary: occupation.description,
                responsibilities: (tasks[code] ?? []).enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
                    .map(\.element.text),
                next: [],
                related: (related[code] ?? []).sorted { $0.index < $1.index }.map(\.code).filter { seen.insert($0).inserted },
                skills: technology.requirements(of: code), sources: [Self.source])
        }
        self.content = content
        self.notes = notes
    }

    static func levelID(_ zone: Int) -> String { "job-zone-\(zone)" }

    /// O*NET as the guide's one source, with the attribution its license (CC BY 4.0) asks for.
    static func sourceItem(directory: String, release: String?, newest: String? = nil) -> Source {
        let name = String(directory.split(separator: "/").last ?? Substring(directory))
        let version = release ?? Self.release(fromDirectoryName: name)
        let database = version.map { "O*NET \($0) Database" } ?? "O*NET Database"
        return Source(
            id: source, title: database, ownTitle: true, kind: "occupational database",
            summary: "This information is from the \(database) by the U.S. Department of Labor, Employment and Training "
                + "Administration (USDOL/ETA), used under the Creative Commons Attribution 4.0 International license "
                + "(CC BY 4.0); careers import onet has turned its text files into this guide's items. "
                + (newest.map { "The newest date in the files read is \($0). " } ?? "")
                + "O*NET® is a trademark of USDOL/ETA.",
            document: name)
    }

    /// "29.2" from the name O*NET gives its download, `db_29_2_text`; nil for any other name.
    static func release(fromDirectoryName name: String) -> String? {
        let parts = name.split(separator: "_")
        guard parts.count == 4, parts[0] == "db", parts[3] == "text", parts[1].allSatisfy(\.isNumber),
            parts[2].allSatisfy(\.isNumber), !parts[1].isEmpty, !parts[2].isEmpty
        else { return nil }
        return "\(parts[1]).\(parts[2])"
    }
}

/// Reads the fields of rows by column name, checking each; every problem is kept, with its file and line.
private struct RowReader {
    private(set) var problems: [ImportProblem] = []
    /// Rows, per file, naming an occupation that is not in the occupations' file.
    private var unknown: [(file: String, count: Int)] = []
    private var file: TabFile?

    /// The latest of the rows' dates ("Date", MM/YYYY) read so far, as (year, month).
    private var newest: (year: Int, month: Int)?

    /// "08/2024": the latest date of the rows read, where the files have a "Date" column.
    var newestDate: String? {
        newest.map { ($0.month < 10 ? "0" : "") + "\($0.month)/\($0.year)" }
    }

    /// The file's rows, read through this reader from now on.
    mutating func rows(_ file: TabFile) -> [TabFile.Row] {
        self.file = file
        if let column = file.column("Date") {
            for row in file.rows {
                let parts = row.fields[column].split(separator: "/")
                guard parts.count == 2, let month = Int(parts[0]), let year = Int(parts[1]), (1...12).contains(month) else { continue }
                if newest.map({ ($0.year, $0.month) < (year, month) }) ?? true { newest = (year, month) }
            }
        }
        return file.rows
    }

    mutating func fail(_ row: TabFile.Row, _ message: String) {
        guard problems.count < LoadLog.problemLimit else { return }
        problems.append(ImportProblem(file: file?.name ?? "", line: row.line, message))
    }

    /// The field, which may be blank (nil: nothing but white space).
    func optional(_ row: TabFile.Row, _ column: String) -> String? {
        guard let index = file?.column(column) else { return nil }
        let value = row.fields[index]
        return value.allSatisfy(\.isWhitespace) ? nil : value
    }

    /// The field, which must not be blank.
    mutating func text(_ row: TabFile.Row, _ column: String) -> String? {
        guard let value = optional(row, column) else {
            fail(row, "'\(column)' is empty")
            return nil
        }
        return value
    }

    /// An O*NET-SOC code: two digits, a hyphen, four digits, a dot, two digits ("15-2051.00").
    mutating func code(_ row: TabFile.Row, _ column: String) -> String? {
        guard let value = text(row, column) else { return nil }
        let bytes = Array(value.utf8)
        let digit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard bytes.count == 10, bytes[2] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "."),
            bytes.enumerated().allSatisfy({ $0.offset == 2 || $0.offset == 7 || digit($0.element) })
        else {
            fail(row, "'\(value.excerpt(limit: 30))' in '\(column)' is not an O*NET-SOC code (such as 15-2051.00)")
            return nil
        }
        return value
    }

    /// The row's occupation, if the occupations' file has it; a row naming another is counted and left out.
    mutating func occupation(_ row: TabFile.Row, _ known: Set<String>) -> String? {
        guard let code = code(row, ONetFile.code) else { return nil }
        guard known.contains(code) else {
            if let file { leftOut(file) }
            return nil
        }
        return code
    }

    mutating func leftOut(_ file: TabFile) {
        if unknown.last?.file == file.name { unknown[unknown.count - 1].count += 1 } else { unknown.append((file.name, 1)) }
    }

    var leftOutNotes: [String] {
        unknown.map { file, count in
            "\(file): \(count) \(count == 1 ? "row names an occupation" : "rows name occupations") not in "
                + "\(ONetFile.occupations.rawValue) (a partial download?), left out."
        }
    }

    mutating func number(_ row: TabFile.Row, _ column: String) -> Int? {
        guard let value = text(row, column) else { return nil }
        guard let number = Int(value), number >= 0 else {
            fail(row, "'\(value.excerpt(limit: 30))' in '\(column)' is not a whole number")
            return nil
        }
        return number
    }

    /// "Y" or "N".
    mutating func flag(_ row: TabFile.Row, _ column: String) -> Bool? {
        guard let value = text(row, column) else { return nil }
        switch value {
        case "Y", "y": return true
        case "N", "n": return false
        default:
            fail(row, "'\(value.excerpt(limit: 30))' in '\(column)' is neither Y nor N")
            return nil
        }
    }
}

/// The other titles of each occupation that lead to it alone: short titles as aliases ("Also called"),
/// the rest as search terms. A title that folds to the same key as another occupation's title or other
/// title is left out of both (counted in `shared`).
private struct NameTable {
    var aliases: [String: [String]] = [:]
    var searchTerms: [String: [String]] = [:]
    var shared = 0

    init(occupations: [(code: String, title: String)], titles: [String: [(title: String, short: String?)]]) {
        // Each name once, with its folded key (folding is most of the work).
        var names: [String: [(name: String, key: String, isShort: Bool)]] = [:]
        var owners: [String: Set<String>] = [:]
        for (code, title) in occupations { owners[TextFolding.key(title), default: []].insert(code) }
        for (code, list) in titles {
            var folded: [(name: String, key: String, isShort: Bool)] = []
            for (title, short) in list {
                folded.append((title, TextFolding.key(title), false))
                if let short { folded.append((short, TextFolding.key(short), true)) }
            }
            for name in folded { owners[name.key, default: []].insert(code) }
            names[code] = folded
        }
        var sharedKeys: Set<String> = []
        for (code, title) in occupations {
            var seen: Set<String> = [TextFolding.key(title)]
            var aliases: [String] = []
            var terms: [String] = []
            for (name, key, isShort) in names[code] ?? [] {
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                guard owners[key]?.count == 1 else {
                    sharedKeys.insert(key)
                    continue
                }
                if isShort { aliases.append(name) } else { terms.append(name) }
            }
            self.aliases[code] = aliases
            searchTerms[code] = terms
        }
        shared = sharedKeys.count
    }
}

/// The technologies: skills, their categories (commodities) and each occupation's requirements.
private struct TechnologyTable {
    private struct Technology {
        let id: String
        let name: String
        let category: String
        var occupations = 0
        var hot = 0
        var inDemand = 0
    }

    private var technologies: [Technology] = []
    private var byKey: [String: Int] = [:]
    private(set) var categories: [SkillCategory] = []
    private var categoryOfCommodity: [String: String] = [:]
    private var categoryOfKey: [String: String] = [:]
    private var ids = UniqueIDs()
    private var categoryIDs = UniqueIDs()
    /// Per occupation: (technology, hot, in demand), in the file's order, each technology once.
    private var links: [String: [(technology: Int, hot: Bool, inDemand: Bool)]] = [:]

    mutating func add(occupation: String, name: String, commodity: String, category: String, hot: Bool, inDemand: Bool) {
        let categoryID: String
        if let id = categoryOfCommodity[commodity] {
            categoryID = id
        } else if let id = categoryOfKey[TextFolding.key(category)] {
            categoryID = id
            categoryOfCommodity[commodity] = id
        } else {
            categoryID = categoryIDs.make(from: category)
            categories.append(SkillCategory(id: categoryID, name: category))
            categoryOfCommodity[commodity] = categoryID
            categoryOfKey[TextFolding.key(category)] = categoryID
        }
        let key = TextFolding.key(name)
        let index: Int
        if let found = byKey[key] {
            index = found
        } else {
            index = technologies.count
            byKey[key] = index
            technologies.append(Technology(id: ids.make(from: name), name: name, category: categoryID))
        }
        if let at = links[occupation]?.firstIndex(where: { $0.technology == index }) {
            // Listed twice for one occupation (under two commodities): one link, with either's flags.
            links[occupation]![at].hot = links[occupation]![at].hot || hot
            links[occupation]![at].inDemand = links[occupation]![at].inDemand || inDemand
            return
        }
        links[occupation, default: []].append((index, hot, inDemand))
        technologies[index].occupations += 1
        if hot { technologies[index].hot += 1 }
        if inDemand { technologies[index].inDemand += 1 }
    }

    /// The commodities, by name.
    var sortedCategories: [SkillCategory] { categories.sorted { ($0.name.lowercased(), $0.name) < ($1.name.lowercased(), $1.name) } }

    /// The technologies, by name.
    var skills: [Skill] {
        let names = Dictionary(uniqueKeysWithValues: categories.map { ($0.id, $0.name) })
        let acronyms = self.acronyms
        let sorted = technologies.sorted { ($0.name.lowercased(), $0.name) < ($1.name.lowercased(), $1.name) }
        return sorted.map { technology in
            let count = { (n: Int) in n == 1 ? "1 occupation" : "\(n) occupations" }
            var description = "\(names[technology.category] ?? ""), in the technology lists of \(count(technology.occupations))"
            if technology.hot > 0 { description += "; a hot technology for \(count(technology.hot))" }
            if technology.inDemand > 0 { description += "; in demand for \(count(technology.inDemand))" }
            return Skill(
                id: technology.id, name: technology.name, aliases: [],
                searchTerms: acronyms[technology.id].map { [$0] } ?? [], category: technology.category,
                description: description + ".", countsToward: [], sources: [ONetImport.source])
        }
    }

    /// The acronym a name spells out and then gives ("Structured query language SQL" → "SQL"), by
    /// technology id: what a person types for it. Only an acronym that leads to one technology, and is not
    /// another's name, is kept.
    private var acronyms: [String: String] {
        var found: [String: [String]] = [:]
        for technology in technologies {
            let words = technology.name.split(separator: " ")
            for (index, word) in words.enumerated() where (2...6).contains(word.count) && index >= word.count {
                guard word.allSatisfy({ $0.isASCII && $0.isUppercase }) else { continue }
                let initials = words[(index - word.count)..<index].compactMap(\.first).map { $0.uppercased() }.joined()
                if initials == word { found[String(word), default: []].append(technology.id) }
            }
        }
        var acronyms: [String: String] = [:]
        for (acronym, ids) in found where ids.count == 1 && byKey[TextFolding.key(acronym)] == nil {
            acronyms[ids[0]] = acronym
        }
        return acronyms
    }

    /// An occupation's technologies: those O*NET flags in demand first, then hot technologies, then the
    /// rest, each group in O*NET's order.
    func requirements(of occupation: String) -> [Requirement] {
        let links = (self.links[occupation] ?? []).enumerated().sorted { a, b in
            let rank = { (link: (technology: Int, hot: Bool, inDemand: Bool)) in link.inDemand ? 0 : link.hot ? 1 : 2 }
            return (rank(a.element), a.offset) < (rank(b.element), b.offset)
        }.map(\.element)
        return links.map { link in
            let words = (link.inDemand ? [Need.inDemand] : []) + (link.hot ? [Need.hotTechnology] : [])
            return Requirement(
                skills: [technologies[link.technology].id],
                weights: words.map { Weight(need: $0, audience: nil, sources: [ONetImport.source]) },
                sources: [ONetImport.source])
        }
    }
}

/// Ids made from names ("Microsoft Excel" → `microsoft-excel`, "C++" → `c-plus-plus`), each once.
private struct UniqueIDs {
    private var taken: Set<String> = []

    mutating func make(from name: String) -> String {
        let spelled = name.replacing("+", with: " plus ").replacing("#", with: " sharp ")
        let base = TextFolding.words(spelled).joined(separator: "-")
        var id = base.isEmpty ? "item" : base
        var suffix = 2
        while !taken.insert(id).inserted {
            id = "\(base.isEmpty ? "item" : base)-\(suffix)"
            suffix += 1
        }
        return id
    }
}
