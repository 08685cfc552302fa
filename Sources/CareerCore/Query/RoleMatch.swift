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
    public var percent: Int? { Self.percent(have.count, of: total) }

    /// `had` of `total` as a whole percentage; nil when there is nothing to meet.
    static func percent(_ had: Int, of total: Int) -> Int? {
        total == 0 ? nil : Int((Double(had) * 100 / Double(total)).rounded())
    }
}

/// How a set of skills fits the guide: the field's foundations once, then each role by its own skills.
///
/// The foundations are what the documents say those entering the field need, each to an audience of its
/// own, not to any one role: they cannot tell roles apart, so they are reported once, above the ranking. A role is scored by the share of its own requirements met, each counting once, whatever its
/// weight (the documents give weights, never numbers). Roles are ranked by how many of their own
/// requirements are met, then by that share: a role with one recorded skill, met, is not a better fit than
/// one with nine of sixteen met. A role the documents only name has no skills of its own and so no score:
/// it is listed apart, never ranked above a role that can be measured.
public struct MatchReport: Sendable, Equatable {
    /// How one role fits, counted from the guide's numbers; its requirements are decoded only when asked.
    public struct RoleFit: Sendable, Equatable {
        /// The role's place in the compiled guide.
        let index: Int
        /// For each of the role's own requirements, in order, whether it is met.
        public let met: [Bool]
        private let have: Set<String>
        private let catalog: Catalog

        init(index: Int, met: [Bool], have: Set<String>, catalog: Catalog) {
            self.index = index
            self.met = met
            self.have = have
            self.catalog = catalog
        }

        /// The role's id and name.
        public var role: String { catalog.guide.ref(.role, index).id }
        public var name: String { catalog.guide.name(.role, index) }
        public var haveCount: Int { met.count { $0 } }
        public var total: Int { met.count }
        /// The role's score; every scored role has at least one skill of its own.
        public var percent: Int { Coverage.percent(haveCount, of: total) ?? 0 }
        /// Where in the role's list the requirements met, and those missing, stand.
        public var havePositions: [Int] { met.indices.filter { met[$0] } }
        public var missingPositions: [Int] { met.indices.filter { !met[$0] } }
        /// The names of some of the role's requirements ("TensorFlow or PyTorch"), by their place in its list.
        public func requirementNames(at positions: [Int]) -> [String] {
            let requirements = catalog.guide.roleFacts(index).requirements
            return positions.filter(requirements.indices.contains).map { position in
                requirements[position].map { catalog.guide.name(.skill, $0) }.joined(separator: " or ")
            }
        }

        /// The requirements met and missing, decoded.
        public var coverage: Coverage { Coverage(catalog.role(role)?.skills ?? [], have: have) }

        public static func == (lhs: RoleFit, rhs: RoleFit) -> Bool { lhs.index == rhs.index && lhs.met == rhs.met }
    }

    public let foundations: Coverage
    /// Roles with skills of their own, best fit first.
    public let roles: [RoleFit]
    /// Roles the documents only name, in the guide's order.
    public let namedOnly: [String]

    /// True when no role's own skill is met: the ranking then says nothing, only the foundations do.
    public var matchesNoRole: Bool { roles.allSatisfy { $0.haveCount == 0 } }

    public init(have skills: [String], catalog: Catalog) {
        let have = Set(skills)
        foundations = Coverage(catalog.foundationsToLearn, have: have)
        let guide = catalog.guide
        let had = Set(skills.compactMap { guide.index(of: ItemRef(.skill, $0)) })
        var fits: [RoleFit] = []
        var namedOnly: [String] = []
        for index in 0..<guide.count(.role) {
            let met = guide.requirementsMet(ofRole: index, by: had)
            if met.isEmpty {
                namedOnly.append(guide.ref(.role, index).id)
            } else {
                fits.append(RoleFit(index: index, met: met, have: have, catalog: catalog))
            }
        }
        // Most met first, then the best share (compared exactly, not as rounded percentages), then the guide's order.
        let keys = fits.indices.map { index in
            let fit = fits[index]
            return (-fit.haveCount, -Double(fit.haveCount) / Double(fit.total), index)
        }
        roles = fits.indices.sorted { keys[$0] < keys[$1] }.map { fits[$0] }
        self.namedOnly = namedOnly
    }
}
