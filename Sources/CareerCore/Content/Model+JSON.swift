// How each model type reads itself from a JSON object of Content/. Field names match the properties.

extension Source {
    init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .source), title: json.string("title"), ownTitle: json.bool("ownTitle", default: true),
            kind: json.string("kind"), summary: json.string("summary"), document: json.string("document"))
    }
}

extension SkillCategory {
    init(_ json: ObjectReader) {
        self.init(id: json.id(as: .category), name: json.string("name"))
    }
}

extension Skill {
    init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .skill), name: json.string("name"), aliases: json.strings("aliases", distinct: true),
            searchTerms: json.strings("searchTerms", distinct: true),
            category: json.reference("category", to: .category), description: json.string("description"),
            countsToward: json.objects("countsToward", Credit.init), sources: json.sources())
    }
}

extension Credit {
    /// `"skill"`: the skill it counts toward; `"quote"`: the document's words; `"sources"`.
    init(_ json: ObjectReader) {
        self.init(skill: json.reference("skill", to: .skill), quote: json.string("quote"), sources: json.sources())
    }
}

extension Credit: CustomJSONEncodable {
    var json: JSON {
        .object([("skill", .string(skill)), ("quote", .string(quote)), ("sources", JSON.encode(sources))])
    }
}

extension Requirement {
    /// `"skill": ID` or `"either": [ID, ID, …]`, its `weights` (each document's word and audience; none
    /// where no document weighs it) and `sources`, which list every source a weight cites.
    init(_ json: ObjectReader) {
        let skills: [String]
        if json.has("either") {
            if json.has("skill") {
                json.fail(.conflictingFields("skill", "either"), at: "skill")
                json.skip("skill")
            }
            skills = json.references("either", to: .skill)
            // A skill given twice is reported as such; a group of one, as too few.
            if skills.count < 2 { json.fail(.tooFewChoices(count: skills.count), at: "either") }
        } else {
            skills = [json.reference("skill", to: .skill)]
        }
        let weights = json.objects("weights", Weight.init)
        let sources = json.sources()
        for id in weights.flatMap(\.sources) where !id.isEmpty && !sources.contains(id) {
            json.fail(.uncitedSource(id: id), at: "weights")
        }
        self.init(skills: skills, weights: weights, sources: sources)
    }
}

extension Weight {
    /// `"need"`: the document's word, from the vocabulary of `Need`; `"audience"` (null where none is
    /// named); `"sources"`.
    init(_ json: ObjectReader) {
        self.init(need: json.choice("need"), audience: json.optionalString("audience"), sources: json.sources())
    }
}

extension Weight: CustomJSONEncodable {
    var json: JSON {
        .object([
            ("need", .string(need.rawValue)), ("audience", audience.map { .string($0) } ?? .null),
            ("sources", JSON.encode(sources)),
        ])
    }
}

extension Requirement: CustomJSONEncodable {
    /// The form the content files use.
    var json: JSON {
        .object([
            skills.count == 1 ? ("skill", .string(skills[0])) : ("either", JSON.encode(skills)),
            ("weights", .array(weights.map(\.json))), ("sources", JSON.encode(sources)),
        ])
    }
}

extension Role {
    init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .role), name: json.string("name"), aliases: json.strings("aliases", distinct: true),
            searchTerms: json.strings("searchTerms", distinct: true),
            level: json.nullableChoice("level"), summary: json.string("summary"),
            responsibilities: json.strings("responsibilities"), next: json.references("next", to: .role),
            related: json.references("related", to: .role), skills: json.objects("skills", Requirement.init),
            sources: json.sources())
    }
}

extension Phase {
    init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .phase), number: json.int("number"), name: json.string("name"),
            goal: json.string("goal"), skills: json.references("skills", to: .skill), sources: json.sources())
    }
}

extension Certification {
    init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .certification), name: json.string("name"), aliases: json.strings("aliases", distinct: true),
            searchTerms: json.strings("searchTerms", distinct: true),
            issuer: json.optionalString("issuer"), summary: json.string("summary"), sources: json.sources())
    }
}

extension Project {
    init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .project), name: json.string("name"), aliases: json.strings("aliases", distinct: true),
            searchTerms: json.strings("searchTerms", distinct: true),
            level: json.choice("level"), summary: json.string("summary"),
            skills: json.references("skills", to: .skill), sources: json.sources())
    }
}

extension Tip {
    init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .tip), name: json.string("name"), summary: json.string("summary"),
            actions: json.strings("actions"), sources: json.sources())
    }
}

extension Topic {
    init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .topic), name: json.string("name"), summary: json.string("summary"),
            details: json.strings("details"), skills: json.references("skills", to: .skill),
            sources: json.sources())
    }
}

extension FieldSection {
    init(_ json: ObjectReader) {
        self.init(
            id: json.id(as: .section), title: json.string("title"), paragraphs: json.strings("paragraphs"),
            points: json.objects("points", FieldPoint.init), sources: json.sources())
    }
}

extension FieldPoint {
    init(_ json: ObjectReader) {
        self.init(label: json.optionalString("label"), text: json.string("text"))
    }
}
