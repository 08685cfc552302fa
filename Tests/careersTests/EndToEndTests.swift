import Foundation
import Testing

@testable import CareerCore

/// End-to-end: the real binary, run as a user runs it, checked on stdout, stderr and exit code.
@Suite("The careers binary")
struct EndToEndTests {
    @Test("careers roles: one line per role, nothing on stderr")
    func roles() throws {
        let outcome = try RunCareers.run(["roles"])
        #expect(
            outcome
                == RunCareers.Outcome(
                    status: 0,
                    stdout: """
                        Machine Learning Engineer  entry   Designs, implements and maintains machine learning systems, training models that solve complex problems, including fine-tuning LLMs for specific tasks.
                        Data Scientist             mid     Uses machine learning to analyse and interpret complex datasets, and prepares the datasets used to train LLMs.
                        Research Scientist         mid     Conducts cutting-edge research in machine learning and LLMs and develops new techniques and algorithms for training and using them.
                        AI Specialist              mid     Uses machine learning and LLMs to create intelligent systems that can understand, learn from and respond to human input.
                        Language Model Engineer    mid     Develops and fine-tunes large language models, mastering tokenization, model architecture, training methodologies and evaluation metrics.
                        Junior AI Researcher       entry   An entry-level role in AI/ML named by the career profile; the sources do not describe its work beyond that of the field as a whole.
                        Computer Vision Engineer   mid     A job title the career profile lists as a career outcome; computer vision is one of the niches of the Specialization phase.
                        NLP Engineer               mid     A job title the career profile lists as a career outcome; NLP is one of the niches of the Specialization phase and crucial for work on LLMs.
                        Senior ML Engineer         senior  The first step of the growth path after the entry-level roles, leading to Principal AI Architect.
                        Principal AI Architect     lead    The step of the growth path between Senior ML Engineer and Head of AI.
                        Head of AI                 lead    The top of the growth path the career profile describes, after Principal AI Architect.

                        """, stderr: ""))
    }

    @Test("careers skills --role \"ML Engineer\": essential first")
    func skillsOfARole() throws {
        let outcome = try RunCareers.run(["skills", "--role", "ML Engineer"])
        #expect(
            outcome
                == RunCareers.Outcome(
                    status: 0,
                    stdout: """
                        essential  Linear algebra               Mathematics
                        essential  Calculus                     Mathematics
                        essential  Probability                  Mathematics
                        essential  Python                       Programming and computer science
                        essential  Programming                  Programming and computer science
                        essential  Computer science             Programming and computer science
                        essential  Machine learning algorithms  Machine learning
                        essential  Model training               Machine learning
                        essential  Hyperparameter tuning        Machine learning
                        essential  Fine-tuning                  Machine learning
                        essential  Neural networks              Deep learning and LLMs
                        essential  Deep learning                Deep learning and LLMs
                        essential  Data cleaning                Data
                        essential  Data analysis                Data
                        essential  Data visualization           Data
                        essential  TensorFlow                   Tools and frameworks
                        essential  PyTorch                      Tools and frameworks
                        essential  Scikit-learn                 Tools and frameworks
                        essential  GPU computing                Tools and frameworks
                        essential  Model deployment             Deployment and optimization
                        essential  Research abilities           Research and ethics
                        essential  Problem-solving              Soft skills
                        essential  Creativity                   Soft skills
                        essential  Continual learning           Soft skills
                        essential  Research ethics              Soft skills
                        essential  Problem framing              Soft skills
                        essential  Long-term thinking           Soft skills
                        optional   Large language models        Deep learning and LLMs
                        optional   Model evaluation             Model evaluation
                        optional   Data preparation             Data

                        """, stderr: ""))
        // Every spelling of the role gives the same answer.
        for spelling in [["--role=ml engineer"], ["-r", "MLE"], ["--role", "machine-learning-engineer"]] {
            #expect(try RunCareers.run(["skills"] + spelling) == outcome)
        }
    }

    @Test("careers roadmap: the four phases in order")
    func roadmap() throws {
        let outcome = try RunCareers.run(["roadmap"])
        #expect(
            outcome
                == RunCareers.Outcome(
                    status: 0,
                    stdout: """
                        Beginner-to-job roadmap

                        Phase 1: Foundations
                          Master Python and the math behind machine learning.
                          Skills:  Python, Programming, Linear algebra, Calculus, Probability

                        Phase 2: Classical ML
                          Learn supervised and unsupervised learning algorithms.
                          Skills:          Machine learning algorithms, Supervised learning,
                                           Unsupervised learning, Scikit-learn
                          Projects:        Spam detector, Image classifier for fruits
                          Certifications:  DeepLearning.AI Machine Learning Specialization

                        Phase 3: Deep Learning
                          Dive into neural networks and Large Language Models (LLMs).
                          Skills:          Neural networks, Deep learning, Large language models,
                                           TensorFlow, PyTorch, GPU computing
                          Projects:        Chatbot using a pre-trained model
                          Certifications:  TensorFlow Developer Certificate

                        Phase 4: Specialization
                          Choose a niche (Computer Vision, NLP, Robotics) and build complex models.
                          Skills:          Computer vision, Natural language processing, Robotics
                          Projects:        Custom model for predicting medical outcomes, Custom model
                                           for predicting financial fraud
                          Certifications:  AWS Certified Machine Learning – Specialty

                        Sources
                          - AI & Machine Learning: Building the Future (career profile)

                        """, stderr: ""))
    }

    @Test(arguments: [
        (
            ["rols"], 2,
            "careers: unknown command 'rols'\nhint: Did you mean 'roles'? Run 'careers help' for the list of commands.\n"
        ),
        (
            ["roles", "--levle", "entry"], 2,
            "careers: unknown option '--levle' for 'careers roles'\nhint: Did you mean '--level'? Run 'careers help roles' for its options.\n"
        ),
        (
            ["roles", "--level"], 2,
            "careers: option '--level' needs a value\nhint: Write '--level LEVEL' (one of: entry, mid, senior, lead).\n"
        ),
        (
            ["roles", "--json=yes"], 2,
            "careers: option '--json' takes no value, but was given 'yes'\nhint: Write '--json' on its own.\n"
        ),
        (
            ["projects", "--level", "expert"], 2,
            "careers: 'expert' is not a valid value for '--level'\nhint: Valid values: beginner, intermediate, advanced.\n"
        ),
        (
            ["tips", "now"], 2,
            "careers: 'careers tips' takes no arguments, but was given 'now'\nhint: See 'careers help tips' for its usage.\n"
        ),
        (["skills", "--role"], 2, "careers: option '--role' needs a value\nhint: Write '--role NAME'.\n"),
        (["roadmap", "--phase", "9"], 2, "careers: there is no phase 9\nhint: The roadmap has phases 1 to 4.\n"),
        (
            ["search", "--limit", "0", "ml"], 2,
            "careers: '0' is not a valid value for '--limit'\nhint: Give a whole number of 1 or more, e.g. --limit 5.\n"
        ),
        (["show", "astronaut"], 1, "careers: no item named 'astronaut'\nhint: Try 'careers search astronaut'.\n"),
        (["skills", "--role", "astronaut"], 1, "careers: no role named 'astronaut'\nhint: Try 'careers search astronaut'.\n"),
        (
            ["show", "scientist"], 1,
            "careers: 'scientist' could mean 2 items: Data Scientist (role), Research Scientist (role)\nhint: Give more of the name, for example: careers show \"Data Scientist\"\n"
        ),
        (
            ["skills", "--role", "engineer"], 1,
            "careers: 'engineer' could mean 5 items: Machine Learning Engineer (role), Language Model Engineer (role), Computer Vision Engineer (role), NLP Engineer (role), Senior ML Engineer (role)\nhint: Give more of the name, for example: careers skills \"Machine Learning Engineer\"\n"
        ),
        (["search", "xylophone"], 1, "careers: nothing found for 'xylophone'\nhint: Try fewer or other words.\n"),
        (["show", "\u{1B}[31mred"], 1, "careers: no item named '\\u{1b}[31mred'\nhint: Try 'careers search \\u{1b}[31mred'.\n"),
        (["show", "ñ"], 1, "careers: no item named 'ñ'\nhint: Did you mean 'Neural networks'? Try 'careers search ñ'.\n"),
    ])
    func errors(_ arguments: [String], _ status: Int32, _ stderr: String) throws {
        #expect(try RunCareers.run(arguments) == RunCareers.Outcome(status: status, stdout: "", stderr: stderr))
    }

    @Test("A typo still finds the item, and says so on stderr")
    func typoNote() throws {
        let outcome = try RunCareers.run(["skill", "pytorh"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("PyTorch\n"))
        #expect(outcome.stderr == "careers: taking 'pytorh' to mean PyTorch (skill)\n")
    }

    @Test("careers roles | head -1 prints one line and nothing on stderr")
    func closedPipe() throws {
        let outcome = try RunCareers.sh("\"$CAREERS\" roles | head -1; \"$CAREERS\" about | head -c 10 >/dev/null")
        #expect(
            outcome.stdout
                == "Machine Learning Engineer  entry   Designs, implements and maintains machine learning systems, training models that solve complex problems, including fine-tuning LLMs for specific tasks.\n"
        )
        #expect(outcome.stderr == "")
        #expect(try RunCareers.sh("\"$CAREERS\" roles | wc -l").stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "11")
    }

    @Test("Piped output has no escape codes unless --color always asks for them")
    func colourInPipes() throws {
        #expect(!(try RunCareers.run(["show", "mle"]).stdout.contains("\u{1B}")))
        #expect(!(try RunCareers.run(["show", "mle"], environment: ["TERM": "xterm-256color"]).stdout.contains("\u{1B}")))
        #expect(try RunCareers.run(["show", "mle", "--color", "always"]).stdout.contains("\u{1B}[1;4mMachine Learning Engineer"))
        #expect(!(try RunCareers.run(["roles", "--json", "--color=always"]).stdout.contains("\u{1B}")))
    }

    @Test(
        "--json is valid JSON for every command, and never coloured",
        arguments: [
            ["roles"], ["roles", "--level", "lead"], ["show", "mle"], ["skill", "pytorch"], ["show", "phase 2"], ["show", "aws"],
            ["show", "spam detector"], ["show", "tokenization"], ["show", "network"], ["show", "reality check"],
            ["show", "course-unit"], ["show", "mathematics"], ["skills"], ["skills", "--role", "mle"],
            ["skills", "--category", "tools"], ["roadmap"], ["roadmap", "--phase", "deep learning"], ["certs"],
            ["projects"], ["topics"], ["tips"], ["about"], ["sources"], ["search", "deep", "learning"], ["help"],
        ])
    func json(_ arguments: [String]) throws {
        let outcome = try RunCareers.run(arguments + ["--json"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr == "")
        let value = try JSONParser.parse(Array(outcome.stdout.utf8))
        guard case .object = value.storage else {
            Issue.record("top level is not an object")
            return
        }
    }

    @Test("--version and bare careers")
    func versionAndOverview() throws {
        let version = try RunCareers.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("careers 0.1.0\n"))
        let bare = try RunCareers.run([])
        #expect(bare.status == 0)
        #expect(bare.stdout.contains("careers skills --role \"ML Engineer\""))
        #expect(bare.stderr == "")
    }

    @Test("The binary carries the guide: copied elsewhere, run from elsewhere, it still works")
    func selfContained() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("careers-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("careers").path
        try FileManager.default.copyItem(atPath: RunCareers.binary, toPath: copy)
        let outcome = try RunCareers.sh("cd / && \"\(copy)\" roles | wc -l")
        #expect(outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "11")
        #expect(outcome.stderr == "")
    }
}

