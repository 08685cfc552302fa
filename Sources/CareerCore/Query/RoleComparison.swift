/// Two roles side by side, as far as the guide says: the skills of their own both need and those only one
/// of them needs, and beside them the field's foundations, which the documents address to an audience of
/// their own, not to either role.
package struct RoleComparison: Sendable, Equatable {
    /// A need both roles have, with each role's own weight for it.
    package struct Shared: Sendable, Equatable {
        package let first: Requirement
        package let second: Requirement
    }

    package let both: [Shared]
    package let onlyFirst: [Requirement]
    package let onlySecond: [Requirement]
    package let foundations: [Requirement]

    /// Requirements are the same when they name the same skills (an either-or group only the same group).
    package init(_ first: Role, _ second: Role, catalog: Catalog) {
        foundations = catalog.foundations
        let (firstOwn, secondOwn) = (first.skills, second.skills)
        let secondByKey = Dictionary(secondOwn.map { (Set($0.skills), $0) }, uniquingKeysWith: { a, _ in a })
        let firstKeys = Set(firstOwn.map { Set($0.skills) })
        both = firstOwn.compactMap { requirement in
            secondByKey[Set(requirement.skills)].map { Shared(first: requirement, second: $0) }
        }
        onlyFirst = firstOwn.filter { secondByKey[Set($0.skills)] == nil }
        onlySecond = secondOwn.filter { !firstKeys.contains(Set($0.skills)) }
    }
}
