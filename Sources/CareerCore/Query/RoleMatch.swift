/// Which of a list of requirements a set of skills meets.
public struct Coverage: Sendable, Equatable {
    public let have: [Requirement]
    public let missing: [Requirement]

    /// Splits `requirements` into met and missing, keeping their order. An either-or group is met by any choice.
    public init(_ requirements: [Requirement], have skills: Set<String>) {
        have = requirements.filter { $0.isMet(by: skills) }
        missing = requirements.filter { !$0.isMet(by: skills) }
    }

    public var total: Int { have.count + missing.count }

    /// The share met as a whole percentage; nil when there is nothing to meet.
    public var percent: Int? {
        total == 0 ? nil : Int((Double(have.count) * 100 / Double(total)).rounded())
    }
}

/// How a set of skills fits the guide: the field's foundations once, then each role by its own skills.
///
/// The foundations are needed by every role, so they cannot tell roles apart: they are reported once, above
/// the ranking. A role is scored by the share of its own requirements met, each counting once, whatever its
/// weight (the documents give weights, never numbers). Roles are ranked by how many of their own
/// requirements are met, then by that share: a role with one recorded skill, met, is not a better fit than
/// one with nine of sixteen met. A role the documents only name has no skills of its own and so no score:
/// it is listed apart, never ranked above a role that can be measured.
public struct MatchReport: Sendable, Equatable {
    public struct RoleFit: Sendable, Equatable {
        public let role: String
        public let coverage: Coverage
        /// The role's score; every scored role has at least one skill of its own.
        public var percent: Int { coverage.percent ?? 0 }
    }

    public let foundations: Coverage
    /// Roles with skills of their own, best fit first.
    public let roles: [RoleFit]
    /// Roles the documents only name, in the guide's order.
    public let namedOnly: [String]

    /// True when no role's own skill is met: the ranking then says nothing, only the foundations do.
    public var matchesNoRole: Bool { roles.allSatisfy { $0.coverage.have.isEmpty } }

    public init(have skills: [String], catalog: Catalog) {
        let have = Set(skills)
        foundations = Coverage(catalog.foundations, have: have)
        let scored = catalog.content.roles.filter { !catalog.isNamedOnly($0) }
        let fits = scored.map { RoleFit(role: $0.id, coverage: Coverage($0.skills, have: have)) }
        // Most met first, then the best share (compared exactly, not as rounded percentages), then the guide's order.
        let keys = fits.indices.map { index in
            let coverage = fits[index].coverage
            return (-coverage.have.count, -Double(coverage.have.count) / Double(coverage.total), index)
        }
        roles = fits.indices.sorted { keys[$0] < keys[$1] }.map { fits[$0] }
        namedOnly = catalog.content.roles.filter(catalog.isNamedOnly).map(\.id)
    }
}
