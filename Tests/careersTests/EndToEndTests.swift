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
                        Machine Learning Engineer  entry   Designs, implements and maintains machine learning systems, and trains models, including fine-tuning LLMs for specific tasks.
                        Data Scientist             —       Uses machine learning to analyze and interpret complex datasets, and prepares the datasets used to train LLMs.
                        Research Scientist         —       Conducts cutting-edge research in machine learning and LLMs and develops new techniques and algorithms for training and using LLMs.
                        AI Specialist              —       Uses machine learning and LLMs to create intelligent systems that can understand, learn from and respond to human input.
                        Language Model Engineer    —       Develops and fine-tunes large language models, which takes mastery of tokenization, model architecture, training methodologies and evaluation metrics.
                        Junior AI Researcher       entry   An entry-level role in AI and machine learning.
                        Computer Vision Engineer   —       A job title AI and machine learning careers lead to, in computer vision, one of the niches of the Specialization phase.
                        NLP Engineer               —       A job title AI and machine learning careers lead to, in natural language processing, one of the niches of the Specialization phase.
                        Senior ML Engineer         senior  The first step of the growth path beyond the entry level, leading to Principal AI Architect.
                        Principal AI Architect     —       The step of the growth path between Senior ML Engineer and Head of AI.
                        Head of AI                 —       The top of the growth path, after Principal AI Architect.

                        """, stderr: ""))
    }

    @Test("careers skills --role \"ML Engineer\": its own skills, then the foundations by weight")
    func skillsOfARole() throws {
        let outcome = try RunCareers.run(["skills", "--role", "ML Engineer"])
        #expect(
            outcome
                == RunCareers.Outcome(
                    status: 0,
                    stdout: """
                        role   Model training               —
                        role   Fine-tuning                  —
                        role   Hyperparameter tuning        —
                        role   Model deployment             —
                        field  Linear algebra               essential
                        field  Calculus                     essential
                        field  Probability                  essential
                        field  Computer science             essential
                        field  Programming                  essential
                        field  Python                       essential
                        field  Machine learning algorithms  essential
                        field  Neural networks              essential
                        field  Deep learning                essential
                        field  Natural language processing  essential for those specializing in LLMs
                        field  Data analysis                essential
                        field  Data cleaning                essential
                        field  Data visualization           essential
                        field  Research abilities           essential
                        field  Scikit-learn                 essential
                        field  GPU computing                essential
                        field  Research ethics              essential
                        field  Problem framing              essential
                        field  Long-term thinking           essential
                        field  TensorFlow or PyTorch        often required
                        field  Data preparation             often required
                        field  Model training               often required
                        field  Model evaluation             often required
                        field  Problem-solving              also important
                        field  Creativity                   also important
                        field  Willingness to learn         also important

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
                        Roadmap

                        Phase 1: Foundations
                          Master Python and the math behind machine learning.
                          Skills:  Python, Linear algebra, Calculus

                        Phase 2: Classical ML
                          Learn supervised and unsupervised learning algorithms.
                          Skills:  Machine learning algorithms, Supervised learning, Unsupervised
                                   learning

                        Phase 3: Deep Learning
                          Dive into neural networks and Large Language Models (LLMs).
                          Skills:  Neural networks, Deep learning, Large language models

                        Phase 4: Specialization
                          Choose a niche (computer vision, NLP or robotics) and build complex models.
                          Skills:  Computer vision, Natural language processing, Robotics

                        Projects to build
                          Beginner:      Spam detector; Image classifier for fruits
                          Intermediate:  Chatbot using a pre-trained model
                          Advanced:      Custom model for predicting medical outcomes; Custom model for
                                         predicting financial fraud

                        Certifications
                          - DeepLearning.AI Machine Learning Specialization
                          - AWS Certified Machine Learning – Specialty
                          - TensorFlow Developer Certificate

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
            "careers: option '--level' needs a value\nhint: Write '--level LEVEL' (one of: entry, senior, lead).\n"
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
            "careers: '0' is not a valid number for '--limit'\nhint: Give a whole number of 1 or more, e.g. --limit 5.\n"
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
        (["show", "ñ"], 1, "careers: no item named 'ñ'\nhint: Try 'careers search ñ'.\n"),
        (
            ["roles", "--level", "lead"], 1,
            "careers: no role in the guide is placed at the lead level\nhint: Levels with roles: entry, senior. 'careers roles' lists every role.\n"
        ),
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
                == "Machine Learning Engineer  entry   Designs, implements and maintains machine learning systems, and trains models, including fine-tuning LLMs for specific tasks.\n"
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
            ["roles"], ["roles", "--level", "senior"], ["show", "mle"], ["skill", "pytorch"], ["show", "phase 2"],
            ["show", "aws-ml-specialty"],
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
        // The shell copies: a copy made by this process could still be open for writing in a child that
        // another test forks meanwhile, and running it would fail with "Text file busy".
        let outcome = try RunCareers.sh("cp \"$CAREERS\" '\(copy)' && cd / && '\(copy)' roles | wc -l")
        #expect(outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "11")
        #expect(outcome.stderr == "")
    }
}

