/// `progress.json`, read and written. Small and meant to be read by people:
///
///     {
///       "version": 1,
///       "guides": {
///         "bundled": {
///           "target": "data-scientist",
///           "skills": {"linear-algebra": "learning", "python": "done"},
///           "projects": {"spam-detector": "done"}
///         }
///       }
///     }
///
/// Reading is strict: anything unexpected is reported with its line and column, never guessed at, so
/// that a damaged file is never taken for an empty one and overwritten.
extension PlanFile {
    /// What is wrong with a file that cannot be read as a plan, and where.
    package struct Damage: Error, Equatable, Sendable {
        package let position: TextPosition
        package let message: String
        /// True when the file is in a format newer than this careers reads.
        package var isNewerFormat = false
    }

    /// The plan in `bytes`, checked from top to bottom.
    package init(json bytes: [UInt8]) throws(Damage) {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw Damage(position: error.position, message: "malformed JSON: \(error.message)")
        }
        let top = try Self.members(of: root, "the file", allowed: ["version", "guides"])
        // The version first: a newer file may be shaped differently, and must say so rather than look broken.
        guard let version = top["version"] else { throw Damage(position: root.position, message: "missing field 'version'") }
        guard case .number(let number) = version.storage, let format = Int(exactly: number), format >= 1 else {
            throw Damage(position: version.position, message: "field 'version' should be a whole number of 1 or more")
        }
        guard format <= Self.version else {
            throw Damage(
                position: version.position,
                message: "written by a newer careers (format \(format); this one reads format \(Self.version))",
                isNewerFormat: true)
        }
        guard let guides = top["guides"] else { throw Damage(position: root.position, message: "missing field 'guides'") }
        guard case .object(let entries) = guides.storage else { throw Self.wrongType(guides, "'guides'", "an object") }
        var plans: [String: Plan] = [:]
        for (guide, value) in entries {
            plans[guide] = try Self.plan(value, guide: guide)
        }
        self.init(plans: plans)
    }

    /// The file's text: keys in a fixed order, marks sorted by id, so that a change shows as a small diff.
    package var json: String {
        let guides = plans.sorted { $0.key < $1.key }.map { guide, plan -> (String, JSON) in
            var members: [(String, JSON)] = [("target", plan.target.map { .string($0) } ?? .null)]
            for kind in Mark.kinds {
                let marks = plan.marks.filter { $0.key.kind == kind }.sorted { $0.key.id < $1.key.id }
                if !marks.isEmpty {
                    members.append((Self.key(for: kind), .object(marks.map { ($0.key.id, .string($0.value.rawValue)) })))
                }
            }
            return (guide, .object(members))
        }
        return JSON.object([("version", .number(Double(Self.version))), ("guides", .object(guides))]).serialized() + "\n"
    }

    // MARK: Reading

    /// The key that holds the marks of a kind: its name in the plural ("skills").
    private static func key(for kind: ItemKind) -> String { kind.rawValue + "s" }

    private static func plan(_ value: JSONValue, guide: String) throws(Damage) -> Plan {
        let what = "the plan for '\(guide)'"
        let members = try members(of: value, what, allowed: ["target"] + Mark.kinds.map(key(for:)))
        var plan = Plan()
        if let target = members["target"] {
            switch target.storage {
            case .null: break
            case .string(let id) where !id.isEmpty: plan.target = id
            default: throw wrongType(target, "'target' of \(what)", "a role id or null")
            }
        }
        for kind in Mark.kinds {
            guard let marks = members[key(for: kind)] else { continue }
            guard case .object(let entries) = marks.storage else { throw wrongType(marks, "'\(key(for: kind))'", "an object") }
            for (id, mark) in entries {
                guard !id.isEmpty else { throw Damage(position: mark.position, message: "an empty \(kind.rawValue) id") }
                guard case .string(let word) = mark.storage, let parsed = Mark(rawValue: word) else {
                    let found = if case .string(let word) = mark.storage { "'\(word)'" } else { mark.kindDescription }
                    throw Damage(
                        position: mark.position,
                        message: "the mark of \(kind.rawValue) '\(id)' is \(found), expected one of: "
                            + Mark.allCases.map(\.rawValue).joined(separator: ", "))
                }
                plan.marks[ItemRef(kind, id)] = parsed
            }
        }
        return plan
    }

    /// The members of an object, by key, refusing any key not in `allowed`.
    private static func members(of value: JSONValue, _ what: String, allowed: [String]) throws(Damage) -> [String: JSONValue] {
        guard case .object(let entries) = value.storage else { throw wrongType(value, what, "an object") }
        var members: [String: JSONValue] = [:]
        for (key, member) in entries {
            guard allowed.contains(key) else {
                throw Damage(
                    position: member.position,
                    message: "unknown field '\(key)' in \(what) (expected \(allowed.map { "'\($0)'" }.joined(separator: ", ")))")
            }
            members[key] = member
        }
        return members
    }

    private static func wrongType(_ value: JSONValue, _ what: String, _ expected: String) -> Damage {
        Damage(position: value.position, message: "\(what) should be \(expected), found \(value.kindDescription)")
    }
}
