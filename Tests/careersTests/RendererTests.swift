import Testing

@testable import careers

@Suite("Laying out text")
struct RendererTests {
    private func render(_ blocks: [Document.Block], interactive: Bool = false, width: Int = 40, color: Bool = false) -> String {
        TextRenderer(terminal: Terminal(isInteractive: interactive, width: width, color: color)).render(Document(blocks: blocks))
    }

    @Test func colourOnlyWhenAllowed() {
        func color(_ choice: ColorChoice, _ environment: [String: String], tty: Bool) -> Bool {
            Terminal.detect(color: choice, environment: environment, isInteractive: tty, terminalWidth: nil).color
        }
        #expect(color(.auto, [:], tty: true))
        #expect(!color(.auto, [:], tty: false))
        #expect(!color(.auto, ["NO_COLOR": "1"], tty: true))
        #expect(color(.auto, ["NO_COLOR": ""], tty: true))
        #expect(!color(.auto, ["TERM": "dumb"], tty: true))
        #expect(!color(.never, [:], tty: true))
        #expect(color(.always, ["NO_COLOR": "1"], tty: false))
    }

    @Test("Width: COLUMNS, then the terminal, then 80 on a terminal that does not say, 100 for a file or a pipe")
    func widthComesFromColumnsThenTheTerminal() {
        func width(_ environment: [String: String], _ terminal: Int?) -> Int {
            Terminal.detect(color: .auto, environment: environment, isInteractive: true, terminalWidth: terminal).width
        }
        #expect(width(["COLUMNS": "100"], 60) == 100)
        #expect(width(["COLUMNS": "junk"], 60) == 60)
        #expect(width([:], nil) == 80)
        #expect(Terminal.detect(color: .auto, environment: [:], isInteractive: false, terminalWidth: nil).width == 100)
        #expect(Terminal.detect(color: .auto, environment: ["COLUMNS": "60"], isInteractive: false, terminalWidth: nil).width == 60)
    }

    @Test("Paragraphs and bullets wrap to the width and keep their indent")
    func wrapping() {
        let text = render(
            [
                .title("Title"), .text("one two three four five six seven eight nine ten eleven"),
                .bullets(["alpha beta gamma delta epsilon zeta eta theta iota"]),
            ], width: 30)
        #expect(
            text == """
                Title

                  one two three four five six
                  seven eight nine ten eleven
                  - alpha beta gamma delta
                    epsilon zeta eta theta
                    iota

                """)
    }

    @Test("A list in a pipe is one record per line: group first, no wrapping, no details")
    func pipedLists() {
        let rows: [Document.Row] = [
            .init(cells: ["Name", "a long summary that would certainly wrap at forty columns"], details: ["hidden"]),
            .init(cells: ["Other name", "short"]),
        ]
        #expect(
            render([.rows(rows, group: "essential"), .note("a hint")]) == """
                essential  Name        a long summary that would certainly wrap at forty columns
                essential  Other name  short

                """)
    }

    @Test("On a terminal, lists wrap under their last column and show details")
    func terminalLists() {
        let rows: [Document.Row] = [.init(cells: ["Name", "a long summary that would wrap at forty"], details: ["detail"])]
        #expect(
            render([.rows(rows, group: "essential")], interactive: true, width: 40) == """
                Essential
                  Name  a long summary that would wrap
                        at forty
                      detail

                """)
    }

    @Test("Text from content never reaches the terminal as control characters")
    func controlCharactersAreRemoved() {
        let hostile = "evil\u{1B}[2J\u{1B}]0;title\u{07} text\u{9B}31m"
        let output = render(
            [.title(hostile), .rows([.init(cells: [hostile, hostile])])], interactive: true, width: 80, color: true)
        let controls = output.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" || (0x80..<0xA0).contains($0.value) }
        // Only the renderer's own SGR sequences remain: ESC followed by '['…'m'.
        #expect(controls.allSatisfy { $0 == "\u{1B}" })
        #expect(!output.contains("\u{1B}[2J") && !output.contains("\u{1B}]0;") && !output.contains("\u{07}"))
        let plain = render([.text(hostile)])
        #expect(plain == "evil[2J]0;title text31m\n")
    }

    @Test("Bidi controls and invisible format characters from content never reach the terminal; joiners do")
    func formatCharactersAreRemoved() {
        let hostile = "admin\u{202E}txt.exe\u{2066}\u{200B}"
        let joined = hostile + " \u{1F469}\u{200D}\u{1F4BB}"
        let output = render([.title(joined), .rows([.init(cells: [hostile, joined])])], interactive: true, width: 80)
        #expect(output == "admintxt.exe \u{1F469}\u{200D}\u{1F4BB}\n\n  admintxt.exe  admintxt.exe \u{1F469}\u{200D}\u{1F4BB}\n")
    }

    @Test func highlightsBecomeStyleOrNothing() {
        let row = Document.Row(cells: ["skill", "about " + Highlight.mark("deep") + " things"])
        #expect(render([.rows([row])], interactive: true, color: false) == "skill  about deep things\n")
        #expect(
            render([.rows([row])], interactive: true, color: true)
                == "\u{1B}[1mskill  \u{1B}[0mabout \u{1B}[1;33mdeep\u{1B}[0m things\n")
    }
}
