import CareerCore

/// The full page of one item, as text and as JSON. `show` uses every kind; `roadmap` uses phases.
/// Items that can be marked show their mark from `plan`.
struct Pages {
    let context: Context
    var plan = Plan()
    private var catalog: Catalog { context.catalog }

    /// "Python [done]".
    private func marked(_ ref: ItemRef) -> String { plan.mark(of: ref).marking(catalog.name(of: ref)) }

    /// A "Status" field for an item that has a mark.
    private func statusField(_ ref: ItemRef) -> [Document.Field] {
        plan.mark(of: ref).map { [.init(label: "Status", value: $0.rawValue)] } ?? []
    }

    func page(for ref: ItemRef) throws(CLIError) -> CommandOutput {
        switch ref.kind {
        case .role: rolePage(try context.item(ref, Catalog.role))
        case .skill: skillPage(try context.item(ref, Catalog.skill))
        case .topic: topicPage(try context.item(ref, Catalog.topic))
        case .phase: phasePage(try context.item(ref, Catalog.phase(_:)))
        case .certification: certificationPage(try context.item(ref, as: Certification.self))
        case .project: projectPage(try context.item(ref, Catalog.project))
        case .tip: tipPage(try context.item(ref, Catalog.tip))
        case .section: sectionPage(try context.item(ref, Catalog.section))
        case .source: sourcePage(try context.item(ref, Catalog.source))
        case .category: categoryPage(try context.item(ref, Catalog.category))
        }
    }

    /// A page's output; its JSON, extra members included, is built only if asked for.
    private func output(
        _ kind: ItemKind, _ item: @autoclosure @escaping @Sendable () -> JSON, _ document: Document,
        extra: @autoclosure @escaping @Sendable () -> [(String, JSON)] = []
    ) -> CommandOutput {
        CommandOutput(document: document, json: .object([("kind", .string(kind.label)), (kind.label, item())] + extra()))
    }

    /// Items as JSON, with their marks.
    var json: ItemJSON { context.itemJSON(plan) }

    /// The page's "Also called" field, where the item has other names.
    private func alsoCalled(_ aliases: [String]) -> [Document.Field] {
        aliases.isEmpty ? [] : [.init(label: "Also called", value: aliases.joined(separator: ", "))]
    }

    // MARK: Roles and skills

    func rolePage(_ role: Role) -> CommandOutput {
        var document = Document(blocks: [.title(role.name), .text(role.summary)])
        let isTarget = plan.target == role.id
        document.add(
            .fields(
                // The id too: what `show` takes, and a framework's own code (O*NET's "15-2051.00").
                [.init(label: "Level", value: context.levelLabel(role.level)), .init(label: "Id", value: role.id)]
                    + alsoCalled(role.aliases)
                    + (isTarget ? [.init(label: "Target", value: "yours ('careers progress' shows your plan)")] : [])))
        document.add(.heading("Responsibilities"))
        document.add(role.responsibilities.isEmpty ? .text(Silence.responsibilities) : .bullets(role.responsibilities))
        document.add(.heading("Its own skills"))
        if role.skills.isEmpty {
            document.add(.text(context.noOwnSkills(role)))
        } else {
            document.add(
                .bullets(
                    role.skills.map { requirement in
                        plan.status(of: requirement).marking(
                            catalog.name(of: requirement) + (requirement.weights.isEmpty ? "" : ": \(context.weightsLabel(requirement))"))
                    }))
        }
        if !catalog.foundations.isEmpty {
            document.add(
                .note(
                    "The field's foundations, each weight with its audience: "
                        + "careers skills --role \"\(role.name)\"."))
        }
        let after = catalog.rolesLeading(to: role)
        let growth: [Document.Field] =
            (role.next.isEmpty ? [] : [.init(label: "Leads to", value: context.names(role.next, .role))])
            + (after.isEmpty ? [] : [.init(label: "Comes after", value: after.map(\.name).joined(separator: ", "))])
        if !growth.isEmpty {
            document.add(.heading("Growth path"))
            document.add(.fields(growth))
        }
        document.section("Related roles", catalog.idsOfRelatedRoles(of: role).map { catalog.name(of: ItemRef(.role, $0)) })
        context.sourcesSection(role.sources, into: &document)
        let json = self.json
        return output(
            .role, json.role(role), document,
            extra: [("leadsTo", json.refs(.role, role.next)), ("comesAfter", json.refs(.role, after.map(\.id)))])
    }