@Suite("match, gap and path, run as a user runs them")
struct MatchCommandTests {
    @Test("match: roles ranked by their own skills, roles only named listed last without a percentage")
    func matchRanksEveryRole() throws {
        let outcome = try RunCareers.run(["match", "--have", "data cleaning, data analysis, data visualization"])
        #expect(
            outcome
                == RunCareers.Outcome(
                    status: 0,
                    stdout: """
                        Data Scientist             50%  2 of 4 own skills     has Data cleaning, Data analysis; missing Data preparation, Machine learning algorithms
                        Machine Learning Engineer  0%   0 of 4 own skills     missing Model training, Fine-tuning, Hyperparameter tuning, Model deployment
                        Research Scientist         0%   0 of 3 own skills     missing Research abilities, Machine learning algorithms, Large language models
                        AI Specialist              0%   0 of 2 own skills     missing Machine learning algorithms, Large language models
                        Language Model Engineer    0%   0 of 16 own skills    missing Tokenization techniques, Transformers, Attention mechanisms, Supervised learning, Unsupervised learning and 11 more
                        Computer Vision Engineer   0%   0 of 1 own skills     missing Computer vision
                        NLP Engineer               0%   0 of 1 own skills     missing Natural language processing
                        Junior AI Researcher       —    no skills of its own  entry level
                        Senior ML Engineer         —    no skills of its own  senior level, on the growth path after Machine Learning Engineer
                        Principal AI Architect     —    no skills of its own  on the growth path after Senior ML Engineer
                        Head of AI                 —    no skills of its own  on the growth path after Principal AI Architect

                        """, stderr: ""))
    }

    @Test(
        "The top role is the one a careers adviser would name",
        arguments: [
            ("python, pytorch, deep learning, research", "Research Scientist"),
            ("tokenization, transformers, attention, perplexity, fine-tuning", "Language Model Engineer"),
            ("data cleaning, data analysis, data visualization, statistics", "Data Scientist"),
            ("model training, hyperparameter tuning, deployment, python", "Machine Learning Engineer"),
        ])
    func adviserProfiles(_ skills: String, _ top: String) throws {
        let outcome = try RunCareers.run(["match", "--have", skills])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix(top + " "))
    }

    @Test("match on a terminal: the foundations once above the ranking, and why roles are ranked so")
    func matchOnATerminal() throws {
        // `script` runs careers on a pseudo-terminal, as a person would see it (stderr included).
        let terminal = try RunCareers.sh(
            "script -qec '\"$CAREERS\" match --have \"python, git, sql\" --color never' /dev/null",
            environment: ["COLUMNS": "100"])
        let lines = terminal.stdout.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n")
        #expect(lines.contains("Your skills: Python"))
        #expect(
            lines.contains { $0.hasPrefix("Foundations of the field: 1 of 26 — missing: Linear algebra, Calculus, Probability,") }
        )
        #expect(!terminal.stdout.contains("Did you mean"))
        #expect(
            terminal.stdout.contains("careers: warning: 'git' is not a skill in this guide; ignoring it. See 'careers skills'."))
    }

    @Test("match --json: the foundations once, each role's percent (null for a role only named), what is had and missing")
    func matchJSON() throws {
        let outcome = try RunCareers.run(["match", "--have", "python, pytorch, deep learning, research", "--json"])
        #expect(outcome.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        let foundations = try #require(json?["foundations"] as? [String: Any])
        #expect(foundations["have"] as? Int == 4)
        #expect(foundations["total"] as? Int == 26)
        #expect((foundations["missing"] as? [[String: Any]])?.first?["name"] as? String == "Linear algebra")
        let roles = try #require(json?["roles"] as? [[String: Any]])
        #expect(roles.count == 11)
        #expect((roles.first?["role"] as? [String: Any])?["id"] as? String == "research-scientist")
        #expect(roles.first?["percent"] as? Int == 33)
        let had = try #require(roles.first?["have"] as? [[String: Any]])
        #expect(had.map { $0["name"] as? String } == ["Research abilities"])
        #expect(had.first?["scope"] as? String == "role")
        #expect((roles.first?["missing"] as? [Any])?.count == 2)
        let head = try #require(roles.last)
        #expect((head["role"] as? [String: Any])?["id"] as? String == "head-of-ai")
        #expect(head["percent"] is NSNull)
        #expect((head["role"] as? [String: Any])?["level"] is NSNull)
    }

    @Test("skills --role --json marks each requirement with its scope and need")
    func skillsOfARoleJSON() throws {
        let outcome = try RunCareers.run(["skills", "--role", "llm engineer", "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        let skills = try #require(json?["skills"] as? [[String: Any]])
        #expect(skills.first?["name"] as? String == "Tokenization techniques")
        #expect(skills.first?["scope"] as? String == "role")
        #expect(skills.first?["need"] as? String == "essential")
        let frameworks = try #require(skills.first { $0["name"] as? String == "TensorFlow or PyTorch" })
        #expect(frameworks["scope"] as? String == "field")
        #expect(frameworks["need"] as? String == "often-required")
        #expect((frameworks["skills"] as? [[String: Any]])?.map { $0["id"] as? String } == ["tensorflow", "pytorch"])
        let nlp = try #require(skills.first { $0["name"] as? String == "Natural language processing" })
        #expect(nlp["condition"] as? String == "for those specializing in LLMs")
        let page = try RunCareers.run(["show", "mle", "--json"])
        let role = try #require(
            (try JSONSerialization.jsonObject(with: Data(page.stdout.utf8)) as? [String: Any])?["role"] as? [String: Any])
        let own = try #require(role["skills"] as? [[String: Any]])
        #expect(
            own.map { $0["name"] as? String } == ["Model training", "Fine-tuning", "Hyperparameter tuning", "Model deployment"])
        #expect(own.allSatisfy { $0["need"] is NSNull && $0["scope"] as? String == "role" })
        let engineer = try RunCareers.run(["skills", "--role", "mle", "--json"])
        #expect(engineer.stdout.contains("\"name\": \"Model training\",\n      \"scope\": \"role\",\n      \"need\": null,"))
    }

    @Test("Unknown skills warn on stderr, with a suggestion only for a near miss; --strict makes that an error")
    func unknownSkills() throws {
        let lenient = try RunCareers.run([
            "match", "--have", "pytorh, quantum computing, git", "--have", "pythn, linear algebrra",
        ])
        #expect(lenient.status == 0)
        #expect(
            lenient.stderr == """
                careers: taking 'pytorh' to mean PyTorch
                careers: taking 'pythn' to mean Python
                careers: taking 'linear algebrra' to mean Linear algebra
                careers: warning: 'quantum computing' is not a skill in this guide; ignoring it. See 'careers skills'.
                careers: warning: 'git' is not a skill in this guide; ignoring it. See 'careers skills'.

                """)
        let strict = try RunCareers.run(["match", "--have", "python, quantum computing", "--strict"])
        #expect(
            strict
                == RunCareers.Outcome(
                    status: 2, stdout: "",
                    stderr: "careers: 'quantum computing' is not a skill in this guide\nhint: See 'careers skills'.\n"))
        let nearMiss = try RunCareers.run(["match", "--have", "python, tensorfloww"])
        #expect(nearMiss.stderr == "careers: taking 'tensorfloww' to mean TensorFlow\n")
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
            "careers: Data Scientist is not on the growth path\nhint: See the whole path with 'careers path'; related roles are on 'careers show \"Data Scientist\"'.\n"
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

    @Test("gap: the foundations missed, then the role's own skills, each with its roadmap phase")
    func gapListsWhatIsMissingWithWhereToLearnIt() throws {
        let outcome = try RunCareers.run(["gap", "--role", "data", "scientist", "--have", "python, probability"])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.first == "field  Linear algebra               Phase 1: Foundations     essential")
        #expect(lines.contains("field  TensorFlow or PyTorch        not on the roadmap       often required"))
        // A skill that is both a foundation and the role's own is listed once, and marked.
        #expect(
            lines.contains("field  Data preparation             not on the roadmap       often required; a skill of this role"))
        #expect(!lines.contains { $0.hasPrefix("role ") })
        let engineer = try RunCareers.run(["gap", "--role", "mle", "--have", "fine-tuning"])
        #expect(
            engineer.stdout.split(separator: "\n").suffix(2) == [
                "role   Hyperparameter tuning        not on the roadmap       —",
                "role   Model deployment             not on the roadmap       —",
            ])
        #expect(!outcome.stdout.contains("Python"))
        let named = try RunCareers.run(["gap", "--role", "head of ai", "--have", "python"])
        #expect(named.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("field ") })
    }

    @Test func pathShowsEachStep() throws {
        let outcome = try RunCareers.run(["path"])
        #expect(outcome.status == 0)
        #expect(
            outcome.stdout.hasPrefix(
                """
                Growth path

                  Machine Learning Engineer → Senior ML Engineer → Principal AI Architect → Head
                  of AI

                """))
        #expect(
            outcome.stdout.contains(
                "Step 2: Senior ML Engineer\n  Nothing more is recorded for this role: no responsibilities, no skills of its\n  own.\n"
            ))
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
