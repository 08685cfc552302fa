import Foundation
import Testing

@testable import careers

/// Long output on a terminal goes through a pager; nothing else does.
@Suite("The pager")
struct PagerTests {
    let path = ["PATH": "/usr/bin:/bin"]

    @Test("Which pager: CAREERS_PAGER, then PAGER, else less -FRX; found on PATH")
    func choosingThePager() {
        #expect(Pager.command(for: 100, height: 24, environment: path) == ["/usr/bin/less", "-FRX"])
        #expect(
            Pager.command(for: 100, height: 24, environment: path.merging(["PAGER": "more"]) { a, _ in a }) == ["/usr/bin/more"])
        let both = path.merging(["PAGER": "more", "CAREERS_PAGER": "less -R"]) { a, _ in a }
        #expect(Pager.command(for: 100, height: 24, environment: both) == ["/usr/bin/less", "-R"])
    }

    @Test("No pager: a page that fits, an unknown height, an empty PAGER, cat, or a program that is not there")
    func noPager() {
        #expect(Pager.command(for: 10, height: 24, environment: path) == nil)
        #expect(Pager.command(for: 100, height: nil, environment: path) == nil)
        #expect(Pager.command(for: 100, height: 24, environment: path.merging(["PAGER": ""]) { a, _ in a }) == nil)
        #expect(Pager.command(for: 100, height: 24, environment: path.merging(["PAGER": "  "]) { a, _ in a }) == nil)
        #expect(Pager.command(for: 100, height: 24, environment: path.merging(["PAGER": "cat"]) { a, _ in a }) == nil)
        #expect(Pager.command(for: 100, height: 24, environment: path.merging(["PAGER": "no-such-pager"]) { a, _ in a }) == nil)
        #expect(Pager.command(for: 100, height: 24, environment: path.merging(["PAGER": "/tmp"]) { a, _ in a }) == nil)
    }

    @Test("Only text for a terminal may be paged: not JSON, not a pipe, not with --no-pager")
    func whatMayBePaged() {
        func mayPage(_ arguments: [String], interactive: Bool) -> Bool {
            CLI.run(arguments, environment: [:], isInteractive: interactive, terminalWidth: 80).mayPage
        }
        #expect(mayPage(["roles"], interactive: true))
        #expect(mayPage(["help"], interactive: true))
        #expect(!mayPage(["roles"], interactive: false))
        #expect(!mayPage(["roles", "--json"], interactive: true))
        #expect(!mayPage(["roles", "--no-pager"], interactive: true))
        #expect(!mayPage(["--no-pager", "roadmap"], interactive: true))
    }

    /// Runs `careers ARGUMENTS` on a terminal of `rows` rows (through `script`, which gives it a pty), with a
    /// fake pager that records how many lines it was given; returns what the terminal showed and the record.
    /// `less` is put before the command (e.g. `LESS=S `); the record ends with the pager's `LESS`.
    private func onTerminal(_ arguments: String, rows: Int, pager: String?, less: String = "unset LESS; ") throws -> (
        screen: String, paged: String?
    ) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("careers-pager-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = folder.appendingPathComponent("fake-pager")
        try Data("#!/bin/sh\necho \"paged $(wc -l) lines, LESS=${LESS-unset}\" > \"\(folder.path)/record\"\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        // Run by sh, not executed itself: a test running beside this one may fork while the script is still open
        // for writing here, and executing a file some process holds open for writing fails (ETXTBSY).
        let setting = pager.map { "PAGER='\($0.replacing("FAKE", with: "/bin/sh " + fake.path))' " } ?? "unset PAGER; "
        let outcome = try RunCareers.sh(
            "script -qec \"stty rows \(rows) cols 80; \(less)\(setting)CAREERS_STATE_DIR=\(folder.path) $CAREERS \(arguments)\" /dev/null"
        )
        let record = try? String(contentsOf: folder.appendingPathComponent("record"), encoding: .utf8)
        return (outcome.stdout, record)
    }

    @Test("On a terminal, long output goes to the pager whole; short output, --no-pager and a missing pager print it")
    func pagingOnARealTerminal() throws {
        let roles = CLI.run(["roles"], environment: [:], isInteractive: true, terminalWidth: 80).stdout
        let lineCount = roles.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let long = try onTerminal("roles", rows: 6, pager: "FAKE")
        #expect(long.paged == "paged \(lineCount) lines, LESS=FRX\n")
        #expect(!long.screen.contains("Data Scientist"))
        let short = try onTerminal("roles", rows: 100, pager: "FAKE")
        #expect(short.paged == nil)
        #expect(short.screen.contains("Data Scientist"))
        let off = try onTerminal("roles --no-pager", rows: 6, pager: "FAKE")
        #expect(off.paged == nil)
        #expect(off.screen.contains("Data Scientist"))
        let missing = try onTerminal("roles", rows: 6, pager: "no-such-pager-anywhere")
        #expect(missing.screen.contains("Data Scientist"))
        let json = try onTerminal("roles --json", rows: 6, pager: "FAKE")
        #expect(json.paged == nil)
        #expect(json.screen.contains("\"roles\""))
    }

    @Test("The pager gets LESS=FRX when LESS is unset, so less shows colours, not escape codes; a LESS of one's own is kept")
    func lessSettings() throws {
        #expect(try onTerminal("roles", rows: 6, pager: "FAKE").paged?.hasSuffix(", LESS=FRX\n") == true)
        #expect(try onTerminal("roles", rows: 6, pager: "FAKE", less: "LESS=S ").paged?.hasSuffix(", LESS=S\n") == true)
        #expect(try onTerminal("roles", rows: 6, pager: "FAKE", less: "LESS= ").paged?.hasSuffix(", LESS=\n") == true)
        #expect(Pager.environment(["HOME=/h"]) == ["HOME=/h", "LESS=FRX"])
        #expect(Pager.environment(["LESS=-S", "HOME=/h"]) == ["LESS=-S", "HOME=/h"])
    }

    @Test("Ctrl-C and Ctrl-\\ while paging are the pager's: careers waits for it, then puts the terminal back")
    func interruptWhilePaging() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("careers-pager-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A pager as less is: Ctrl-C and Ctrl-\ are its own, it reads keys from the terminal, which it sets
        // without echo or line editing; this one then quits without setting it back, as a pager killed would.
        let pager = folder.appendingPathComponent("pager")
        try Data(
            """
            #!/bin/sh
            trap 'echo INT >> "$DIR/pager.log"' INT
            trap 'echo QUIT >> "$DIR/pager.log"' QUIT
            cat > /dev/null
            stty -icanon -echo < /dev/tty
            echo ready >> "$DIR/pager.log"
            for attempt in 1 2 3 4 5; do read key < /dev/tty && break; done
            echo "key $key" >> "$DIR/pager.log"

            """.utf8
        ).write(to: pager)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: pager.path)
        // A shell on a terminal (script gives it one) runs careers, as one typed at a prompt, and survives
        // Ctrl-C itself; the keys are typed once the pager shows its page. The shell starts with the default
        // actions for the signals (a test runner may ignore them, and ignored at a shell's start, they stay so).
        try Data(
            """
            trap : INT QUIT
            stty rows 5 cols 80; stty -g > "$DIR/before"
            PAGER="/bin/sh $DIR/pager" "$CAREERS" roles
            echo $? > "$DIR/status"; stty -g > "$DIR/after"

            """.utf8
        ).write(to: folder.appendingPathComponent("session"))
        let outcome = try RunCareers.sh(
            """
            export DIR='\(folder.path)' CAREERS
            wait_for() { for _ in $(seq 800); do grep -qs "$2" "$1" && return; sleep 0.05; done; }
            {
                wait_for "$DIR/pager.log" ready
                printf '\\003'; sleep 0.3; printf '\\034'; sleep 0.3; printf 'q\\n'
                wait_for "$DIR/after" .
            } | script -qec "exec env --default-signal=INT,QUIT bash '$DIR/session'" /dev/null > /dev/null
            """)
        #expect(outcome.status == 0)
        func read(_ name: String) -> String? { try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
        #expect(read("pager.log") == "ready\nINT\nQUIT\nkey q\n")
        #expect(read("status") == "0\n")
        #expect(read("after") != nil && read("after") == read("before"))
    }
}
