import CareerCore

/// The screen as a function of the state: exactly `height` lines, none wider than `width` columns. A title
/// bar, the list (or search results) and the page side by side — or one of them when narrow — and a
/// status line. Only the rows on screen are read from the guide.
struct Screen {
    let model: BrowserModel
    private var guide: BrowseGuide { model.guide }

    func lines(_ state: BrowserState) -> [String] {
        let layout = state.layout
        var body: [String]
        if state.showingKeys {
            body = keys(state)
        } else if layout.sideBySide {
            let left = state.focus == .search ? results(state, width: layout.listWidth) : list(state, width: layout.listWidth)
            let right = page(state, width: layout.pageWidth)
            let bar = state.color ? "\u{1B}[2m│\u{1B}[0m" : "│"
            body = (0..<layout.bodyHeight).map { row in
                Cells.fit(left[row], layout.listWidth, pad: true) + bar + right[row]
            }
        } else if state.focus == .page {
            body = page(state, width: layout.width)
        } else if state.focus == .search {
            body = results(state, width: layout.width)
        } else {
            body = list(state, width: layout.width)
        }
        let lines = [title(state)] + body.prefix(layout.bodyHeight) + [status(state)]
        // Always exactly the screen: a screen of one or two rows shows what fits.
        let fitted = lines.map { Cells.fit($0, state.width) }
        return Array(fitted.prefix(state.height)) + Array(repeating: "", count: max(0, state.height - fitted.count))
    }

    private func style(_ text: String, _ code: String, _ state: BrowserState) -> String {
        state.color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    // MARK: Bars

    private func title(_ state: BrowserState) -> String {
        let kinds = BrowserState.kinds.enumerated().map { index, kind in
            let label = "\(index + 1) \(plural(kind))"
            return kind == state.kind ? (state.color ? label : "[\(label)]") : label
        }
        var line = "careers browse   " + kinds.joined(separator: "  ")
        if state.color {
            // The kind listed stands out in the bar.
            let current = "\(BrowserState.kinds.firstIndex(of: state.kind)! + 1) \(plural(state.kind))"
            line = Cells.fit(line, state.width, pad: true)
            return "\u{1B}[7m" + line.replacing(current, with: "\u{1B}[1m" + current + "\u{1B}[22m", maxReplacements: 1) + "\u{1B}[0m"
        }
        return line
    }

    private func status(_ state: BrowserState) -> String {
        if state.focus == .search {
            let count = state.query.isEmpty ? "" : "  (\(state.results.count == 0 ? "nothing found" : "↑↓ choose, Enter opens, Esc cancels"))"
            return style("/", "1", state) + state.query + "_" + count
        }
        if let message = state.message { return style(message, "1;33", state) }
        let hints =
            state.focus == .page
            ? "Tab link  Enter follow  Backspace back  d/l/s/c mark  t target  / search  ? keys  q quit"
            : "↑↓ move  Enter open  ←→ kind  / search  d/l/s/c mark  t target  ? keys  q quit"
        return style(hints, "2", state)
    }

    private func plural(_ kind: ItemKind) -> String {
        switch kind {
        case .role: "roles"
        case .skill: "skills"
        case .phase: "phases"
        case .project: "projects"
        case .certification: "certs"
        case .tip: "tips"
        case .topic: "topics"
        default: kind.label
        }
    }

    // MARK: Panes

    /// The list's window: `bodyHeight` rows from `listTop`, the selection marked.
    private func list(_ state: BrowserState, width: Int) -> [String] {
        let rows = state.layout.bodyHeight
        let count = guide.count(state.kind)
        guard count > 0 else { return pad(["No \(plural(state.kind)) in this guide."], rows) }
        var lines: [String] = []
        for index in state.listTop..<min(state.listTop + rows, count) {
            guard let row = guide.row(state.kind, index) else { break }
            let target = state.plan.target == row.ref.id && row.ref.kind == .role ? " [target]" : ""
            let text = state.plan.mark(of: row.ref).marking(row.name) + target
            lines.append(item(text, selected: index == state.selection, focused: state.focus == .list, width: width, state))
        }
        return pad(lines, rows)
    }

    private func results(_ state: BrowserState, width: Int) -> [String] {
        let rows = state.layout.bodyHeight
        guard !state.results.isEmpty else {
            return pad([state.query.isEmpty ? "Type to search the whole guide." : "Nothing found for '\(state.query)'."], rows)
        }
        let lines = state.results.prefix(rows).enumerated().map { index, hit in
            item("\(hit.name) (\(hit.ref.kind.label))", selected: index == state.resultSelection, focused: true, width: width, state)
        }
        return pad(lines, rows)
    }

    /// A row of a list: "> " and reverse video for the selection (reverse video only with colour on).
    private func item(_ text: String, selected: Bool, focused: Bool, width: Int, _ state: BrowserState) -> String {
        let line = Cells.fit((selected ? "> " : "  ") + text, width, pad: selected && state.color)
        guard selected, state.color else { return line }
        return (focused ? "\u{1B}[7m" : "\u{1B}[1m") + line + "\u{1B}[0m"
    }

    /// The page's window, the selected link marked.
    private func page(_ state: BrowserState, width: Int) -> [String] {
        let rows = state.layout.bodyHeight
        guard let page = model.page(state) else { return pad([], rows) }
        let top = min(state.pageTop, max(page.lines.count - rows, 0))
        let selectedLine = state.link.flatMap { page.linkLines.indices.contains($0) ? page.linkLines[$0] : nil }
        let lines = page.lines.dropFirst(top).prefix(rows).enumerated().map { offset, line in
            guard offset + top == selectedLine else { return Cells.fit(line, width) }
            let marked = ">" + line.dropFirst()
            return state.color ? "\u{1B}[7m" + Cells.fit(marked, width, pad: true) + "\u{1B}[0m" : Cells.fit(marked, width)
        }
        return pad(Array(lines), rows)
    }

    /// The keys as a table, wrapped to the screen as pages are (`TextRenderer`), never cut.
    private func keys(_ state: BrowserState) -> [String] {
        let document = Document(blocks: [
            .heading("Keys"), .rows(BrowserModel.keys.map { Document.Row(cells: [$0.keys, $0.does]) }),
            .text("Marks and the target are saved in your plan, as 'careers mark' and 'careers target' save them."),
            .text("Any key closes this; q quits."),
        ])
        let terminal = Terminal(isInteractive: true, width: max(state.width, 20), color: state.color)
        let lines = TextRenderer(terminal: terminal).render(document).split(separator: "\n", omittingEmptySubsequences: false)
        return pad(lines.map(String.init), state.layout.bodyHeight)
    }

    private func pad(_ lines: [String], _ rows: Int) -> [String] {
        Array(lines.prefix(rows)) + Array(repeating: "", count: max(0, rows - lines.count))
    }
}
