import CareerCore

enum TopicsCommand {
    static let spec = CommandSpec(
        name: "topics",
        summary: "list the key topics for LLM engineers and the skills and metrics each covers",
        examples: [Example("careers topics", "tokenization, model architecture, training methodologies, evaluation metrics")],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let topics = context.catalog.topics
        try context.requireSome(topics, "key topics")
        let rows = topics.map {
            Document.Row(cells: [$0.name, $0.summary], details: ["Covers: " + context.names($0.skills, .skill)])
        }
        @Sendable func json() -> JSON {
            JSON.object([
                ("topics", .array(topics.map(context.itemJSON().topic)))
            ])
        }
        return CommandOutput(document: Document(blocks: [.rows(rows)]), json: json())
    }
}
