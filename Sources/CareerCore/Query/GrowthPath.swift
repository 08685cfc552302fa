/// The growth path as the guide gives it: the roles a document places at the entry level, and apart from
/// them the path itself, in order (Senior ML Engineer → Principal AI Architect → Head of AI). Nothing joins
/// the two but what the roles' own `next` links say, and no step is numbered.
package struct GrowthPath: Sendable, Equatable {
    /// Ids of the entry-level roles that are not on the path itself.
    package let entry: [String]
    /// The path's roles in order: first the roles nothing leads to, then the roles those lead to, and so on
    /// (several at once where a role leads to more than one).
    package let steps: [[String]]

    /// The whole path, as `roles` give it (what the compiled guide stores); `entryLevel` is the lowest level.
    init(roles: [Role], entryLevel: String?) {
        let ledTo = Set(roles.flatMap(\.next))
        let onPath = roles.filter { !$0.next.isEmpty || ledTo.contains($0.id) }
        entry = roles.filter { $0.level != nil && $0.level == entryLevel && $0.next.isEmpty && !ledTo.contains($0.id) }.map(\.id)
        // Layers: roles nothing leads to, then the roles they lead to, and so on, each in the guide's order.
        // Roles are found by their place on the path, so a layer costs its own links, not the whole path.
        let place = Dictionary(onPath.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var layers: [[String]] = []
        var seen = [Bool](repeating: false, count: onPath.count)
        var layer = onPath.indices.filter { !ledTo.contains(onPath[$0].id) }
        while !layer.isEmpty {
            layers.append(layer.map { onPath[$0].id })
            for index in layer { seen[index] = true }
            let reached = Set(layer.flatMap { onPath[$0].next.compactMap { place[$0] } })
            layer = reached.filter { !seen[$0] }.sorted()
        }
        steps = layers
    }

    init(entry: [String], steps: [[String]]) {
        self.entry = entry
        self.steps = steps
    }

    /// The whole path, or the part `role` is on: an entry-level role with the path beside it, or the roles
    /// leading to a role on the path and all after it. Nil when `role` is neither.
    package init?(catalog: Catalog, through role: Role? = nil) {
        let whole = catalog.growthPath
        guard let role else {
            self = whole
            return
        }
        if whole.entry.contains(role.id) {
            self.init(entry: [role.id], steps: whole.steps)
        } else if let index = whole.steps.firstIndex(where: { $0.contains(role.id) }) {
            // The role alone in its layer, the roles leading to it before, and everything after it.
            var layers = whole.steps
            layers[index] = [role.id]
            if index > 0 {
                let leading = Set(catalog.idsOfRolesLeading(to: role))
                layers[index - 1] = layers[index - 1].filter(leading.contains)
            }
            layers.removeFirst(max(0, index - 1))
            self.init(entry: [], steps: layers)
        } else {
            return nil
        }
    }
}
