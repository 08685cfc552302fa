import CareerCore

/// What a command runs with: the guide, the parsed command line, and where the plan is kept.
struct Context: Sendable {
    /// The guide in use (empty for a command that does not need one).
    let catalog: Catalog
    let invocation: Invocation
    /// The table the command line was read with.
    var table: CommandTable = .standard
    /// The columns human text is wrapped to (see `Terminal`).
    var width = 100
    /// Whether the text goes to a person at a terminal, who reads a screenful, rather than down a pipe.
    var isInteractive = false
    /// The content pack in use, or nil for the bundled guide.
    var guideDirectory: String? = nil
    /// Where the user's plan is kept, or nil when the environment names no place for it.
    var planStore: PlanStore? = nil
    /// The plan once read: every command reads it through `plan()`, which reads the file at most once a run.
    var planMemo = PlanMemo()
    /// Where compiled packs are kept between runs, or nil when the environment names no place for them.
    var packCache: PackCache? = nil

    /// Finds the item `name` names among `kinds`, or fails with the candidates or the nearest names.
    /// A name found only as a prefix or a typo comes back with a note saying what it was taken to mean.
    func resolve(_ name: String, among kinds: [ItemKind], noun: String) throws(CLIError) -> (ref: ItemRef, note: String?) {
        guard name.contains(where: { !$0.isWhitespace }) else {
            throw .usage(
                "a \(noun) name is needed, but '\(name)' is blank",
                hint: "Give a name, for example one listed by 'careers search'.")
        }
        if kinds.contains(.phase), let phase = try phase(named: name) { return (ItemRef(.phase, phase.id), nil) }
        let resolver = NameResolver(catalog: catalog, kinds: kinds)
        switch resolver.resolve(name) {
        case .found(let ref, let how):
            let found = catalog.name(of: ref)
            let note =
                how >= .prefix && TextFolding.key(name) != TextFolding.key(found)
                ? "taking '\(name)' to mean \(describe(ref))" : nil
            return (ref, note)
        case .ambiguous(let refs):
            let candidates = refs.prefix(8).map(describe).joined(separator: ", ")
            let example = catalog.name(of: refs[0])
            throw .notFound(
                "'\(name)' could mean \(refs.count) items: \(candidates)",
                hint:
                    "Give more of the name, for example: careers \(([invocation.command ?? "show"] + (invocation.leadingChoice.map { [$0] } ?? [])).joined(separator: " ")) \"\(example)\""
            )
        case .notFound:
            // The exact name of an item of another kind ('careers skill data scientist'): say which it is.
            if kinds != ItemKind.allCases,
                case .found(let other, let how) = NameResolver(catalog: catalog).resolve(name, exactOnly: true), how <= .alias
            {
                throw .notFound(
                    "no \(noun) named '\(name.excerpt())'",
                    hint: "\(catalog.name(of: other)) is \(other.kind == .section ? "part of the overview" : "a \(other.kind.label)"): "
                        + "careers show \(CLIError.shellWord(name))")
            }
            let suggestions = resolver.nearMisses(for: name).map { catalog.name(of: $0) }
            throw .notFound(
                "no \(noun) named '\(name.excerpt())'",
                hint: CLIError.didYouMean(suggestions, then: "Try 'careers search \(name.excerpt())'."))
        }
    }

    /// The phase "phase N" names, or "Phase N: Name" as its page is titled; nil for a name of another form
    /// (read as names are), an error for a number no phase has. The number is read as typed, never folded
    /// into another ("phase -1" is not phase 1, nor "phase 1.5" phase 15).
    private func phase(named name: String) throws(CLIError) -> Phase? {
        guard let (number, title) = Self.phaseNumber(in: name) else { return nil }
        let phase = Int(number).flatMap(catalog.phase(number:))
        if let phase, title.isEmpty || TextFolding.key(String(title)) == TextFolding.key(phase.name) { return phase }
        guard phase == nil, title.isEmpty else { return nil }
        let phases = catalog.phases.map { "\($0.number) \($0.name)" }.joined(separator: ", ")
        throw .notFound(
            "there is no phase \(String(number).excerpt())",
            hint: catalog.phases.isEmpty ? "This guide has no roadmap." : "The roadmap's phases: \(phases).")
    }

    /// "phase 2", "Phase 2: Classical ML": the number as typed (a sign, digits, a decimal point) and the
    /// rest, or nil when `name` does not start with "phase" and a number.
    static func phaseNumber(in name: String) -> (number: Substring, title: Substring)? {
        let text = name.drop(while: \.isWhitespace)
        guard text.prefix(5).lowercased() == "phase" else { return nil }
        // A hyphen or underscore that joins the number to the word is no sign: "phase-2" is phase 2.
        var afterWord = text.dropFirst(5)
        if let joiner = afterWord.first, joiner == "-" || joiner == "_" { afterWord = afterWord.dropFirst() }
        afterWord = afterWord.drop(while: \.isWhitespace)
        let number = afterWord.prefix { $0.isASCII && ($0.isNumber || "+-.,".contains($0)) }
        guard number.contains(where: \.isNumber) else { return nil }
        let title = afterWord.dropFirst(number.count).drop { $0.isWhitespace || $0 == ":" }
        return (number, title)
    }

    /// The item `ref` names, looked up with `find` (`Catalog.role` …). A name resolved a moment ago names
    /// one, unless the guide changed on disk while the command ran: that is said, never trapped.
    /// The item `ref` names, of the kind `type` describes.
    func item<Item: GuideItem>(_ ref: ItemRef, as type: Item.Type) throws(CLIError) -> Item {
        try item(ref) { catalog in { catalog.item(Item.self, $0) } }
    }

    func item<Item>(_ ref: ItemRef, _ find: (Catalog) -> (String) -> Item?) throws(CLIError) -> Item {
        guard let item = find(catalog)(ref.id) else {
            throw .failed(
                "the guide changed while it was being read: it no longer has the \(ref.kind.label) '\(ref.id)'",
                hint: "Run the command again.")
        }
        return item
    }

    /// "Data Scientist (role)".
    func describe(_ ref: ItemRef) -> String {
        "\(catalog.name(of: ref)) (\(ref.kind.label))"
    }
}

extension ItemKind {
    /// The word used for the kind in output.
    var label: String {
        switch self {
        case .section: "about"
        default: rawValue
        }
    }
}
