import CareerCore

/// How a broken guide is reported by the commands that need it: the first few problems, then the way to
/// see them all. (`careers validate` shows every one.)
enum GuideProblems {
    static let shown = 5

    static func failure(_ problems: ContentProblems, directory: String) -> CLIError {
        let errors = problems.errors
        if errors.count == 1, errors[0].file == directory {
            // No pack there at all: nothing to validate.
            return .failed(
                "cannot use the guide in '\(directory)': \(errors[0].message)",
                hint: "Give the directory of a content pack; 'careers init DIR' writes one to start from.")
        }
        let first = errors.prefix(shown).map(\.description).joined(separator: "\n")
        let more = errors.count > shown ? "\n… and \(errors.count - shown) more" : ""
        let noun = errors.count == 1 ? "a problem" : "\(errors.count) problems"
        return .failed(
            "the guide in '\(directory)' has \(noun):\n\(first)\(more)",
            hint: "Run 'careers validate \(CLIError.shellWord(directory))' to see \(errors.count == 1 ? "it" : "them all").")
    }
}
