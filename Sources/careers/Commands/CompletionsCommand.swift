import CareerCore

/// `careers completions bash|zsh|fish`: the shell's completion script.
enum CompletionsCommand {
    static let spec = CommandSpec(
        name: "completions",
        summary: "print the script that makes a shell complete commands, options and the guide's names on Tab",
        argument: ArgumentSpec(
            placeholder: "shell", help: "the shell: bash (with bash-completion), zsh or fish", oneWord: true,
            value: .choice("shell", CompletionScripts.shells)),
        examples: [
            Example(
                "careers completions bash > ~/.local/share/bash-completion/completions/careers",
                "install it for bash"),
            Example(
                "careers completions zsh > ~/.local/share/zsh/site-functions/_careers",
                "install it for zsh; ~/.zshrc adds that directory to fpath, then runs compinit"),
            Example("source <(careers completions zsh)", "or this line in ~/.zshrc, after compinit"),
            Example("careers completions fish > ~/.config/fish/completions/careers.fish", "install it for fish"),
        ],
        needsGuide: false,
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let shell = context.invocation.argument
        guard let script = CompletionScripts.script(for: shell.lowercased()) else {
            let near = NearestWords.nearest(to: shell, among: CompletionScripts.shells)
            throw .usage(
                "'\(shell)' is not a shell careers completes in",
                hint: CLIError.didYouMean(near, then: "Valid values: \(CompletionScripts.shells.joined(separator: ", "))."))
        }
        return CommandOutput(
            document: Document(blocks: [.preformatted(script)]),
            json: .object([("shell", .string(shell.lowercased())), ("script", .string(script))]))
    }
}
