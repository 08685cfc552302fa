import CareerCore

/// The user's plan for the guide in use, as commands read and change it.
extension Context {
    /// The key the plan of the guide in use is kept under.
    var guideKey: String { PlanStore.guideKey(directory: guideDirectory) }

    /// The plan, for a command that needs it: a file that cannot be read is an error. No file is an empty plan.
    /// The file is read once a run (see `PlanMemo`).
    func plan() throws(CLIError) -> Plan {
        guard let planStore else { return Plan() }
        let guide = guideKey
        return try planMemo.plan { () throws(CLIError) in
            do throws(PlanStoreError) {
                return try planStore.read()[guide: guide]
            } catch {
                throw Self.failure(error)
            }
        }
    }

    /// The plan, for a page that shows marks but works without them: a file that cannot be read is a
    /// warning, and the page shows no marks.
    func marks() -> (plan: Plan, notes: [String]) {
        do {
            return (try plan(), [])
        } catch {
            return (Plan(), ["warning: \(error.message); marks are not shown. \(error.hint ?? "")"])
        }
    }

    /// The marks, for a command whose JSON carries each item's `status` but whose text shows none: read
    /// only for JSON, so that the text never warns about a plan it does not use.
    func marksForJSON() -> (plan: Plan, notes: [String]) {
        invocation.json ? marks() : (Plan(), [])
    }

    /// Changes the plan and saves it, all or nothing; returns the plan as saved.
    @discardableResult
    func updatePlan(_ change: (inout Plan) -> Void) throws(CLIError) -> Plan {
        guard let planStore else { throw Self.failure(.noLocation) }
        let guide = guideKey
        do {
            let saved = try planStore.update { change(&$0[guide: guide]) }[guide: guide]
            planMemo.remember(saved)
            return saved
        } catch {
            throw Self.failure(error)
        }
    }

    /// Moves the plan file aside to a backup; returns the backup's path, or nil when there was no file.
    func resetPlan() throws(CLIError) -> String? {
        guard let planStore else { throw Self.failure(.noLocation) }
        do {
            let backup = try planStore.reset()
            planMemo.remember(nil)
            return backup
        } catch {
            throw Self.failure(error)
        }
    }

    static func failure(_ error: PlanStoreError) -> CLIError {
        let reset = "run 'careers progress --reset' to start afresh (it keeps the file as a backup beside it)."
        switch error {
        case .noLocation:
            return .failed(
                "there is nowhere to keep your plan: none of CAREERS_STATE_DIR, XDG_STATE_HOME and HOME is set",
                hint: "Set CAREERS_STATE_DIR to the directory to keep it in.")
        case .unreadable:
            return .failed("cannot read your plan: \(error)", hint: "Move it out of the way, or " + reset)
        case .damaged(_, let damage):
            return .failed(
                "your plan is damaged: \(error)",
                hint: damage.isNewerFormat ? "Use a newer careers, or " + reset : "Fix it by hand, or " + reset)
        case .unwritable:
            return .failed("\(error)", hint: "Nothing was changed.")
        }
    }
}

extension Optional where Wrapped == Mark {
    /// "done", "learning", "skipped", or "to do" for an item not marked.
    var label: String { self?.rawValue ?? "to do" }

    /// The `status` of an item in JSON: the mark, or null.
    var json: JSON { map { .string($0.rawValue) } ?? .null }

    /// "Python [done]": a name with its mark, where it has one.
    func marking(_ name: String) -> String { map { "\(name) [\($0.rawValue)]" } ?? name }
}
