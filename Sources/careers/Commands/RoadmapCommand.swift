import CareerCore

enum RoadmapCommand {
    static let phase = OptionSpec(
        name: "phase", short: "p", value: .name("N|NAME", [.phase]), takesWords: true, help: "only this phase, by number or name")

    static let spec = CommandSpec(
        name: "roadmap",
        summary: "show the beginner-to-job roadmap: its phases in order, then projects to build and certifications",
        options: [
            phase,
            PictureFormat.option,
        ],
        examples: [
            Example("careers roadmap", "all four phases, the projects by level and the certifications"),
            Example("careers roadmap --phase 2", "just the Classical ML phase"),
            Example("careers roadmap --format svg > roadmap.svg", "the phases and their skills as a picture"),
            Example("careers roadmap --format html > guide.html", "the whole guide as one page, pictures included"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let format = try context.pictureFormat()
        // The HTML page is the whole guide: a guide without a roadmap (O*NET's) still has one.
        let roadmap = try format == .html && context.catalog.phases.isEmpty ? wholeGuideOnly(context) : roadmap(context)
        if format != .text {
            let picture = context.roadmapPicture(roadmap.phases, plan: roadmap.plan)
            return try context.pictureOutput(
                format, plan: roadmap.plan, narrowed: Self.phase, notes: roadmap.notes, svg: { Layout(roadmap: picture) },
                mermaid: { Mermaid.roadmap(picture) }, dot: { Dot.roadmap(picture) })
        }
        return CommandOutput(document: document(roadmap, context), json: json(roadmap, context), notes: roadmap.notes)
    }

    /// What `roadmap` shows: its phases, or the one asked for, with the marks.
    struct Roadmap: Sendable {
        let phases: [Phase]
        /// Whether every phase is shown, and with them the projects and certifications.
        let whole: Bool
        let plan: Plan
        let notes: [String]
    }

    private static func wholeGuideOnly(_ context: Context) throws(CLIError) -> Roadmap {
        if context.invocation.isSet(Self.phase) { try context.requireSome(context.catalog.phases, "roadmap") }
        let (plan, warnings) = context.marks()
        return Roadmap(phases: [], whole: true, plan: plan, notes: warnings)
    }

    static func roadmap(_ context: Context) throws(CLIError) -> Roadmap {
        try context.requireSome(context.catalog.phases, "roadmap")
        let (phases, note) = try chosenPhases(context)
        let (plan, warnings) = context.marks()
        return Roadmap(
            phases: phases, whole: phases.count == context.catalog.phases.count, plan: plan,
            notes: (note.map { [$0] } ?? []) + warnings)
    }

    /// Every phase, or the one `--phase` names, with a note when its name was read loosely.
    private static func chosenPhases(_ context: Context) throws(CLIError) -> ([Phase], String?) {
        let phases = context.catalog.phases
        guard let wanted = context.invocation.text(RoadmapCommand.phase) else { return (phases, nil) }
        // A number is "phase N", read as every name of a phase is (`Context.resolve`), with its own errors.
        let trimmed = String(wanted.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        let isNumber = trimmed.contains(where: { $0.isNumber }) && trimmed.allSatisfy { $0.isNumber || "+-.".contains($0) }
        let name = isNumber ? "phase \(trimmed)" : wanted
        do throws(CLIError) {
            let (ref, note) = try context.resolve(name, among: [.phase], noun: "phase")
            return ([try context.item(ref, Catalog.phase(_:))], note)
        } catch {
            if Context.phaseNumber(in: name) != nil { throw error }
            throw .notFound(
                "no phase named '\(wanted.excerpt())'",
                hint: "Give a number or a name: \(phases.map { "\($0.number) \($0.name)" }.joined(separator: ", ")).")
        }
    }
}
