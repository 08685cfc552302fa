import CareerCore

/// The skills a user says they have (`--have`, `--have-file`), shared by `match` and `gap`.
enum SkillInput {
    static let have = OptionSpec(
        name: "have", short: "H", value: .name("SKILLS", [.skill]), repeatable: true,
        help: "skills you have, with or without commas; may be repeated; adds to those you marked done")
    static let haveFile = OptionSpec(
        name: "have-file", value: .file, help: "read skills from FILE, one per line ('-' for standard input)")
    static let strict = OptionSpec(
        name: "strict", help: "fail on a skill name the guide does not know, or does not spell so, instead of warning or taking it")

    static let options: [OptionSpec] = [
        have,
        haveFile,
        strict,
    ]

    /// The skills someone has: those given with `--have` and `--have-file`, and those marked done.
    struct Had: Sendable {
        /// Skill ids: those given, then those marked done.
        let skills: [String]
        /// The skills given, resolved; nil when none were given.
        let given: SkillProfile?
        /// The skills marked done that were not given too.
        let marked: [String]
        let notes: [String]
    }

    /// The skills given and marked done, or nil when there are none of either. Without `--have`, the plan
    /// is needed, and a damaged one is an error; with it, the marks only add, and a damaged plan is a warning.
    static func had(_ context: Context) throws(CLIError) -> Had? {
        let given = try profile(context)
        var notes = given?.notes ?? []
        let plan: Plan
        if given == nil {
            plan = try context.plan()
        } else {
            let (marks, warnings) = context.marks()
            plan = marks
            notes += warnings
        }
        let skills = given?.profile.skills ?? []
        let marked = plan.doneSkills(in: context.catalog).filter { !skills.contains($0) }
        guard given != nil || !marked.isEmpty else { return nil }
        return Had(skills: skills + marked, given: given?.profile, marked: marked, notes: notes)
    }

    /// The resolved profile and the warnings to print, or nil when no skills were given at all.
    static func profile(_ context: Context) throws(CLIError) -> (profile: SkillProfile, notes: [String])? {
        guard let names = try givenNames(context.invocation) else { return nil }
        let catalog = context.catalog
        let profile = SkillProfile(names: names, catalog: catalog)
        // Skills the guide does not have count neither for nor against: with only those, the page is still
        // made, counting nothing as had. Names that nearly name a skill, or name several, are another matter.
        guard !profile.skills.isEmpty || profile.unresolved.allSatisfy(isOutside) else { throw noneInGuide(profile, catalog) }
        return (profile, try warnings(profile, strict: context.invocation.isSet(SkillInput.strict), catalog))
    }

    /// The names given with `--have` and `--have-file`, split once; nil when neither option is given.
    private static func givenNames(_ invocation: Invocation) throws(CLIError) -> [String]? {
        var inputs = invocation.texts(SkillInput.have)
        if let path = invocation.text(SkillInput.haveFile) {
            do {
                inputs.append(
                    String(decoding: try FileBytes.read(path, limit: InputLimits.skillsFile, allowStreams: true), as: UTF8.self))
            } catch {
                // As every file that cannot be read: a failure, not a mistake in the command line.
                throw .failed(
                    "cannot read '\(path)': \(error.reason)",
                    hint: "Give a file with one skill per line, or '-' for standard input.")
            }
        }
        guard invocation.isSet(SkillInput.have) || invocation.isSet(SkillInput.haveFile) else { return nil }
        let givenNames = SkillProfile.names(in: inputs)
        guard !givenNames.isEmpty else {
            throw .usage("no skills given", hint: "List what you know, for example: --have \"python, linear algebra, pytorch\"")
        }
        // Far more than anyone has, and few enough to resolve every one at once.
        guard givenNames.count <= InputLimits.skillNames else {
            throw .usage(
                "\(givenNames.count) skill names given, over the limit of \(InputLimits.skillNames)",
                hint: "Give the skills you have, one per line or separated by commas.")
        }
        if let long = givenNames.first(where: { $0.count > InputLimits.word }) {
            throw .usage(
                "the skill name '\(long.excerpt(limit: 30))' is \(long.count) characters long, over the limit of \(InputLimits.word)",
                hint: "Give one skill per line, or separate them with commas.")
        }
        return givenNames
    }

