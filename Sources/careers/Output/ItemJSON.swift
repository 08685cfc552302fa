import CareerCore
import Synchronization

/// The one JSON shape of each kind of item, wherever it appears: a role is the same object in `roles`,
/// `show`, `match` and `path`. References to other items carry `id` and `name`; absent values are null;
/// lists are never left out. README ("JSON") documents every shape, and a test checks every command's
/// output against that documentation.
///
/// Each shape writes itself member by member (`JSON.written`): a list of every role in a large guide is
/// then written as it is read, with no tree of its members, references and requirements.
struct ItemJSON {
    let catalog: Catalog
    /// The user's marks, for the `status` of skills, projects, certifications and requirements.
    var plan = Plan()
    /// The sources' names by id, looked up once, when JSON is first written (commands make an ItemJSON
    /// whether or not they write JSON): a guide has a few, and nearly every item and requirement names one
    /// or two (in a list of every role, tens of thousands of times, from two threads).
    private let sourceNames = SourceNames()

    init(catalog: Catalog, plan: Plan = Plan()) {
        self.catalog = catalog
        self.plan = plan
    }

    /// {"id", "name"}, or null.
    func ref(_ kind: ItemKind, _ id: String?) -> JSON {
        guard let id else { return .null }
        return .written { writeRef(kind, id, into: &$0) }
    }

    func refs(_ kind: ItemKind, _ ids: [String]) -> JSON { .written { writeRefs(kind, ids, into: &$0) } }

    /// {"kind", "id", "name"}: a reference to an item of any kind.
    func kindRef(_ ref: ItemRef) -> JSON {
        .object([("kind", .string(ref.kind.label)), ("id", .string(ref.id)), ("name", .string(catalog.name(of: ref)))])
    }

    /// One thing the field or a role needs: its `skills` (one, or an either-or group's choices), `name`
    /// ("TensorFlow or PyTorch"), `scope`, `need` (the strongest weight: `{word, rank, audience}`, null where
    /// none is given), `weights` (each document's: `{word, rank, audience, sources}`), `sources`, `status`.
    func requirement(_ requirement: Requirement, scope: Scope) -> JSON {
        .written { writeRequirement(requirement, scope: scope, into: &$0) }
    }

    func role(_ role: Role) -> JSON {
        .written { writer in
            writer.object { writer in
                writeNames(role.id, role.name, aliases: role.aliases, searchTerms: role.searchTerms, into: &writer)
                writer.member("level", optional(role.level))
                writer.member("summary", .string(role.summary))
                writer.member("responsibilities", strings(role.responsibilities))
                writer.member("next") { writeRefs(.role, role.next, into: &$0) }
                writer.member("related") { writeRefs(.role, catalog.idsOfRelatedRoles(of: role), into: &$0) }
                writer.member("skills") { writer in
                    writer.array(count: role.skills.count) { writeRequirement(role.skills[$1], scope: .role, into: &$0) }
                }
                writer.member("sources") { writeRefs(.source, role.sources, into: &$0) }
                writer.member("target", .bool(plan.target == role.id))
            }
        }
    }

    func skill(_ skill: Skill) -> JSON {
        .written { writer in
            writer.object { writer in
                writeNames(skill.id, skill.name, aliases: skill.aliases, searchTerms: skill.searchTerms, into: &writer)
                writer.member("category", ref(.category, skill.category))
                writer.member("description", .string(skill.description))
                writer.member("countsToward") { writer in
                    writer.array(count: skill.countsToward.count) { writer, index in
                        let credit = skill.countsToward[index]
                        writer.object { writer in
                            writer.member("skill") { writeRef(.skill, credit.skill, into: &$0) }
                            writer.member("quote", .string(credit.quote))
                            writer.member("sources") { writeRefs(.source, credit.sources, into: &$0) }
                        }
                    }
                }
                writer.member("sources") { writeRefs(.source, skill.sources, into: &$0) }
                writer.member("status", status(.skill, skill.id))
            }
        }
    }

    func phase(_ phase: Phase) -> JSON {
        .written { writer in
            writer.object { writer in
                writer.member("id", .string(phase.id))
                writer.member("number", .number(Double(phase.number)))
                writer.member("name", .string(phase.name))
                writer.member("goal", .string(phase.goal))
                writer.member("skills") { writer in
                    writer.array(count: phase.skills.count) { writer, index in
                        writeRef(.skill, phase.skills[index], status: status(.skill, phase.skills[index]), into: &writer)
                    }
                }
                writer.member("sources") { writeRefs(.source, phase.sources, into: &$0) }
            }
        }
    }

    func certification(_ certification: Certification) -> JSON {
        .written { writer in
            writer.object { writer in
                writeNames(certification.id, certification.name, aliases: certification.aliases, searchTerms: certification.searchTerms, into: &writer)
                writer.member("issuer", optional(certification.issuer))
                writer.member("summary", .string(certification.summary))
                writer.member("sources") { writeRefs(.source, certification.sources, into: &$0) }
                writer.member("status", status(.certification, certification.id))
            }
        }
    }

