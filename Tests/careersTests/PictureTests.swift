import Foundation
import Testing

@testable import CareerCore
@testable import careers

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Pictures: laid out without overlaps, escaped for their format, and refused where they make no sense.
@Suite("Pictures: roadmap and path as SVG, HTML, Mermaid and DOT")
struct PictureTests {
    // MARK: Layout

    /// Where a layout breaks its promises: a box off the canvas, boxes of one kind overlapping, a skill
    /// outside its phase, text wider than its box, an arrow through a box.
    static func problems(_ layout: Layout) -> [String] {
        var problems: [String] = []
        let boxes = layout.boxes
        func describe(_ box: Layout.Box) -> String { "\(box.classes) '\(box.label ?? box.lines.first?.text ?? "")'" }
        for box in boxes where box.x < 0 || box.y < 0 || box.maxX > layout.width || box.maxY > layout.height {
            problems.append("off the canvas: \(describe(box))")
        }
        let bands = boxes.filter { $0.classes.contains("phase") }
        let leaves = boxes.filter { !$0.classes.contains("phase") }
        for group in [bands, leaves] {
            for (index, box) in group.enumerated() {
                for other in group[(index + 1)...] where box.overlaps(other) {
                    problems.append("overlap: \(describe(box)) and \(describe(other))")
                }
            }
        }
        for skill in leaves where skill.classes.contains("skill") && !skill.classes.contains("legend") {
            if !bands.contains(where: { $0.x <= skill.x && $0.y <= skill.y && skill.maxX <= $0.maxX && skill.maxY <= $0.maxY }) {
                problems.append("outside every phase: \(describe(skill))")
            }
        }
        for box in boxes {
            for line in box.lines {
                let width = TextMetrics.width(line.text, size: line.style.size, bold: line.style.bold)
                if line.x < box.x || line.x + width > box.maxX - Layout.padding + 0.01 || line.y - line.style.size < box.y
                    || line.y + line.style.size * 0.35 > box.maxY
                {
                    problems.append("text outside its box: '\(line.text)' in \(describe(box))")
                }
            }
        }
        for arrow in layout.arrows {
            for point in arrow where point.x < 0 || point.y < 0 || point.x > layout.width || point.y > layout.height {
                problems.append("arrow off the canvas at \(point)")
            }
            for (a, b) in zip(arrow, arrow.dropFirst()) {
                for box in leaves where !box.classes.contains("title") && !box.classes.contains("caption") {
                    // The segment's box, against the box's inside (an arrow may touch the edge it ends on).
                    if min(a.x, b.x) < box.maxX - 1 && max(a.x, b.x) > box.x + 1 && min(a.y, b.y) < box.maxY - 1
                        && max(a.y, b.y) > box.y + 1
                    {
                        problems.append("arrow through \(describe(box))")
                    }
                }
            }
        }
        return problems
    }

    /// A roadmap far fuller than the bundled one: many skills per phase, long names, a word longer than a
    /// box, wide letters, CJK, every mark.
    static let crowdedRoadmap = RoadmapPicture(
        phases: (1...3).map { number in
            .init(
                title: "Phase \(number): A phase whose title is long enough to need more than one line at this width, "
                    + "because some guides are wordy about it",
                goal: String(repeating: "Learn what this phase teaches, thoroughly. ", count: 6),
                skills: (0..<48).map { index in
                    let names = [
                        "C", "Distributed systems observability and reliability engineering at scale",
                        String(repeating: "W", count: 70), "機械学習のための非常に長い日本語のスキル名です", "MMMM WWWW mmmm wwww @@@@ %%%%",
                        "Skill \(index) with a moderately long name",
                    ]
                    return .init(name: names[index % names.count], mark: [nil, .done, .learning, .skipped][index % 4])
                })
        })

