import CareerCore

enum ValidateCommand {
    static let spec = CommandSpec(
        name: "validate",
        summary: "check a guide (content pack) and report every problem, as FILE:LINE:COLUMN: message",
        argument: ArgumentSpec(
            placeholder: "DIR", help: "the pack to check; default: the one --content names, else the bundled guide",
            required: false, oneWord: true, value: .directory),
        examples: [
            Example("careers validate my-guide", "check the pack in my-guide/"),
            Example("careers validate", "check the guide in use"),
        ],
        needsGuide: false,
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let argument = context.invocation.argument
        let directory = argument.isEmpty ? context.guideDirectory : argument
        let name = directory ?? "the bundled guide"
        let problems: [ContentError]
        var content = Content.empty
        do throws(ContentProblems) {
            if let directory {
                content = try ContentLoader.load(directory: directory)
            } else {
                content = try ContentLoader.load(files: Catalog.bundled.content.packFiles(), directory: "bundled guide")
            }
            problems = []
        } catch {
            problems = error.errors
        }
        var document = Document()
        // One record per problem, as compilers print them, so that editors can jump to each.
        document.add(.rows(problems.map { Document.Row(cells: [$0.description]) }))
        let files = Set(problems.map(\.file)).count
        if problems.isEmpty {
            document.add(
                .text(
                    "\(name): a valid guide with \(counted(content.roles.count, "role")), \(counted(content.skills.count, "skill")), "
                        + "\(counted(content.phases.count, "roadmap phase")) and \(counted(content.foundations.count, "foundation"))"
                ))
        }
        // Every item read is freed while the verdict is written (tens of thousands in a large pack).
        BackgroundWork.letGo(consume content)
        let json = JSON.object([
            ("guide", directory.map { .string($0) } ?? .null), ("valid", .bool(problems.isEmpty)),
            (
                "problems",
                .array(
                    problems.map { problem in
                        .object([
                            ("file", .string(problem.file)), ("line", problem.position.map { .number(Double($0.line)) } ?? .null),
                            ("column", problem.position.map { .number(Double($0.column)) } ?? .null),
                            ("message", .string(problem.message)),
                        ])
                    })
            ),
        ])
        guard problems.isEmpty else {
            // The problems are the output; the verdict, as for any failure, goes to stderr.
            let summary = "\(name): \(counted(problems.count, "problem")) in \(counted(files, "file"))"
            return CommandOutput(document: document, json: json, notes: [summary], exitCode: 1)
        }
        return CommandOutput(document: document, json: json)
    }
}
