import Foundation
import Testing

@testable import CareerCore
@testable import careers

/// README documents the JSON of every command in a small notation (see its "JSON" section); these tests
/// run each documented command and check its output against that documentation, key by key.
@Suite("The JSON contract in README")
struct JSONContractTests {
    /// A type of the notation: `string`, `number`, `bool`, a shape's name, `[type]`, `{key: type, …}`, `type?`.
    indirect enum Shape: Equatable {
        case string, number, bool
        case named(String)
        case list(Shape)
        case object([String: Shape])
        case nullable(Shape)
    }

    struct Contract {
        var shapes: [String: Shape] = [:]
        var commands: [(line: String, shape: Shape)] = []
    }

    /// The `text` block of README's JSON section, entries joined across their continuation lines.
    static func contract() throws -> Contract {
        let readme = try String(contentsOf: ReadmeTests.readme, encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### JSON\n").dropFirst().first)
        let block = try #require(
            section.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "\n```").first)
        var entries: [String] = []
        for line in block.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.first == " ", !entries.isEmpty {
                entries[entries.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            } else {
                entries.append(String(line))
            }
        }
        var contract = Contract()
        for entry in entries {
            let parts = entry.components(separatedBy: " = ")
            try #require(parts.count == 2, "an entry is NAME = SHAPE: \(entry)")
            var parser = ShapeParser(text: parts[1])
            let shape = try parser.parseAll()
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("careers ") { contract.commands.append((name, shape)) } else { contract.shapes[name] = shape }
        }
        return contract
    }

    struct ShapeParser {
        struct Failure: Error, CustomStringConvertible {
            let description: String
        }

        let characters: [Character]
        var index = 0

        init(text: String) { characters = Array(text) }

        mutating func parseAll() throws -> Shape {
            let shape = try parse()
            skipSpaces()
            guard index == characters.count else { throw Failure(description: "unexpected '\(characters[index])'") }
            return shape
        }

        private mutating func skipSpaces() {
            while index < characters.count, characters[index] == " " { index += 1 }
        }

        private mutating func expect(_ character: Character) throws {
            skipSpaces()
            guard index < characters.count, characters[index] == character else {
                throw Failure(description: "expected '\(character)' at \(index) in \(String(characters))")
            }
            index += 1
        }

        private mutating func word() throws -> String {
            skipSpaces()
            let start = index
            while index < characters.count, characters[index].isLetter || characters[index].isNumber { index += 1 }
            guard index > start else { throw Failure(description: "expected a name at \(index) in \(String(characters))") }
            return String(characters[start..<index])
        }

        mutating func parse() throws -> Shape {
            skipSpaces()
            var shape: Shape
            if characters[index] == "[" {
                index += 1
                shape = .list(try parse())
                try expect("]")
            } else if characters[index] == "{" {
                index += 1
                var fields: [String: Shape] = [:]
                repeat {
                    let key = try word()
                    try expect(":")
                    fields[key] = try parse()
                    skipSpaces()
                } while index < characters.count && characters[index] == ","
                    && {
                        index += 1
                        return true
                    }()
                try expect("}")
                shape = .object(fields)
            } else {
                let name = try word()
                shape = ["string": .string, "number": .number, "bool": .bool][name] ?? .named(name)
            }
            if index < characters.count, characters[index] == "?" {
                index += 1
                shape = .nullable(shape)
            }
            return shape
        }
    }

    /// Where `value` departs from `shape` (nil when it does not), as a path into the value.
    static func mismatch(_ value: JSONValue, _ shape: Shape, _ shapes: [String: Shape], at path: String = "$") -> String? {
        switch (shape, value.storage) {
        case (.nullable, .null): return nil
        case (.nullable(let inner), _): return mismatch(value, inner, shapes, at: path)
        case (.named(let name), _):
            guard let named = shapes[name] else { return "\(path): no shape named \(name) in README" }
            return mismatch(value, named, shapes, at: path)
        case (.string, .string), (.number, .number), (.bool, .bool): return nil
        case (.list(let element), .array(let values)):
            for (index, item) in values.enumerated() {
                if let found = mismatch(item, element, shapes, at: "\(path)[\(index)]") { return found }
            }
            return nil
        case (.object(let fields), .object(let members)):
            let keys = Set(members.map(\.key))
            if keys != Set(fields.keys) {
                return "\(path): keys \(keys.sorted()) but README says \(fields.keys.sorted())"
            }
            for member in members {
                if let found = mismatch(member.value, fields[member.key]!, shapes, at: "\(path).\(member.key)") { return found }
            }
            return nil
        default: return "\(path): \(value.kindDescription), but README says \(shape)"
        }
    }

    /// `careers show "Data Scientist"` as the words a shell would pass.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " ", !quoted {
                if started { words.append(current) }
                (current, started) = ("", false)
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }

    @Test("Every command's --json output has exactly the shape README gives it")
    func everyCommandMatchesREADME() throws {
        let contract = try Self.contract()
        #expect(contract.commands.count > 30)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("careers-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // What `careers import onet db_29_2_text onet` reads.
        try FileManager.default.copyItem(at: ONetDownload.sample, to: folder.appendingPathComponent("db_29_2_text"))
        for (line, shape) in contract.commands {
            let arguments = Self.words(line).dropFirst().map { "'\($0)'" }.joined(separator: " ")
            let outcome = try RunCareers.sh(
                "cd '\(folder.path)' && \"$CAREERS\" \(arguments) --json",
                environment: ["CAREERS_STATE_DIR": folder.path + "/state"])
            #expect(outcome.status == 0, "\(line): \(outcome.stderr)")
            let value = try JSONParser.parse(Array(outcome.stdout.utf8))
            #expect(Self.mismatch(value, shape, contract.shapes) == nil, "\(line)")
        }
    }

    @Test("Every command of the table is documented there, and every shape named is defined")
    func everyCommandIsDocumented() throws {
        let contract = try Self.contract()
        let documented = Set(contract.commands.map { Self.words($0.line)[1] })
        let withoutJSON: Set<String> = ["browse"]  // full-screen, for a person: it refuses --json
        let commands = Set(CommandTable.standard.commands.map(\.name)).subtracting(withoutJSON)
        #expect(commands.subtracting(documented).isEmpty, "undocumented: \(commands.subtracting(documented).sorted())")
        func names(_ shape: Shape) -> [String] {
            switch shape {
            case .named(let name): [name]
            case .list(let inner), .nullable(let inner): names(inner)
            case .object(let fields): fields.values.flatMap(names)
            default: []
            }
        }
        let used = Set((contract.shapes.values.map { $0 } + contract.commands.map(\.shape)).flatMap(names))
        #expect(used.subtracting(contract.shapes.keys).isEmpty, "undefined: \(used.subtracting(contract.shapes.keys).sorted())")
    }

    @Test("The checker catches a missing key, an extra key and a wrong type")
    func checkerCatchesDepartures() throws {
        let shapes: [String: Shape] = ["Ref": .object(["id": .string, "name": .string])]
        func check(_ json: String) throws -> String? {
            Self.mismatch(try JSONParser.parse(Array(json.utf8)), .list(.named("Ref")), shapes)
        }
        #expect(try check(#"[{"id": "a", "name": "A"}]"#) == nil)
        #expect(try check(#"[{"id": "a"}]"#) != nil)
        #expect(try check(#"[{"id": "a", "name": "A", "extra": 1}]"#) != nil)
        #expect(try check(#"[{"id": 1, "name": "A"}]"#) == "$[0].id: a number, but README says string")
        #expect(try check(#"[null]"#) != nil)
    }
}
