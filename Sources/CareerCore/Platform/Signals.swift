/// What this process does when a signal arrives.
package enum Signals {
    /// Runs `body` with `signals` ignored, then gives each its earlier action back.
    package static func ignoring<Result>(_ signals: [Int32], _ body: () throws -> Result) rethrows -> Result {
        let earlier = signals.map { signal($0, SIG_IGN) }
        defer { for (number, action) in zip(signals, earlier) { signal(number, action) } }
        return try body()
    }

    /// Whether `number` is ignored now, as a parent may have left it (`nohup`, a profiler's SIGPROF).
    package static func isIgnored(_ number: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(number, nil, &current) == 0 else { return false }
        #if canImport(Darwin)
            let handler = current.__sigaction_u.__sa_handler
        #else
            let handler = current.__sigaction_handler.sa_handler
        #endif
        // Function pointers compare by address; SIG_IGN is the address 1.
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// Ignores `number` from now on (SIGPIPE: a write to a closed pipe then fails instead of ending the process).
    package static func ignore(_ number: Int32) {
        signal(number, SIG_IGN)
    }
}
