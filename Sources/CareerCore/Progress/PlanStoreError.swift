/// Why the plan could not be read or saved, naming the file and the cause.
package enum PlanStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nowhere to keep a plan: none of CAREERS_STATE_DIR, XDG_STATE_HOME and HOME is set.
    case noLocation
    /// The file is there but cannot be read: a directory, too large, not permitted.
    case unreadable(file: String, reason: String)
    /// The file was read, but is not a plan this careers can use.
    case damaged(file: String, PlanFile.Damage)
    /// Saving failed; the previous file is as it was.
    case unwritable(file: String, reason: String)

    package var description: String {
        switch self {
        case .noLocation: "there is nowhere to keep a plan: none of CAREERS_STATE_DIR, XDG_STATE_HOME and HOME is set"
        case .unreadable(let file, let reason): "\(file): \(reason)"
        case .damaged(let file, let damage): "\(file):\(damage.position): \(damage.message)"
        case .unwritable(let file, let reason): "cannot save \(file): \(reason)"
        }
    }
}
