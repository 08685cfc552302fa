import CareerCore

enum RoadmapCommand {
    static let spec = CommandSpec(
        name: "roadmap",
        summary: "show the beginner-to-job roadmap: its phases in order, with goals, skills, projects, certifications",
        options: [
            OptionSpec(
                name: "phase", short: "p", placeholder: "N|NAME", takesWords: true, help: "only this phase, by number or name")
        ],
        examples: [
            Example("careers roadmap", "all four phases"),
            Example("careers roadmap --phase 2", "just the Classical ML phase"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let catalog = context.catalog
        var phases = catalog.phases
        var notes: [String] = []
        if let wanted = context.invocation.value("phase") {
            if let number = Int(wanted) {
                guard let phase = catalog.phase(number: number) else {
                    throw .usage("there is no phase \(number)", hint: "The roadmap has phases 1 to \(phases.count).")
                }
                phases = [phase]
            } else {
                let (ref, note) = try context.resolve(wanted, among: [.phase], noun: "phase")
                phases = [catalog.phase(ref.id)!]
                notes += note.map { [$0] } ?? []
            }
        }
        let pages = Pages(context: context)
        var document = Document()
        if phases.count > 1 {
            document.add(.title("Beginner-to-job roadmap"))
        }
        for phase in phases { document.blocks += pages.phaseBlocks(phase, title: phases.count == 1) }
        context.sourcesSection(Array(Set(phases.flatMap(\.sources))).sorted(), into: &document)
        let shown = phases
        return CommandOutput(document: document, json: .object([("phases", .array(shown.map(pages.phaseJSON)))]), notes: notes)
    }
}
