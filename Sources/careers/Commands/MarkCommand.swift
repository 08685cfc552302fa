import CareerCore

enum MarkCommand {
    /// The words `careers mark` takes, and the mark each sets (`clear` removes it).
    static let statuses: [(word: String, mark: Mark?)] = [
        ("done", .done), ("learning", .learning), ("skip", .skipped), ("clear", nil),
    ]

    static let spec = CommandSpec(
        name: "mark",
        summary: "mark \(Mark.kindsInPlural) as done, being learned or skipped, or clear their marks",
        argument: ArgumentSpec(
            placeholder: "name",
            help: "one or more \(Mark.kindsInPlural), separated by commas or not: "
                + "'python linear algebra' is Python and Linear algebra",
            leadingChoice: LeadingChoice(
                placeholder: "status", choices: statuses.map(\.word), help: "the mark to set; clear removes it"),
            value: .name("name", Mark.kinds), repeatable: true),
        examples: [
            Example("careers mark done python linear algebra", "two skills learned"),
            Example("careers mark learning pytorch", "one in progress"),
            Example("careers mark skip robotics", "one you will not learn: 'next' leaves it out"),
            Example("careers mark clear python", "remove a mark"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let mark = statuses.first { $0.word == context.invocation.leadingChoice }!.mark
        var names = context.invocation.arguments
        // A mark on an item the guide no longer has can be cleared by its id.
        var unknown: [ItemRef] = []
        // For clearing, the plan as it is (read once): what has no mark is said, and nothing is written for it.
        let current = mark == nil ? try context.plan() : nil
        if let current {
            unknown = current.unknownMarks(in: context.catalog).map(\.ref).filter { names.contains($0.id) }
            names.removeAll { name in unknown.contains { $0.id == name } }
        }
        let (refs, notes) =
            names.isEmpty ? ([], []) : try context.resolveNames(names, among: Mark.kinds, noun: Mark.kindsInSingular)
        let items = refs + unknown
        let cleared = items.filter { current?.mark(of: $0) != nil }
        if mark != nil || !cleared.isEmpty { try context.updatePlan { $0.set(mark, on: items) } }
        func nameList(_ refs: [ItemRef]) -> String { refs.map { context.catalog.name(of: $0) }.joined(separator: ", ") }
        let unmarked = items.filter { !cleared.contains($0) }
        let text =
            mark.map { "Marked \($0.rawValue): \(nameList(items))." }
            ?? ((cleared.isEmpty ? [] : ["Cleared the mark\(cleared.count == 1 ? "" : "s") of \(nameList(cleared))."])
                + (unmarked.isEmpty ? [] : ["No mark to clear: \(nameList(unmarked))."])).joined(separator: " ")
        return CommandOutput(
            document: Document(blocks: [.text(text)]),
            json: .object([
                ("status", mark.json),
                ("items", .array(items.map(context.itemJSON().kindRef))),
            ]), notes: notes)
    }
}

extension Mark {
    /// "skills, projects or certifications": what can be marked, as help and errors say it.
    static let kindsInPlural = listed(kinds.map { $0.plural.lowercased() }, "or")
    /// "skill, project or certification".
    static let kindsInSingular = listed(kinds.map(\.label), "or")
}
