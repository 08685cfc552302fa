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
        let matches = catalog.content.roles.map { match($0, have: have) }
        let levels = Level.allCases
        let order = catalog.content.roles.map(\.id)
        return matches.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.matchedEssential.count != b.matchedEssential.count { return a.matchedEssential.count > b.matchedEssential.count }
            if a.missingEssential.count != b.missingEssential.count { return a.missingEssential.count < b.missingEssential.count }
            let levelA = catalog.role(a.role).map { levels.firstIndex(of: $0.level)! } ?? 0
            let levelB = catalog.role(b.role).map { levels.firstIndex(of: $0.level)! } ?? 0
            if levelA != levelB { return levelA < levelB }
            return order.firstIndex(of: a.role)! < order.firstIndex(of: b.role)!
        }
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
