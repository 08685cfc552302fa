import Foundation
import Testing

@testable import careers

/// The pictures as a person sees them: drawn by a real browser (Chromium, headless) and by Graphviz.
/// `.ci/run` installs both; a test whose tool is missing is skipped and says so.
@Suite("Pictures in a browser and in Graphviz")
struct BrowserTests {
    static func tool(_ names: [String]) -> String? {
        for directory in ["/usr/bin", "/bin", "/usr/local/bin"] {
            for name in names where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }

    static let chromium = tool(["chromium", "chromium-browser", "google-chrome"])
    static let dot = tool(["dot"])

    /// Runs `command` with this process's environment; `input` goes to its standard input.
    static func run(_ command: [String], input: String = "") throws -> RunCareers.Outcome {
        try RunCareers.process(command, environment: nil, input: input)
    }

    /// A fresh directory, removed when the test ends.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("careers-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Chromium, headless, offline: every host name fails to resolve, so a request could not succeed.
    static func browse(_ file: URL, _ arguments: [String], profile: URL) throws -> RunCareers.Outcome {
        try run(
            [
                chromium!, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=\(profile.path)",
            ] + arguments + [file.absoluteString])
    }

    /// What a probe script found in a page, from Chromium's dump of the page after it ran.
    static func probe(_ page: String, in folder: URL) throws -> String {
        let file = folder.appendingPathComponent("probe.html")
        try Data(page.utf8).write(to: file)
        let outcome = try browse(file, ["--dump-dom"], profile: folder.appendingPathComponent("probe-profile"))
        #expect(outcome.status == 0, "\(outcome.stderr.suffix(2000))")
        let found = outcome.stdout.components(separatedBy: "PROBE[").dropFirst().last?.components(separatedBy: "]PROBE").first
        return try #require(found, "the probe did not run: \(outcome.stdout.prefix(500))")
    }

    /// A script that measures every text of every box against the box, and every drawn thing against
    /// the picture's bounds, as the browser laid them out with its fonts.
    static let measure = """
        <script>
        const problems = [];
        for (const svg of document.querySelectorAll('svg.picture')) {
          const view = svg.viewBox.baseVal;
          for (const g of svg.querySelectorAll('g.box')) {
            const r = g.querySelector('rect').getBBox();
            for (const t of g.querySelectorAll('text')) {
              const b = t.getBBox();
              if (b.x < r.x - 0.5 || b.y < r.y - 0.5 || b.x + b.width > r.x + r.width + 0.5 || b.y + b.height > r.y + r.height + 0.5)
                problems.push('"' + t.textContent + '" runs out of its box');
            }
          }
          for (const e of svg.querySelectorAll('g.box rect, text, polyline')) {
            const b = e.getBBox();
            if (b.x < 0 || b.y < 0 || b.x + b.width > view.width + 0.5 || b.y + b.height > view.height + 0.5)
              problems.push('off the picture: ' + e.tagName + ' ' + e.textContent);
          }
        }
        const requests = performance.getEntriesByType('resource').map(e => e.name);
        document.body.insertAdjacentHTML('beforeend', '<pre>PROBE[' + JSON.stringify({problems, requests,
          headings: document.querySelectorAll('h1, h2, h3').length, tables: document.querySelectorAll('table').length,
          pictures: document.querySelectorAll('svg.picture').length}) + ']PROBE</pre>');
        </script>
        """

    static func careers(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let outcome = try RunCareers.run(arguments, environment: environment)
        #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
        return outcome.stdout
    }

    @Test(
        "The HTML page and the SVGs load in Chromium with nothing fetched, and render to PNG",
        .enabled(if: chromium != nil, "chromium is not installed"))
    func screenshots() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = ["CAREERS_STATE_DIR": folder.appendingPathComponent("state").path]
        _ = try Self.careers(["mark", "done", "python", "calculus"], environment: state)
        _ = try Self.careers(["mark", "learning", "deep learning"], environment: state)
        let files = [
            ("guide.html", try Self.careers(["roadmap", "--format", "html"], environment: state)),
            ("roadmap.svg", try Self.careers(["roadmap", "--format", "svg"], environment: state)),
            ("path.svg", try Self.careers(["path", "--format", "svg"], environment: state)),
        ]
        for (name, text) in files {
            let file = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            let png = folder.appendingPathComponent(name + ".png")
            let shot = try Self.browse(
                file, ["--screenshot=\(png.path)", "--window-size=1280,1600"],
                profile: folder.appendingPathComponent("profile-\(name)"))
            #expect(shot.status == 0, "\(name): \(shot.stderr.suffix(2000))")
            let image = try Data(contentsOf: png)
            #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name): not a PNG")
            #expect(image.count > 10_000, "\(name): an empty picture")
            // A standalone SVG that is not well-formed shows Chromium's error page instead.
            let dom = try Self.browse(file, ["--dump-dom"], profile: folder.appendingPathComponent("dom-\(name)"))
            #expect(
                !dom.stdout.contains("parsererror") && !dom.stdout.contains("This page contains the following errors"), "\(name)")
        }
        // The page as the browser read it: nothing requested, the whole guide, both pictures inside their boxes.
        let page = files[0].1.replacing("</body>", with: Self.measure + "</body>")
        let found = try Self.probe(page, in: folder)
        #expect(found.contains("\"problems\":[],\"requests\":[]"), "\(found)")
        #expect(found.contains("\"pictures\":2"))
    }

    @Test(
        "A crowded roadmap and a tangled growth path fit their boxes as Chromium draws them",
        .enabled(if: chromium != nil, "chromium is not installed"))
    func crowdedInBrowser() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pictures = [
            SVG.render(Layout(roadmap: PictureTests.crowdedRoadmap), id: "roadmap"),
            SVG.render(Layout(growthPath: PictureTests.tangledPath), id: "growth"),
        ]
        let found = try Self.probe(
            "<!doctype html><html><body>" + pictures.joined() + Self.measure + "</body></html>", in: folder)
        #expect(found.contains("\"problems\":[],\"requests\":[]"), "\(found)")
    }

    @Test(
        "Hostile names stay text in Chromium: no script runs, nothing is fetched",
        .enabled(if: chromium != nil, "chromium is not installed"))
    func hostileNamesInBrowser() throws {
        let pack = try PictureTests.nastyPack()
        defer { pack.remove() }
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.careers(["roadmap", "--format", "html", "--content", pack.path])
        let found = try Self.probe(page.replacing("</body>", with: Self.measure + "</body>"), in: folder)
        #expect(found.contains("\"problems\":[],\"requests\":[]"), "\(found)")
        // Only the probe's own script is in the page.
        let dom = try Self.browse(
            folder.appendingPathComponent("probe.html"), ["--dump-dom"], profile: folder.appendingPathComponent("p"))
        #expect(dom.stdout.components(separatedBy: "<script").count == 2)
        #expect(!dom.stdout.contains("<img"))
    }

    @Test(
        "Graphviz reads the DOT output and draws it, names as text", .enabled(if: dot != nil, "graphviz (dot) is not installed"))
    func graphviz() throws {
        let pack = try PictureTests.nastyPack()
        defer { pack.remove() }
        for arguments in [["roadmap"], ["path"], ["roadmap", "--content", pack.path], ["path", "--content", pack.path]] {
            let source = try Self.careers(arguments + ["--format", "dot"])
            let drawn = try Self.run([Self.dot!, "-Tsvg"], input: source)
            #expect(drawn.status == 0 && drawn.stderr.isEmpty, "\(arguments): \(drawn.stderr)")
            #expect(drawn.stdout.contains("<svg"), "\(arguments)")
            #expect(!drawn.stdout.contains("<script"), "\(arguments)")
        }
        let drawn = try Self.run(
            [Self.dot!, "-Tsvg"], input: try Self.careers(["roadmap", "--format", "dot", "--content", pack.path]))
        #expect(drawn.stdout.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Scripting"))
    }
}
