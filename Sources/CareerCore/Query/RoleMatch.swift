/// How well a set of skills covers one role.
public struct RoleMatch: Sendable, Equatable {
    public let role: String
    /// Weighted share of the role's needs covered, from 0 to 1 (see `RoleMatcher`).
    public let score: Double
    public let matchedEssential: [String]
    public let matchedOptional: [String]
    public let missingEssential: [String]
    public let missingOptional: [String]

    /// The score as a whole percentage, as people read it.
    public var percent: Int { Int((score * 100).rounded()) }
}

/// Ranks roles by how much of each a set of skills covers.
///
/// Every skill a role needs weighs 2 if essential, 1 if optional, and three times that when a
/// document names it for this role in particular rather than for the whole field: those are the
/// skills that tell roles apart. Ties go to more essential skills matched, then fewer missing,
/// then the earlier career level, then the guide's order.
public struct RoleMatcher: Sendable {
    let catalog: Catalog

    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    public func rank(_ skills: [String]) -> [RoleMatch] {
        let have = Set(skills)
        let roles = catalog.content.roles
        let matches = roles.map { match($0, have: have) }
        // Sort keys computed once: (score, essential matched, essential missing, level, guide order).
        let keys = matches.indices.map { index in
            (
                -matches[index].score, -matches[index].matchedEssential.count, matches[index].missingEssential.count,
                Level.allCases.firstIndex(of: roles[index].level)!, index
            )
        }
        return matches.indices.sorted { keys[$0] < keys[$1] }.map { matches[$0] }
    }

    public func match(_ role: Role, have: Set<String>) -> RoleMatch {
        let specific = Set(role.skills.map(\.skill))
        var total = 0.0
        var covered = 0.0
        var matched: [Need: [String]] = [:]
        var missing: [Need: [String]] = [:]
        for link in catalog.skillLinks(of: role) {
            let weight = (link.need == .essential ? 2.0 : 1.0) * (specific.contains(link.skill) ? 3 : 1)
            total += weight
            if have.contains(link.skill) {
                covered += weight
                matched[link.need, default: []].append(link.skill)
            } else {
                missing[link.need, default: []].append(link.skill)
            }
        }
        return RoleMatch(
            role: role.id, score: total > 0 ? covered / total : 0,
            matchedEssential: matched[.essential] ?? [], matchedOptional: matched[.optional] ?? [],
            missingEssential: missing[.essential] ?? [], missingOptional: missing[.optional] ?? [])
    }
}
