import CareerCore

/// One item's page as the browser shows it: the text `careers show` gives, laid out to a width, then its
/// links (the items it names), one a line, which Tab selects and Enter follows.
struct BrowsePage: Equatable {
    struct Link: Equatable {
        /// How the page relates to it: "Skill", "Leads to", "Source".
        let relation: String
        let ref: ItemRef
        let name: String
    }

    var lines: [String]
    var links: [Link]
    /// The line of each link, in `lines`.
    var linkLines: [Int]

    static func make(_ ref: ItemRef, context: Context, plan: Plan, width: Int, color: Bool) -> BrowsePage {
        let terminal = Terminal(isInteractive: true, width: max(width, 20), color: color)
        let document: Document
        do {
            document = try Pages(context: context, plan: plan).page(for: ref).document
        } catch {
            document = Document(blocks: [.title(context.catalog.name(of: ref)), .text(error.message)])
        }
        var lines = TextRenderer(terminal: terminal).render(document).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        if lines.last == "" { lines.removeLast() }
        let links = Self.links(of: ref, catalog: context.catalog, plan: plan)
        var linkLines: [Int] = []
        if !links.isEmpty {
            lines.append("")
            lines.append(color ? "\u{1B}[1;36mLinks\u{1B}[0m (Tab selects, Enter follows)" : "Links (Tab selects, Enter follows)")
            for link in links {
                linkLines.append(lines.count)
                let name = plan.mark(of: link.ref).marking(link.name)
                lines.append(Cells.fit("  \(link.relation): \(name)", width))
            }
            // A source cited by thousands of items links to the first of them, and says so.
            if ref.kind == .source {
                let cited = context.catalog.items(citing: ref.id).count { $0.kind != .source }
                let linked = links.count { $0.relation == "Cited by" }
                if cited > linked { lines.append(Cells.fit("  … and \(cited - linked) more items cite it", width)) }
            }
        }
        return BrowsePage(lines: lines, links: links, linkLines: linkLines)
    }

    /// How many of the items that cite a source its page links to.
    static let citedLinks = 200

    /// The items a page names, each once, in the order the page names them.
    static func links(of ref: ItemRef, catalog: Catalog, plan: Plan) -> [Link] {
        var links: [Link] = []
        var seen = Set<ItemRef>()
        func add(_ relation: String, _ kind: ItemKind, _ ids: [String]) {
            for id in ids {
                let target = ItemRef(kind, id)
                guard catalog.contains(target), seen.insert(target).inserted else { continue }
                // A phase as pages title it: "Phase 1: Foundations".
                let name = (kind == .phase ? catalog.phase(id)?.title : nil) ?? catalog.name(of: target)
                links.append(Link(relation: relation, ref: target, name: name))
            }
        }
        switch ref.kind {
        case .role:
            guard let role = catalog.role(ref.id) else { break }
            add("Skill", .skill, role.skills.flatMap(\.skills))
            add("Leads to", .role, role.next)
            add("Comes after", .role, catalog.rolesLeading(to: role).map(\.id))
            add("Related role", .role, catalog.idsOfRelatedRoles(of: role))
            add("Source", .source, role.sources)
        case .skill:
            guard let skill = catalog.skill(ref.id) else { break }
            add("Taught in", .phase, catalog.phase(teaching: skill.id).map { [$0.id] } ?? [])
            add("Counts toward", .skill, skill.countsToward.map(\.skill))
            add("Needed by", .role, catalog.roleRefs(needing: skill.id).map(\.id))
            add("Project", .project, catalog.projects(exercising: skill.id).map(\.id))
            add("Topic", .topic, catalog.topics(covering: skill.id).map(\.id))
            add("Source", .source, skill.sources)
        case .phase:
            guard let phase = catalog.phase(ref.id) else { break }
            add("Skill", .skill, phase.skills)
            add("Source", .source, phase.sources)
        case .project:
            guard let project = catalog.project(ref.id) else { break }
            add("Skill", .skill, project.skills)
            add("Source", .source, project.sources)
        case .topic:
            guard let topic = catalog.topic(ref.id) else { break }
            add("Skill", .skill, topic.skills)
            add("Source", .source, topic.sources)
        case .source:
            for cited in catalog.items(citing: ref.id).lazy.filter({ $0.kind != .source }).prefix(citedLinks) {
                add("Cited by", cited.kind, [cited.id])
            }
        case .category:
            add("Skill", .skill, catalog.skills(category: ref.id).map(\.id))
        default:  // an item whose only links are its sources (a certification, a tip)
            add("Source", .source, catalog.entry(ref)?.sources ?? [])
        }
        return links
    }
}