    /// The error when not one name given is a skill of the guide, and some nearly name one or name several.
    private static func noneInGuide(_ profile: SkillProfile, _ catalog: Catalog) -> CLIError {
        if let ambiguous = profile.unresolved.first(where: \.isAmbiguous) {
            let (message, hint) = problem(ambiguous, catalog)
            return .notFound(message, hint: hint)
        }
        let shown = profile.unresolved.prefix(5).map { "'\($0.input.excerpt())'" }
        let more = profile.unresolved.count > 5 ? " and \(profile.unresolved.count - 5) more" : ""
        let quoted = shown.joined(separator: ", ") + more
        let near = profile.unresolved.flatMap(\.candidates).prefix(3).map { catalog.name(of: ItemRef(.skill, $0)) }
        return .notFound(
            "none of the skills given is in the guide: \(quoted)",
            hint: CLIError.didYouMean(Array(near), then: "See 'careers skills'."))
    }

    /// The names read loosely, and those that name no skill or several: notes, or with `strict` an error.
    private static func warnings(_ profile: SkillProfile, strict: Bool, _ catalog: Catalog) throws(CLIError) -> [String] {
        // A name read loosely (a typo, the start of a name) is a near miss: with --strict, one more error.
        if strict, let correction = profile.corrections.first {
            throw .notFound(
                "'\(correction.input.excerpt())' is not the name of a skill in this guide",
                hint: CLIError.didYouMean([catalog.name(of: ItemRef(.skill, correction.skill))], then: "See 'careers skills'."))
        }
        var notes = profile.corrections.map { "taking '\($0.input)' to mean \(catalog.name(of: ItemRef(.skill, $0.skill)))" }
        // A skill the guide does not have is no mistake: the page names it once (`outside`), unless --strict.
        for (index, unresolved) in profile.unresolved.enumerated() where strict || !isOutside(unresolved) {
            if index == InputLimits.warnings, !strict {
                notes.append(
                    "warning: \(profile.unresolved.count - index) more names are not skills in this guide; ignoring them.")
                break
            }
            let (message, hint) = problem(unresolved, catalog)
            if strict { throw .notFound(message, hint: hint) }
            notes.append("warning: \(message); ignoring it. \(hint)")
        }
        return notes
    }

    /// What is wrong with a name that names no skill, or several, and what to do: a message and a hint.
    private static func problem(_ unresolved: SkillProfile.Unresolved, _ catalog: Catalog) -> (message: String, hint: String) {
        let names = unresolved.candidates.map { catalog.name(of: ItemRef(.skill, $0)) }
        guard !unresolved.isAmbiguous else {
            return ("'\(unresolved.input.excerpt())' could mean \(names.count) skills: \(names.joined(separator: ", "))", "Name one of them.")
        }
        return ("'\(unresolved.input.excerpt())' is not a skill in this guide", CLIError.didYouMean(names, then: "See 'careers skills'."))
    }

    /// A name that is simply not in the guide: neither several skills' nor a near miss of one.
    static func isOutside(_ unresolved: SkillProfile.Unresolved) -> Bool {
        !unresolved.isAmbiguous && unresolved.candidates.isEmpty
    }

    /// The note on names outside the guide, for stderr when the page goes down a pipe as a list (which
    /// leaves its notes out): a script is told too.
    static func pipeNotes(_ had: Had?, _ context: Context) -> [String] {
        guard !context.isInteractive, !context.invocation.json, let note = outsideNote(had) else { return [] }
        return ["note: " + note]
    }

    /// "Not in this guide: SQL, git; they count neither for nor against any role.", or nil.
    static func outsideNote(_ had: Had?) -> String? {
        let outside = (had?.given?.unresolved ?? []).filter(isOutside).map { $0.input.excerpt(limit: 30) }
        guard !outside.isEmpty else { return nil }
        let shown = outside.prefix(8).joined(separator: ", ") + (outside.count > 8 ? " and \(outside.count - 8) more" : "")
        return "Not in this guide: \(shown); \(outside.count == 1 ? "it counts" : "they count") neither for nor against any role."
    }
}
