import CareerCore

/// `roadmap`'s phases as text and as JSON.
extension RoadmapCommand {
    static func document(_ roadmap: Roadmap, _ context: Context) -> Document {
        let (catalog, plan, phases) = (context.catalog, roadmap.plan, roadmap.phases)
        let pages = Pages(context: context, plan: plan)
        var document = Document()
        if phases.count > 1 {
            document.add(.title("Roadmap"))
        }
        for phase in phases { document.blocks += pages.phaseBlocks(phase, title: phases.count == 1) }
        var sources = Set(phases.flatMap(\.sources))
        if roadmap.whole {
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
                catalog.all(Certification.self).map { plan.mark(of: ItemRef(.certification, $0.id)).marking($0.name) })
            sources.formUnion(catalog.projects().flatMap(\.sources) + catalog.all(Certification.self).flatMap(\.sources))
        }
        context.sourcesSection(sources.sorted(), into: &document)
        return document
    }

    static func json(_ roadmap: Roadmap, _ context: Context) -> JSON {
        let (catalog, whole) = (context.catalog, roadmap.whole)
        let json = Pages(context: context, plan: roadmap.plan).json
        return .object([
            ("phases", .array(roadmap.phases.map(json.phase))),
            ("projects", .array(whole ? catalog.projects().map(json.project) : [])),
            ("certifications", .array(whole ? catalog.all(Certification.self).map(json.certification) : [])),
        ])
    }
}
