import CareerCore

/// The full page of one item, as text and as JSON. `show` uses every kind; `roadmap` uses phases.
struct Pages {
    let context: Context
    private var catalog: Catalog { context.catalog }

    func page(for ref: ItemRef) -> CommandOutput {
        switch ref.kind {
        case .role: catalog.role(ref.id).map(rolePage)!
        case .skill: catalog.skill(ref.id).map(skillPage)!
        case .topic: catalog.topic(ref.id).map(topicPage)!
        case .phase: catalog.phase(ref.id).map(phasePage)!
        case .certification: catalog.certification(ref.id).map(certificationPage)!
        case .project: catalog.project(ref.id).map(projectPage)!
        case .tip: catalog.tip(ref.id).map(tipPage)!
        case .section: catalog.section(ref.id).map(sectionPage)!
        case .source: catalog.source(ref.id).map(sourcePage)!
        case .category: catalog.category(ref.id).map(categoryPage)!
        }
    }

    /// A page's output; its JSON, extra members included, is built only if asked for.
    private func output(
        _ kind: ItemKind, _ item: any Sendable, _ document: Document,
        extra: @autoclosure @escaping @Sendable () -> [(String, JSON)] = []
    ) -> CommandOutput {
        CommandOutput(
            document: document, json: .object([("kind", .string(kind.label)), (kind.label, JSON.encode(item))] + extra()))
    }

    private func aliasNote(_ aliases: [String]) -> [Document.Block] {
        aliases.isEmpty ? [] : [.note("Also called: " + aliases.joined(separator: ", "))]
    }

    // MARK: Roles and skills

    func rolePage(_ role: Role) -> CommandOutput {
        var document = Document(blocks: [.title(role.name), .text(role.summary)])
        document.add(
            .fields(
                [.init(label: "Level", value: role.level.rawValue)]
                    + (role.aliases.isEmpty ? [] : [.init(label: "Also called", value: role.aliases.joined(separator: ", "))])))
        document.add(.heading("Responsibilities"))
        if role.responsibilities.isEmpty {
            document.add(
                .text("The sources describe no work specific to this role beyond the field's as a whole (see 'careers about')."))
        } else {
            document.add(.bullets(role.responsibilities))
        }
        let links = catalog.skillLinks(of: role)
        for need in Need.allCases {
            let ids = links.filter { $0.need == need }.map(\.skill)
            let groups = catalog.skillsByCategory(ids.compactMap(catalog.skill))
            guard !groups.isEmpty else { continue }
            document.add(.heading(need == .essential ? "Essential skills" : "Optional skills"))
            document.add(
                .fields(groups.map { .init(label: $0.category.name, value: $0.skills.map(\.name).joined(separator: ", ")) }))
        }
        let after = catalog.rolesLeading(to: role)
        let growth: [Document.Field] =
            (role.next.isEmpty ? [] : [.init(label: "Leads to", value: context.names(role.next, .role))])
            + (after.isEmpty ? [] : [.init(label: "Comes after", value: after.map(\.name).joined(separator: ", "))])
        if !growth.isEmpty {
            document.add(.heading("Growth path"))
            document.add(.fields(growth))
        }
        let related = catalog.relatedRoles(of: role)
        document.section("Related roles", related.map(\.name))
        let certifications = catalog.certifications(for: role)
        document.section("Certifications that fit", certifications.map { "\($0.name) (\($0.issuer))" })
        context.sourcesSection(role.sources, into: &document)
        return output(
            .role, role, document,
            extra: [
                ("skills", .array(links.map(context.linkJSON))),
                ("leadsTo", context.refsJSON(role.next, .role)),
                ("comesAfter", context.refsJSON(after.map(\.id), .role)),
                ("relatedRoles", context.refsJSON(related.map(\.id), .role)),
                ("certifications", context.refsJSON(certifications.map(\.id), .certification)),
            ])
    }

    func skillPage(_ skill: Skill) -> CommandOutput {
        let category = catalog.category(skill.category)
        var document = Document(blocks: [.title(skill.name), .text(skill.description)])
        document.add(
            .fields(
                [.init(label: "Category", value: category?.name ?? skill.category)]
                    + (skill.aliases.isEmpty ? [] : [.init(label: "Also called", value: skill.aliases.joined(separator: ", "))])))
        let needed = catalog.roles(needing: skill)
        var neededBy: [Document.Field] = []
        for need in Need.allCases {
            let roles = needed.filter { $0.need == need }.map(\.role)
            guard !roles.isEmpty else { continue }
            let label = need == .essential ? "Essential for" : "Optional for"
            let value = roles.count == catalog.content.roles.count ? "every role" : roles.map(\.name).joined(separator: ", ")
            neededBy.append(.init(label: label, value: value))
        }
        document.add(.heading("Needed by"))
        if neededBy.isEmpty {
            document.add(.text("No role in the guide names this skill; it stands on its own."))
        } else {
            document.add(.fields(neededBy))
        }
        let phase = catalog.phase(teaching: skill.id)
        let projects = catalog.projects(exercising: skill.id)
        let certifications = catalog.certifications(covering: skill.id)
        let topics = catalog.topics(covering: skill.id)
        let learn: [Document.Field] =
            (phase.map { [.init(label: "Roadmap", value: context.phaseName($0))] } ?? [])
            + (projects.isEmpty ? [] : [.init(label: "Projects", value: projects.map(\.name).joined(separator: ", "))])
            + (certifications.isEmpty
                ? [] : [.init(label: "Certifications", value: certifications.map(\.name).joined(separator: ", "))])
            + (topics.isEmpty ? [] : [.init(label: "Key topic", value: topics.map(\.name).joined(separator: ", "))])
        if !learn.isEmpty {
            document.add(.heading("Where to learn it"))
            document.add(.fields(learn))
        }
        context.sourcesSection(skill.sources, into: &document)
        return output(
            .skill, skill, document,
            extra: [
                ("categoryName", .string(category?.name ?? "")),
                (
                    "neededBy",
                    .array(
                        needed.map {
                            .object([
                                ("id", .string($0.role.id)), ("name", .string($0.role.name)), ("need", .string($0.need.rawValue)),
                            ])
                        })
                ),
                ("phase", phase.map { context.refsJSON([$0.id], .phase) } ?? .array([])),
                ("projects", context.refsJSON(projects.map(\.id), .project)),
                ("certifications", context.refsJSON(certifications.map(\.id), .certification)),
                ("topics", context.refsJSON(topics.map(\.id), .topic)),
            ])
    }

