/// The rules that hold across items, checked once every file has been read and every reference resolved:
/// they keep a guide from saying the same thing twice or contradicting itself.
enum ContentRules {
    /// Where each item of each file starts, to point at the item that breaks a rule.
    struct Positions {
        private var files: [ContentLoader.File: (path: String, items: [TextPosition])] = [:]

        mutating func record(_ file: ContentLoader.File, path: String, _ items: [TextPosition]) {
            files[file] = (path, items)
        }

        func error(_ problem: ContentError.Problem, in file: ContentLoader.File, item index: Int) -> ContentError {
            let located = files[file]
            let position = located.flatMap { index < $0.items.count ? $0.items[index] : nil }
            return ContentError(file: located?.path ?? file.rawValue, position: position, problem: problem)
        }
    }

    /// Checks every rule, the names on a second thread while `alongside` (the references' check) and the
    /// rules before them run here: on a large pack, each is about a tenth of the work of validating it.
    /// What the names' check finds is told to `log` in its place, as if it had been checked here.
    static func check(_ content: Content, at positions: Positions, log: LoadLog, alongside: () -> Void = {}) {
        let names = LoadLog(partOf: log)
        let namesChecked = BackgroundWork(handingOver: { checkNamesAreUnique(content, positions, names) })
        alongside()
        // The foundations name each skill once on its own and once among either-or choices: a document may
        // ask for one of two skills ("TensorFlow or PyTorch") where another asks for each.
        var seenAlone: Set<String> = []
        var seenAsChoice: Set<String> = []
        for (index, requirement) in content.foundations.enumerated() {
            for skill in unique(requirement.skills) where !skill.isEmpty {
                let isNew =
                    requirement.isChoice ? seenAsChoice.insert(skill).inserted : seenAlone.insert(skill).inserted
                if isNew { continue }
                log.report(
                    positions.error(
                        .repeatedSkill(id: skill, within: "the foundations"), in: ContentLoader.File(Requirement.self),
                        item: index))
            }
        }
        for (index, role) in content.roles.enumerated() {
            var own = Repeats()
            for skill in role.skills.flatMap({ unique($0.skills) }) where !skill.isEmpty && own.isRepeated(skill) {
                log.report(
                    positions.error(
                        .repeatedSkill(id: skill, within: "the skills of role '\(role.id)'"), in: ContentLoader.File(Role.self),
                        item: index)
                )
            }
            if role.next.contains(role.id) {
                log.report(
                    positions.error(
                        .selfReference(kind: .role, field: "next", id: role.id), in: ContentLoader.File(Role.self), item: index))
            }
            if role.related.contains(role.id) {
                log.report(
                    positions.error(
                        .selfReference(kind: .role, field: "related", id: role.id), in: ContentLoader.File(Role.self), item: index
                    ))
            }
        }
        for (index, skill) in content.skills.enumerated() where skill.countsToward.contains(where: { $0.skill == skill.id }) {
            log.report(
                positions.error(
                    .selfReference(kind: .skill, field: "countsToward", id: skill.id), in: ContentLoader.File(Skill.self),
                    item: index))
        }
        checkGrowthPath(content.roles, positions, log)
        namesChecked.value
        log.absorb(names)
        // Each skill is built in one phase, and phases are numbered in order.
        var phaseOf: [String: String] = [:]
        for (index, phase) in content.phases.enumerated() {
            if phase.number != index + 1, phase.number != ObjectReader.unreadableNumber {
                log.report(
                    positions.error(
                        .misnumbered(phase: phase.id, expected: index + 1, found: phase.number),
                        in: ContentLoader.File(Phase.self), item: index))
            }
            for skill in phase.skills where !skill.isEmpty {
                if let first = phaseOf[skill] {
                    // Twice in one phase is reported where it is read ("listed twice in 'skills'").
                    if first != phase.id {
                        log.report(
                            positions.error(
                                .skillInTwoPhases(id: skill, firstPhase: first), in: ContentLoader.File(Phase.self), item: index))
                    }
                    continue
                }
                phaseOf[skill] = phase.id
            }
        }
    }

    /// The ids in order, each once: an either-or group naming a skill twice is its own problem (too few choices).
    private static func unique(_ ids: [String]) -> [String] {
        guard ids.count > 1 else { return ids }  // most requirements name one skill
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }

    /// The growth path (`next`) must not lead back to a role already on it.
    private static func checkGrowthPath(_ roles: [Role], _ positions: Positions, _ log: LoadLog) {
        let index = Dictionary(roles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        // 0: not visited, 1: on the current walk, 2: done.
        var state = [Int](repeating: 0, count: roles.count)
        for start in roles.indices where state[start] == 0 {
            // An explicit stack, so that a long path cannot overflow the call stack.
            var stack: [(role: Int, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = stack.last {
                let role = roles[top.role]
                guard top.next < role.next.count else {
                    state[top.role] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                guard let target = index[role.next[top.next]] else { continue }
                if state[target] == 1 {
                    let loopStart = stack.firstIndex { $0.role == target }!
                    let loop = stack[loopStart...].map { roles[$0.role].id } + [roles[target].id]
                    log.report(positions.error(.growthLoop(path: loop), in: ContentLoader.File(Role.self), item: top.role))
                    continue
                }
                if state[target] == 0 {
                    state[target] = 1
                    stack.append((target, 0))
                }
            }
        }
    }

    /// Two items of one kind with the same name (ignoring case) would make every lookup of it ambiguous.
    /// Within a kind, a name or alias answers to one item: compared as lookups compare them (case, accents,
    /// spaces and punctuation ignored), so that no name the guide gives leads to two items.
    private static func checkNamesAreUnique(_ content: Content, _ positions: Positions, _ log: LoadLog) {
        for type in Content.kinds where type.hasUniqueNames {
            checkNamesAreUnique(of: type, in: content, positions, log)
        }
    }

    private static func checkNamesAreUnique<Item: GuideItem>(
        of type: Item.Type, in content: Content, _ positions: Positions, _ log: LoadLog
    ) {
        // Only the names are read here, for each type; what is done with them is the same for all.
        let names = content[keyPath: Item.all].map { item in
            let entry = item.entry { _ in "" }
            return [entry.name] + entry.aliases
        }
        checkNamesAreUnique(names, of: Item.kind, in: ContentLoader.File(Item.self), positions, log)
    }

    /// `names` holds each item's name and aliases, in order.
    private static func checkNamesAreUnique(
        _ names: [[String]], of kind: ItemKind, in file: ContentLoader.File, _ positions: Positions, _ log: LoadLog
    ) {
        var first: [String: Int] = [:]
        first.reserveCapacity(names.count)
        for (index, itemNames) in names.enumerated() {
            for name in itemNames where !name.isEmpty {
                let key = TextFolding.key(name)
                // One lookup for a name met first, the usual case; the first item is put back for a repeat.
                guard let earlier = first.updateValue(index, forKey: key) else { continue }
                first[key] = earlier
                guard earlier != index else { continue }  // an alias that spells the item's own name is harmless
                let at = positions.error(.emptyValue(field: ""), in: file, item: earlier).location
                log.report(positions.error(.duplicateName(kind: kind, name: name, firstDefinedAt: at), in: file, item: index))
            }
        }
    }
}
