import Foundation
import Testing

/// O*NET's text files, as a test changes them: the sample in Tests/Fixtures/onet-sample (twelve
/// occupations of the 29.2 release; its README holds the license notice), copied into a directory
/// named as O*NET names its download, so that the release is read from the name.
struct ONetDownload {
    static let sample: URL = {
        var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(2)  // careersTests/ONetImportTests.swift
        return URL(fileURLWithPath: components.joined(separator: "/") + "/Fixtures/onet-sample")
    }()

    let root: URL
    var directory: URL { root.appendingPathComponent("db_29_2_text") }
    var pack: String { root.appendingPathComponent("onet").path }

    /// The sample with `changes` (file name → new text, or nil to leave the file out).
    init(_ changes: [String: String?] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("careers-onet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.sample, to: directory)
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: directory.appendingPathComponent(file).path)
        }
        for (name, text) in changes {
            let url = directory.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: url)
            if let text { try Data(text.utf8).write(to: url) }
        }
    }

    static func text(_ file: String) throws -> String { try String(contentsOf: sample.appendingPathComponent(file), encoding: .utf8) }

    /// Wide enough that no line of these tests wraps (the temporary paths are long).
    static let wide = ["COLUMNS": "1000"]

    /// `careers import onet` of this download into `pack`.
    func importIt(_ extra: [String] = []) throws -> RunCareers.Outcome {
        try RunCareers.run(["import", "onet", directory.path, pack] + extra, environment: Self.wide)
    }

    /// A command on the imported pack.
    func careers(_ arguments: [String]) throws -> RunCareers.Outcome {
        try RunCareers.run(["--content", pack] + arguments, environment: Self.wide)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite("careers import onet: O*NET's text files as a pack")
struct ONetImportTests {
    @Test("The sample imports: what was written, what was left out, and a pack validate passes")
    func importsTheSample() throws {
        let download = try ONetDownload()
        defer { download.remove() }
        let outcome = try download.importIt()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(
            outcome.stdout == """
                Wrote O*NET 29.2 Database to \(download.pack): 12 occupations, 865 technologies, 95 categories and 5 levels.

                Use it with 'careers --content \(download.pack) …', for example 'careers --content \(download.pack) roles'.

                """)
        #expect(
            outcome.stderr == """
                careers: note: Related Occupations.txt: 213 rows name occupations not in Occupation Data.txt (a partial download?), left out.
                careers: note: 33 alternate titles are left out: each is shared by several occupations, and a name must lead to one.

                """)
        let files = try FileManager.default.contentsOfDirectory(atPath: download.pack).sorted()
        #expect(files == ["categories.json", "levels.json", "roles.json", "skills.json", "sources.json"])
        let validate = try RunCareers.run(["validate", download.pack], environment: ONetDownload.wide)
        #expect(validate.status == 0)
        #expect(validate.stdout == "\(download.pack): a valid guide with 12 roles, 865 skills, 0 roadmap phases and 0 foundations\n")
    }

    @Test("An occupation is a role: its code as id, job zone as level, core tasks first, titles, related in O*NET's order")
    func anOccupationIsARole() throws {
        let download = try ONetDownload()
        defer { download.remove() }
        _ = try download.importIt()
        let outcome = try download.careers(["show", "15-2051.00", "--json"])
        #expect(outcome.status == 0)
        let role = try #require(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])["role"] as? [String: Any]
        #expect(role?["id"] as? String == "15-2051.00")
        #expect(role?["name"] as? String == "Data Scientists")
        #expect(role?["level"] as? String == "job-zone-4")
        let related = (role?["related"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(related == ["Statisticians", "Biostatisticians", "Computer and Information Research Scientists", "Database Architects"])
        // Core tasks come before supplemental ones, each in the file's order.
        let tasks = try ONetDownload.text("Task Statements.txt").split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            .filter { $0.first == "15-2051.00" }
        let expected = tasks.filter { $0[3] == "Core" }.map { String($0[2]) } + tasks.filter { $0[3] != "Core" }.map { String($0[2]) }
        #expect(role?["responsibilities"] as? [String] == expected)
        // A skill's weights are O*NET's own flags, and nothing else.
        let words = Set(((role?["skills"] as? [[String: Any]]) ?? []).flatMap { ($0["weights"] as? [[String: Any]]) ?? [] }.compactMap { $0["word"] as? String })
        #expect(words == ["in demand", "hot technology"])
        let page = try download.careers(["show", "Data Scientists"])
        #expect(page.stdout.contains("  Level:  Job Zone Four: Considerable Preparation Needed\n"))
        #expect(page.stdout.contains("  - TensorFlow: in demand; hot technology\n"))
    }

    @Test("The job zones are the pack's levels, in order, with O*NET's names and descriptions")
    func jobZonesAreLevels() throws {
        let download = try ONetDownload()
        defer { download.remove() }
        _ = try download.importIt()
        let levels = try download.careers(["levels"])
        #expect(
            levels.stdout == """
                job-zone-1  Job Zone One: Little or No Preparation Needed   0 roles
                job-zone-2  Job Zone Two: Some Preparation Needed           1 role
                job-zone-3  Job Zone Three: Medium Preparation Needed       2 roles
                job-zone-4  Job Zone Four: Considerable Preparation Needed  5 roles
                job-zone-5  Job Zone Five: Extensive Preparation Needed     4 roles

                """)
        let roles = try download.careers(["roles", "--level", "job-zone-2"])
        #expect(roles.stdout.hasPrefix("Office Clerks, General  Job Zone Two: Some Preparation Needed  Perform duties"))
        // As forgiving as a name: case and punctuation aside, or the start of the level's name.
        for spelled in ["job zone 2", "Job Zone Two", "JOB_ZONE_2"] {
            #expect(try download.careers(["roles", "--level", spelled]) == roles, "\(spelled)")
        }
        let wrong = try download.careers(["roles", "--level", "entry"])
        #expect(wrong.status == 2)
        #expect(
            wrong.stderr
                == "careers: 'entry' is not a valid value for '--level'\nhint: Valid values: job-zone-1, job-zone-2, job-zone-3, job-zone-4, job-zone-5.\n")
    }

    @Test("Sources carries O*NET's release and the attribution its license asks for")
    func sourceAndAttribution() throws {
        let download = try ONetDownload()
        defer { download.remove() }
        _ = try download.importIt()
        let sources = try download.careers(["show", "onet"])
        #expect(sources.stdout.hasPrefix("O*NET 29.2 Database\n"))
        #expect(sources.stdout.contains("Creative Commons Attribution 4.0"))
        #expect(sources.stdout.contains("USDOL/ETA"))
        let renamed = try ONetDownload()
        defer { renamed.remove() }
        let elsewhere = renamed.root.appendingPathComponent("files")
        try FileManager.default.moveItem(at: renamed.directory, to: elsewhere)
        _ = try RunCareers.run(["import", "onet", elsewhere.path, renamed.pack, "--release", "29.3"])
        #expect(try renamed.careers(["sources"]).stdout == "onet  O*NET 29.3 Database  occupational database\n")
    }

    @Test("match, gap, compare, search and completion work on the pack as on the bundled guide")
    func commandsWork() throws {
        let download = try ONetDownload()
        defer { download.remove() }
        _ = try download.importIt()
        let match = try download.careers(["match", "--have", "python, sql, git, docker", "--json"])
        #expect(match.status == 0, "\(match.stderr)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(match.stdout.utf8)) as? [String: Any])
        let ranked = ((report["roles"] as? [[String: Any]]) ?? []).compactMap { ($0["role"] as? [String: Any])?["name"] as? String }
        #expect(Array(ranked.prefix(5)) == [
            "Data Scientists", "Computer and Information Research Scientists", "Computer Network Architects", "Database Architects",
            "Software Developers",
        ])
        // "sql" is the acronym the technology's name spells out: it finds that one, not every SQL product.
        #expect((report["have"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == [
            "Python", "Structured query language SQL", "Git", "Docker",
        ])
        let gap = try download.careers(["gap", "--role", "Data Scientists", "--have", "python, sql"])
        #expect(gap.status == 0)
        #expect(gap.stdout.contains("Apache Spark"))
        let compare = try download.careers(["compare", "Statisticians", "Data Scientists"])
        #expect(compare.status == 0)
        #expect(compare.stdout.contains("Own skills of both") && !compare.stdout.contains("roadmap"))
        let search = try download.careers(["search", "tensorflow"])
        #expect(search.stdout.hasPrefix("skill  TensorFlow  Analytical or scientific software, in the technology lists of 3 occupations"))
        let complete = try RunCareers.run(["__complete", "--content", download.pack, "show", "Data Sc"])
        #expect(complete.stdout == "words\nData Science Specialist\trole\nData Scientists\trole\n")
    }

    @Test("Every malformed row at once, as FILE:LINE: message; nothing is written")
    func malformedRows() throws {
        let occupations = try ONetDownload.text("Occupation Data.txt")
        let download = try ONetDownload([
            "Occupation Data.txt": occupations + "15-2051.00\tOnly two\n99-XYZ\tBad code\tx\n",
            "Job Zones.txt": try ONetDownload.text("Job Zones.txt") + "15-2051.00\tfour\t07/2016\tAnalyst\n",
            "Technology Skills.txt": try ONetDownload.text("Technology Skills.txt") + "15-2051.00\tPolars\t43232605\tAnalytical software\tmaybe\tN\n",
        ])
        defer { download.remove() }
        // Invalid UTF-8 cannot go through a Swift string: written as bytes.
        let tasks = download.directory.appendingPathComponent("Task Statements.txt")
        var bytes = try Data(contentsOf: tasks)
        bytes.append(contentsOf: Array("15-2051.00\t1\tBad ".utf8) + [0xFF] + Array(" byte\tCore\t5\t07/2016\tIncumbent\n".utf8))
        try bytes.write(to: tasks)
        let outcome = try download.importIt()
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr == """
                careers: the O*NET files in '\(download.directory.path)' have 5 problems:
                Occupation Data.txt:14: 2 fields where the header has 3 columns
                Occupation Data.txt:15: '99-XYZ' in 'O*NET-SOC Code' is not an O*NET-SOC code (such as 15-2051.00)
                Job Zones.txt:14: 'four' in 'Job Zone' is not a whole number
                Task Statements.txt:275: not valid UTF-8 text
                Technology Skills.txt:1699: 'maybe' in 'Hot Technology' is neither Y nor N

                """)
        #expect(!FileManager.default.fileExists(atPath: download.pack))
    }

    @Test("Rows that would make the guide contradict itself are refused at their line: a title twice, a job zone twice")
    func contradictions() throws {
        let download = try ONetDownload([
            "Occupation Data.txt": try ONetDownload.text("Occupation Data.txt") + "15-9999.00\tDATA  scientists\tAnother.\n",
            "Job Zone Reference.txt": try ONetDownload.text("Job Zone Reference.txt") + "2\tJob Zone Two again\tx\ty\tz\tw\tv\n",
        ])
        defer { download.remove() }
        let outcome = try download.importIt()
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr == """
                careers: the O*NET files in '\(download.directory.path)' have 2 problems:
                Occupation Data.txt:14: the title 'DATA  scientists' is also the title on line 9
                Job Zone Reference.txt:7: job zone 2 is listed twice

                """)
    }

    @Test("C, C# and C++ are three technologies, each found by its own name")
    func languagesWithSigns() throws {
        let download = try ONetDownload()
        defer { download.remove() }
        _ = try download.importIt()
        for name in ["C", "C#", "C++"] {
            let page = try download.careers(["show", name])
            #expect(page.stdout.hasPrefix("\(name)\n"), "\(name)")
            #expect(page.stderr == "", "\(name)")
        }
        #expect(try download.careers(["search", "c++"]).stdout.hasPrefix("skill  C++  "))
        // A number is never the start of another, nor misspelt: "sage 5" is not Sage 50 Accounting.
        for name in ["Sage 5", "sage 5 accounting", "Autodesk Fusion 36"] {
            #expect(try download.careers(["show", name]).status == 1, "\(name)")
        }
        #expect(try download.careers(["show", "sage 50"]).stdout.hasPrefix("Sage 50 Accounting\n"))
    }

    @Test("Nothing to import, or nowhere to write it, is refused: no occupations, a blank PACK")
    func nothingOrNowhere() throws {
        let empty = try ONetDownload(["Occupation Data.txt": "O*NET-SOC Code\tTitle\tDescription\n"])
        defer { empty.remove() }
        let outcome = try empty.importIt()
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasSuffix("Occupation Data.txt:1: no occupation follows the header: there is nothing to import\n"))
        let blank = try RunCareers.run(["import", "onet", empty.directory.path, ""], in: empty.root)
        #expect(blank.status == 2)
        #expect(
            blank.stderr
                == "careers: the pack's directory is blank, which names no directory\nhint: For example: careers import onet db_29_2_text onet\n")
        // Line endings converted twice (CR CR LF) read as well as CRLF.
        let doubled = try ONetDownload([
            "Job Zone Reference.txt": try ONetDownload.text("Job Zone Reference.txt").replacing("\r\n", with: "\r\r\n")
        ])
        defer { doubled.remove() }
        #expect(try doubled.importIt().status == 0)
    }

    @Test("The import leaves the pack compiled in the cache: the first command on it reads that copy")
    func importCompiles() throws {
        let download = try ONetDownload()
        defer { download.remove() }
        let cache = download.root.appendingPathComponent("cache")
        let environment = ["XDG_CACHE_HOME": cache.path]
        #expect(try RunCareers.run(["import", "onet", download.directory.path, download.pack], environment: environment).status == 0)
        let packs = cache.appendingPathComponent("careers/packs")
        let files = try FileManager.default.contentsOfDirectory(atPath: packs.path)
        #expect(files.count == 1 && files[0].hasSuffix(".guide"))
        let copy = packs.appendingPathComponent(files[0]).path
        let before = try FileManager.default.attributesOfItem(atPath: copy)[.systemFileNumber] as? Int
        let outcome = try RunCareers.run(["--content", download.pack, "levels"], environment: environment)
        #expect(outcome.status == 0 && outcome.stderr == "")
        // Not written again: the same file (a rewrite is a new file renamed into place).
        #expect(try FileManager.default.attributesOfItem(atPath: copy)[.systemFileNumber] as? Int == before)
    }

    @Test("Columns are found by name: a later release's extra or moved columns import the same pack")
    func columnsByName() throws {
        let baseline = try ONetDownload()
        defer { baseline.remove() }
        _ = try baseline.importIt()
        // Occupation Data with its columns reversed and one more.
        let reordered = try ONetDownload.text("Occupation Data.txt").split(separator: "\n").map { line in
            (line.split(separator: "\t", omittingEmptySubsequences: false).reversed() + ["extra"]).joined(separator: "\t")
        }.joined(separator: "\r\n") + "\r\n"
        let moved = try ONetDownload(["Occupation Data.txt": reordered])
        defer { moved.remove() }
        let outcome = try moved.importIt()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try moved.careers(["roles", "--json"]).stdout == baseline.careers(["roles", "--json"]).stdout)
        let missing = try ONetDownload(["Occupation Data.txt": "O*NET-SOC Code\tName\tDescription\n15-2051.00\tData Scientists\tx\n"])
        defer { missing.remove() }
        let refused = try missing.importIt()
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Occupation Data.txt:1: no column 'Title' in the header (it has: O*NET-SOC Code, Name, Description)\n"))
    }

    @Test("A missing optional file is named with what the pack then lacks; a missing required one stops the import")
    func missingFiles() throws {
        let noTechnology = try ONetDownload(["Technology Skills.txt": nil])
        defer { noTechnology.remove() }
        let outcome = try noTechnology.importIt()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(
            outcome.stderr.hasPrefix(
                "careers: note: Technology Skills.txt is missing: there are no skills, so match and gap have nothing to go on.\n"))
        #expect(try RunCareers.run(["validate", noTechnology.pack]).status == 0)
        let noOccupations = try ONetDownload(["Occupation Data.txt": nil])
        defer { noOccupations.remove() }
        let refused = try noOccupations.importIt()
        #expect(refused.status == 1)
        #expect(
            refused.stderr == """
                careers: the O*NET files in '\(noOccupations.directory.path)' have a problem:
                Occupation Data.txt: cannot read the file: No such file or directory (the O*NET database's text files belong in the directory)

                """)
    }

    @Test("A non-empty directory is refused without --force; with it, the guide's files are replaced and others kept")
    func writesSafely() throws {
        let download = try ONetDownload()
        defer { download.remove() }
        try FileManager.default.createDirectory(atPath: download.pack, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: download.pack + "/notes.txt"))
        try Data("[]".utf8).write(to: URL(fileURLWithPath: download.pack + "/tips.json"))
        let refused = try download.importIt()
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "careers: '\(download.pack)' is not empty\nhint: Choose a new directory, or add --force to replace its guide files.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: download.pack).sorted() == ["notes.txt", "tips.json"])
        let forced = try download.importIt(["--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: download.pack).sorted() == [
                "categories.json", "levels.json", "notes.txt", "roles.json", "skills.json", "sources.json",
            ])
        // No staging directory is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: download.root.path).sorted() == ["db_29_2_text", "onet"])
        let usage = try RunCareers.run(["import", "onet", download.directory.path])
        #expect(usage.status == 2)
        #expect(
            usage.stderr
                == "careers: 'careers import onet' needs two directories, the database's and the pack's, but was given 1\nhint: For example: careers import onet db_29_2_text onet\n")
    }

    @Test("README's O*NET example is what the commands print, run beside the sample as db_29_2_text")
    func readmeExample() throws {
        let readme = try String(contentsOf: ReadmeTests.readme, encoding: .utf8)
        let start = try #require(readme.range(of: "On the twelve-occupation sample")).upperBound
        let block = readme[start...].components(separatedBy: "```text\n")[1].components(separatedBy: "\n```")[0]
        let steps = block.components(separatedBy: "$ ").dropFirst().map { step in
            let lines = step.split(separator: "\n", omittingEmptySubsequences: false)
            return (command: String(lines[0]), output: lines.dropFirst().joined(separator: "\n"))
        }
        #expect(steps.count == 2)
        let download = try ONetDownload()
        defer { download.remove() }
        for step in steps {
            let outcome = try RunCareers.sh(
                "cd '\(download.root.path)' && \"$CAREERS\"" + step.command.dropFirst("careers".count) + " 2>&1",
                environment: ["COLUMNS": "100"])
            let expected = step.output.hasSuffix("\n") ? step.output : step.output + "\n"
            #expect(outcome.stdout == expected, "\(step.command)")
        }
    }
}