    func project(_ project: Project) -> JSON {
        .written { writer in
            writer.object { writer in
                writeNames(project.id, project.name, aliases: project.aliases, searchTerms: project.searchTerms, into: &writer)
                writer.member("level", .string(project.level.rawValue))
                writer.member("summary", .string(project.summary))
                writer.member("skills") { writeRefs(.skill, project.skills, into: &$0) }
                writer.member("sources") { writeRefs(.source, project.sources, into: &$0) }
                writer.member("status", status(.project, project.id))
            }
        }
    }

    func topic(_ topic: Topic) -> JSON {
        .written { writer in
            writer.object { writer in
                writer.member("id", .string(topic.id))
                writer.member("name", .string(topic.name))
                writer.member("summary", .string(topic.summary))
                writer.member("details", strings(topic.details))
                writer.member("skills") { writeRefs(.skill, topic.skills, into: &$0) }
                writer.member("sources") { writeRefs(.source, topic.sources, into: &$0) }
            }
        }
    }

    func tip(_ tip: Tip) -> JSON {
        .written { writer in
            writer.object { writer in
                writer.member("id", .string(tip.id))
                writer.member("name", .string(tip.name))
                writer.member("summary", .string(tip.summary))
                writer.member("actions", strings(tip.actions))
                writer.member("sources") { writeRefs(.source, tip.sources, into: &$0) }
            }
        }
    }

    func section(_ section: FieldSection) -> JSON {
        .written { writer in
            writer.object { writer in
                writer.member("id", .string(section.id))
                writer.member("title", .string(section.title))
                writer.member("paragraphs", strings(section.paragraphs))
                writer.member("points") { writer in
                    writer.array(count: section.points.count) { writer, index in
                        let point = section.points[index]
                        writer.object { writer in
                            writer.member("label", optional(point.label))
                            writer.member("text", .string(point.text))
                        }
                    }
                }
                writer.member("sources") { writeRefs(.source, section.sources, into: &$0) }
            }
        }
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

    // MARK: Written member by member

    /// How an item found by its names begins: `id`, `name`, `aliases`, `searchTerms`.
    private func writeNames(
        _ id: String, _ name: String, aliases: [String], searchTerms: [String], into writer: inout JSONWriter
    ) {
        writer.member("id", .string(id))
        writer.member("name", .string(name))
        writer.member("aliases", strings(aliases))
        writer.member("searchTerms", strings(searchTerms))
    }

    /// {"id", "name"}, and the item's `status` where one is given.
    private func writeRef(_ kind: ItemKind, _ id: String, status: JSON? = nil, into writer: inout JSONWriter) {
        writer.object { writer in
            writer.member("id", .string(id))
            writer.member("name", .string(kind == .source ? sourceNames.names(in: catalog)[id] ?? id : catalog.name(of: ItemRef(kind, id))))
            if let status { writer.member("status", status) }
        }
    }

    private func writeRefs(_ kind: ItemKind, _ ids: [String], into writer: inout JSONWriter) {
        writer.array(count: ids.count) { writeRef(kind, ids[$1], into: &$0) }
    }

    private func writeRequirement(_ requirement: Requirement, scope: Scope, into writer: inout JSONWriter) {
        func weight(_ weight: Weight, into writer: inout JSONWriter, sources: Bool) {
            writer.object { writer in
                writer.member("word", .string(weight.need.label))
                writer.member("rank", .number(Double(weight.need.rank)))
                writer.member("audience", optional(weight.audience))
                if sources { writer.member("sources") { writeRefs(.source, weight.sources, into: &$0) } }
            }
        }
        writer.object { writer in
            writer.member("skills") { writeRefs(.skill, requirement.skills, into: &$0) }
            writer.member("name", .string(catalog.name(of: requirement)))
            writer.member("scope", .string(scope.rawValue))
            if let strongest = requirement.strongest {
                writer.member("need") { weight(strongest, into: &$0, sources: false) }
            } else {
                writer.member("need", .null)
            }
            writer.member("weights") { writer in
                writer.array(count: requirement.weights.count) { weight(requirement.weights[$1], into: &$0, sources: true) }
            }
            writer.member("sources") { writeRefs(.source, requirement.sources, into: &$0) }
            writer.member("status", plan.status(of: requirement).json)
        }
    }

    private func status(_ kind: ItemKind, _ id: String) -> JSON { plan.mark(of: ItemRef(kind, id)).json }

    private func strings(_ values: [String]) -> JSON { .array(values.map(JSON.string)) }
    private func optional(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }
}

extension Context {
    /// Items as JSON, with the marks of `plan`.
    func itemJSON(_ plan: Plan = Plan()) -> ItemJSON { ItemJSON(catalog: catalog, plan: plan) }
}

/// The sources' names by id, made by the first thread that asks; later reads take no lock.
private final class SourceNames: Sendable {
    private final class Names: Sendable {
        let byID: [String: String]
        init(_ byID: [String: String]) { self.byID = byID }
    }

    private let made = AtomicLazyReference<Names>()

    func names(in catalog: Catalog) -> [String: String] {
        if let names = made.load() { return names.byID }
        let byID = Dictionary(catalog.refs(of: .source).map { ($0.id, catalog.name(of: $0)) }) { first, _ in first }
        return made.storeIfNil(Names(byID)).byID
    }
}
