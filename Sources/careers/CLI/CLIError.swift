import CareerCore

/// Every way a run can fail, each mapped to its exit code in one place.
enum CLIError: Error, Equatable, Sendable {
    /// The command line is wrong: exit 2.
    case usage(String, hint: String?)
    /// Nothing answers the question, or several things do: exit 1.
    case notFound(String, hint: String?)

    var exitCode: Int32 {
        switch self {
        case .usage: 2
        case .notFound: 1
        }
    }

    var message: String {
        switch self {
        case .usage(let message, _), .notFound(let message, _): message
        }
    }

    var hint: String? {
        switch self {
        case .usage(_, let hint), .notFound(_, let hint): hint
        }
    }

    /// What stderr shows: "careers: message" and, on a second line, "hint: …".
    var report: String {
        "careers: \(message)\n" + (hint.map { "hint: \($0)\n" } ?? "")
    }

    static func didYouMean(_ candidates: [String], then rest: String) -> String {
        guard !candidates.isEmpty else { return rest }
        let quoted = candidates.map { "'\($0)'" }
        let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        return "Did you mean \(list)? \(rest)"
    }
}
