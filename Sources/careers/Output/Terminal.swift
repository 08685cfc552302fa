import CareerCore

/// What the output goes to: a terminal or a pipe, how wide, and whether to color it.
struct Terminal: Sendable, Equatable {
    /// True when standard output is a terminal.
    var isInteractive: Bool
    /// Columns to wrap human text to.
    var width: Int
    /// Whether to emit color and bold.
    var color: Bool

    /// Decides color from the user's choice and the environment: `--color always` forces it;
    /// otherwise only a terminal gets it, and never with NO_COLOR set or TERM=dumb.
    static func detect(
        color choice: ColorChoice, environment: [String: String], isInteractive: Bool, terminalWidth: Int?
    ) -> Terminal {
        let width = Self.width(environment: environment, isInteractive: isInteractive, terminalWidth: terminalWidth)
        let color: Bool
        switch choice {
        case .always: color = true
        case .never: color = false
        case .auto:
            let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
            color = isInteractive && !noColor && environment["TERM"] != "dumb"
        }
        return Terminal(isInteractive: isInteractive, width: width, color: color)
    }

    /// The columns to wrap to: `COLUMNS`, else the terminal's own width, else 80 on a terminal that does
    /// not say and 100 for a file or a pipe.
    static func width(environment: [String: String], isInteractive: Bool, terminalWidth: Int?) -> Int {
        let columns = environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        return max(columns ?? terminalWidth ?? (isInteractive ? 80 : 100), 20)
    }

    /// Whether standard output is a terminal, and its width and height if it reports them.
    static func standardOutput() -> (isInteractive: Bool, width: Int?, height: Int?) {
        size(of: STDOUT_FILENO)
    }

    /// Whether `descriptor` is a terminal, and its width and height if it reports them.
    static func size(of descriptor: Int32) -> (isInteractive: Bool, width: Int?, height: Int?) {
        guard TerminalDevice.isTerminal(descriptor) else { return (false, nil, nil) }
        guard let size = TerminalDevice.size(of: descriptor) else { return (true, nil, nil) }
        return (true, size.columns > 0 ? size.columns : nil, size.rows > 0 ? size.rows : nil)
    }
}

/// The `--color` choices.
enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}
