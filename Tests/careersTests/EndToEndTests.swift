import Foundation
import Testing

@testable import CareerCore
@testable import careers

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
                        Machine Learning Engineer  entry  Designs, implements and maintains machine learning systems, and is often responsible for training models, including fine-tuning LLMs for specific tasks.
                        Data Scientist             —      Uses machine learning to analyze and interpret complex datasets, and is crucial for preparing the datasets used in training LLMs.
                        Research Scientist         —      Conducts cutting-edge research in machine learning and LLMs, and contributes to the development of new techniques and algorithms for training and using LLMs.
                        AI Specialist              —      Uses machine learning and LLMs to create intelligent systems that can understand, learn from and respond to human input.
                        Language Model Engineer    —      An engineer who works with large language models (LLMs). Key topics for LLM engineers include tokenization, model architecture, training methodologies and evaluation metrics, and for engineers who mean to thrive in a competitive AI market, understanding these systems in depth is becoming a must.
                        Junior AI Researcher       entry  One of the entry-level roles among the career outcomes of AI/ML engineering.
                        Computer Vision Engineer   —      One of the job titles among the career outcomes of AI/ML engineering.
                        NLP Engineer               —      One of the job titles among the career outcomes of AI/ML engineering.
                        Senior ML Engineer         —      A role on the growth path of AI/ML engineering; leads to Principal AI Architect.
                        Principal AI Architect     —      A role on the growth path of AI/ML engineering, after Senior ML Engineer; leads to Head of AI.
                        Head of AI                 —      A role on the growth path of AI/ML engineering, after Principal AI Architect.

                        """, stderr: ""))
    }

    @Test("careers skills --role \"ML Engineer\": its own skills, then the foundations, each in its document's word and audience")
    func skillsOfARole() throws {
        let outcome = try RunCareers.run(["skills", "--role", "ML Engineer"])
        #expect(
            outcome
                == RunCareers.Outcome(
                    status: 0,
                    stdout: """
                        role   Model training               —
                        role   Fine-tuning                  —
                        field  Linear algebra               must learn for AI/ML engineering
                        field  Calculus                     must learn for AI/ML engineering
                        field  Probability                  needed to succeed in this field
                        field  Computer science             needed to succeed in this field
                        field  Programming                  essential for anyone seeking a career in LLMs
                        field  Python                       essential for anyone seeking a career in LLMs
                        field  Machine learning algorithms  essential to succeed in this field
                        field  Neural networks              essential to succeed in this field
                        field  Deep learning                must learn for AI/ML engineering
                        field  Natural language processing  crucial for those specializing in LLMs
                        field  Data analysis                key for anyone seeking a career in LLMs
                        field  Data cleaning                key for anyone seeking a career in LLMs
                        field  Data visualization           key for anyone seeking a career in LLMs
                        field  Research abilities           vital for anyone seeking a career in LLMs
                        field  TensorFlow or PyTorch        often required for anyone seeking a career in LLMs
                        field  TensorFlow                   must learn for AI/ML engineering
                        field  PyTorch                      must learn for AI/ML engineering
                        field  Scikit-learn                 must learn for AI/ML engineering
                        field  GPU computing                must learn for AI/ML engineering
                        field  Research ethics              must learn for AI/ML engineering
                        field  Problem framing              must learn for AI/ML engineering
                        field  Long-term thinking           must learn for AI/ML engineering
                        field  Problem-solving              also important to succeed in this field
                        field  Creativity                   also important to succeed in this field
                        field  Willingness to learn         also important to succeed in this field

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
            "careers: option '--level' needs a value\nhint: Write '--level LEVEL'.\n"
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
        (
            ["roadmap", "--phase", "9"], 1,
            "careers: there is no phase 9\nhint: The roadmap's phases: 1 Foundations, 2 Classical ML, 3 Deep Learning, 4 Specialization.\n"
        ),
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
            ["show", "\u{202E}gnp.exe\u{2066}"], 1,
            "careers: no item named '\\u{202e}gnp.exe\\u{2066}'\nhint: Try 'careers search \\u{202e}gnp.exe\\u{2066}'.\n"
        ),
        (
            ["roles", "--level", "lead"], 1,
            "careers: no role in the guide is placed at the lead level\nhint: Levels with roles: entry. 'careers roles' lists every role.\n"
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
                == "Machine Learning Engineer  entry  Designs, implements and maintains machine learning systems, and is often responsible for training models, including fine-tuning LLMs for specific tasks.\n"
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

    @Test("A project's page: its other names among its fields, as a role's and a skill's are")
    func projectPage() throws {
        let page = try RunCareers.run(["show", "chatbot"], environment: ["COLUMNS": "100"])
        #expect(
            page.stdout == """
                Chatbot using a pre-trained model

                  An intermediate project: a chatbot built on a pre-trained model, like GPT.
                  Level:        intermediate
                  Also called:  chatbot

                Sources
                  - AI & Machine Learning: Building the Future (career profile)

                """)
    }

    @Test(
        "--json is valid JSON for every command, and never coloured",
        arguments: [
            ["roles"], ["roles", "--level", "entry"], ["show", "mle"], ["skill", "pytorch"], ["show", "phase 2"],
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
                        Data Scientist             50%  2 of 4 own skills                   has Data cleaning, Data analysis; missing Data preparation, Machine learning algorithms
                        Language Model Engineer    0%   0 of 15 own skills                  missing Tokenization techniques, Transformers, Attention mechanisms, Supervised learning, Unsupervised learning and 10 more
                        Machine Learning Engineer  0%   0 of 2 own skills, little recorded  missing Model training, Fine-tuning
                        Research Scientist         0%   0 of 2 own skills, little recorded  missing Research abilities, Large language models
                        AI Specialist              0%   0 of 2 own skills, little recorded  missing Machine learning algorithms, Large language models
                        Junior AI Researcher       —    no skills of its own                entry level
                        Computer Vision Engineer   —    no skills of its own                no level or place on the growth path is given
                        NLP Engineer               —    no skills of its own                no level or place on the growth path is given
                        Senior ML Engineer         —    no skills of its own                on the growth path before Principal AI Architect
                        Principal AI Architect     —    no skills of its own                on the growth path after Senior ML Engineer
                        Head of AI                 —    no skills of its own                on the growth path after Principal AI Architect

                        """, stderr: ""))
    }

    @Test(
        "The top role is the one a careers adviser would name",
        arguments: [
            ("python, pytorch, deep learning, research", "Research Scientist"),
            ("tokenization, transformers, attention, perplexity, fine-tuning", "Language Model Engineer"),
            ("data cleaning, data analysis, data visualization, statistics", "Data Scientist"),
            ("model training, fine-tuning, python", "Machine Learning Engineer"),
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
        // Where you stand first: what you have, what is outside the guide (once), what counts toward what,
        // the foundations by phase and outside the roadmap, and what to learn next.
        #expect(
            lines.prefix(10).joined(separator: "\n") == """
                Your skills: Python

                Not in this guide: git, sql; they count neither for nor against any role.

                Python counts toward Programming: 'programming languages, particularly Python'

                Foundations of the field you have: 2 of 24 (Phase 1: Python; outside the roadmap: Programming)

                Learn next: Linear algebra (Phase 1), Calculus (Phase 1), Machine learning algorithms (Phase 2),
                Supervised learning (Phase 2) ('careers gap ROLE' for the whole plan)
                """)
        #expect(!terminal.stdout.contains("Did you mean") && !terminal.stdout.contains("warning"))
    }

    @Test("Three newcomers: a statistics PhD, an analyst aiming at LLM work, a software engineer, as JSON")
    func threeNewcomers() throws {
        func match(_ have: String) throws -> [String: Any] {
            let outcome = try RunCareers.run(["match", "--have", have, "--json"])
            #expect(outcome.status == 0 && outcome.stderr == "")
            return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        }
        func next(_ json: [String: Any]) -> [String?] {
            ((json["standing"] as? [String: Any])?["next"] as? [[String: Any]] ?? []).map { $0["name"] as? String }
        }
        // The PhD has the math: Python first, then Phase 2; R is outside the guide.
        let phd = try match("probability, linear algebra, calculus, R, some deep learning")
        #expect(next(phd) == ["Python", "Machine learning algorithms", "Supervised learning", "Unsupervised learning"])
        #expect(phd["unresolved"] as? [String] == ["R"])  // "some" only joins words
        let had = (phd["standing"] as? [String: Any])?["had"] as? [[String: Any]]
        #expect(had?.map { ($0["phase"] as? [String: Any])?["name"] as? String } == ["Foundations", "Deep Learning", nil])
        // The analyst: Data Scientist fits best, the language model work is there with its evidence.
        let analyst = try match("sql, data analysis, data visualization, nlp, transformers")
        let roles = try #require(analyst["roles"] as? [[String: Any]])
        #expect(roles.prefix(2).map { ($0["role"] as? [String: Any])?["name"] as? String } == ["Data Scientist", "Language Model Engineer"])
        #expect(roles.first?["littleRecorded"] as? Bool == false)
        // The software engineer: Python counts toward Programming, and says why.
        let engineer = try match("python, sql, git")
        #expect(engineer["credits"] as? [String] == ["Python counts toward Programming: 'programming languages, particularly Python'"])
        #expect((engineer["foundations"] as? [String: Any])?["have"] as? Int == 2)
    }

    @Test("match --json: the foundations once, each role's percent (null for a role only named), what is had and missing")
    func matchJSON() throws {
        let outcome = try RunCareers.run(["match", "--have", "python, pytorch, deep learning, research", "--json"])
        #expect(outcome.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        let foundations = try #require(json?["foundations"] as? [String: Any])
        #expect(foundations["have"] as? Int == 5)  // Python counts toward Programming
        #expect(foundations["total"] as? Int == 24)
        #expect((foundations["missing"] as? [[String: Any]])?.first?["name"] as? String == "Linear algebra")
        let roles = try #require(json?["roles"] as? [[String: Any]])
        #expect(roles.count == 11)
        #expect((roles.first?["role"] as? [String: Any])?["id"] as? String == "research-scientist")
        #expect(roles.first?["percent"] as? Int == 50)
        let had = try #require(roles.first?["have"] as? [[String: Any]])
        #expect(had.map { $0["name"] as? String } == ["Research abilities"])
        #expect(had.first?["scope"] as? String == "role")
        #expect((roles.first?["missing"] as? [Any])?.count == 1)
        let head = try #require(roles.last)
        #expect((head["role"] as? [String: Any])?["id"] as? String == "head-of-ai")
        #expect(head["percent"] is NSNull)
        #expect((head["role"] as? [String: Any])?["level"] is NSNull)
    }

    @Test("skills --role --json marks each requirement with its scope, and each document's word with its audience")
    func skillsOfARoleJSON() throws {
        let outcome = try RunCareers.run(["skills", "--role", "llm engineer", "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        let skills = try #require(json?["skills"] as? [[String: Any]])
        #expect(skills.first?["name"] as? String == "Tokenization techniques")
        #expect(skills.first?["scope"] as? String == "role")
        let tokenization = try #require(skills.first?["need"] as? [String: Any])
        #expect(tokenization["word"] as? String == "foundational" && tokenization["audience"] is NSNull)
        let frameworks = try #require(skills.first { $0["name"] as? String == "TensorFlow or PyTorch" })
        #expect(frameworks["scope"] as? String == "field")
        #expect((frameworks["need"] as? [String: Any])?["word"] as? String == "often required")
        #expect((frameworks["need"] as? [String: Any])?["rank"] as? Int == Need.oftenRequired.rank)
        #expect((frameworks["skills"] as? [[String: Any]])?.map { $0["id"] as? String } == ["tensorflow", "pytorch"])
        let nlp = try #require(skills.first { $0["name"] as? String == "Natural language processing" })
        #expect((nlp["need"] as? [String: Any])?["audience"] as? String == "for those specializing in LLMs")
        let networks = try #require(skills.first { $0["name"] as? String == "Neural networks" && $0["scope"] as? String == "field" })
        let words = (networks["weights"] as? [[String: Any]])?.map { "\($0["word"] ?? ""): \($0["audience"] ?? "")" }
        #expect(
            words == [
                "essential: to succeed in this field", "fundamental: for anyone seeking a career in LLMs",
                "must learn: for AI/ML engineering",
            ])
        let page = try RunCareers.run(["show", "mle", "--json"])
        let role = try #require(
            (try JSONSerialization.jsonObject(with: Data(page.stdout.utf8)) as? [String: Any])?["role"] as? [String: Any])
        let own = try #require(role["skills"] as? [[String: Any]])
        #expect(
            own.map { $0["name"] as? String } == ["Model training", "Fine-tuning"])
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
                careers: note: Not in this guide: quantum computing, git; they count neither for nor against any role.

                """)
        // Skills outside the guide are no mistake: named once, on the page, not warned about.
        #expect(lenient.stdout.isEmpty == false)
        let json = try JSONSerialization.jsonObject(with: Data(try RunCareers.run(["match", "--have", "pytorch, quantum computing, git", "--json"]).stdout.utf8)) as? [String: Any]
        #expect(json?["unresolved"] as? [String] == ["quantum computing", "git"])
        // With --strict, a skill the guide lacks is an error, and so is a name read loosely: --strict takes no
        // name but as the guide spells it.
        for (given, stderr) in [
            ("python, quantum computing", "careers: 'quantum computing' is not a skill in this guide\nhint: See 'careers skills'.\n"),
            ("python, pythn", "careers: 'pythn' is not the name of a skill in this guide\nhint: Did you mean 'Python'? See 'careers skills'.\n"),
        ] {
            #expect(try RunCareers.run(["match", "--have", given, "--strict"]) == RunCareers.Outcome(status: 1, stdout: "", stderr: stderr))
        }
        // Only skills the guide lacks: they count neither for nor against, and the plan is made all the same.
        let outside = try RunCareers.run(["gap", "mle", "--have", "sql"])
        #expect(outside.status == 0 && outside.stdout.hasPrefix("Phase 1: Foundations "))
        #expect(outside.stderr == "careers: note: Not in this guide: sql; it counts neither for nor against any role.\n")
        // Words people join skills with are passed over, not taken for skills the guide lacks.
        let fillers = try RunCareers.run(["match", "--have", "good at python; the basics of pytorch, strong in linear algebra", "--json"])
        #expect(fillers.stdout.contains("\"unresolved\": []"))
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
            ["match", "--have", "quantum, data"], 1,
            "careers: 'data' could mean 4 skills: Data preparation, Data cleaning, Data analysis, Data visualization\nhint: Name one of them.\n"
        ),
        (
            ["match", "--have", "ytorch"], 1,
            "careers: none of the skills given is in the guide: 'ytorch'\nhint: Did you mean 'PyTorch'? See 'careers skills'.\n"
        ),
        (
            ["match", "--have-file", "/nonexistent"], 1,
            "careers: cannot read '/nonexistent': No such file or directory\nhint: Give a file with one skill per line, or '-' for standard input.\n"
        ),
        (
            ["gap", "--have", "python"], 2,
            "careers: 'careers gap' needs a role, or a target ('careers target ROLE')\nhint: For example: careers gap \"Data Scientist\" --have python\n"
        ),
        (["gap", "--role", "astronaut"], 1, "careers: no role named 'astronaut'\nhint: Try 'careers search astronaut'.\n"),
        (
            ["path", "--role", "data scientist"], 1,
            "careers: Data Scientist is neither at the entry level nor on the growth path\nhint: See the whole path with 'careers path'; related roles are on 'careers show \"Data Scientist\"'.\n"
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
        // A comment may follow a name, after a blank; a name may hold a '#' (C#).
        let commented = try RunCareers.sh(
            "printf 'python # my main language\\nC#, pytorch\\t# at work\\ncalculus,# not this, nor this\\n' | \"$CAREERS\" match --have-file - --json")
        #expect(commented.status == 0)
        #expect(commented.stdout.contains("\"unresolved\": [\"C#\"]"), "\(commented.stdout)")
        #expect(commented.stdout.contains("\"id\": \"python\"") && commented.stdout.contains("\"id\": \"pytorch\""))
        #expect(commented.stdout.contains("\"id\": \"calculus\"") && !commented.stdout.contains("nor this"))
    }

    @Test("gap: a count, then phase by phase and by category outside the roadmap, the first screenful; a bare role or the target")
    func gapListsWhatIsMissingWithWhereToLearnIt() throws {
        let outcome = try RunCareers.run(["gap", "--role", "data", "scientist", "--have", "python, probability"])
        #expect(outcome.status == 0 && outcome.stderr == "")
        // A pipe gets every item; a terminal the first screenful, and how to see the rest.
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 22)
        let screen = CLI.run(
            ["gap", "data scientist", "--have", "python, probability", "--color", "never"], environment: ["CAREERS_STATE_DIR": RunCareers.emptyState],
            isInteractive: true, terminalWidth: 100)
        #expect(
            screen.stdout.hasPrefix(
                "Python counts toward Programming: 'programming languages, particularly Python'\n\n"
                    + "Data Scientist: 22 to learn, 6 on the roadmap and 16 elsewhere.\n\nPhase 1: Foundations\n"))
        // The rest, whatever else the command line said (--have): --all lists them.
        #expect(screen.stdout.hasSuffix("\n… and 7 more: --all lists every one\n"))
        #expect(lines.first == "Phase 1: Foundations                                   Linear algebra               foundation, must learn for AI/ML engineering")
        // A skill that is both a foundation and the role's own is listed once, and says both.
        #expect(
            lines.contains(
                "Phase 2: Classical ML                                  Machine learning algorithms  foundation, essential to succeed in this field; a skill of this role"))
        #expect(!outcome.stdout.contains("  Python  ") && !outcome.stdout.contains("  Programming  "))  // Python counts toward Programming
        let all = try RunCareers.run(["gap", "data", "scientist", "--have", "python probability", "--all"])
        #expect(all == outcome)
        #expect(all.stdout.contains("Outside the roadmap: Data                              Data preparation             a skill of this role\n"))
        let named = try RunCareers.run(["gap", "head of ai", "--have", "python"])
        #expect(named.stdout.split(separator: "\n").allSatisfy { $0.contains("foundation, ") })
        // With a target, `careers gap` alone plans for it.
        let state = try StateDirectory()
        _ = try state.run(["target", "ml engineer"])
        let target = try state.run(["gap", "--all"])
        #expect(target.status == 0 && target.stdout.hasPrefix("Phase 1: Foundations "))
        #expect(target.stdout.contains("  Fine-tuning  ") && target.stdout.contains("  Model training  "))
    }

    @Test("gap, next and progress agree on one plan: a skill done counts toward another, a skill skipped is still lacking")
    func gapNextAndProgressAgree() throws {
        let state = try StateDirectory()
        for command in [["target", "Data Scientist"], ["mark", "done", "python"], ["mark", "skip", "tensorflow", "pytorch"]] {
            #expect(try state.run(command).status == 0)
        }
        let gap = try state.run(["gap", "--json"])
        let next = try state.run(["next", "--json", "--limit", "100"])
        func object(_ text: String) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }
        let missing = try #require(try object(gap.stdout)["missing"] as? [[String: Any]])
        let upNext = try #require(try object(next.stdout)["next"] as? [[String: Any]])
        func names(_ items: [[String: Any]]) -> [String] { items.compactMap { $0["name"] as? String } }
        // next is gap's list without what is skipped; Programming is had through Python in both.
        #expect(names(upNext) == names(missing).filter { $0 != "TensorFlow" && $0 != "PyTorch" })
        #expect(!names(missing).contains("Programming") && names(missing).contains("TensorFlow"))
        #expect(try object(next.stdout)["remaining"] as? Int == upNext.count)
        let counted = CLI.run(
            ["gap", "--color", "never"], environment: ["CAREERS_STATE_DIR": state.path], isInteractive: true, terminalWidth: 100)
        #expect(counted.stdout.contains("Data Scientist: \(missing.count) to learn, 6 on the roadmap and \(missing.count - 6) elsewhere (2 of them skipped).\n"))
    }

    @Test("path: both entry-level roles alike, then the growth path, no step numbered")
    func pathShowsEachRole() throws {
        let outcome = try RunCareers.run(["path"])
        #expect(outcome.status == 0)
        #expect(
            outcome.stdout.hasPrefix(
                """
                Growth path

                  Entry level: Machine Learning Engineer, Junior AI Researcher

                  Growth path: Senior ML Engineer → Principal AI Architect → Head of AI

                Machine Learning Engineer
                  Own skills:  Model training, Fine-tuning

                """))
        #expect(
            outcome.stdout.contains(
                "\nSenior ML Engineer\n  Nothing more is recorded for this role: no responsibilities, no skills of its\n  own.\n"
            ))
        #expect(!outcome.stdout.contains("Step"))
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