    /// A growth path with branches, a step skipped, a role leading to one of its own step, and one back.
    static let tangledPath: GrowthPicture = {
        let names = [
            "a": "Apprentice", "b": "Builder of remarkably long-named systems and infrastructure", "c": "C",
            "d": "Director", "e": "Executive", "f": String(repeating: "Wide", count: 20),
        ]
        func role(_ id: String) -> GrowthPicture.Role {
            .init(id: id, name: names[id]!, level: id == "a" ? "entry level" : nil, isTarget: id == "d")
        }
        return GrowthPicture(
            steps: [[role("a"), role("f")], [role("b"), role("c")], [role("d")], [role("e")]],
            headings: ["Entry level", "Growth path", "", ""],
            arrows: [("a", "b"), ("a", "c"), ("c", "b"), ("f", "d"), ("a", "e"), ("b", "d"), ("d", "e"), ("e", "c")].map {
                .init(from: $0.0, to: $0.1)
            })
    }()

    @Test("The bundled guide's pictures: nothing overlaps, runs off or out of its box")
    func bundledLayouts() throws {
        let context = Context(catalog: Catalog.bundled, invocation: Invocation())
        let plan = Plan(
            target: "senior-ml-engineer", marks: [ItemRef(.skill, "python"): .done, ItemRef(.skill, "calculus"): .learning])
        let roadmap = Layout(roadmap: context.roadmapPicture(context.catalog.phases, plan: plan))
        #expect(Self.problems(roadmap) == [])
        #expect(roadmap.boxes.filter { $0.classes.contains("legend") }.count == 4)
        let path = Layout(growthPath: context.growthPicture(try #require(GrowthPath(catalog: context.catalog)), plan: plan))
        #expect(Self.problems(path) == [])
        #expect(path.boxes.filter { $0.classes.contains("target") }.map(\.label) == ["Senior ML Engineer"])
    }

    @Test("A crowded roadmap and a tangled growth path: still nothing overlaps, runs off or out of its box")
    func crowdedLayouts() {
        let roadmap = Layout(roadmap: Self.crowdedRoadmap)
        #expect(Self.problems(roadmap) == [])
        #expect(roadmap.boxes.filter { $0.classes == ["skill", "done"] }.count == 36)
        let path = Layout(growthPath: Self.tangledPath)
        #expect(Self.problems(path) == [])
        #expect(path.arrows.count == 8)
    }

    @Test("Wrapping keeps every word, breaks only a word too long for a line")
    func wrapping() {
        let lines = TextMetrics.wrap("Machine learning algorithms", width: 150, size: 14, bold: true)
        #expect(lines == ["Machine learning", "algorithms"])
        let long = TextMetrics.wrap(String(repeating: "W", count: 40), width: 100, size: 14)
        #expect(long.joined() == String(repeating: "W", count: 40))
        #expect(long.allSatisfy { TextMetrics.width($0, size: 14) <= 100 })
    }

    // MARK: Escaping

    /// Names that are markup or code in one format or another.
    static let nastyNames = [
        "<script>alert(\"x\")</script> Scripting", "Tom & Jerry's \"quotes\"", "]]> CDATA ends here", "A --> B; end",
        "subgraph x [y] %% comment", "digraph { a -> b } \\N \\\" back\\slash", "#quot; entity #35; codes",
        "`tick` markdown **bold** <b>tag</b>",
    ]

    /// The synthetic pack with those names for skills, a phase and roles.
    static func nastyPack() throws -> SyntheticPack {
        func json(_ value: Any) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: value), as: UTF8.self)
        }
        let skills = nastyNames.enumerated().map { index, name in
            [
                "id": "nasty-\(index)", "name": name, "category": "core", "description": "A name to escape.",
                "sources": ["handbook"],
            ] as [String: Any]
        }
        let original = try JSONSerialization.jsonObject(with: Data(SyntheticPack.files["skills.json"]!.utf8)) as! [Any]
        let roles = try JSONSerialization.jsonObject(with: Data(SyntheticPack.files["roles.json"]!.utf8)) as! [[String: Any]]
        var renamed = roles
        renamed[0]["name"] = "Engineer <img src=x> & \"co\""
        renamed[1]["name"] = "Lead ]]> --> %% \\N \"boss\""
        let phase: [String: Any] = [
            "id": "basics", "number": 1, "name": "Basics </svg> & <b>more</b>", "goal": "Learn \"it\" & </html>",
            "skills": ["swift"] + nastyNames.indices.map { "nasty-\($0)" }, "sources": ["handbook"],
        ]
        return try SyntheticPack([
            "skills.json": try json(original + skills), "roles.json": try json(renamed), "roadmap.json": try json([phase]),
        ])
    }

    /// The names the pack gives, every one of which must come out as text.
    static let packNames = nastyNames + ["Engineer <img src=x> & \"co\"", "Lead ]]> --> %% \\N \"boss\""]

    static func picture(_ command: String, _ format: String, pack: SyntheticPack) throws -> String {
        let outcome = try RunCareers.run([command, "--format", format, "--content", pack.path])
        #expect(outcome.status == 0, "\(command) --format \(format): \(outcome.stderr)")
        return outcome.stdout
    }

    @Test("SVG and HTML: names are text, never markup; no script, nothing loaded from elsewhere")
    func markupEscaping() throws {
        let pack = try Self.nastyPack()
        defer { pack.remove() }
        for (command, format) in [("roadmap", "svg"), ("path", "svg"), ("roadmap", "html"), ("path", "html")] {
            let text = try Self.picture(command, format, pack: pack)
            #expect(Self.loadsNothing(text) == [], "\(command) \(format)")
            let names = format == "html" ? Self.packNames : command == "path" ? Array(Self.packNames.suffix(2)) : Self.nastyNames
            for name in names {
                #expect(text.contains(Escaping.xml(name)), "\(command) \(format): \(name)")
            }
            #expect(!text.contains("<b>") && !text.contains("<img") && !text.contains("</svg> &"))
            if format == "svg" { #expect(try Self.xmlProblems(text) == nil) }
        }
    }

    /// What in a page could run code or load something: scripts, embedded documents, sources and links
    /// away from the page, CSS imports and URLs (the SVG namespace is a name, not a request).
    static func loadsNothing(_ text: String) -> [String] {
        let lowered = text.lowercased()
        let tags = [
            "<script", "<iframe", "<object", "<embed", "<img", "<link", "<image", "<use", "src=\"", "@import", "javascript:",
        ]
        var found = tags.filter(lowered.contains)
        func after(_ marker: String, in text: String, unless allowed: (Substring) -> Bool) -> [String] {
            text.components(separatedBy: marker).dropFirst().map { $0.prefix(24) }.filter { !allowed($0) }.map { marker + $0 }
        }
        found += after("url(", in: lowered) { $0.hasPrefix("#") }
        found += after("href=\"", in: lowered) { $0.hasPrefix("#") }
        let withoutNamespace = lowered.replacing("xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        found += after("http", in: withoutNamespace) { !$0.hasPrefix("://") && !$0.hasPrefix("s://") }
        return found
    }

    /// Nil when `text` is well-formed XML.
    static func xmlProblems(_ text: String) throws -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse() ? nil : parser.parserError.map { "\($0)" } ?? "not well-formed"
    }

    @Test("Mermaid: every name a quoted label that decodes back to it, in a flowchart Mermaid's grammar accepts")
    func mermaidEscaping() throws {
        let pack = try Self.nastyPack()
        defer { pack.remove() }
        var labels: [String] = []
        for command in ["roadmap", "path"] {
            let (found, problems) = Self.mermaidLabels(try Self.picture(command, "mermaid", pack: pack))
            #expect(problems == [], "\(command)")
            labels += found
        }
        for name in Self.nastyNames { #expect(labels.contains(name)) }
        #expect(labels.contains { $0.hasPrefix("Engineer <img src=x> & \"co\"") })
        #expect(labels.contains { $0.hasPrefix("Lead ]]> --> %% \\N \"boss\"") })
    }

    /// A Mermaid flowchart's labels, decoded, and what in it breaks the structure this tool writes: a
    /// `flowchart` line, then nodes `id["label"]` (optionally `:::class`), `subgraph id["label"]` … `end`,
    /// `direction`, edges `id --> id` between defined ids, and `classDef` lines; labels only of letters,
    /// digits, spaces, plain punctuation and `#N;` codes.
    static func mermaidLabels(_ text: String) -> (labels: [String], problems: [String]) {
        var lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var problems: [String] = []
        if lines.removeFirst() != "flowchart LR" { problems.append("no flowchart line") }
        var ids = Set<String>()
        var labels: [String] = []
        var depth = 0
        func isID(_ word: Substring) -> Bool {
            !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        }
        func node(_ line: Substring) {
            guard let open = line.firstIndex(of: "["), isID(line[..<open]), line[line.index(after: open)] == "\"",
                let close = line.lastIndex(of: "]"), line[line.index(before: close)] == "\""
            else { return problems.append("not a node: \(line)") }
            let label = line[line.index(open, offsetBy: 2)..<line.index(before: close)]
            let rest = line[line.index(after: close)...]
            if !(rest.isEmpty || (rest.hasPrefix(":::") && isID(rest.dropFirst(3)))) { problems.append("after a node: \(rest)") }
            var decoded = ""
            var scan = label[...]
            while let first = scan.first {
                if first == "#", let end = scan.firstIndex(of: ";"),
                    let code = UInt32(scan[scan.index(after: scan.startIndex)..<end]),
                    let scalar = Unicode.Scalar(code)
                {
                    decoded.unicodeScalars.append(scalar)
                    scan = scan[scan.index(after: end)...]
                    continue
                }
                if !(first.isLetter || first.isNumber || " .,:-/()+?!".contains(first)) {
                    problems.append("unescaped '\(first)' in \(label)")
                }
                decoded.append(first)
                scan = scan.dropFirst()
            }
            ids.insert(String(line[..<open]))
            labels.append(decoded)
        }
        for line in lines {
            if line == "end" {
                depth -= 1
                if depth < 0 { problems.append("end without subgraph") }
            } else if line.hasPrefix("subgraph ") {
                depth += 1
                node(line.dropFirst("subgraph ".count))
            } else if line.hasPrefix("direction ") || line.hasPrefix("classDef ") {
                continue
            } else if line.contains(" --> ") {
                let ends = line.components(separatedBy: " --> ")
                if ends.count != 2 || !ends.allSatisfy(ids.contains) { problems.append("edge between unknown ids: \(line)") }
            } else {
                node(Substring(line))
            }
        }
        if depth != 0 { problems.append("subgraphs not closed") }
        return (labels, problems)
    }

    @Test("DOT: every name a quoted string that reads back as it was")
    func dotEscaping() throws {
        let pack = try Self.nastyPack()
        defer { pack.remove() }
        let roadmap = try Self.picture("roadmap", "dot", pack: pack)
        for name in Self.nastyNames { #expect(roadmap.contains("label=\"\(Escaping.dot(name))\"")) }
        #expect(Escaping.dot("a \"b\" \\N") == "a \\\"b\\\" \\\\N")
        let path = try Self.picture("path", "dot", pack: pack)
        #expect(path.contains("label=\"Lead ]]> --> %% \\\\N \\\"boss\\\"\\nlead level\""))
    }

    // MARK: The command line

    @Test("Marks show in every format, with a legend in SVG; --role and --phase narrow the picture")
    func marksAndNarrowing() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("careers-pictures-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        let environment = ["CAREERS_STATE_DIR": state.path]
        _ = try RunCareers.run(["mark", "done", "python"], environment: environment)
        _ = try RunCareers.run(["mark", "skip", "robotics"], environment: environment)
        _ = try RunCareers.run(["target", "senior ml engineer"], environment: environment)
        let svg = try RunCareers.run(["roadmap", "--format", "svg"], environment: environment).stdout
        #expect(svg.contains("<g class=\"box skill done\"><title>Python, done</title>"))
        #expect(svg.contains("<g class=\"box skill skipped\"><title>Robotics, skipped</title>"))
        #expect(svg.contains(">Marks:</text>"))
        #expect(!(try RunCareers.run(["roadmap", "--format", "svg"]).stdout.contains("Marks:")))
        #expect(
            try RunCareers.run(["roadmap", "--format", "mermaid"], environment: environment).stdout.contains(
                "[\"Python (done)\"]:::done"))
        #expect(
            try RunCareers.run(["roadmap", "--format", "dot"], environment: environment).stdout.contains(
                "[label=\"Python (done)\", fillcolor"))
        let path = try RunCareers.run(["path", "--format", "svg"], environment: environment).stdout
        #expect(path.contains("<g class=\"box role target\"><title>Senior ML Engineer</title>"))
        let phase = try RunCareers.run(["roadmap", "--phase", "2", "--format", "mermaid"]).stdout
        #expect(phase.contains("Phase 2: Classical ML") && !phase.contains("Phase 1"))
        let through = try RunCareers.run(["path", "--role", "principal ai architect", "--format", "dot"]).stdout
        #expect(through.contains("Principal AI Architect") && through.contains("Senior ML Engineer"))
    }

    @Test("--format with --json, or html with a part of the guide, are usage errors")
    func refusals() throws {
        let json = try RunCareers.run(["roadmap", "--format", "svg", "--json"])
        #expect(json.status == 2)
        #expect(json.stderr.hasPrefix("careers: --format svg and --json do not go together\n"))
        let part = try RunCareers.run(["path", "--role", "mle", "--format", "html"])
        #expect(part.status == 2)
        #expect(part.stderr.hasPrefix("careers: --format html is the whole guide; it does not go with --role\n"))
        let unknown = try RunCareers.run(["roadmap", "--format", "png"])
        #expect(unknown.status == 2)
        #expect(try RunCareers.run(["roadmap", "--format", "text"]) == (try RunCareers.run(["roadmap"])))
    }

    @Test("The HTML page has the whole guide, with real headings, tables and lists, and light and dark styles")
    func htmlPage() throws {
        let page = try RunCareers.run(["roadmap", "--format", "html"]).stdout
        for heading in ["Roles", "Roadmap", "Growth path", "Projects", "Certifications", "Tips", "Sources"] {
            #expect(page.contains("<h2>\(heading)</h2>"))
        }
        #expect(page.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
        #expect(
            page.contains("<th scope=\"col\">Level</th>") && page.contains("<h3>Phase 1: Foundations</h3>"))
        // The growth path in words, with both entry-level roles alike and no numbered steps.
        #expect(
            page.contains(
                "<li>Entry level: <strong>Machine Learning Engineer</strong>, <strong>Junior AI Researcher</strong></li>"))
        #expect(!page.contains("<ol>") && !page.contains("Step 1"))
        #expect(page.contains("prefers-color-scheme: dark") && page.contains("@media print"))
        #expect(page.components(separatedBy: "<svg ").count == 3)
        #expect(try RunCareers.run(["path", "--format", "html"]).stdout == page)
    }

    /// Each table of an HTML page: its column headers, and its rows' cells.
    static func htmlTables(_ page: String) -> [(headers: [String], rows: [[String]])] {
        func parts(_ text: String, _ open: String, _ close: String) -> [String] {
            text.components(separatedBy: open).dropFirst().map { $0.components(separatedBy: close)[0] }
        }
        return parts(page, "<table>", "</table>").map { table in
            (
                parts(table, "<th scope=\"col\">", "</th>"),
                parts(table, "<tr><td>", "</tr>").map { parts("<td>" + $0, "<td>", "</td>") }
            )
        }
    }

    @Test("HTML tables leave out a column empty on every row: the bundled projects name no skills, so no Skills column")
    func htmlTablesHaveNoEmptyColumn() throws {
        let page = try RunCareers.run(["roadmap", "--format", "html"]).stdout
        let tables = Self.htmlTables(page)
        #expect(tables.count == 5)
        for table in tables {
            #expect(table.rows.allSatisfy { $0.count == table.headers.count }, "\(table.headers)")
            for (column, header) in table.headers.enumerated() {
                #expect(table.rows.contains { !$0[column].isEmpty }, "an empty column: \(header)")
            }
        }
        #expect(tables.contains { $0.headers == ["Project", "Level", "Summary"] })

        // A pack whose projects name skills, on some rows only, keeps the column.
        func project(_ id: String, skills: String) -> String {
            #"{"id": "\#(id)", "name": "\#(id)", "aliases": [], "level": "beginner", "summary": "S.", "skills": [\#(skills)], "sources": ["handbook"]}"#
        }
        let projectsFile = "[\(project("app", skills: #""swift""#)), \(project("talk", skills: ""))]"
        let pack = try SyntheticPack(["projects.json": projectsFile])
        defer { pack.remove() }
        let projects = try #require(
            Self.htmlTables(try Self.picture("roadmap", "html", pack: pack)).first { $0.headers.first == "Project" })
        #expect(projects.headers == ["Project", "Level", "Summary", "Skills"])
        #expect(projects.rows.map { $0[3] } == ["Swift", ""])
    }
}
