import CareerCore

/// `careers progress --import FILE` and `--reset`: the plan replaced, whole or in part.
extension ProgressCommand {
    /// The most a checklist may hold: far more than any guide's items.
    static let checklistLimit = 1 << 20

    static func reset(_ context: Context) throws(CLIError) -> CommandOutput {
        let backup = try context.resetPlan()
        let file = context.planStore?.file ?? ""
        let text =
            backup.map { "Moved your plan to \($0); you start afresh." } ?? "There is no plan to reset: \(file) does not exist."
        return CommandOutput(
            document: Document(blocks: [.text(text)]),
            json: .object([("file", .string(file)), ("backup", backup.map { .string($0) } ?? .null)]))
    }

    static func importChecklist(_ path: String, _ context: Context) throws(CLIError) -> CommandOutput {
        let checklist = try readChecklist(path)
        let resolved = try resolve(checklist, path, context)
        let plan = try context.updatePlan { plan in
            for (ref, mark) in resolved.marks { plan.set(mark, on: [ref]) }
            if let target = resolved.target { plan.target = target }
        }
        let tally = Tally(resolved.marks.map(\.1))
        var document = Document(blocks: [
            .text(
                "Read \(counted(resolved.marks.count, "item")) from \(path): \(tally.done) done, "
                    + "\(tally.learning) learning, \(tally.skipped) skipped, \(tally.total - tally.done - tally.learning - tally.skipped) not started."
            )
        ])
        if resolved.target != nil {
            document.add(.text(plan.targetRole(in: context.catalog).map { "Your target: \($0.name)." } ?? "No target role."))
        }
        return CommandOutput(
            document: document,
            json: .object(
                [("file", .string(path)), ("target", context.itemJSON().ref(.role, plan.target))] + counts(tally)),
            notes: resolved.notes)
    }

    /// The checklist in the file at `path`, which has at least an item or a target.
    private static func readChecklist(_ path: String) throws(CLIError) -> PlanChecklist.Parsed {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, limit: checklistLimit, allowStreams: true)
        } catch {
            throw .failed(
                "cannot read '\(path)': \(error.reason)",
                hint: "Give a checklist written by 'careers progress --export markdown'.")
        }
        let checklist = PlanChecklist.parse(String(decoding: bytes, as: UTF8.self))
        guard !checklist.lines.isEmpty || checklist.target != nil || !checklist.unreadable.isEmpty else {
            throw .failed(
                "'\(path)' has no checklist items",
                hint: "Items look like '- [x] Python'; 'careers progress --export markdown' writes them all.")
        }
        return checklist
    }

    /// A checklist's marks and target, resolved: the marks to set, the target to set (nil to leave it, .some(nil)
    /// to clear it), and the notes on names read loosely.
    private struct Resolved {
        var marks: [(ItemRef, Mark?)] = []
        var target: String?? = nil
        var notes: [String] = []
    }

    /// Every name is resolved before anything is changed: a checklist is taken whole or not at all.
    private static func resolve(
        _ checklist: PlanChecklist.Parsed, _ path: String, _ context: Context
    ) throws(CLIError) -> Resolved {
        var resolved = Resolved()
        // By line, the unreadable boxes among the names that name nothing.
        var problems = checklist.unreadable.map { (line: $0, problem: "the box is neither '[x]' (done) nor '[ ]'") }
        // An item given twice must be marked alike: which line was meant is not guessed.
        var seen: [ItemRef: (line: Int, mark: Mark?)] = [:]
        for line in checklist.lines {
            do {
                let (ref, note) = try context.resolve(line.name, among: Mark.kinds, noun: Mark.kindsInSingular)
                if let earlier = seen[ref] {
                    if earlier.mark != line.mark {
                        problems.append(
                            (line.number, "\(context.catalog.name(of: ref)) is on line \(earlier.line) too, marked otherwise"))
                    }
                    continue
                }
                seen[ref] = (line.number, line.mark)
                resolved.marks.append((ref, line.mark))
                resolved.notes += note.map { ["\(path):\(line.number): \($0)"] } ?? []
            } catch {
                problems.append((line.number, error.message))
            }
        }
        var messages = problems.sorted { $0.line < $1.line }.map { "\(path):\($0.line): \($0.problem)" }
        if let name = checklist.target {
            if let name {
                do {
                    resolved.target = .some(try context.resolve(name, among: [.role], noun: "role").ref.id)
                } catch {
                    messages.append("\(path): the target: \(error.message)")
                }
            } else {
                resolved.target = .some(nil)
            }
        }
        guard messages.isEmpty else {
            throw .failed(
                "cannot import '\(path)':\n" + messages.joined(separator: "\n"),
                hint: "Nothing was changed. Correct those lines, or remove them.")
        }
        return resolved
    }
}
