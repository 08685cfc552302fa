import CareerCore

// Connects the testable CLI to the real process: argv, environment, terminal, streams, exit code.
Allocator.keepFreedMemory()
let output = Terminal.standardOutput()
let environment = StandardStreams.environment()
var result = CLI.run(
    Array(CommandLine.arguments.dropFirst()), environment: environment, isInteractive: output.isInteractive,
    terminalWidth: output.width)
// Messages on a terminal are wrapped to its width, so that it never splits a word.
let errors = Terminal.size(of: STDERR_FILENO)
if errors.isInteractive {
    let width = Terminal.width(environment: environment, isInteractive: true, terminalWidth: errors.width)
    result.stderr = TextRenderer(terminal: Terminal(isInteractive: true, width: width, color: false)).wrapMessages(result.stderr)
}
StandardStreams.finish(result) { text in
    // Long text for a person at a terminal goes through a pager, when one can be run.
    guard result.mayPage, let pager = Pager.command(for: Pager.lineCount(text), height: output.height, environment: environment)
    else { return false }
    return Pager.run(pager, text: text)
}
