#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Connects the testable CLI to the real process: argv, environment, terminal, streams, exit code.
let output = Terminal.standardOutput()
let environment = StandardStreams.environment()
let result = CLI.run(
    Array(CommandLine.arguments.dropFirst()), environment: environment, isInteractive: output.isInteractive,
    terminalWidth: output.width)
StandardStreams.write(result.stderr, to: STDERR_FILENO)
let lines = result.stdout.utf8.count { $0 == UInt8(ascii: "\n") }
if result.mayPage, let pager = Pager.command(for: lines, height: output.height, environment: environment),
    Pager.run(pager, text: result.stdout)
{
    exit(result.status)
}
StandardStreams.write(result.stdout, to: STDOUT_FILENO)
exit(result.status)
