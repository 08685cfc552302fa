import CareerCore

// Connects the testable CLI to the real process: argv, environment, terminal, streams, exit code.
let output = Terminal.standardOutput()
let environment = StandardStreams.environment()
let result = CLI.run(
    Array(CommandLine.arguments.dropFirst()), environment: environment, isInteractive: output.isInteractive,
    terminalWidth: output.width)
StandardStreams.finish(result) { text in
    // Long text for a person at a terminal goes through a pager, when one can be run.
    guard result.mayPage, let pager = Pager.command(for: Pager.lineCount(text), height: output.height, environment: environment)
    else { return false }
    return Pager.run(pager, text: text)
}
