/// Bad content, said precisely: which file, where in it, and what is wrong.
package struct ContentError: Error, Hashable, Sendable, CustomStringConvertible {
    package enum Problem: Hashable, Sendable {
        case unreadable(reason: String)
        /// A file every guide has is not there.
        case missingFile
        case notADirectory(reason: String)
        case malformed(String)
        case missingField(String)
        case unknownField(String, suggestion: String?)
        case tooLong(field: String, bytes: Int, limit: Int)
        case tooLarge(limit: Int)
        case notAFile(kind: String)
        case duplicateName(kind: ItemKind, name: String, firstDefinedAt: String)
        case wrongType(field: String, expected: String, found: String)
        case emptyValue(field: String)
        /// `code`: the first control character's code point.
        case controlCharacter(field: String, code: UInt32)
        case invalidValue(field: String, value: String, allowed: [String])
        case duplicateID(kind: ItemKind, id: String, firstDefinedAt: String)
        case duplicateLevel(id: String, firstDefinedAt: String)
        case unknownReference(kind: ItemKind, id: String, suggestion: String? = nil)
        case misnumbered(phase: String, expected: Int, found: Int)
        case conflictingFields(String, String)
        case tooFewChoices(count: Int)
        case repeatedSkill(id: String, within: String)
        case skillInTwoPhases(id: String, firstPhase: String)
        case growthLoop(path: [String])
        case tooManyProblems(limit: Int)
        case selfReference(kind: ItemKind, field: String, id: String)
        case unknownFile(suggestion: String?)
        case brokenLink
        case repeatedValue(field: String, value: String)
        case uncitedSource(id: String)
    }

    /// The path of the file, as given to the loader.
    package let file: String
    package let position: TextPosition?
    package let problem: Problem

    package init(file: String, position: TextPosition?, problem: Problem) {
        self.file = file
        self.position = position
        self.problem = problem
    }

    /// "path:line:column", the form editors and terminals understand.
    package var location: String {
        position.map { "\(file):\($0)" } ?? file
    }

    package var description: String { "\(location): \(message)" }

    /// Orders problems by file, then by position in it.
    static func < (lhs: ContentError, rhs: ContentError) -> Bool {
        let left = (lhs.position?.line ?? 0, lhs.position?.column ?? 0)
        let right = (rhs.position?.line ?? 0, rhs.position?.column ?? 0)
        return lhs.file != rhs.file ? lhs.file < rhs.file : left < right
    }

    package var message: String {
        switch problem {
        case .unreadable(let reason): "cannot read the file: \(reason)"
        case .missingFile: "missing: a guide must have this file"
        case .notADirectory(let reason): "not a guide's directory: \(reason)"
        case .malformed(let detail): "malformed JSON: \(detail)"
        case .missingField(let field): "missing field '\(field)'"
        case .unknownField(let field, let suggestion):
            "unknown field '\(field.excerpt())'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .tooLong(let field, let bytes, let limit): "field '\(field)' is too long: \(bytes) bytes, the limit is \(limit)"
        case .tooLarge(let limit): "the file is larger than the limit of \(limit) bytes"
        case .notAFile(let kind): "not a regular file (\(kind))"
        case .duplicateName(let kind, let name, let first):
            "another \(kind) already goes by '\(name)', as a name or an alias (at \(first))"
        case .wrongType(let field, let expected, let found): "field '\(field)' should be \(expected), found \(found)"
        case .emptyValue(let field): "field '\(field)' must not be empty"
        case .controlCharacter(let field, let code):
            "field '\(field)' contains a control character (\(ControlCharacters.codePoint(code)); text must be printable)"
        case .invalidValue(let field, let value, let allowed):
            "field '\(field)' has '\(value)', expected one of: \(allowed.joined(separator: ", "))"
        case .duplicateID(let kind, let id, let first): "duplicate \(kind) id '\(id)' (first defined at \(first))"
        case .duplicateLevel(let id, let first): "duplicate level id '\(id)' (first defined at \(first))"
        case .unknownReference(let kind, let id, let suggestion):
            "no \(kind) has the id '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .misnumbered(let phase, let expected, let found):
            "phase '\(phase)' has number \(found), expected \(expected) (phases are numbered in file order)"
        case .conflictingFields(let first, let second): "give either '\(first)' or '\(second)', not both"
        case .tooFewChoices(let count):
            "an either-or group needs at least two different skills, found \(count)"
        case .repeatedSkill(let id, let within): "skill '\(id)' is listed twice in \(within)"
        case .skillInTwoPhases(let id, let first):
            "skill '\(id)' is already built in phase '\(first)' (a skill belongs to one phase)"
        case .tooManyProblems(let limit): "stopped after \(limit) problems; fix these and run again"
        case .growthLoop(let path): "the growth path loops: \(path.joined(separator: " → "))"
        case .selfReference(let kind, let field, let id): "\(kind) '\(id)' names itself in '\(field)'"
        case .unknownFile(let suggestion):
            "not a file of a guide"
                + (suggestion.map { " (did you mean '\($0)'?)" }
                    ?? "; a guide's files are \(ContentLoader.File.allCases.map(\.rawValue).joined(separator: ", "))")
        case .brokenLink: "a symbolic link to nothing"
        case .repeatedValue(let field, let value): "'\(value)' is listed twice in '\(field)'"
        case .uncitedSource(let id): "a weight cites source '\(id)', which the requirement's 'sources' does not list"
        }
    }
}

/// Every problem a guide has, found in one load; never empty.
package struct ContentProblems: Error, Hashable, Sendable, CustomStringConvertible {
    package let errors: [ContentError]

    package init(_ errors: [ContentError]) {
        self.errors = errors
    }

    /// One problem per line, `FILE:LINE:COLUMN: message`.
    package var description: String { errors.map(\.description).joined(separator: "\n") }
}
