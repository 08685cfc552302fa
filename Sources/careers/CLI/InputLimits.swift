import CareerCore

/// The most the tool accepts of each input, checked as it is read: beyond a limit the input is refused at
/// once, with the limit named (README lists them). Guide files have their own (`ContentLoader.Limits`).
enum InputLimits {
    /// One name, query or other word given on the command line, in characters.
    static let word = 1_000
    /// One path (`--content`, `--have-file`, `validate DIR`), in bytes, as the system allows.
    static let path = 4_096
    /// A skills file or standard input (`--have-file`), in bytes.
    static let skillsFile = 1 << 20
    /// Skill names given in all, by `--have` and `--have-file` together.
    static let skillNames = 500
    /// Warnings about unknown names printed before the rest are counted (as many as get suggestions).
    static let warnings = SkillProfile.suggested
}
