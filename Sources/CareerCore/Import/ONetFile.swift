/// The files of the O*NET database's text download that an import reads, each with the columns it needs
/// (found by name) and, for the optional ones, what a pack made without it lacks.
package enum ONetFile: String, CaseIterable, Sendable {
    case occupations = "Occupation Data.txt"
    case jobZoneReference = "Job Zone Reference.txt"
    case jobZones = "Job Zones.txt"
    case tasks = "Task Statements.txt"
    case alternateTitles = "Alternate Titles.txt"
    case related = "Related Occupations.txt"
    case technology = "Technology Skills.txt"

    static let code = "O*NET-SOC Code"

    var columns: [String] {
        switch self {
        case .occupations: [Self.code, "Title", "Description"]
        case .jobZoneReference: ["Job Zone", "Name", "Experience", "Education", "Job Training"]
        case .jobZones: [Self.code, "Job Zone"]
        case .tasks: [Self.code, "Task", "Task Type"]
        case .alternateTitles: [Self.code, "Alternate Title", "Short Title"]
        case .related: [Self.code, "Related O*NET-SOC Code", "Index"]
        case .technology: [Self.code, "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"]
        }
    }

    /// Without the occupations there is nothing to import.
    var isRequired: Bool { self == .occupations }

    /// What a pack made without this file lacks.
    var absence: String {
        switch self {
        case .occupations: ""
        case .jobZoneReference: "the job zones have no names or descriptions"
        case .jobZones: "no occupation has a level"
        case .tasks: "no occupation has tasks"
        case .alternateTitles: "no occupation has other titles to find it by"
        case .related: "no occupation has related occupations"
        case .technology: "there are no skills, so match and gap have nothing to go on"
        }
    }
}
