import CareerCore

/// How a broken guide is reported by the commands that need it: the first few problems, then the way to
/// see them all. (`careers validate` shows every one.)
enum GuideProblems {
    static let shown = 5

    /// `variable` is the environment variable that named `directory`, if one did.
    static func failure(_ problems: ContentProblems, directory: String, variable: String? = nil) -> CLIError {
        let errors = problems.errors
        if errors.count == 1, errors[0].file == directory {
            // No pack there at all: nothing to validate. A relative path is read from where careers runs,
            // which a variable set elsewhere may not expect: say where it was looked for.
            let relative = directory.hasPrefix("/") ? "" : " (from \(FileSystem.currentDirectory() ?? "the current directory"))"
            guard let variable else {
                return .failed(
                    "cannot use the guide in '\(directory)'\(relative): \(errors[0].message)",
                    hint: "Give the directory of a content pack; 'careers init DIR' writes one to start from.")
            }
            return .failed(
                "\(variable) names '\(directory)'\(relative), which cannot be used: \(errors[0].message)",
                hint: "Set \(variable) to a content pack's full path, or to nothing for the bundled guide.")
        }
        let first = errors.prefix(shown).map(\.description).joined(separator: "\n")
        let more = errors.count > shown ? "\n… and \(errors.count - shown) more" : ""
        let noun = errors.count == 1 ? "a problem" : "\(errors.count) problems"
        return .failed(
            "the guide in '\(directory)' has \(noun):\n\(first)\(more)",
            hint: "Run 'careers validate \(CLIError.shellWord(directory))' to see \(errors.count == 1 ? "it" : "them all").")
    }
}
