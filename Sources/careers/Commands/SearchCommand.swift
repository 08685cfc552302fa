import CareerCore

enum SearchCommand {
    /// The kinds `--kind` accepts, by the name users see.
    static let kinds: [ItemKind] = Search.defaultKinds

    static let kind = OptionSpec(
        name: "kind", short: "k", value: .choice("KIND", kinds.map(\.label)), help: "only items of this kind")
    static let limit = OptionSpec(name: "limit", short: "n", value: .number, help: "show at most N results (default 10)")

    static let spec = CommandSpec(
        name: "search",
        summary: "search the whole guide; results ranked, best first",
        argument: ArgumentSpec(placeholder: "query", help: "words to look for; typos, plurals and acronyms are forgiven"),
        options: [
            kind,
            limit,
        ],
        examples: [
            Example("careers search deep learning", "everything about deep learning"),
            Example("careers search what math do I need", "questions work too"),
            Example("careers search certif --kind certification", "only certifications"),
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let query = context.invocation.argument
        let limit = context.invocation.number(Self.limit) ?? 10
        let scope = context.invocation.text(SearchCommand.kind).map { label in kinds.filter { $0.label == label } } ?? kinds
        let results = Search(catalog: context.catalog, kinds: scope).search(query, limit: limit)
        guard !results.isEmpty else {
            let near = NameResolver(catalog: context.catalog, kinds: scope).nearMisses(for: query).map {
                context.catalog.name(of: $0)
            }
            let among = scope.count == 1 ? " among \(scope[0].label)s" : ""
            throw .notFound(
                "nothing found for '\(query)'\(among)", hint: CLIError.didYouMean(near, then: "Try fewer or other words."))
        }
        let rows = results.map { result in
            Document.Row(cells: [
                result.ref.kind.label, result.name,
                result.snippet.map { $0.isMatch ? Highlight.mark($0.text) : $0.text }.joined(),
            ])
        }
        @Sendable func json() -> JSON {
            JSON.object([
                ("query", .string(query)),
                (
                    "results",
                    .array(
                        results.map { result in
                            .object([
                                ("kind", .string(result.ref.kind.label)), ("id", .string(result.ref.id)),
                                ("name", .string(result.name)),
                                ("score", .number((result.score * 100).rounded() / 100)),
                                ("matchedTerms", .number(Double(result.matchedTerms))),
                                ("terms", .number(Double(result.termCount))),
                                ("snippet", .string(result.snippet.map(\.text).joined())),
                            ])
                        })
                ),
            ])
        }
        return CommandOutput(document: Document(blocks: [.rows(rows)]), json: json())
    }
}
