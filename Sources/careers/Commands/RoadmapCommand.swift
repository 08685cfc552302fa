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
        let catalog = context.catalog
        let format = try context.pictureFormat()
        var phases = catalog.phases
        try context.requireSome(phases, "roadmap")
        var notes: [String] = []
        if let wanted = context.invocation.text(RoadmapCommand.phase) {
            if let number = Int(wanted) {
                guard let phase = catalog.phase(number: number) else {
                    throw .usage("there is no phase \(number)", hint: "The roadmap has phases 1 to \(phases.count).")
                }
                phases = [phase]
            } else {
                guard let (ref, note) = try? context.resolve(wanted, among: [.phase], noun: "phase") else {
                    throw .notFound(
                        "no phase named '\(wanted)'",
                        hint: "Give a number from 1 to \(phases.count) or a name: \(phases.map(\.name).joined(separator: ", ")).")
                }
                phases = [try context.item(ref, Catalog.phase(_:))]
                notes += note.map { [$0] } ?? []
            }
        }
        let (plan, warnings) = context.marks()
        notes += warnings
        if format != .text {
            let picture = context.roadmapPicture(phases, plan: plan)
            return try context.pictureOutput(
                format, plan: plan, narrowed: Self.phase, notes: notes, svg: { Layout(roadmap: picture) },
                mermaid: { Mermaid.roadmap(picture) }, dot: { Dot.roadmap(picture) })
        }
        let pages = Pages(context: context, plan: plan)
        let whole = phases.count == catalog.phases.count
        var document = Document()
        if phases.count > 1 {
            document.add(.title("Roadmap"))
        }
        for phase in phases { document.blocks += pages.phaseBlocks(phase, title: phases.count == 1) }
        var sources = Set(phases.flatMap(\.sources))
        if whole {
            // The projects and certifications come with the roadmap, as lists of their own: no phase is tied to them.
            if !catalog.projects().isEmpty {
                document.add(.heading("Projects to build"))
                document.add(
                    .fields(
                        ProjectLevel.allCases.compactMap { level in
                            let projects = catalog.projects(level: level)
                            return projects.isEmpty
                                ? nil
                                : .init(
                                    label: level.rawValue.prefix(1).uppercased() + level.rawValue.dropFirst(),
                                    value: projects.map { plan.mark(of: ItemRef(.project, $0.id)).marking($0.name) }
                                        .joined(separator: "; "))
                        }))
            }
            document.section(
                "Certifications",
                catalog.certifications.map { plan.mark(of: ItemRef(.certification, $0.id)).marking($0.name) })
            sources.formUnion(catalog.projects().flatMap(\.sources) + catalog.certifications.flatMap(\.sources))
        }
        context.sourcesSection(sources.sorted(), into: &document)
        let shown = phases
        @Sendable func json() -> JSON {
            .object([
                ("phases", .array(shown.map(pages.json.phase))),
                ("projects", .array(whole ? catalog.projects().map(pages.json.project) : [])),
                ("certifications", .array(whole ? catalog.certifications.map(pages.json.certification) : [])),
            ])
        }
        return CommandOutput(document: document, json: json(), notes: notes)
    }
}
