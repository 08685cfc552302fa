/// The time now.
package enum Clock {
    /// Seconds since 1970 (the epoch), as file times count them.
    package static func now() -> time_t {
        time(nil)
    }

    /// Now, as the system clock stamps files: its coarse reading on Linux, which a file changed after this
    /// moment can never have a time before.
    package static func coarseNow() -> timespec {
        var now = timespec()
        #if os(Linux)
            clock_gettime(CLOCK_REALTIME_COARSE, &now)
        #else
            clock_gettime(CLOCK_REALTIME, &now)
        #endif
        return now
    }

    /// Waits `milliseconds`.
    package static func sleep(milliseconds: Int) {
        var left = timespec(tv_sec: milliseconds / 1000, tv_nsec: (milliseconds % 1000) * 1_000_000)
        var asked = left
        while nanosleep(&asked, &left) != 0, errno == EINTR { asked = left }
    }

    /// The local time now, written with strftime(3)'s `format` (at most 31 bytes).
    package static func localTime(_ format: String) -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let length = strftime(&buffer, buffer.count, format, &parts)
        return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
