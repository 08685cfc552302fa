/// The terminal a file descriptor is connected to, if any.
package enum TerminalDevice {
    package static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// The terminal's width and height in characters (0 where it reports none); nil if it reports no size.
    package static func size(of descriptor: Int32) -> (columns: Int, rows: Int)? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// A terminal's settings (echo, line editing …), kept to be put back.
    package struct Settings {
        private let descriptor: Int32
        private let saved: termios

        /// The settings of the terminal on `descriptor` now; nil if they cannot be read (not a terminal).
        package init?(of descriptor: Int32) {
            var settings = termios()
            guard tcgetattr(descriptor, &settings) == 0 else { return nil }
            (self.descriptor, saved) = (descriptor, settings)
        }

        /// Puts the settings back if they changed since, even from the background (where changing them
        /// would otherwise stop this process with SIGTTOU).
        package func restore() {
            var current = termios()
            var settings = saved
            guard tcgetattr(descriptor, &current) == 0, memcmp(&current, &settings, MemoryLayout<termios>.size) != 0 else {
                return
            }
            Signals.ignoring([SIGTTOU]) { _ = tcsetattr(descriptor, TCSADRAIN, &settings) }
        }
    }
}
