import CareerCore

enum CompareCommand {
    static let spec = CommandSpec(
        name: "compare",
        summary: "put two roles side by side: level, place on the growth path, the skills both or only one need",
        argument: ArgumentSpec(
            placeholder: "role",
            help: "two roles: quoted, of one word each, or told apart by a comma or 'vs' "
                + "('data scientist vs ml engineer'); unquoted words are read as the longest names they make",
            value: .name("role", [.role]), repeatable: true),
        examples: [
            Example("careers compare \"Data Scientist\" \"ML Engineer\"", "what the two roles share and what sets them apart"),
            Example("careers compare data scientist vs nlp engineer", "the same, without quotes"),
            Example("careers compare mle ds --json", "as data"),
        ],
        run: run)

    /// Words that stand between the two names, as a comma does.
    static let separators: Set<String> = ["vs", "vs.", "versus"]

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let (first, second, notes) = try roles(context)
        let catalog = context.catalog
        let comparison = RoleComparison(first, second, catalog: catalog)
        let path = GrowthPath(catalog: catalog)
        func place(_ role: Role) -> Place? {
            if path?.entry.contains(role.id) == true { return .entry }
            return path?.steps.contains { $0.contains(role.id) } == true ? .path : nil
        }

        var document = Document(blocks: [.title("\(first.name) and \(second.name)")])
        for role in [first, second] {
            document.add(.heading(role.name))
            document.add(
                .fields([
                    .init(label: "Level", value: context.levelLabel(role.level)),
                    .init(label: "Growth path", value: describe(role, place(role), context)),
                ]))
        }
        func phase(_ requirement: Requirement) -> String {
            catalog.phase(teaching: requirement).map(context.phaseName) ?? "not on the roadmap"
        }
        func rows(_ requirements: [Requirement]) -> Document.Block {
            .rows(requirements.map { .init(cells: [catalog.name(of: $0), phase($0), context.needLabel($0)]) })
        }
        document.add(.heading("Own skills of both"))
        if comparison.both.isEmpty {
            document.add(.text("No skill of their own in common."))
        } else {
            document.add(
                .rows(
                    comparison.both.map { shared in
                        let (a, b) = (context.needLabel(shared.first), context.needLabel(shared.second))
                        let need = a == b ? a : "\(a) for \(first.name); \(b) for \(second.name)"
                        return .init(cells: [catalog.name(of: shared.first), phase(shared.first), need])
                    }))
        }
        for (role, other, only) in [(first, second, comparison.onlyFirst), (second, first, comparison.onlySecond)] {
            document.add(.heading("Own skills of \(role.name) only"))
            if only.isEmpty {
                document.add(
                    .text(role.skills.isEmpty ? context.noOwnSkills(role) : "None: each of its own skills is one of \(other.name)'s too, above."))
            } else {
                document.add(rows(only))
            }
        }
        if !comparison.foundations.isEmpty {
            // The same list beside any two roles, so it is named once, not repeated.
            document.add(
                .note(
                    "The field's foundations stand apart from both roles: careers skills --role \"\(first.name)\" lists them "
                        + "with the audience each document names."))
        }
        let items = context.itemJSON(context.marksForJSON().plan)
        @Sendable func stepJSON(_ requirement: Requirement, _ scope: Scope) -> JSON {
            items.requirement(requirement, scope: scope).setting(
                "phase", items.ref(.phase, catalog.phase(teaching: requirement)?.id))
        }
        let (firstPlace, secondPlace) = (place(first), place(second))
        @Sendable func roleJSON(_ role: Role, _ place: Place?) -> JSON {
            .object([
                ("role", items.role(role)), ("place", place.map { .string($0.rawValue) } ?? .null),
                ("comesAfter", items.refs(.role, catalog.rolesLeading(to: role).map(\.id))),
            ])
        }
        @Sendable func json() -> JSON {
            .object([
                ("first", roleJSON(first, firstPlace)), ("second", roleJSON(second, secondPlace)),
                (
                    "both",
                    .array(
                        comparison.both.map {
                            .object([("first", stepJSON($0.first, .role)), ("second", stepJSON($0.second, .role))])
                        })
                ),
                ("onlyFirst", .array(comparison.onlyFirst.map { stepJSON($0, .role) })),
                ("onlySecond", .array(comparison.onlySecond.map { stepJSON($0, .role) })),
                ("foundations", .array(comparison.foundations.map { stepJSON($0, .field) })),
            ])
        }
        return CommandOutput(document: document, json: json(), notes: notes)
    }

    /// The two roles the words name, or a usage error saying how many they named.
    private static func roles(_ context: Context) throws(CLIError) -> (Role, Role, [String]) {
        // A quoted name of several words is one name; `vs` parts two names as a comma does.
        let words = context.invocation.arguments.map { word in
            separators.contains(word.lowercased()) ? "," : word.contains(" ") ? ",\(word)," : word
        }
        let example = "For example: careers compare \"Data Scientist\" \"Machine Learning Engineer\""
        let (refs, notes) = try context.resolveNames(words, among: [.role], noun: "role", unique: false)
        let names = refs.map { context.catalog.name(of: $0) }
        guard refs.count == 2 else {
            throw .usage(
                "'careers compare' compares two roles, but the words name \(refs.count == 1 ? "one" : "\(refs.count)"): "
                    + names.joined(separator: ", "),
                hint: refs.count > 2 ? "Quote a name of several words, or put 'vs' between the two." : example)
        }
        guard refs[0] != refs[1] else {
            throw .usage(
                "both names are \(names[0]): a role compared with itself has everything in common",
                hint: "Name two different roles. " + example)
        }
        return (try context.item(refs[0], Catalog.role), try context.item(refs[1], Catalog.role), notes)
    }

    /// Where a role stands: at the entry level, on the growth path itself, or neither.
    enum Place: String {
        case entry = "entry level"
        case path = "growth path"
    }

    /// "at the entry level", "on it; comes after Senior ML Engineer; leads to Head of AI", or "not on it".
    private static func describe(_ role: Role, _ place: Place?, _ context: Context) -> String {
        guard let place else { return "not on it" }
        let after = context.catalog.rolesLeading(to: role).map(\.name)
        return
            ([place == .entry ? "at the entry level" : "on it"]
            + (after.isEmpty ? [] : ["comes after " + after.joined(separator: ", ")])
            + (role.next.isEmpty ? [] : ["leads to " + context.names(role.next, .role)])).joined(separator: "; ")
    }
}
