import CareerCore
import Synchronization

/// The one JSON shape of each kind of item, wherever it appears: a role is the same object in `roles`,
/// `show`, `match` and `path`. References to other items carry `id` and `name`; absent values are null;
/// lists are never left out. README ("JSON") documents every shape, and a test checks every command's
/// output against that documentation.
struct ItemJSON {
    let catalog: Catalog
    /// The user's marks, for the `status` of skills, projects, certifications and requirements.
    var plan = Plan()
    /// Each reference made once: a list of every role names the same skills and sources thousands of times.
    private let references = References()

    init(catalog: Catalog, plan: Plan = Plan()) {
        self.catalog = catalog
        self.plan = plan
    }

    /// {"id", "name"}, or null.
    func ref(_ kind: ItemKind, _ id: String?) -> JSON {
        guard let id else { return .null }
        let ref = ItemRef(kind, id)
        return references.json(for: ref) { .object([("id", .string(id)), ("name", .string(catalog.name(of: ref)))]) }
    }

    func refs(_ kind: ItemKind, _ ids: [String]) -> JSON { .array(ids.map { ref(kind, $0) }) }

    /// {"kind", "id", "name"}: a reference to an item of any kind.
    func kindRef(_ ref: ItemRef) -> JSON {
        .object([("kind", .string(ref.kind.label)), ("id", .string(ref.id)), ("name", .string(catalog.name(of: ref)))])
    }

    /// A reference with the item's mark: {"id", "name", "status"}.
    func markedRef(_ kind: ItemKind, _ id: String) -> JSON { ref(kind, id).setting("status", status(kind, id)) }

    private func status(_ kind: ItemKind, _ id: String) -> JSON { plan.mark(of: ItemRef(kind, id)).json }

    private func strings(_ values: [String]) -> JSON { .array(values.map(JSON.string)) }
    private func optional(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }

    /// One thing the field or a role needs: its `skills` (one, or an either-or group's choices), `name`
    /// ("TensorFlow or PyTorch"), `scope`, `need` (the strongest weight: `{word, rank, audience}`, null where
    /// none is given), `weights` (each document's: `{word, rank, audience, sources}`), `sources`, `status`.
    func requirement(_ requirement: Requirement, scope: Scope) -> JSON {
        func weight(_ weight: Weight) -> JSON {
            .object([
                ("word", .string(weight.need.label)), ("rank", .number(Double(weight.need.rank))),
                ("audience", optional(weight.audience)),
            ])
        }
        return .object([
            ("skills", refs(.skill, requirement.skills)), ("name", .string(catalog.name(of: requirement))),
            ("scope", .string(scope.rawValue)), ("need", requirement.strongest.map(weight) ?? .null),
            ("weights", .array(requirement.weights.map { weight($0).setting("sources", refs(.source, $0.sources)) })),
            ("sources", refs(.source, requirement.sources)),
            ("status", plan.status(of: requirement).json),
        ])
    }

    func role(_ role: Role) -> JSON {
        .object([
            ("id", .string(role.id)), ("name", .string(role.name)), ("aliases", strings(role.aliases)),
            ("searchTerms", strings(role.searchTerms)),
            ("level", optional(role.level)), ("summary", .string(role.summary)),
            ("responsibilities", strings(role.responsibilities)), ("next", refs(.role, role.next)),
            ("related", refs(.role, catalog.idsOfRelatedRoles(of: role))),
            ("skills", .array(role.skills.map { requirement($0, scope: .role) })), ("sources", refs(.source, role.sources)),
            ("target", .bool(plan.target == role.id)),
        ])
    }

    func skill(_ skill: Skill) -> JSON {
        .object([
            ("id", .string(skill.id)), ("name", .string(skill.name)), ("aliases", strings(skill.aliases)),
            ("searchTerms", strings(skill.searchTerms)),
            ("category", ref(.category, skill.category)), ("description", .string(skill.description)),
            (
                "countsToward",
                .array(
                    skill.countsToward.map { credit in
                        .object([
                            ("skill", ref(.skill, credit.skill)), ("quote", .string(credit.quote)),
                            ("sources", refs(.source, credit.sources)),
                        ])
                    })
            ),
            ("sources", refs(.source, skill.sources)), ("status", status(.skill, skill.id)),
        ])
    }

    func phase(_ phase: Phase) -> JSON {
        .object([
            ("id", .string(phase.id)), ("number", .number(Double(phase.number))), ("name", .string(phase.name)),
            ("goal", .string(phase.goal)), ("skills", .array(phase.skills.map { markedRef(.skill, $0) })),
            ("sources", refs(.source, phase.sources)),
        ])
    }

    func certification(_ certification: Certification) -> JSON {
        .object([
            ("id", .string(certification.id)), ("name", .string(certification.name)),
            ("aliases", strings(certification.aliases)), ("searchTerms", strings(certification.searchTerms)), ("issuer", optional(certification.issuer)),
            ("summary", .string(certification.summary)), ("sources", refs(.source, certification.sources)),
            ("status", status(.certification, certification.id)),
        ])
    }

    func project(_ project: Project) -> JSON {
        .object([
            ("id", .string(project.id)), ("name", .string(project.name)), ("aliases", strings(project.aliases)),
            ("searchTerms", strings(project.searchTerms)),
            ("level", .string(project.level.rawValue)), ("summary", .string(project.summary)),
            ("skills", refs(.skill, project.skills)), ("sources", refs(.source, project.sources)),
            ("status", status(.project, project.id)),
        ])
    }

    func topic(_ topic: Topic) -> JSON {
        .object([
            ("id", .string(topic.id)), ("name", .string(topic.name)), ("summary", .string(topic.summary)),
            ("details", strings(topic.details)), ("skills", refs(.skill, topic.skills)),
            ("sources", refs(.source, topic.sources)),
        ])
    }

    func tip(_ tip: Tip) -> JSON {
        .object([
            ("id", .string(tip.id)), ("name", .string(tip.name)), ("summary", .string(tip.summary)),
            ("actions", strings(tip.actions)), ("sources", refs(.source, tip.sources)),
        ])
    }

    func section(_ section: FieldSection) -> JSON {
        .object([
            ("id", .string(section.id)), ("title", .string(section.title)), ("paragraphs", strings(section.paragraphs)),
            (
                "points",
                .array(section.points.map { .object([("label", optional($0.label)), ("text", .string($0.text))]) })
            ),
            ("sources", refs(.source, section.sources)),
        ])
    }

    func source(_ source: Source) -> JSON {
        .object([
            ("id", .string(source.id)), ("title", .string(source.title)), ("ownTitle", .bool(source.ownTitle)),
            ("kind", .string(source.kind)), ("summary", .string(source.summary)), ("document", .string(source.document)),
        ])
    }

    func category(_ category: SkillCategory) -> JSON {
        .object([("id", .string(category.id)), ("name", .string(category.name))])
    }
}

extension Context {
    /// Items as JSON, with the marks of `plan`.
    func itemJSON(_ plan: Plan = Plan()) -> ItemJSON { ItemJSON(catalog: catalog, plan: plan) }
}

/// The JSON of each reference made so far (values share their storage, so a reference made again costs
/// neither a lookup of its name nor a copy).
private final class References: Sendable {
    private let made = Mutex<[ItemRef: JSON]>([:])

    func json(for ref: ItemRef, _ make: () -> JSON) -> JSON {
        if let json = made.withLock({ $0[ref] }) { return json }
        let json = make()
        made.withLock { $0[ref] = json }
        return json
    }
}
