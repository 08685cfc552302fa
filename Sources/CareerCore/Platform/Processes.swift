/// Waiting for a child process, and ending this one.
package enum Processes {
    /// Waits until `child` has ended (again where a signal interrupted the wait).
    package static func wait(for child: pid_t) {
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0, errno == EINTR {}
    }

    /// The user this process acts as (its effective user id).
    package static var userID: uid_t { geteuid() }

    /// Ends this process with `status`, its C streams flushed.
    package static func exit(_ status: Int32) -> Never {
        #if canImport(Glibc)
            Glibc.exit(status)
        #else
            Darwin.exit(status)
        #endif
    }

    /// Ends this process with `status` at once, with nothing run or flushed on the way out: safe from any
    /// thread while another may be ending it too (`exit` is not).
    package static func exitNow(_ status: Int32) -> Never {
        #if canImport(Glibc)
            Glibc._exit(status)
        #else
            Darwin._exit(status)
        #endif
    }
}
