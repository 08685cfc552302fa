import Testing

@testable import CareerCore
@testable import careers

/// Command lines the fuzz target `cli` (Tests/Fuzz/cli) found wrong, each pinned with its exact bytes.
@Suite("Command lines the fuzzer found")
struct FuzzFindingsTests {
    /// The words of a fuzz input: argv, separated by NUL bytes, decoded as the target decodes them.
    static func arguments(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The JSON object printed, or nil when the output is not JSON.
    static func object(_ result: CLI.Result) -> [(key: String, value: JSONValue)]? {
        guard let value = try? JSONParser.parse(Array(result.stdout.utf8)), case .object(let members) = value.storage else {
            return nil
        }
        return members
    }

    static func string(_ value: JSONValue?) -> String? {
        guard case .string(let text) = value?.storage else { return nil }
        return text
    }

    @Test("Help asked for inside a group of short options, with --json, prints JSON (it printed the help text)")
    func helpWithJSON() throws {
        // cli-crash-922fc0358bfbf5e01ee537085fbdafa0ea7b2e33: `-havihow` holds -h.
        let input: [UInt8] = [
            0x73, 0x68, 0x6f, 0x77, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x26, 0x6e, 0x74, 0x0, 0x6e, 0x65, 0x41, 0x61, 0x76,
            0x0, 0x40, 0x0, 0x9c, 0x0, 0x2d, 0x68, 0x61, 0x76, 0x69, 0x68, 0x6f, 0x77, 0x0, 0x2b, 0x70, 0x72, 0x6f, 0x67, 0x3,
            0xe6, 0xfe, 0xff, 0xff, 0x9d, 0x54, 0x54, 0x83, 0x96, 0x73, 0xf4, 0x0, 0x2d, 0x2d, 0x6a, 0x73, 0x6f, 0x6e,
        ]
        let result = CLI.run(Self.arguments(input), environment: [:])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let members = try #require(Self.object(result))
        #expect(members.map(\.key) == ["help"])
        #expect(Self.string(members.first?.value) == Help(table: .standard).page(for: ShowCommand.spec))
    }

    @Test("Every way of asking for help gives the same JSON as 'careers help'", arguments: [[], ["roles", "--help"], ["-h"]])
    func everyHelpWithJSON(arguments: [String]) throws {
        let result = CLI.run(arguments + ["--json"], environment: [:])
        let expected = CLI.run(["help"] + (arguments.first == "roles" ? ["roles"] : []) + ["--json"], environment: [:])
        #expect(result.status == 0)
        #expect(result.stdout == expected.stdout)
        #expect(!result.mayPage)
    }

    @Test("--version with --json prints JSON")
    func versionWithJSON() throws {
        let result = CLI.run(["--version", "--json"], environment: [:])
        #expect(result.status == 0)
        let members = try #require(Self.object(result))
        #expect(members.map(\.key) == ["version", "guide", "sources", "roles", "skills", "phases"])
        #expect(Self.string(members.first?.value) == Version.number)
        guard case .null = members[1].value.storage else {
            Issue.record("the bundled guide has no directory")
            return
        }
        guard case .number(let roles) = members[3].value.storage else {
            Issue.record("roles is not a number")
            return
        }
        #expect(roles == Double(Catalog.bundled.count(of: .role)))
    }
}