    func skillPage(_ skill: Skill) -> CommandOutput {
        let category = catalog.category(skill.category)
        let ref = ItemRef(.skill, skill.id)
        var document = Document(blocks: [.title(skill.name), .text(skill.description)])
        document.add(
            .fields(
                [.init(label: "Category", value: category?.name ?? skill.category)]
                    + alsoCalled(skill.aliases)
                    + skill.countsToward.map { credit in
                        .init(label: "Counts toward", value: "\(catalog.name(of: ItemRef(.skill, credit.skill))) ('\(credit.quote)')")
                    }
                    + statusField(ref)))
        let foundations = catalog.foundations(naming: skill.id)
        let needed = catalog.roles(needing: skill.id)
        let neededBy = neededByFields(foundations, needed)
        document.add(.heading("Needed by"))
        document.add(
            neededBy.isEmpty
                ? .text("No role is linked to it in particular, and it is not among the field's foundations.") : .fields(neededBy))
        let phase = catalog.phase(teaching: skill.id)
        let projects = catalog.projects(exercising: skill.id)
        let topics = catalog.topics(covering: skill.id)
        let learn: [Document.Field] =
            (phase.map { [.init(label: "Roadmap", value: $0.title)] } ?? [])
            + (projects.isEmpty ? [] : [.init(label: "Projects", value: projects.map(\.name).joined(separator: ", "))])
            + (topics.isEmpty ? [] : [.init(label: "Key topic", value: topics.map(\.name).joined(separator: ", "))])
        if !learn.isEmpty {
            document.add(.heading("Where to learn it"))
            document.add(.fields(learn))
        }
        context.sourcesSection(skill.sources, into: &document)
        return output(
            .skill, json.skill(skill), document,
            extra: [
                ("foundations", .array(foundations.map { json.requirement($0, scope: .field) })),
                (
                    "neededBy",
                    .array(
                        needed.map {
                            .object([
                                ("role", json.ref(.role, $0.role.id)),
                                ("requirement", json.requirement($0.requirement, scope: .role)),
                            ])
                        })
                ),
                ("phase", json.ref(.phase, phase?.id)),
                ("projects", json.refs(.project, projects.map(\.id))),
                ("topics", json.refs(.topic, topics.map(\.id))),
            ])
    }

    /// The foundations naming a skill and the roles needing it, as a skill's page lists them.
    private func neededByFields(_ foundations: [Requirement], _ needed: [(role: Role, requirement: Requirement)])
        -> [Document.Field]
    {
        var neededBy: [Document.Field] = []
        for foundation in foundations {
            // "TensorFlow or PyTorch: often required for anyone seeking a career in LLMs (blog article)".
            let choice = foundation.isChoice ? "\(catalog.name(of: foundation)): " : ""
            neededBy.append(.init(label: "Foundation", value: choice + context.weightsLabel(foundation)))
        }
        if !needed.isEmpty {
            let roles = needed.map { $0.role.name + ($0.requirement.weights.isEmpty ? "" : ": \(context.weightsLabel($0.requirement))") }
            neededBy.append(.init(label: "Roles", value: roles.joined(separator: "; ")))
        }
        return neededBy
    }

    // MARK: Roadmap items

    /// A phase as a run of blocks, so that `roadmap` can list several on one page.
    func phaseBlocks(_ phase: Phase, title: Bool) -> [Document.Block] {
        [
            title ? .title(phase.title) : .heading(phase.title), .text(phase.goal),
            .fields([
                .init(label: "Skills", value: phase.skills.map { marked(ItemRef(.skill, $0)) }.joined(separator: ", "))
            ]),
        ]
    }

    func phasePage(_ phase: Phase) -> CommandOutput {
        var document = Document(blocks: phaseBlocks(phase, title: true))
        context.sourcesSection(phase.sources, into: &document)
        return output(.phase, json.phase(phase), document)
    }

