import CareerCore
import Foundation
import Testing

@testable import careers

/// Text for a terminal of 60 or 80 columns never goes past its edge: paragraphs and the last column of a
/// table wrap at word boundaries, a table too wide for that is stacked, help wraps too, and so do messages.
@Suite("Output that fits the terminal")
struct TerminalWidthTests {
    /// What a person sees at `width` columns, without colour, with a plan that targets Data Scientist.
    private func screen(_ arguments: [String], width: Int, state: StateDirectory) -> CLI.Result {
        CLI.run(
            arguments, environment: ["NO_COLOR": "1", "CAREERS_STATE_DIR": state.path], isInteractive: true,
            terminalWidth: width)
    }

    @Test("show, match, gap, next, compare, path, help and the lists fit 30, 40, 60 and 80 columns", arguments: [30, 40, 60, 80])
    func everyLineFits(width: Int) throws {
        let state = try StateDirectory()
        #expect(try state.run(["target", "Data Scientist"]).status == 0)
        #expect(try state.run(["mark", "done", "python"]).status == 0)
        let commands: [[String]] = [
            ["show", "Data Scientist"], ["show", "python"], ["show", "phase 1"], ["show", "Language Model Engineer"],
            ["show", "tokenization"], ["match", "--have", "python, pytorch, linear algebra"],
            ["gap", "--role", "Language Model Engineer"],
            ["gap", "--role", "Data Scientist"], ["next"], ["compare", "Data Scientist", "Machine Learning Engineer"],
            ["path"], ["path", "--role", "Machine Learning Engineer"], ["progress"], ["roles"], ["skills"], ["sources"], ["roadmap"],
            ["projects"], ["topics"], ["tips"], ["search", "python"], ["help"], ["help", "match"], ["about"],
            ["certifications"], ["levels"], ["help", "import"], ["help", "compare"],
        ]
        for command in commands {
            let result = screen(command, width: width, state: state)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let long: [String] = result.stdout.split(separator: "\n").map(String.init).filter { $0.count > width }
            #expect(long == [], "\(command) at \(width) columns")
        }
    }

    @Test("A table whose first columns leave the last too little room is stacked: each row's first cell, then the rest")
    func stackedTable() throws {
        let state = try StateDirectory()
        let result = screen(["sources"], width: 60, state: state)
        #expect(
            result.stdout.hasPrefix(
                """
                course-unit
                    Careers in Machine Learning and LLMs · course unit
                llm-career-article
                    Launching Your Career in LLMs - Key Skills and Roles ·
                    blog article

                """), "\(result.stdout)")
    }

    @Test("Messages on a terminal wrap under their lead, at word boundaries")
    func messagesWrap() {
        let renderer = TextRenderer(terminal: Terminal(isInteractive: true, width: 40, color: false))
        #expect(
            renderer.wrapMessages(
                "careers: warning: 'statistics' is not a skill in this guide; ignoring it.\nhint: See 'careers skills'.\n")
                == """
                careers: warning: 'statistics' is not a
                         skill in this guide; ignoring
                         it.
                hint: See 'careers skills'.

                """)
    }

    @Test("Messages on a real terminal of 50 columns are wrapped; down a pipe they stay one line each")
    func messagesOnARealTerminal() throws {
        // COLUMNS empty, so that the terminal's own width counts.
        let terminal = try RunCareers.sh("script -qec 'stty cols 50; \"$CAREERS\" gap' /dev/null", environment: ["COLUMNS": ""])
        #expect(
            terminal.stdout.replacing("\r\n", with: "\n")
                == "careers: 'careers gap' needs a role, or a target\n         ('careers target ROLE')\n"
                + "hint: For example: careers gap \"Data Scientist\"\n      --have python\n")
        let piped = try RunCareers.run(["gap"])
        #expect(
            piped.stderr
                == "careers: 'careers gap' needs a role, or a target ('careers target ROLE')\nhint: For example: careers gap \"Data Scientist\" --have python\n")
    }
}
