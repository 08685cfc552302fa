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
        var reader = ONetRowReader()
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
        var technology = ONetTechnologies()
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

        let names = ONetTitles(occupations: occupations.map { ($0.code, $0.title) }, titles: titles)
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
