/// The growth path as the guide gives it: the roles a document places at the entry level, and apart from
/// them the path itself, in order (Senior ML Engineer → Principal AI Architect → Head of AI). Nothing joins
/// the two but what the roles' own `next` links say, and no step is numbered.
package struct GrowthPath: Sendable, Equatable {
    /// Ids of the entry-level roles that are not on the path itself.
    package let entry: [String]
    /// The path's roles in order: first the roles nothing leads to, then the roles those lead to, and so on
    /// (several at once where a role leads to more than one).
    package let steps: [[String]]

    /// The whole path, or the part `role` is on: an entry-level role with the path beside it, or the roles
    /// leading to a role on the path and all after it. Nil when `role` is neither.
    package init?(catalog: Catalog, through role: Role? = nil) {
        let roles = catalog.rolesOnGrowthPath()
        let onPath = Set(roles.map(\.id))
        var entry = catalog.roles(level: .entry).filter { !onPath.contains($0.id) }.map(\.id)
        // Layers: roles nothing leads to, then the roles they lead to, and so on.
        let ledTo = Set(roles.flatMap(\.next))
        var layers: [[Role]] = []
        var seen: Set<String> = []
        var layer = roles.filter { !ledTo.contains($0.id) }
        while !layer.isEmpty {
            layers.append(layer)
            seen.formUnion(layer.map(\.id))
            let reached = Set(layer.flatMap(\.next))
            layer = roles.filter { !seen.contains($0.id) && reached.contains($0.id) }
        }
        if let role {
            if entry.contains(role.id) {
                entry = [role.id]
            } else if let index = layers.firstIndex(where: { $0.contains { $0.id == role.id } }) {
                // The role alone in its layer, the roles leading to it before, and everything after it.
                entry = []
                layers[index] = [role]
                if index > 0 { layers[index - 1] = layers[index - 1].filter { $0.next.contains(role.id) } }
                layers.removeFirst(max(0, index - 1))
            } else {
                return nil
            }
        }
        self.entry = entry
        steps = layers.map { $0.map(\.id) }
    }
}