    func certificationPage(_ certification: Certification) -> CommandOutput {
        let ref = ItemRef(.certification, certification.id)
        var document = Document(blocks: [.title(certification.name), .text(certification.summary)])
        let fields =
            (certification.issuer.map { [Document.Field(label: "Issuer", value: $0)] } ?? []) + alsoCalled(certification.aliases)
            + statusField(ref)
        if !fields.isEmpty { document.add(.fields(fields)) }
        context.sourcesSection(certification.sources, into: &document)
        return output(.certification, json.certification(certification), document)
    }

    func projectPage(_ project: Project) -> CommandOutput {
        var document = Document(blocks: [.title(project.name), .text(project.summary)])
        document.add(
            .fields(
                [.init(label: "Level", value: project.level.rawValue)]
                    + (project.skills.isEmpty ? [] : [.init(label: "Skills", value: context.names(project.skills, .skill))])
                    + alsoCalled(project.aliases) + statusField(ItemRef(.project, project.id))))
        context.sourcesSection(project.sources, into: &document)
        return output(.project, json.project(project), document)
    }

    // MARK: Topics, tips, the field, sources

    func topicPage(_ topic: Topic) -> CommandOutput {
        var document = Document(blocks: [.title(topic.name), .text(topic.summary)])
        for detail in topic.details { document.add(.text(detail)) }
        document.add(.heading("Skills it covers"))
        document.add(
            .fields(topic.skills.compactMap(catalog.skill).map { .init(label: $0.name, value: firstSentence($0.description)) }))
        context.sourcesSection(topic.sources, into: &document)
        return output(.topic, json.topic(topic), document)
    }

    func tipPage(_ tip: Tip) -> CommandOutput {
        var document = Document(blocks: [.title(tip.name), .text(tip.summary)])
        document.section("How", tip.actions)
        context.sourcesSection(tip.sources, into: &document)
        return output(.tip, json.tip(tip), document)
    }

    func sectionBlocks(_ section: FieldSection, title: Bool) -> [Document.Block] {
        var blocks: [Document.Block] = [title ? .title(section.title) : .heading(section.title)]
        blocks += section.paragraphs.map { .text($0) }
        let labelled = section.points.filter { $0.label != nil }
        if !labelled.isEmpty { blocks.append(.fields(labelled.map { .init(label: $0.label!, value: $0.text) })) }
        let plain = section.points.filter { $0.label == nil }.map(\.text)
        if !plain.isEmpty { blocks.append(.bullets(plain)) }
        return blocks
    }

    func sectionPage(_ section: FieldSection) -> CommandOutput {
        var document = Document(blocks: sectionBlocks(section, title: true))
        context.sourcesSection(section.sources, into: &document)
        return output(.section, json.section(section), document)
    }

    func sourcePage(_ source: Source) -> CommandOutput {
        var document = Document(blocks: [.title(source.title), .text(source.summary)])
        let cited = catalog.items(citing: source.id).filter { $0.kind != .source }
        let counts = ItemKind.allCases.compactMap { kind -> String? in
            let count = cited.filter { $0.kind == kind }.count
            return count == 0 ? nil : "\(count) \(kind.label)\(count == 1 || kind == .section ? "" : "s")"
        }
        document.add(
            .fields([
                .init(label: "Kind", value: source.kind), .init(label: "Id", value: source.id),
                .init(label: "Document", value: source.document),
                .init(
                    label: "Title", value: source.ownTitle ? "the document's own" : "given by the guide (the document has none)"),
                .init(label: "Cited by", value: counts.joined(separator: ", ")),
            ]))
        return output(
            .source, json.source(source), document,
            extra: [("citedBy", .array(cited.map(json.kindRef)))])
    }

    func categoryPage(_ category: SkillCategory) -> CommandOutput {
        let skills = catalog.skills(category: category.id)
        var document = Document(blocks: [.title(category.name)])
        document.add(.heading("Skills"))
        document.add(.fields(skills.map { .init(label: $0.name, value: firstSentence($0.description)) }))
        return output(.category, json.category(category), document, extra: [("skills", json.refs(.skill, skills.map(\.id)))])
    }
}
