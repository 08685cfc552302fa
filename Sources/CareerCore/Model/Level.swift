/// How far into a career, or how much preparation, a role asks for: one step of a guide's own vocabulary
/// of levels, which a pack declares in order in levels.json (O*NET's job zones, a team's grades). A pack
/// that declares none uses the three standard levels, entry, senior and lead, which is what the bundled
/// guide places its roles at.
package struct Level: Hashable, Sendable {
    /// What roles name it by ("entry", "job-zone-4").
    package let id: String
    /// As shown: "entry", "Job Zone Four: Considerable Preparation Needed".
    package let name: String
    /// What it means; empty where the guide does not say.
    package let description: String
    /// Empty for the standard levels, which are part of the program rather than of a guide.
    package let sources: [String]

    package init(id: String, name: String, description: String = "", sources: [String] = []) {
        self.id = id
        self.name = name
        self.description = description
        self.sources = sources
    }

    /// The levels of a guide that declares none: lowest first.
    package static let standard = [entry, senior, lead]
    package static let entry = Level(id: "entry", name: "entry")
    package static let senior = Level(id: "senior", name: "senior")
    package static let lead = Level(id: "lead", name: "lead")

    /// The levels a guide with `declared` levels uses: those, or the standard ones if there are none.
    package static func vocabulary(_ declared: [Level]) -> [Level] { declared.isEmpty ? standard : declared }

    /// As a phrase: "entry level" for a one-word name, the name itself for a longer one ("Job Zone Four: …").
    package var phrase: String { name.contains(" ") ? name : "\(name) level" }
}

extension Level: PackFileItem {
    package static let file = "levels.json"
    package static var all: WritableKeyPath<Content, [Self]> { \.levels }

    /// `"id"`, `"name"`, `"description"` (may be empty) and `"sources"`; the file's order is the levels' order,
    /// lowest first.
    package init(_ json: ObjectReader) {
        self.init(
            id: json.levelID(), name: json.string("name"), description: json.optionalString("description") ?? "",
            sources: json.sources())
    }

    package var json: JSON {
        .object([("id", .string(id)), ("name", .string(name)), ("description", .optional(description.isEmpty ? nil : description)), ("sources", .strings(sources))])
    }
}
