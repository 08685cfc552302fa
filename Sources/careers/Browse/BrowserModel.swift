import CareerCore

/// What a key asks of the world outside the state: the loop carries it out (`BrowseCommand`).
enum BrowserEffect: Equatable {
    /// Set `mark` (nil: clear) on the item in the plan file.
    case mark(ItemRef, Mark?)
    /// Make the role the target.
    case target(ItemRef)
}

/// How a key changes the browser's state: state + key → state + effect. The guide is read (rows, pages,
/// search) but never changed; the plan changes only through the effect.
struct BrowserModel {
    let guide: BrowseGuide

    /// The keys, as `?` lists them and README shows them.
    static let keys: [(keys: String, does: String)] = [
        ("↑ ↓  j k", "move in the list; scroll a page"),
        ("PgUp PgDn  Space  g G", "a screen up or down; the first or last row"),
        ("← →  1-7", "change the kind listed: roles, skills, phases, projects, certifications, tips, topics"),
        ("Enter", "open the selected item; follow the selected link"),
        ("Tab  Shift-Tab", "select the page's next / previous link"),
        ("Backspace  h  Esc", "go back (Esc from a page)"),
        ("/", "search as you type; Enter opens the selection, Escape cancels"),
        ("d l s c", "mark done / learning / skip / clear (skills, projects, certifications)"),
        ("t", "make the role your target"),
        ("?", "show or hide these keys"),
        ("q  Ctrl-C", "quit"),
        ("Ctrl-Z", "suspend, as a shell's job; 'fg' comes back"),
    ]

    /// Changes `state` for `key`; returns what the plan file should be told, if anything.
    func update(_ state: inout BrowserState, _ key: Key) -> BrowserEffect? {
        state.message = nil
        if key == .interrupt {
            (state.quit, state.interrupted) = (true, true)
            return nil
        }
        if state.showingKeys {
            // Any key closes the keys; q still quits.
            state.showingKeys = false
            if key == .character("q") { state.quit = true }
            return nil
        }
        if state.focus == .search { return search(&state, key) }
        switch key {
        case .up, .character("k"): move(&state, by: -1)
        case .down, .character("j"): move(&state, by: 1)
        case .pageUp: move(&state, by: -(state.layout.bodyHeight - 1))
        case .pageDown, .character(" "): move(&state, by: state.layout.bodyHeight - 1)
        case .home, .character("g"): move(&state, by: -Int.max / 2)
        case .end, .character("G"): move(&state, by: Int.max / 2)
        case .left, .character("["): switchKind(&state, by: -1)
        case .right, .character("]"): switchKind(&state, by: 1)
        case .character(let digit) where ("1"..."7").contains(digit):
            let index = Int(String(digit))! - 1
            switchKind(&state, by: index - BrowserState.kinds.firstIndex(of: state.kind)!)
        case .enter: enter(&state)
        case .tab: selectLink(&state, by: 1)
        case .backTab: selectLink(&state, by: -1)
        case .backspace, .character("h"): back(&state)
        case .escape: if state.focus == .page { back(&state) }
        case .character("/"):
            state.focusBeforeSearch = state.focus
            state.focus = .search
            state.query = ""
            state.results = []
            state.resultSelection = 0
        case .character("?"): state.showingKeys = true
        case .character("q"): state.quit = true
        case .character("d"): return mark(&state, .done)
        case .character("l"): return mark(&state, .learning)
        case .character("s"): return mark(&state, .skipped)
        case .character("c"): return mark(&state, nil)
        case .character("t"): return target(&state)
        default: break
        }
        return nil
    }

    /// The item the page shows now.
    func current(_ state: BrowserState) -> ItemRef? {
        state.shownItem { kind, index in guide.row(kind, index)?.ref }
    }

    /// The page shown now, laid out for the page's side of the screen.
    func page(_ state: BrowserState) -> BrowsePage? {
        current(state).map { guide.page($0, width: state.layout.pageWidth, color: state.color, plan: state.plan) }
    }

    // MARK: Moving

    private func move(_ state: inout BrowserState, by step: Int) {
        if state.focus == .page {
            let lines = page(state)?.lines.count ?? 0
            state.pageTop = clamp(state.pageTop + step, 0, max(lines - state.layout.bodyHeight, 0))
            return
        }
        let count = guide.count(state.kind)
        state.selection = clamp(state.selection + step, 0, max(count - 1, 0))
        state.pageTop = 0
        state.link = nil
        scrollList(&state)
    }

    /// Keeps the selected row within the list's window.
    func scrollList(_ state: inout BrowserState) {
        let rows = state.layout.bodyHeight
        if state.selection < state.listTop { state.listTop = state.selection }
        if state.selection >= state.listTop + rows { state.listTop = state.selection - rows + 1 }
        state.listTop = clamp(state.listTop, 0, max(guide.count(state.kind) - rows, 0))
    }

