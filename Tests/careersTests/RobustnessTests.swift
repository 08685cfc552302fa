import Foundation
import Testing

/// What careers does with the inputs real shells and real mistakes produce: every write checked, every
/// input bounded, every refusal quick, short and named.
@Suite("Robustness: checked output, bounded input")
struct RobustnessTests {
    @Test("Output to a full disk or a closed descriptor fails with the cause; a closed pipe ends quietly")
    func checkedOutput() throws {
        let full = try RunCareers.sh("\"$CAREERS\" roles > /dev/full")
        #expect(full == .init(status: 1, stdout: "", stderr: "careers: cannot write the output: No space left on device\n"))
        let closed = try RunCareers.sh("\"$CAREERS\" roles >&-")
        #expect(closed == .init(status: 1, stdout: "", stderr: "careers: cannot write the output: Bad file descriptor\n"))
        let pipe = try RunCareers.sh("\"$CAREERS\" skills --json | head -c 1 >/dev/null")
        #expect(pipe == .init(status: 0, stdout: "", stderr: ""))
    }

    @Test("A skills file that is endless, huge, or too many names is refused at once, with the limit named")
    func boundedSkillsFile() throws {
        // An endless file would hang a reader without a limit (RunCareers kills a hung process, failing the test).
        let zero = try RunCareers.sh("\"$CAREERS\" match --have-file /dev/zero")
        #expect(zero.status == 1)
        #expect(zero.stderr.hasPrefix("careers: cannot read '/dev/zero': larger than the limit of 1048576 bytes\n"))
        let random = try RunCareers.sh(
            "file=$(mktemp); head -c 50000000 /dev/urandom > \"$file\"; \"$CAREERS\" match --have-file \"$file\"; status=$?; "
                + "rm -f \"$file\"; exit $status")
        #expect(random.status == 1)
        #expect(random.stderr.contains("larger than the limit of 1048576 bytes"))
        let base64 = try RunCareers.sh("head -c 150000 /dev/urandom | base64 | \"$CAREERS\" match --have-file -")
        #expect(base64.status == 2)
        #expect(
            base64.stderr.hasSuffix(
                "skill names given, over the limit of 500\nhint: Give the skills you have, one per line or separated by commas.\n"
            ))
        let long = try RunCareers.sh("printf 'python\\n%01500d\\n' 0 | \"$CAREERS\" match --have-file -")
        #expect(long.status == 2)
        #expect(long.stderr.contains("is 1500 characters long, over the limit of 1000"))
    }

    @Test("A word over 1,000 characters is refused at once, and only its start is quoted")
    func boundedWords() throws {
        for command in ["search", "show", "skills --role", "target"] {
            let outcome = try RunCareers.sh("\"$CAREERS\" \(command) \"$(printf '%0100000d' 0)\"")
            #expect(outcome.status == 2, "\(command)")
            #expect(outcome.stderr.count < 300, "\(command): \(outcome.stderr.count) characters of message")
            #expect(outcome.stderr.contains("is 100000 characters long, over the limit of 1000"), "\(command)")
        }
        let path = try RunCareers.sh("\"$CAREERS\" --content \"/$(printf '%05000d' 0)\" roles")
        #expect(path.status == 2)
        #expect(path.stderr.contains("is 5001 bytes long, over the limit of 4096"))
    }

    /// The fastest of three runs of `script`, in seconds: the least disturbed by whatever else the machine does.
    private func fastest(_ script: String) throws -> (outcome: RunCareers.Outcome, seconds: Double) {
        var best: (outcome: RunCareers.Outcome, seconds: Double)?
        for _ in 0..<3 {
            let started = Date()
            let outcome = try RunCareers.sh(script)
            let seconds = Date().timeIntervalSince(started)
            if seconds < best?.seconds ?? .infinity { best = (outcome, seconds) }
        }
        return best!
    }

    @Test("The longest words within the limits take about as long as short ones (work that grows with a word's square would not)")
    func flatTime() throws {
        // Compared with a short word in the same run, with a wide margin, so that a busy machine slows both alike.
        let cases = [
            ("search", String(repeating: "a", count: 999), "aaaaaaaaa"),
            ("show", String(repeating: "datascientist", count: 76), "datascientistdatascientist"),
        ]
        for (command, long, short) in cases {
            let slow = try fastest("\"$CAREERS\" \(command) '\(long)'")
            let quick = try fastest("\"$CAREERS\" \(command) '\(short)'")
            #expect(slow.outcome.status == 1 && quick.outcome.status == 1, "\(command)")
            #expect(slow.seconds < quick.seconds * 25, "\(command): \(slow.seconds) s against \(quick.seconds) s")
        }
    }
}
