/// Which of a list of requirements a set of skills meets.
package struct Coverage: Sendable, Equatable {
    package let have: [Requirement]
    package let missing: [Requirement]

    /// Splits `requirements` into met and missing, keeping their order. An either-or group is met by any choice.
    package init(_ requirements: [Requirement], have skills: Set<String>) {
        have = requirements.filter { $0.isMet(by: skills) }
        missing = requirements.filter { !$0.isMet(by: skills) }
    }

    package var total: Int { have.count + missing.count }

    /// The share met as a whole percentage; nil when there is nothing to meet.
    package var percent: Int? { Self.percent(have.count, of: total) }

    /// `had` of `total` as a whole percentage; nil when there is nothing to meet.
    static func percent(_ had: Int, of total: Int) -> Int? {
        total == 0 ? nil : Int((Double(had) * 100 / Double(total)).rounded())
    }
}

/// How a set of skills fits the guide: the field's foundations once, then each role by its own skills.
///
/// The foundations are what the documents say those entering the field need, each to an audience of its
/// own, not to any one role: they cannot tell roles apart, so they are reported once, above the ranking.
/// A role is scored by the share of its own requirements met, each weighed by the strongest word a document
/// gives it (`weight(of:)`: the documents give words, never numbers, so the words' order is all that
/// counts). Roles are ranked by how many of their own requirements are met; then a role with more than
/// `thinEvidence` requirements recorded before one with fewer (one skill of one, met, is little evidence);
/// then by the weighed share. A role the documents only name has no skills of its own and so no score: it is
/// listed apart, never ranked above a role that can be measured.
package struct MatchReport: Sendable, Equatable {
    /// How one role fits, counted from the guide's numbers; its requirements are decoded only when asked.
    package struct RoleFit: Sendable, Equatable {
        /// The role's place in the compiled guide.
        let index: Int
        /// For each of the role's own requirements, in order, whether it is met.
        package let met: [Bool]
        private let have: Set<String>
        private let catalog: Catalog

        /// The weighed share of the role's requirements met, 0…1: worked out once, as ranking needs it for
        /// every role matched (0 when none is met, without decoding the role).
        package let share: Double

        init(index: Int, met: [Bool], have: Set<String>, catalog: Catalog) {
            self.index = index
            self.met = met
            self.have = have
            self.catalog = catalog
            share = Self.share(met, ofRole: index, catalog: catalog)
        }

        private static func share(_ met: [Bool], ofRole index: Int, catalog: Catalog) -> Double {
            guard met.contains(true) else { return 0 }
            let requirements = catalog.item(Role.self, at: index).skills
            guard requirements.count == met.count else { return 0 }
            let weights = requirements.map(MatchReport.weight(of:))
            return zip(weights, met).reduce(0) { $0 + ($1.1 ? $1.0 : 0) } / weights.reduce(0, +)
        }

        /// The role's id and name.
        package var role: String { catalog.guide.ref(.role, index).id }
        package var name: String { catalog.guide.name(.role, index) }
        package var haveCount: Int { met.count { $0 } }
        package var total: Int { met.count }
        /// The role's score, the weighed share as a whole percentage.
        package var percent: Int { Int((share * 100).rounded()) }
        /// True when the documents record so few skills for the role that a full match says little.
        package var isThin: Bool { total <= MatchReport.thinEvidence }
        /// Where in the role's list the requirements met, and those missing, stand.
        package var havePositions: [Int] { met.indices.filter { met[$0] } }
        package var missingPositions: [Int] { met.indices.filter { !met[$0] } }
        /// The names of some of the role's requirements ("TensorFlow or PyTorch"), by their place in its list.
        package func requirementNames(at positions: [Int]) -> [String] {
            let requirements = catalog.guide.roleFacts(index).requirements
            return positions.filter(requirements.indices.contains).map { position in
                requirements[position].map { catalog.guide.name(.skill, $0) }.joined(separator: " or ")
            }
        }

        /// The requirements met and missing, decoded.
        package var coverage: Coverage { Coverage(catalog.item(Role.self, at: index).skills, have: have) }

        package static func == (lhs: RoleFit, rhs: RoleFit) -> Bool { lhs.index == rhs.index && lhs.met == rhs.met }
    }

    package let foundations: Coverage
    /// The roles that need one of the skills had, best fit first: found through each skill's roles, so that
    /// ranking costs what the skills had touch, not the size of the guide.
    package let matched: [RoleFit]
    private let had: Set<Int>
    private let have: Set<String>
    private let catalog: Catalog

    /// A role with this many requirements recorded or fewer is little evidence: a full match ranks after a
    /// role with as many met and more recorded.
    package static let thinEvidence = 2

    /// How much a requirement counts in a role's share: 1 where no document weighs it, more for a document's
    /// word, the stronger the more (2 for "essential", just over 1 for "also important").
    package static func weight(of requirement: Requirement) -> Double {
        guard let need = requirement.need else { return 1 }
        return 1 + Double(Need.allCases.count - need.rank) / Double(Need.allCases.count)
    }

    /// True when no role's own skill is met: the ranking then says nothing, only the foundations do.
    package var matchesNoRole: Bool { matched.isEmpty }

    package static func == (lhs: MatchReport, rhs: MatchReport) -> Bool {
        (lhs.foundations, lhs.matched, lhs.had) == (rhs.foundations, rhs.matched, rhs.had)
    }

    package init(have skills: [String], catalog: Catalog) {
        let have = catalog.credited(Set(skills))
        foundations = Coverage(catalog.foundationsToLearn, have: have)
        let guide = catalog.guide
        let had = Set(have.compactMap { guide.index(of: ItemRef(.skill, $0)) })
        let candidates = Set(had.flatMap(guide.roles(needingSkill:))).sorted()
        let fits = candidates.map { RoleFit(index: $0, met: guide.requirementsMet(ofRole: $0, by: had), have: have, catalog: catalog) }
        // Most met first, then the roles with more recorded, then the best weighed share (compared exactly, not as
        // rounded percentages), then the guide's order.
        let keys = fits.indices.map { index in
            let fit = fits[index]
            return (-fit.haveCount, fit.isThin ? 1 : 0, -fit.share, fit.index)
        }
        matched = fits.indices.sorted { keys[$0] < keys[$1] }.map { fits[$0] }
        (self.had, self.have, self.catalog) = (had, have, catalog)
    }

    /// The best `limit` roles: those matched, then the roles none of whose skills is had (the better recorded
    /// first, in the guide's order); then, to fill the limit, the ids of roles the documents only name; and how
    /// many roles are left out. Roles are read only as far as the limit needs.
    package func best(_ limit: Int) -> (ranked: [RoleFit], namedOnly: [String], more: Int) {
        let guide = catalog.guide
        var ranked = Array(matched.prefix(limit))
        var thin: [RoleFit] = []
        var namedOnly: [String] = []
        let isMatched = Set(matched.map(\.index))
        for index in 0..<guide.count(.role) where ranked.count < limit && !isMatched.contains(index) {
            let met = guide.requirementsMet(ofRole: index, by: had)
            let fit = RoleFit(index: index, met: met, have: have, catalog: catalog)
            if met.isEmpty {
                namedOnly.append(guide.ref(.role, index).id)
            } else if fit.isThin {
                thin.append(fit)
            } else {
                ranked.append(fit)
            }
        }
        ranked += thin.prefix(limit - ranked.count)
        namedOnly = Array(namedOnly.prefix(limit - ranked.count))
        return (ranked, namedOnly, guide.count(.role) - ranked.count - namedOnly.count)
    }

    /// Roles with skills of their own, best fit first (every role: `best` reads fewer).
    package var roles: [RoleFit] { best(Int.max).ranked }
    /// Roles the documents only name, in the guide's order.
    package var namedOnly: [String] { best(Int.max).namedOnly }
}