    private func switchKind(_ state: inout BrowserState, by step: Int) {
        let kinds = BrowserState.kinds
        let index = (kinds.firstIndex(of: state.kind)! + step % kinds.count + kinds.count) % kinds.count
        state.kind = kinds[index]
        (state.selection, state.listTop, state.pageTop, state.link, state.page, state.focus) = (0, 0, 0, nil, nil, .list)
        if guide.count(state.kind) == 0 { state.message = "This guide has no \(state.kind.label)s." }
    }

    // MARK: Pages and links

    private func enter(_ state: inout BrowserState) {
        switch state.focus {
        case .list:
            guard let ref = guide.row(state.kind, state.selection)?.ref else { return }
            open(&state, ref)
        case .page:
            let shown = page(state)
            guard let shown, let link = state.link, shown.links.indices.contains(link) else {
                state.message = shown?.links.isEmpty ?? true ? "This page has no links." : "Select a link with Tab first."
                return
            }
            open(&state, shown.links[link].ref)
        case .search: break
        }
    }

    /// Opens `ref`'s page with the focus on it, the list moved to its kind and row; the place left is kept for Back.
    func open(_ state: inout BrowserState, _ ref: ItemRef) {
        state.history.append(state.visit)
        if state.history.count > 200 { state.history.removeFirst() }
        if BrowserState.kinds.contains(ref.kind), let index = guide.index(of: ref) {
            state.kind = ref.kind
            state.selection = index
            scrollList(&state)
        }
        (state.page, state.pageTop, state.link, state.focus) = (ref, 0, nil, .page)
    }

    private func selectLink(_ state: inout BrowserState, by step: Int) {
        if state.focus == .list {
            // Tab from the list goes to the page beside it, as Enter does.
            enter(&state)
        }
        guard let page = page(state), !page.links.isEmpty else {
            state.message = "This page has no links."
            return
        }
        let count = page.links.count
        state.link = state.link.map { ($0 + step % count + count) % count } ?? (step > 0 ? 0 : count - 1)
        // Scroll so that the selected link is on screen.
        let line = page.linkLines[state.link!]
        let rows = state.layout.bodyHeight
        if line < state.pageTop || line >= state.pageTop + rows { state.pageTop = max(0, min(line - rows / 2, page.lines.count - rows)) }
    }

    private func back(_ state: inout BrowserState) {
        if let visit = state.history.popLast() {
            state.restore(visit)
            scrollList(&state)
        } else if state.focus == .page {
            (state.focus, state.page, state.pageTop, state.link) = (.list, nil, 0, nil)
        } else {
            state.message = "Nothing to go back to."
        }
    }

    // MARK: Search

    private func search(_ state: inout BrowserState, _ key: Key) -> BrowserEffect? {
        switch key {
        case .escape:
            state.focus = state.focusBeforeSearch
            state.query = ""
            state.results = []
        case .enter:
            guard state.results.indices.contains(state.resultSelection) else {
                state.message = state.query.isEmpty ? "Type words to search for." : "Nothing found for '\(state.query)'."
                return nil
            }
            let ref = state.results[state.resultSelection].ref
            state.focus = state.focusBeforeSearch
            open(&state, ref)
        case .up: state.resultSelection = max(state.resultSelection - 1, 0)
        case .down, .tab: state.resultSelection = min(state.resultSelection + 1, max(state.results.count - 1, 0))
        case .backspace:
            guard !state.query.isEmpty else { return nil }
            state.query.removeLast()
            runSearch(&state)
        case .character(let character):
            guard state.query.count < 200 else { return nil }
            state.query.append(character)
            runSearch(&state)
        default: break
        }
        return nil
    }

    private func runSearch(_ state: inout BrowserState) {
        state.results = guide.search(state.query, limit: max(state.layout.bodyHeight, 1))
        state.resultSelection = 0
    }

    // MARK: The plan

    private func mark(_ state: inout BrowserState, _ mark: Mark?) -> BrowserEffect? {
        guard let ref = current(state) else { return nil }
        guard Mark.kinds.contains(ref.kind) else {
            state.message = "Only skills, projects and certifications can be marked; this is a \(ref.kind.label)."
            return nil
        }
        return .mark(ref, mark)
    }

    private func target(_ state: inout BrowserState) -> BrowserEffect? {
        guard let ref = current(state) else { return nil }
        guard ref.kind == .role else {
            state.message = "Only a role can be the target; this is a \(ref.kind.label)."
            return nil
        }
        return .target(ref)
    }

    private func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { min(max(value, low), high) }
}
