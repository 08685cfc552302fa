// libFuzzer target: the command line. The input is argv, its words separated by NUL bytes (which no
// argument can hold). The parser must accept it or give a usage error, never crash or hang; a command
// line that parses is then run against the bundled guide, as the real binary would run it.
@testable import CareerCore
@testable import careers

/// Under AddressSanitizer and coverage, resolving a name costs some 40 times what it costs in a release
/// build: `match --have` with 4 KiB of made-up names takes 5 s here (0.13 s in a release build).
/// Command lines up to 1 KiB keep an input well under the timeout.
private let maximumSize = 1024

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size <= maximumSize else { return -1 }  // -1: not worth keeping in the corpus
    let arguments = UnsafeBufferPointer(start: data, count: size).split(separator: 0, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    let invocation: Invocation
    do {
        invocation = try Parser(table: .standard).parse(arguments)
    } catch {
        precondition(error.exitCode != 0, "a usage error with exit status 0")
        return 0
    }
    // Running the command must not touch the system: no command that writes files (init), and no path
    // that could wait on standard input or a device ('-', '/dev/…'). A relative path may name a file
    // of the working directory, to be read only.
    let values = invocation.options.values.joined() + invocation.arguments
    guard invocation.command != InitCommand.spec.name,
        !values.contains(where: { $0 == "-" || $0.contains("/") || $0.hasPrefix("..") })
    else { return 0 }
    // No environment: no plan store and no cache, so nothing is written either.
    let result = CLI.run(arguments, environment: [:], catalog: nil)
    precondition(result.status == 0 || !result.stderr.isEmpty, "a failure without a message: \(arguments)")
    precondition(result.status < 128, "exit status \(result.status): \(arguments)")
    if invocation.json, result.status == 0 {
        precondition((try? JSONParser.parse(Array(result.stdout.utf8))) != nil, "--json printed invalid JSON: \(arguments)")
    }
    return 0
}
