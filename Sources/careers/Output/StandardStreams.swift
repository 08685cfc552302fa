#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real process's streams and environment, kept out of everything that can be tested.
enum StandardStreams {
    /// Writes all of `text` to the file descriptor; a closed pipe ends the write quietly.
    static func write(_ text: String, to descriptor: Int32) {
        guard !text.isEmpty else { return }
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// The environment variables the tool reads (and only those: copying the whole environment costs
    /// more than some commands' whole work).
    static func environment(
        _ names: [String] = [
            "COLUMNS", "NO_COLOR", "TERM", "CAREERS_CONTENT", "XDG_CACHE_HOME", "CAREERS_STATE_DIR", "XDG_STATE_HOME", "HOME",
            "CAREERS_PAGER", "PAGER", "PATH",
        ]
    ) -> [String: String] {
        var result: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }
}
