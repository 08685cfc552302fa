import CareerCore

/// What `roadmap` and `path` print: text, or the guide as a picture.
enum PictureFormat: String, CaseIterable, Sendable {
    case text, svg, html, mermaid, dot

    static let option = OptionSpec(
        name: "format", value: .choice("FORMAT", allCases.map(\.rawValue)),
        help: "text (the default) or a picture; html is the whole guide as one page")
}

extension Context {
    /// The format `--format` asks for; text when not given. A picture is not JSON: both is a usage error.
    func pictureFormat() throws(CLIError) -> PictureFormat {
        let format = invocation.choice(PictureFormat.option, as: PictureFormat.self) ?? .text
        if format != .text, invocation.json {
            throw .usage(
                "--format \(format.rawValue) and --json do not go together",
                hint: "'--json' gives the same as data; '--format \(format.rawValue)' gives it as a picture.")
        }
        return format
    }

    /// A picture as the command's output, printed as it is; `narrowed` names the option (`--phase`, `--role`)
    /// that picked part of the guide, which the HTML page, always the whole guide, cannot honour.
    func pictureOutput(
        _ format: PictureFormat, plan: Plan, narrowed: OptionSpec?, notes: [String], svg: () -> Layout, mermaid: () -> String,
        dot: () -> String
    ) throws(CLIError) -> CommandOutput {
        let text: String
        switch format {
        case .text: preconditionFailure("text is the command's own page")
        case .svg: text = SVG.render(svg(), id: invocation.command ?? "picture")
        case .mermaid: text = mermaid()
        case .dot: text = dot()
        case .html:
            if let narrowed, invocation.isSet(narrowed) {
                throw .usage(
                    "--format html is the whole guide; it does not go with --\(narrowed.name)",
                    hint: "Leave out --\(narrowed.name), or use --format svg for this part alone.")
            }
            text = GuidePage(context: self, plan: plan).render()
        }
        return CommandOutput(document: Document(blocks: [.preformatted(text)]), json: .null, notes: notes)
    }
}
