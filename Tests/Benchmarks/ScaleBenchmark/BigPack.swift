// A content pack the size of a real career framework (ESCO has about 3,700 occupations and 14,000
// skills): 4,000 roles and 16,000 skills with long descriptions and realistic, unique names, about 10 MB.
// Written by `scale-benchmark --write-pack DIR`; Tests/Benchmarks/run.sh times careers on it against grep.
import CareerCore
import TestSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

enum BigPack {
    /// A deterministic generator, so that every run measures the same pack.
    struct Random {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func pick(_ words: [String]) -> String { words[next(words.count)] }
    }

    static let domains = [
        "cloud", "data", "platform", "payments", "mobile", "security", "search", "ads", "billing", "identity", "logistics",
        "health", "risk", "fraud", "growth", "infrastructure", "network", "storage", "analytics", "media", "retail", "energy",
        "robotics", "vision", "speech", "language", "finance", "supply chain", "observability", "compliance",
    ]
    static let crafts = [
        "engineering", "architecture", "operations", "modeling", "testing", "design", "research", "automation", "governance",
        "optimization", "forecasting", "integration", "migration", "monitoring", "tuning", "evaluation", "labeling", "review",
        "planning", "reliability",
    ]
    static let objects = [
        "pipelines", "services", "models", "APIs", "schemas", "dashboards", "clusters", "queues", "caches", "contracts",
        "experiments", "workflows", "datasets", "indexes", "policies", "releases", "incidents", "budgets", "features", "agents",
    ]
    static let titles = [
        "Engineer", "Analyst", "Scientist", "Architect", "Manager", "Specialist", "Consultant", "Designer", "Lead",
        "Administrator", "Developer", "Strategist", "Researcher", "Coordinator", "Officer",
    ]
    static let seniority = ["Junior", "Associate", "", "Senior", "Staff", "Principal"]
    static let sentences = [
        "Works with stakeholders to turn vague goals into measurable plans.",
        "Keeps systems fast, correct and cheap to run as they grow.",
        "Writes clear documents that others can act on without a meeting.",
        "Reviews the work of peers and raises the bar for quality.",
        "Knows when to automate a task and when to leave it manual.",
        "Measures outcomes, not output, and reports them honestly.",
        "Breaks large problems into small, safe steps that ship often.",
        "Understands the costs and risks of each option before choosing.",
    ]

    static func text(_ random: inout Random, sentences count: Int) -> String {
        (0..<count).map { _ in random.pick(sentences) }.joined(separator: " ")
    }

    static func files(roles roleCount: Int = 4000, skills skillCount: Int = 16000) -> [ContentLoader.File: String] {
        var random = Random()
        let sources: JSON = .array([
            .object([
                ("id", .string("framework")), ("title", .string("Engineering career framework")), ("kind", .string("framework")),
                ("summary", .string("The levels, roles and skills of a large engineering organization.")),
                ("document", .string("framework.md")),
            ])
        ])
        let categories = domains.map { domain in
            JSON.object([
                ("id", .string(slug(domain))), ("name", .string(domain.prefix(1).uppercased() + domain.dropFirst())),
            ])
        }
        var skillNames: Set<String> = []
        var skillIDs: [String] = []
        var skills: [JSON] = []
        while skills.count < skillCount {
            let domain = random.pick(domains)
            var name = "\(domain.prefix(1).uppercased() + domain.dropFirst()) \(random.pick(objects)) \(random.pick(crafts))"
            if skillNames.contains(name.lowercased()) { name += " \(skills.count)" }
            skillNames.insert(name.lowercased())
            let id = slug(name)
            skillIDs.append(id)
            skills.append(
                .object([
                    ("id", .string(id)), ("name", .string(name)), ("aliases", .array([])), ("category", .string(slug(domain))),
                    ("description", .string(text(&random, sentences: 3 + random.next(3)))),
                    ("sources", .array([.string("framework")])),
                ]))
        }
        let essential = JSON.array([
            .object([("need", .string("essential")), ("audience", .null), ("sources", .array([.string("framework")]))])
        ])
        let foundations = (0..<20).map { index in
            JSON.object([
                ("skill", .string(skillIDs[index])), ("weights", essential), ("sources", .array([.string("framework")])),
            ])
        }
        var roleNames: Set<String> = []
        var roles: [JSON] = []
        var roleIDs: [String] = []
        while roles.count < roleCount {
            let level = random.pick(seniority)
            let domain = random.pick(domains)
            var name = [
                level, domain.prefix(1).uppercased() + domain.dropFirst(), random.pick(crafts).capitalizedFirst,
                random.pick(titles),
            ]
            .filter { !$0.isEmpty }.joined(separator: " ")
            if roleNames.contains(name.lowercased()) { name += " \(roles.count)" }
            roleNames.insert(name.lowercased())
            let id = slug(name)
            roleIDs.append(id)
            var own: [String] = []
            while own.count < 6 + random.next(6) {
                let skill = skillIDs[20 + random.next(skillIDs.count - 20)]
                if !own.contains(skill) { own.append(skill) }
            }
            roles.append(
                .object([
                    ("id", .string(id)), ("name", .string(name)), ("aliases", .array([])),
                    ("level", level == "Junior" ? .string("entry") : level == "Senior" ? .string("senior") : .null),
                    ("summary", .string(text(&random, sentences: 2))),
                    ("responsibilities", .array((0..<2).map { _ in .string(random.pick(sentences)) })),
                    ("next", .array([])), ("related", .array([])),
                    (
                        "skills",
                        .array(
                            own.map {
                                .object([
                                    ("skill", .string($0)), ("weights", essential),
                                    ("sources", .array([.string("framework")])),
                                ])
                            })
                    ),
                    ("sources", .array([.string("framework")])),
                ]))
        }
        // A growth path through every tenth role, in order.
        for index in stride(from: 0, to: roles.count - 10, by: 10) {
            roles[index] = roles[index].setting("next", .array([.string(roleIDs[index + 10])]))
        }
        let phases = (0..<10).map { number in
            JSON.object([
                ("id", .string("phase-\(number + 1)")), ("number", .number(Double(number + 1))),
                ("name", .string("Stage \(number + 1)")),
                ("goal", .string(text(&random, sentences: 1))),
                ("skills", .array((0..<40).map { .string(skillIDs[20 + number * 40 + $0]) })),
                ("sources", .array([.string("framework")])),
            ])
        }
        return [
            .sources: sources.serialized(), .categories: JSON.array(categories).serialized(),
            .skills: JSON.array(skills).serialized(),
            .foundations: JSON.array(foundations).serialized(), .roles: JSON.array(roles).serialized(),
            .roadmap: JSON.array(phases).serialized(),
        ]
    }

    static func write(to directory: String, times: Int = 1) {
        mkdir(directory, 0o755)
        for (file, text) in files(roles: 4000 * times, skills: 16000 * times) {
            guard let handle = fopen(directory + "/" + file.rawValue, "wb") else { fatalError("cannot write \(directory)") }
            fputs(text + "\n", handle)
            fclose(handle)
        }
    }

    private static func slug(_ name: String) -> String {
        String(name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
