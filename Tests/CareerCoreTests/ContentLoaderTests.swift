import CareerCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Loading bad content reports file, position and problem")
struct ContentLoaderTests {
    @Test func malformedJSONGivesLineAndColumn() throws {
        let error = try ContentDirectory.error(in: .tips, replacing: "\"Keep learning\",", with: "\"Keep learning\"")
        #expect(error.description == "Content/tips.json:5:5: malformed JSON: expected ',' or '}' after a field")
    }

    @Test("A file of a megabyte or more, parsed on a thread of its own, reads and fails as any other")
    func largeFileOnItsOwnThread() throws {
        let padding = [UInt8](repeating: UInt8(ascii: " "), count: 1 << 20)
        var files = ContentDirectory.files()
        files[.roles]! += padding
        #expect(try ContentLoader.load(files: files) == ContentLoader.load(files: ContentDirectory.files()))

        // The largest file now, and malformed.
        files = ContentDirectory.files()
        let tips = String(decoding: try #require(files[.tips]), as: UTF8.self)
        files[.tips] = Array(tips.replacing("\"Keep learning\",", with: "\"Keep learning\"", maxReplacements: 1).utf8) + padding
        let problems = try #require(throws: ContentProblems.self) { try ContentLoader.load(files: files) }.errors
        #expect(problems.map(\.description) == ["Content/tips.json:5:5: malformed JSON: expected ',' or '}' after a field"])
    }

    @Test("A pack's largest file, read on a thread of its own, reads and fails as any other")
    func largestFileReadOnItsOwnThread() throws {
        var template = Array("/tmp/careers-pack-XXXXXX".utf8CString)
        let directory = try #require(template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!).map { String(cString: $0) } })
        defer { for file in ContentLoader.File.allCases { unlink(directory + "/" + file.rawValue) }; rmdir(directory) }
        func write(_ file: ContentLoader.File, _ bytes: [UInt8]) {
            let handle = fopen(directory + "/" + file.rawValue, "wb")!
            fwrite(bytes, 1, bytes.count, handle)
            fclose(handle)
        }
        let files = ContentDirectory.files()
        for (file, bytes) in files { write(file, bytes) }
        // Two megabytes of roles: the largest file, over the size that takes a thread.
        write(.roles, files[.roles]! + [UInt8](repeating: UInt8(ascii: " "), count: 2 << 20))
        #expect(try ContentLoader.load(directory: directory) == ContentLoader.load(files: files))
        // Over the limit of a file (a sparse file: nothing is written).
        #expect(truncate(directory + "/roles.json", off_t(ContentLoader.Limits.fileBytes + 1)) == 0)
        let problems = try #require(throws: ContentProblems.self) { try ContentLoader.load(directory: directory) }.errors
        #expect(problems.map(\.description) == ["\(directory)/roles.json: the file is larger than the limit of 67108864 bytes"])
    }

    @Test("A large file read on two threads gives the problems one thread gives, in the same order, to the limit")
    func largeFileOnTwoThreads() throws {
        // 1,500 roles, each with problems: ids given twice far apart, misspelt fields, references to what is
        // not there and to roles further on, levels that do not exist, names given twice and a skill named
        // twice (two rules' problems at one role, whose order is kept); over a thousand problems in all.
        let roles = (0..<1500).map { index in
            let id = index % 7 == 6 ? "role-\(index - 700)" : "role-\(index)"
            let name = index % 13 == 12 ? "Role \(index - 1)" : "Role \(index)"
            let skill = index % 3 == 0 ? "missing-skill-\(index)" : "python"
            let twice = index % 13 == 12 ? ", {\"skill\": \"python\", \"weights\": [], \"sources\": [\"course-unit\"]}" : ""
            let level = index % 11 == 0 ? "\"grandmaster\"" : "null"
            let extra = index % 5 == 0 ? ", \"sumary\": \"x\"" : ""
            return """
                {"id": "\(id)", "name": "\(name)", "level": \(level), "summary": "Does work \(index).",
                 "responsibilities": [], "next": ["role-\((index + 900) % 1600)"], "related": [],
                 "skills": [{"skill": "\(skill)", "weights": [{"need": "essential", "sources": ["course-unit"]}],
                 "sources": ["course-unit"]}\(twice)], "sources": ["course-unit"]\(extra)}
                """
        }
        var files = ContentDirectory.files()
        files[.roles] = Array(("[" + roles.joined(separator: ",\n") + "]").utf8)
        let oneThread = try #require(throws: ContentProblems.self) {
            try ContentLoader.load(files: files, parallelFrom: .max)
        }.errors
        let twoThreads = try #require(throws: ContentProblems.self) { try ContentLoader.load(files: files, parallelFrom: 0) }.errors
        #expect(oneThread.count == 1001)
        #expect(Self.firstDifference(twoThreads, oneThread) == nil)

        // Fewer than the limit: every one, the same.
        files[.roles] = Array(("[" + roles.prefix(300).joined(separator: ",\n") + "]").utf8)
        let few = try #require(throws: ContentProblems.self) { try ContentLoader.load(files: files, parallelFrom: .max) }.errors
        #expect(few.count > 100 && few.count < 1000)
        let fewOnTwo = try #require(throws: ContentProblems.self) { try ContentLoader.load(files: files, parallelFrom: 0) }.errors
        #expect(Self.firstDifference(fewOnTwo, few) == nil)
        // Two rules' problems at one role, the names' (checked on a second thread) in its place after the other.
        #expect(
            few.filter { $0.position == TextPosition(line: 101, column: 1) }.map(\.description) == [
                "Content/roles.json:101:1: skill 'python' is listed twice in the skills of role 'role-25'",
                "Content/roles.json:101:1: another role already goes by 'Role 24', as a name or an alias (at Content/roles.json:97:1)",
            ])

