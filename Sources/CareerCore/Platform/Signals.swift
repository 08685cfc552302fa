/// What this process does when a signal arrives.
package enum Signals {
    /// Runs `body` with `signals` ignored, then gives each its earlier action back.
    package static func ignoring<Result>(_ signals: [Int32], _ body: () throws -> Result) rethrows -> Result {
        let earlier = signals.map { signal($0, SIG_IGN) }
        defer { for (number, action) in zip(signals, earlier) { signal(number, action) } }
        return try body()
    }

    /// Ignores `number` from now on (SIGPIPE: a write to a closed pipe then fails instead of ending the process).
    package static func ignore(_ number: Int32) {
        signal(number, SIG_IGN)
    }
}
