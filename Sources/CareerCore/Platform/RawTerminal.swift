/// The terminal taken over for a full-screen program (`careers browse`): raw input (no echo, no line
/// editing, keys as bytes), optionally the alternate screen, the cursor hidden. Whatever way the program
/// ends — `restore()`, a signal that ends it (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGALRM …) or a
/// crash (SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE) — the terminal gets its settings back and the
/// main screen, and the signal then does what it would have done. A signal the program was started with
/// ignored stays ignored. A resize (SIGWINCH) wakes `read`.
package final class RawTerminal {
    /// What `read` saw.
    package enum Input: Equatable {
        case bytes([UInt8])
        /// The terminal changed size.
        case resized
        /// Nothing within the time allowed.
        case timeout
        /// The input ended (the terminal hung up) or failed.
        case closed
    }

    private let input: Int32
    private let output: Int32
    private var restored = false
    /// The signals whose handler puts the terminal back: those of `RawTerminalState.ending` not ignored.
    private var handled: [Int32] = []
    /// The settings taken over with, and what is written to take the screen: for `suspend` to take them again.
    private var raw: termios
    private let enter: String

    /// Takes over the terminal on `input` and `output`; nil if either is not a terminal or its settings
    /// cannot be changed. `alternateScreen`: draw on the alternate screen (and leave it at the end).
    package init?(input: Int32, output: Int32, alternateScreen: Bool) {
        guard isatty(input) == 1, isatty(output) == 1 else { return nil }
        var settings = termios()
        guard tcgetattr(input, &settings) == 0 else { return nil }
        var raw = settings
        // As cfmakeraw, but output processing stays on: "\n" still returns the carriage.
        raw.c_iflag &= ~tcflag_t(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON)
        raw.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG | IEXTEN)
        raw.c_cflag |= tcflag_t(CS8)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard let wake = Descriptors.pipe() else { return nil }
        for end in [wake.read, wake.write] {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        (self.input, self.output) = (input, output)
        self.raw = raw
        enter = alternateScreen ? "\u{1B}[?1049h\u{1B}[H\u{1B}[2J\u{1B}[?25l" : "\u{1B}[?25l"
        RawTerminalState.saved = settings
        RawTerminalState.input = input
        RawTerminalState.output = output
        RawTerminalState.wakeRead = wake.read
        RawTerminalState.wakeWrite = wake.write
        RawTerminalState.leave = alternateScreen ? RawTerminalState.leaveAlternate : RawTerminalState.showCursor
        RawTerminalState.active = 1
        for number in RawTerminalState.ending where !Signals.isIgnored(number) {
            signal(number, restoreAndRaise)
            handled.append(number)
        }
        signal(SIGWINCH, wakeOnResize)
        guard tcsetattr(input, TCSAFLUSH, &self.raw) == 0 else {
            restore()
            return nil
        }
        write(enter)
    }

    /// Ctrl-C and Ctrl-Z come as bytes in raw mode: for Ctrl-Z, the terminal is put back, the program's
    /// process group stopped as the shell would stop it, and on `fg` the terminal taken over again, as at
    /// the start (the screen must be drawn anew). Where the stop is not possible (a shell without job
    /// control ignores it), the program goes on at once.
    package func suspend() {
        guard !restored else { return }
        RawTerminalState.putBack()
        _ = kill(0, SIGTSTP)
        RawTerminalState.active = 1
        _ = tcsetattr(input, TCSAFLUSH, &raw)
        write(enter)
    }

    deinit { restore() }


    /// The terminal's size now, in columns and rows; nil if it reports none.
    package var size: (columns: Int, rows: Int)? {
        guard let size = TerminalDevice.size(of: output), size.columns > 0, size.rows > 0 else { return nil }
        return size
    }

    /// Writes `text` as it is.
    package func write(_ text: String) {
        var text = text
        _ = text.withUTF8 { Descriptors.writeAll(UnsafeRawBufferPointer($0), to: output) }
    }

    /// Waits up to `milliseconds` (forever if negative) for input or a resize. A lone Escape byte waits a
    /// moment more for the rest of an escape sequence (an arrow key sends three bytes).
    package func read(timeout milliseconds: Int32) -> Input {
        var watched = [
            pollfd(fd: input, events: Int16(POLLIN), revents: 0),
            pollfd(fd: RawTerminalState.wakeRead, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&watched, 2, milliseconds)
        if ready < 0 { return errno == EINTR ? (drainWake() ? .resized : .timeout) : .closed }
        if watched[1].revents != 0, drainWake() { return .resized }
        guard watched[0].revents != 0 else { return .timeout }
        var bytes = readAvailable()
        guard !bytes.isEmpty else { return .closed }
        if bytes.last == 0x1B {
            var more = [pollfd(fd: input, events: Int16(POLLIN), revents: 0)]
            if poll(&more, 1, 30) > 0 { bytes += readAvailable() }
        }
        return .bytes(bytes)
    }

    private func readAvailable() -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 1024)
        guard let count = Descriptors.read(input, into: &buffer), count > 0 else { return [] }
        return Array(buffer.prefix(count))
    }

    /// Empties the wake-up pipe; whether a resize had been signalled.
    private func drainWake() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64)
        var woken = false
        while System.read(RawTerminalState.wakeRead, &buffer, buffer.count) > 0 { woken = true }
        return woken
    }

    /// Puts the terminal back as it was: settings, main screen, cursor; the signals' actions back to their
    /// defaults. Done once; later calls do nothing.
    package func restore() {
        guard !restored else { return }
        restored = true
        RawTerminalState.putBack()
        for number in handled + [SIGWINCH] { signal(number, SIG_DFL) }
        Descriptors.close(RawTerminalState.wakeRead)
        Descriptors.close(RawTerminalState.wakeWrite)
    }
}

/// What the signal handlers need, kept where a C function pointer can reach it: handlers capture nothing.
/// Written once before the handlers are installed, read only after.
private enum RawTerminalState {
    nonisolated(unsafe) static var saved = termios()
    nonisolated(unsafe) static var input: Int32 = 0
    nonisolated(unsafe) static var output: Int32 = 1
    nonisolated(unsafe) static var wakeRead: Int32 = -1
    nonisolated(unsafe) static var wakeWrite: Int32 = -1
    nonisolated(unsafe) static var leave: StaticString = showCursor
    /// 1 while the terminal is taken over: the first to put it back sets it to 0.
    nonisolated(unsafe) static var active: sig_atomic_t = 0

    static let leaveAlternate: StaticString = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l"
    static let showCursor: StaticString = "\u{1B}[0m\u{1B}[?25h\r\n"
    /// The common signals whose default action ends the program (POSIX's, and SIGSYS), but SIGPIPE, which
    /// writing to a terminal does not raise.
    static let ending: [Int32] = [
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGUSR1, SIGUSR2, SIGALRM,
        SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGSYS,
    ]

    /// Only async-signal-safe calls: tcsetattr and write.
    static func putBack() {
        guard active == 1 else { return }
        active = 0
        _ = tcsetattr(input, TCSAFLUSH, &saved)
        _ = System.write(output, leave.utf8Start, leave.utf8CodeUnitCount)
    }
}

/// A signal that ends the program: the terminal is put back, then the signal does what it does by default.
private func restoreAndRaise(_ number: Int32) {
    RawTerminalState.putBack()
    signal(number, SIG_DFL)
    raise(number)
}

/// A resize: one byte down the wake-up pipe, for `read`'s poll to see.
private func wakeOnResize(_ number: Int32) {
    var byte: UInt8 = 1
    _ = System.write(RawTerminalState.wakeWrite, &byte, 1)
}
