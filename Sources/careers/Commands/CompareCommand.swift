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
        let comparison = try compare(context)
        return CommandOutput(
            document: document(comparison, context), json: json(comparison, context), notes: comparison.notes)
    }

    /// What `compare` shows: the two roles, where each stands, and their own skills side by side.
    struct Comparison: Sendable {
        let first: Role
        let second: Role
        let firstPlace: Place?
        let secondPlace: Place?
        let skills: RoleComparison
        /// The marks, for the JSON only (see `marksForJSON`).
        let marks: Plan
        let notes: [String]
    }

    static func compare(_ context: Context) throws(CLIError) -> Comparison {
        let (first, second, notes) = try roles(context)
        let catalog = context.catalog
        let path = GrowthPath(catalog: catalog)
        func place(_ role: Role) -> Place? {
            if path?.entry.contains(role.id) == true { return .entry }
            return path?.steps.contains { $0.contains(role.id) } == true ? .path : nil
        }
        return Comparison(
            first: first, second: second, firstPlace: place(first), secondPlace: place(second),
            skills: RoleComparison(first, second, catalog: catalog), marks: context.marksForJSON().plan, notes: notes)
    }

    /// The two roles the words name, or a usage error saying how many they named.
    private static func roles(_ context: Context) throws(CLIError) -> (Role, Role, [String]) {
        // A quoted name of several words is one name, never read as the names its words make; `vs` parts two
        // names as a comma does.
        var refs: [ItemRef] = []
        var notes: [String] = []
        var unquoted: [String] = []
        func readUnquoted() throws(CLIError) {
            defer { unquoted = [] }
            guard unquoted.contains(where: { $0 != "," }) else { return }
            let named = try context.resolveNames(unquoted, among: [.role], noun: "role", unique: false)
            (refs, notes) = (refs + named.refs, notes + named.notes)
        }
        for word in context.invocation.arguments {
            if separators.contains(word.lowercased()) {
                unquoted.append(",")
            } else if word.contains(where: \.isWhitespace), !word.contains(where: { $0 == "," || $0 == ";" }),
                !word.split(separator: " ").contains(where: { separators.contains($0.lowercased()) })
            {
                try readUnquoted()
                let (ref, note) = try context.resolve(word, among: [.role], noun: "role")
                refs.append(ref)
                notes += note.map { [$0] } ?? []
            } else {
                // Words quoted together with a separator between them ("data scientist, ml engineer") are read as
                // if unquoted: the separator parts them.
                unquoted += word.split(whereSeparator: \.isWhitespace).map { separators.contains($0.lowercased()) ? "," : String($0) }
            }
        }
        try readUnquoted()
        let example = "For example: careers compare \"Data Scientist\" \"Machine Learning Engineer\""
        let names = refs.map { context.catalog.name(of: $0) }
        guard refs.count == 2 else {
            throw .usage(
                "'careers compare' compares two roles, but the words name "
                    + (refs.isEmpty ? "none" : "\(refs.count == 1 ? "one" : "\(refs.count)"): " + names.joined(separator: ", ")),
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
    enum Place: String, Sendable {
        case entry = "entry level"
        case path = "growth path"
    }

    /// "at the entry level", "on it; comes after Senior ML Engineer; leads to Head of AI", or "not on it".
    static func describe(_ role: Role, _ place: Place?, _ context: Context) -> String {
        guard let place else { return "not on it" }
        let after = context.catalog.rolesLeading(to: role).map(\.name)
        return
            ([place == .entry ? "at the entry level" : "on it"]
            + (after.isEmpty ? [] : ["comes after " + after.joined(separator: ", ")])
            + (role.next.isEmpty ? [] : ["leads to " + context.names(role.next, .role)])).joined(separator: "; ")
    }
}
