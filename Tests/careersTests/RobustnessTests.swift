import Foundation
import Testing

/// What careers does with the inputs real shells and real mistakes produce: every write checked, every
/// input bounded, every refusal quick, short and named.
@Suite("Robustness: checked output, bounded input")
struct RobustnessTests {
    /// Runs `script` (with `$CAREERS`) and reports its status and stderr, and how long it took.
    private func timed(_ script: String) throws -> (outcome: RunCareers.Outcome, seconds: Double) {
        let started = Date()
        let outcome = try RunCareers.sh(script)
        return (outcome, Date().timeIntervalSince(started))
    }

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
        let zero = try timed("\"$CAREERS\" match --have-file /dev/zero")
        #expect(zero.outcome.status == 2)
        #expect(zero.outcome.stderr.hasPrefix("careers: cannot read '/dev/zero': larger than the limit of 1048576 bytes\n"))
        #expect(zero.seconds < 1)
        let random = try timed(
            "file=$(mktemp); head -c 50000000 /dev/urandom > \"$file\"; \"$CAREERS\" match --have-file \"$file\"; status=$?; "
                + "rm -f \"$file\"; exit $status")
        #expect(random.outcome.status == 2)
        #expect(random.outcome.stderr.contains("larger than the limit of 1048576 bytes"))
        let base64 = try timed("head -c 150000 /dev/urandom | base64 | \"$CAREERS\" match --have-file -")
        #expect(base64.outcome.status == 2)
        #expect(
            base64.outcome.stderr.hasSuffix(
                "skill names given, over the limit of 500\nhint: Give the skills you have, one per line or separated by commas.\n"
            ))
        #expect(base64.seconds < 1)
        let long = try timed("printf 'python\\n%01500d\\n' 0 | \"$CAREERS\" match --have-file -")
        #expect(long.outcome.status == 2)
        #expect(long.outcome.stderr.contains("is 1500 characters long, over the limit of 1000"))
    }

    @Test("A word over 1,000 characters is refused at once, and only its start is quoted")
    func boundedWords() throws {
        for command in ["search", "show", "skills --role", "target"] {
            let outcome = try timed("\"$CAREERS\" \(command) \"$(printf '%0100000d' 0)\"")
            #expect(outcome.outcome.status == 2, "\(command)")
            #expect(outcome.outcome.stderr.count < 300, "\(command): \(outcome.outcome.stderr.count) characters of message")
            #expect(outcome.outcome.stderr.contains("is 100000 characters long, over the limit of 1000"), "\(command)")
            #expect(outcome.seconds < 1, "\(command)")
        }
        let path = try RunCareers.sh("\"$CAREERS\" --content \"/$(printf '%05000d' 0)\" roles")
        #expect(path.status == 2)
        #expect(path.stderr.contains("is 5001 bytes long, over the limit of 4096"))
    }

    @Test("The longest words within the limits are answered quickly")
    func flatTime() throws {
        let search = try timed("\"$CAREERS\" search \"$(printf 'a%.0s' $(seq 999))\"")
        #expect(search.outcome.status == 1)
        #expect(search.seconds < 1)
        let show = try timed("\"$CAREERS\" show \"$(printf 'datascientist%.0s' $(seq 76))\"")
        #expect(show.outcome.status == 1)
        #expect(show.seconds < 1)
    }
}
