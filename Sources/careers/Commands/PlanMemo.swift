import CareerCore
import Synchronization

/// The plan as this run read it: the file is read when a command first asks for it, and at most once a run,
/// however many parts of the command look at it. A change the run saves replaces what was read.
final class PlanMemo: Sendable {
    private struct State {
        var plan: Result<Plan, CLIError>?
        var reads = 0
    }
    private let state = Mutex(State())

    /// How many times the plan file was read (tests check that it is at most once).
    var reads: Int { state.withLock { $0.reads } }

    /// The plan read before, or `read()`'s plan or failure, kept for the rest of the run.
    func plan(_ read: () throws(CLIError) -> Plan) throws(CLIError) -> Plan {
        let result = state.withLock { state in
            if let plan = state.plan { return plan }
            state.reads += 1
            let plan = Result(catching: read)
            state.plan = plan
            return plan
        }
        return try result.get()
    }

    /// What the run saved, or nil after a reset: the file is then read again if asked for.
    func remember(_ plan: Plan?) {
        state.withLock { $0.plan = plan.map { .success($0) } }
    }
}
