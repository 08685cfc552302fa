#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Connects the testable CLI to the real process: argv, environment, terminal, streams, exit code.
let output = Terminal.standardOutput()
let result = CLI.run(
    Array(CommandLine.arguments.dropFirst()), environment: StandardStreams.environment(),
    isInteractive: output.isInteractive, terminalWidth: output.width)
StandardStreams.write(result.stderr, to: STDERR_FILENO)
StandardStreams.write(result.stdout, to: STDOUT_FILENO)
exit(result.status)
