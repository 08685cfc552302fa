// How each model type reads itself from a JSON object of Content/. Field names match the properties.

extension Source {
    init(_ json: ObjectReader) throws(ContentError) {
        self.init(
            id: try json.id(as: .source), title: try json.string("title"), ownTitle: try json.bool("ownTitle", default: true),
            kind: try json.string("kind"), summary: try json.string("summary"), document: try json.string("document"))
    }
}

extension SkillCategory {
    init(_ json: ObjectReader) throws(ContentError) {
        self.init(id: try json.id(as: .category), name: try json.string("name"), summary: try json.string("summary"))
    }
}

extension Skill {
    init(_ json: ObjectReader) throws(ContentError) {
        self.init(
            id: try json.id(as: .skill), name: try json.string("name"), aliases: try json.strings("aliases"),
            category: try json.reference("category", to: .category), description: try json.string("description"),
            sources: try json.sources())
    }
}

extension Requirement {
    /// `"skill": ID` or `"either": [ID, ID, …]`, and `"need"`, which must be given (null where no weight is stated).
    init(_ json: ObjectReader) throws(ContentError) {
        let skills: [String]
        if json.has("either") {
            if json.has("skill") { throw json.fail(.conflictingFields("skill", "either"), at: "skill") }
            skills = try json.references("either", to: .skill)
            guard Set(skills).count >= 2 else { throw json.fail(.tooFewChoices(count: Set(skills).count), at: "either") }
        } else {
            skills = [try json.reference("skill", to: .skill)]
        }
        self.init(
            skills: skills, need: try json.nullableChoice("need"), condition: try json.optionalString("condition"),
            sources: try json.sources())
    }
}

extension Requirement: CustomJSONEncodable {
    /// The form the content files use.
    var json: JSON {
        .object([
            skills.count == 1 ? ("skill", .string(skills[0])) : ("either", JSON.encode(skills)),
            ("need", need.map { .string($0.rawValue) } ?? .null), ("condition", condition.map { .string($0) } ?? .null),
            ("sources", JSON.encode(sources)),
        ])
    }
}

extension Role {
    init(_ json: ObjectReader) throws(ContentError) {
        self.init(
            id: try json.id(as: .role), name: try json.string("name"), aliases: try json.strings("aliases"),
            level: try json.nullableChoice("level"), summary: try json.string("summary"),
            responsibilities: try json.strings("responsibilities"), next: try json.references("next", to: .role),
            related: try json.references("related", to: .role), skills: try json.objects("skills", Requirement.init),
            sources: try json.sources())
    }
}

extension Phase {
    init(_ json: ObjectReader) throws(ContentError) {
        self.init(
            id: try json.id(as: .phase), number: try json.int("number"), name: try json.string("name"),
            goal: try json.string("goal"), skills: try json.references("skills", to: .skill), sources: try json.sources())
    }
}

extension Certification {
    init(_ json: ObjectReader) throws(ContentError) {
        self.init(
            id: try json.id(as: .certification), name: try json.string("name"), aliases: try json.strings("aliases"),
            issuer: try json.optionalString("issuer"), summary: try json.string("summary"), sources: try json.sources())
    }
}

extension Project {
    init(_ json: ObjectReader) throws(ContentError) {
        self.init(
            id: try json.id(as: .project), name: try json.string("name"), aliases: try json.strings("aliases"),
            level: try json.choice("level"), summary: try json.string("summary"),
            skills: try json.references("skills", to: .skill), sources: try json.sources())
    }
}

extension Tip {
    init(_ json: ObjectReader) throws(ContentError) {
        self.init(
            id: try json.id(as: .tip), name: try json.string("name"), summary: try json.string("summary"),
            actions: try json.strings("actions"), sources: try json.sources())
    }
}

extension Topic {
    init(_ json: ObjectReader) throws(ContentError) {
        self.init(
            id: try json.id(as: .topic), name: try json.string("name"), summary: try json.string("summary"),
            details: try json.strings("details"), skills: try json.references("skills", to: .skill),
            sources: try json.sources())
    }
}

extension FieldSection {
    init(_ json: ObjectReader) throws(ContentError) {
        self.init(
            id: try json.id(as: .section), title: try json.string("title"), paragraphs: try json.strings("paragraphs"),
            points: try json.objects("points", FieldPoint.init), sources: try json.sources())
    }
}

extension FieldPoint {
    init(_ json: ObjectReader) throws(ContentError) {
        self.init(label: try json.optionalString("label"), text: try json.string("text"))
    }
}