    // MARK: Roadmap items

    /// A phase as a run of blocks, so that `roadmap` can list several on one page.
    func phaseBlocks(_ phase: Phase, title: Bool) -> [Document.Block] {
        var blocks: [Document.Block] = [
            title ? .title(context.phaseName(phase)) : .heading(context.phaseName(phase)), .text(phase.goal),
        ]
        var fields: [Document.Field] = [.init(label: "Skills", value: context.names(phase.skills, .skill))]
        if !phase.projects.isEmpty { fields.append(.init(label: "Projects", value: context.names(phase.projects, .project))) }
        if !phase.certifications.isEmpty {
            fields.append(.init(label: "Certifications", value: context.names(phase.certifications, .certification)))
        }
        blocks.append(.fields(fields))
        return blocks
    }

    func phaseJSON(_ phase: Phase) -> JSON {
        JSON.encode(phase)
            .setting("skills", context.refsJSON(phase.skills, .skill))
            .setting("projects", context.refsJSON(phase.projects, .project))
            .setting("certifications", context.refsJSON(phase.certifications, .certification))
    }

    func phasePage(_ phase: Phase) -> CommandOutput {
        var document = Document(blocks: phaseBlocks(phase, title: true))
        context.sourcesSection(phase.sources, into: &document)
        return CommandOutput(document: document, json: .object([("kind", .string("phase")), ("phase", phaseJSON(phase))]))
    }

    func certificationPage(_ certification: Certification) -> CommandOutput {
        var document = Document(blocks: [.title(certification.name), .text(certification.summary)])
        let phase = catalog.phase(containing: ItemRef(.certification, certification.id))
        document.add(
            .fields(
                [
                    .init(label: "Issuer", value: certification.issuer),
                    .init(label: "Skills", value: context.names(certification.skills, .skill)),
                ]
                    + (phase.map { [.init(label: "Roadmap", value: context.phaseName($0))] } ?? [])))
        document.blocks += aliasNote(certification.aliases)
        context.sourcesSection(certification.sources, into: &document)
        return output(
            .certification, certification, document, extra: [("phase", context.refsJSON(phase.map { [$0.id] } ?? [], .phase))])
    }

    func projectPage(_ project: Project) -> CommandOutput {
        var document = Document(blocks: [.title(project.name), .text(project.summary)])
        let phase = catalog.phase(containing: ItemRef(.project, project.id))
        document.add(
            .fields(
                [
                    .init(label: "Level", value: project.level.rawValue),
                    .init(label: "Skills", value: context.names(project.skills, .skill)),
                ]
                    + (phase.map { [.init(label: "Roadmap", value: context.phaseName($0))] } ?? [])))
        context.sourcesSection(project.sources, into: &document)
        return output(.project, project, document, extra: [("phase", context.refsJSON(phase.map { [$0.id] } ?? [], .phase))])
    }

    // MARK: Topics, tips, the field, sources

    func topicPage(_ topic: Topic) -> CommandOutput {
        var document = Document(blocks: [.title(topic.name), .text(topic.summary)])
        for detail in topic.details { document.add(.text(detail)) }
        document.add(.heading("Skills it covers"))
        document.add(
            .fields(topic.skills.compactMap(catalog.skill).map { .init(label: $0.name, value: firstSentence($0.description)) }))
        context.sourcesSection(topic.sources, into: &document)
        return output(.topic, topic, document)
    }

    func tipPage(_ tip: Tip) -> CommandOutput {
        var document = Document(blocks: [.title(tip.name), .text(tip.summary)])
        document.section("How", tip.actions)
        context.sourcesSection(tip.sources, into: &document)
        return output(.tip, tip, document)
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
        return output(.section, section, document)
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
            .source, source, document,
            extra: [("citedBy", .array(cited.map { .object([("kind", .string($0.kind.label)), ("id", .string($0.id))]) }))])
    }

    func categoryPage(_ category: SkillCategory) -> CommandOutput {
        let skills = catalog.skills(category: category.id)
        var document = Document(blocks: [.title(category.name), .text(category.summary)])
        document.add(.heading("Skills"))
        document.add(.fields(skills.map { .init(label: $0.name, value: firstSentence($0.description)) }))
        return output(.category, category, document, extra: [("skills", context.refsJSON(skills.map(\.id), .skill))])
    }
}