@Suite("match, gap and path, run as a user runs them")
struct MatchCommandTests {
    @Test func matchRanksEveryRole() throws {
        let outcome = try RunCareers.run([
            "match", "--have", "python, statistics, data cleaning, data analysis, data visualisation",
        ])
        #expect(outcome.status == 0)
        #expect(outcome.stderr == "")
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines.first == "Data Scientist             27%  5/24 essential  0/2 optional  19 essential missing")
    }

    @Test("Unknown skills warn on stderr with a suggestion; --strict makes that an error")
    func unknownSkills() throws {
        let lenient = try RunCareers.run(["match", "--have", "pytorh, quantum computing", "--have", "pythn"])
        #expect(lenient.status == 0)
        #expect(
            lenient.stderr == """
                careers: taking 'pytorh' to mean PyTorch
                careers: taking 'pythn' to mean Python
                careers: warning: no skill named 'quantum computing'; ignoring it. Did you mean 'GPU computing', 'Computer science' or 'Computer vision'? See 'careers skills'.

                """)
        let strict = try RunCareers.run(["match", "--have", "python, quantum computing", "--strict"])
        #expect(
            strict
                == RunCareers.Outcome(
                    status: 2, stdout: "",
                    stderr:
                        "careers: no skill named 'quantum computing'\nhint: Did you mean 'GPU computing', 'Computer science' or 'Computer vision'? See 'careers skills'.\n"
                ))
    }

    @Test(arguments: [
        (
            ["match"], 2,
            "careers: 'careers match' needs your skills\nhint: For example: careers match --have \"python, pytorch\"\n"
        ),
        (
            ["match", "--have", " , "], 2,
            "careers: no skills given\nhint: List what you know, for example: --have \"python, linear algebra, pytorch\"\n"
        ),
        (
            ["match", "--have", "quantum, data"], 2,
            "careers: none of the skills given is in the guide: 'quantum', 'data'\nhint: Did you mean 'Data preparation', 'Data cleaning' or 'Data analysis'? See 'careers skills'.\n"
        ),
        (
            ["match", "--have-file", "/nonexistent"], 2,
            "careers: cannot read '/nonexistent': No such file or directory\nhint: Give a file with one skill per line, or '-' for standard input.\n"
        ),
        (
            ["gap", "--have", "python"], 2,
            "careers: 'careers gap' needs a role\nhint: For example: careers gap --role \"Data Scientist\" --have python\n"
        ),
        (["gap", "--role", "astronaut"], 1, "careers: no role named 'astronaut'\nhint: Try 'careers search astronaut'.\n"),
        (
            ["path", "--role", "data scientist"], 1,
            "careers: Data Scientist is not on the growth path the sources describe\nhint: See the whole path with 'careers path'; related roles are on 'careers show \"Data Scientist\"'.\n"
        ),
    ])
    func errors(_ arguments: [String], _ status: Int32, _ stderr: String) throws {
        let outcome = try RunCareers.run(arguments)
        #expect(outcome.status == status)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == stderr)
    }

    @Test("--have-file reads one skill per line, from a file or standard input")
    func haveFile() throws {
        let fromInput = try RunCareers.sh("printf 'python\\n# comment\\n\\npytorch\\n' | \"$CAREERS\" match --have-file - --json")
        #expect(fromInput.status == 0)
        #expect(fromInput.stdout.contains("\"have\": [\n    {\n      \"id\": \"python\""))
        #expect(fromInput.stdout.contains("\"id\": \"pytorch\""))
    }

    @Test func gapListsWhatIsMissingWithWhereToLearnIt() throws {
        let outcome = try RunCareers.run(["gap", "--role", "data", "scientist", "--have", "python, probability"])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.first == "essential  Linear algebra               Phase 1: Foundations")
        #expect(lines.contains("optional   Model evaluation             alongside the roadmap"))
        #expect(!outcome.stdout.contains("Python"))
    }

    @Test func pathShowsEachStep() throws {
        let outcome = try RunCareers.run(["path"])
        #expect(outcome.status == 0)
        #expect(
            outcome.stdout.hasPrefix(
                """
                Growth path

                  Machine Learning Engineer or Junior AI Researcher → Senior ML Engineer →
                  Principal AI Architect → Head of AI

                """))
        #expect(
            outcome.stdout.contains("Step 2: Senior ML Engineer\n  New skills:  none the sources name beyond the step before\n"))
    }

    @Test(arguments: [
        ["match", "--have", "python"], ["gap", "--role", "mle"], ["gap", "--role", "mle", "--have", "python"], ["path"],
        ["path", "--role", "head of ai"],
    ])
    func json(_ arguments: [String]) throws {
        let outcome = try RunCareers.run(arguments + ["--json"])
        #expect(outcome.status == 0)
        #expect(throws: Never.self) { try JSONParser.parse(Array(outcome.stdout.utf8)) }
    }
}