        // The levels the largest file, read in halves: levels given twice across the halves, and roles
        // placed at levels of either half.
        let levels = (0..<3000).map { index in
            let id = index % 997 == 996 ? "level-\(index - 1500)" : "level-\(index)"
            let extra = index % 401 == 0 ? ", \"descripton\": \"x\"" : ""
            return #"{"id": "\#(id)", "name": "Level \#(index)", "sources": ["course-unit"]\#(extra)}"#
        }
        files[.levels] = Array(("[" + levels.joined(separator: ",\n") + "]").utf8)
        files[.roles] = Array(("[" + roles.prefix(40).joined(separator: ",\n") + "]").utf8)
        let levelsOnOne = try #require(throws: ContentProblems.self) { try ContentLoader.load(files: files, parallelFrom: .max) }.errors
        #expect(levelsOnOne.contains { $0.description.contains("level-1496") })
        let levelsOnTwo = try #require(throws: ContentProblems.self) { try ContentLoader.load(files: files, parallelFrom: 0) }.errors
        #expect(Self.firstDifference(levelsOnTwo, levelsOnOne) == nil)
    }

    @Test("An object of more than 64 fields: a misspelt one past the 64th is found")
    func objectOfManyFields() throws {
        let fields = (0..<70).map { #""note\#($0)": "x""# }.joined(separator: ", ")
        var files = ContentDirectory.files()
        let tips = String(decoding: try #require(files[.tips]), as: UTF8.self)
        files[.tips] = Array(tips.replacing("\"name\": \"Network\",", with: "\"name\": \"Network\", \(fields),").utf8)
        let problems = try #require(throws: ContentProblems.self) { try ContentLoader.load(files: files) }.errors
        #expect(problems.map(\.message) == (0..<70).map { "unknown field 'note\($0)'" })
    }

    /// Where two lists of problems first differ, or nil.
    static func firstDifference(_ found: [ContentError], _ expected: [ContentError]) -> String? {
        for (index, (one, other)) in zip(found, expected).enumerated() where one.description != other.description {
            return "problem \(index + 1): \(one) instead of \(other)"
        }
        return found.count == expected.count ? nil : "\(found.count) problems instead of \(expected.count)"
    }

    @Test("A trailing comma is named as such, at the comma, in an object and in an array")
    func trailingComma() throws {
        let inObject = try ContentDirectory.error(
            in: .tips, replacing: "\"sources\": [\"course-unit\"]\n", with: "\"sources\": [\"course-unit\"],\n")
        #expect(inObject.description == "Content/tips.json:7:31: malformed JSON: trailing comma before '}'")
        let inArray = try ContentDirectory.error(
            in: .tips, replacing: "or reading research papers and industry news.\"]", with: "or reading research papers and industry news.\",]")
        #expect(inArray.description == "Content/tips.json:6:123: malformed JSON: trailing comma before ']'")
    }

    @Test func missingField() throws {
        let error = try ContentDirectory.error(in: .roles, replacing: "\"name\": \"Data Scientist\",", with: "")
        #expect(error.file == "Content/roles.json")
        #expect(error.problem == .missingField("name"))
        #expect(error.position == TextPosition(line: 22, column: 3))
    }

    @Test("A misspelt field is reported with the field it was meant to be, and the field it leaves missing")
    func unknownFieldIsNotSilentlyIgnored() throws {
        let problems = try ContentDirectory.problems(
            in: .tips, replacing: "\"summary\": \"Hands-on", with: "\"sumary\": \"Hands-on")
        #expect(problems.map(\.problem) == [.missingField("summary"), .unknownField("sumary", suggestion: "summary")])
        #expect(problems[1].message == "unknown field 'sumary' (did you mean 'summary'?)")
        #expect(problems.allSatisfy { $0.file == "Content/tips.json" })
    }

    @Test("Every problem is reported at once, not only the first")
    func everyProblemAtOnce() throws {
        var files = ContentDirectory.files()
        let tips = String(decoding: try #require(files[.tips]), as: UTF8.self)
        files[.tips] = Array(
            tips.replacing("\"Network\"", with: "42").replacing(
                "\"sources\": [\"course-unit\"]", with: "\"sources\": [\"nowhere\"]"
            ).utf8)
        files[.topics] = Array("[{".utf8)
        let problems = try #require(throws: ContentProblems.self) { try ContentLoader.load(files: files) }.errors
        #expect(
            problems.map(\.file).sorted() == [
                "Content/tips.json", "Content/tips.json", "Content/tips.json", "Content/tips.json", "Content/topics.json",
            ])
        #expect(problems.contains { $0.problem == .wrongType(field: "name", expected: "a string", found: "a number") })
        #expect(problems.filter { $0.problem == .unknownReference(kind: .source, id: "nowhere") }.count == 3)
        #expect(problems.contains { $0.message.hasPrefix("malformed JSON") && $0.file == "Content/topics.json" })
    }

    @Test("A duplicate id names both places; the references to the id that is gone are reported too")
    func duplicateIDNamesBothPlaces() throws {
        let problems = try ContentDirectory.problems(
            in: .skills, replacing: "\"id\": \"calculus\"", with: "\"id\": \"linear-algebra\"")
        #expect(
            problems.first?.description
                == "Content/skills.json:13:11: duplicate skill id 'linear-algebra' (first defined at Content/skills.json:3:11)")
        #expect(
            problems.dropFirst().map(\.problem) == [
                .unknownReference(kind: .skill, id: "calculus"), .unknownReference(kind: .skill, id: "calculus"),
            ])
    }

    @Test("A reference to a missing id names the id it nearly spells")
    func referenceToAMissingID() throws {
        let error = try ContentDirectory.error(in: .roadmap, replacing: "\"robotics\"", with: "\"robotix\"")
        #expect(error.description == "Content/roadmap.json:31:42: no skill has the id 'robotix' (did you mean 'robotics'?)")
    }

    @Test func wrongTypeAndBadChoice() throws {
        let typeError = try ContentDirectory.error(in: .roadmap, replacing: "\"number\": 2", with: "\"number\": \"two\"")
        #expect(typeError.problem == .wrongType(field: "number", expected: "a whole number", found: "a string"))
        let choiceError = try ContentDirectory.error(in: .roles, replacing: "\"level\": null", with: "\"level\": \"mid\"")
        #expect(choiceError.message == "field 'level' has 'mid', expected one of: entry, senior, lead")
    }

    @Test func itemsMustNameASource() throws {
        let error = try ContentDirectory.error(
            in: .topics, replacing: "\"sources\": [\"llm-engineer-news\"]", with: "\"sources\": []")
        #expect(error.problem == .emptyValue(field: "sources"))
    }

    @Test("Text with control characters is rejected: it would reach a terminal")
    func controlCharacters() throws {
        let error = try ContentDirectory.error(in: .tips, replacing: "\"Network\"", with: "\"Net\\u001b[2Jwork\"")
        #expect(error.problem == .controlCharacter(field: "name", code: 0x1B))
        #expect(
            error.description
                == "Content/tips.json:18:13: field 'name' contains a control character (U+001B; text must be printable)")
    }

    @Test(
        "Bidi controls and other invisible format characters are control characters too; the joiners text needs are not",
        arguments: [
            ("\\u202e", 0x202E), ("\\u2066", 0x2066), ("\\u200f", 0x200F), ("\\u202a", 0x202A), ("\\u200b", 0x200B),
            ("\\u00ad", 0xAD), ("\\ufeff", 0xFEFF), ("\\udb40\\udc41", 0xE0041), ("\\u2028", 0x2028),
        ])
    func formatCharacters(escape: String, code: UInt32) throws {
        let error = try ContentDirectory.error(in: .tips, replacing: "\"Network\"", with: "\"Net\(escape)work\"")
        #expect(error.problem == .controlCharacter(field: "name", code: code))
        for scalar in ["\u{200C}", "\u{200D}", "é", "—", "\u{00A0}"] {
            #expect(!ControlCharacters.any(in: "Net\(scalar)work"), "\(scalar.unicodeScalars.first!.value)")
        }
    }

    @Test func phasesMustBeNumberedInOrder() throws {
        let error = try ContentDirectory.error(in: .roadmap, replacing: "\"number\": 2", with: "\"number\": 5")
        #expect(error.problem == .misnumbered(phase: "classical-ml", expected: 2, found: 5))
    }

    @Test("A required file must be there; an optional one may be left out")
    func missingFileAndMissingDirectory() throws {
        var files = ContentDirectory.files()
        files[.topics] = nil
        #expect(try ContentLoader.load(files: files).topics.isEmpty)
        files[.roles] = nil
        let missing = try #require(throws: ContentProblems.self) { try ContentLoader.load(files: files) }
        #expect(missing.description == "Content/roles.json: missing: a guide must have this file")
        let noDirectory = try #require(throws: ContentProblems.self) { try ContentLoader.load(directory: "/nonexistent") }
        #expect(noDirectory.description == "/nonexistent: not a guide's directory: No such file or directory")
    }

    @Test func aFileThatIsNotAnArray() throws {
        var files = ContentDirectory.files()
        files[.tips] = Array("{}".utf8)
        let problems = try #require(throws: ContentProblems.self) { try ContentLoader.load(files: files) }
        #expect(problems.description == "Content/tips.json:1:1: field 'the file' should be an array, found an object")
    }

    @Test func parserHandlesEscapesAndRejectsJunk() throws {
        var files = ContentDirectory.files()
        let text = String(decoding: try #require(files[.tips]), as: UTF8.self)
        files[.tips] = Array(text.replacing("\"Network\"", with: "\"Net\\u0077ork \\\"\\u00e9\\ud83d\\ude00\\\"\"").utf8)
        let content = try ContentLoader.load(files: files)
        #expect(content.tips.map(\.name).contains("Network \"é😀\""))
        files[.tips] = Array((text + "x").utf8)
        let junk = try #require(throws: ContentProblems.self) { try ContentLoader.load(files: files) }
        #expect(junk.errors.map(\.message) == ["malformed JSON: unexpected text after the JSON value"])
    }
}
