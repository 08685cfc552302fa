import CareerCore

/// Everything the browser shows, as a value: the screen is drawn from it alone (`Screen`), and a key
/// changes it (`BrowserModel`). Nothing here reads the terminal or the guide.
struct BrowserState: Equatable {
    /// Which part takes the keys.
    enum Focus: Equatable {
        case list, page, search
    }

    /// The kinds the list shows, in the order a key cycles through them: roles first.
    static let kinds: [ItemKind] = [.role, .skill, .phase, .project, .certification, .tip, .topic]

    /// A place to go back to.
    struct Visit: Equatable {
        var kind: ItemKind
        var selection: Int
        var page: ItemRef?
        var pageTop: Int
        var link: Int?
        var focus: Focus
    }

    /// Set by Ctrl-C, which ends the browser as an interrupted program ends: with status 130.
    var interrupted = false

    /// The screen's size, in columns and rows.
    var width = 80
    var height = 24
    /// Whether to style with colour and reverse video (not with NO_COLOR or TERM=dumb).
    var color = false

    var kind: ItemKind = .role
    /// The selected row of the list, and the first row shown.
    var selection = 0
    var listTop = 0
    /// The page opened (Enter, a link, a search result); nil while the list has the focus, when the page
    /// shown beside the list is the selected row's.
    var page: ItemRef?
    /// The first line of the page shown.
    var pageTop = 0
    /// The selected link of the page (Tab), if any.
    var link: Int?
    var focus: Focus = .list
    var history: [Visit] = []

    /// The search being typed after `/`, its results (best first), and the one selected.
    var query = ""
    var results: [SearchHit] = []
    var resultSelection = 0
    /// Where the focus was before `/`, to go back to on Escape.
    var focusBeforeSearch: Focus = .list

    /// The user's plan: marks and target, shown on pages and in the list.
    var plan = Plan()
    /// A line for the status bar ("Marked done: Python"), until the next key.
    var message: String?
    var showingKeys = false
    var quit = false

    /// A search result as the browser keeps it.
    struct SearchHit: Equatable {
        var ref: ItemRef
        var name: String
    }

    /// The item whose page is shown: the opened one, else the selected search result or list row (`row`
    /// gives the list's rows, read from the guide).
    func shownItem(row: (ItemKind, Int) -> ItemRef?) -> ItemRef? {
        if let page, focus != .search { return page }
        if focus == .search { return results.indices.contains(resultSelection) ? results[resultSelection].ref : nil }
        return row(kind, selection)
    }

    /// How the screen is divided at this size.
    var layout: Layout { Layout(width: width, height: height) }

    struct Layout: Equatable {
        let width: Int
        let height: Int

        /// Side by side when the page would still get `pageColumns` beside the list.
        static let listColumns = 34
        static let pageColumns = 56
        var sideBySide: Bool { width >= Self.listColumns + 1 + Self.pageColumns }
        var listWidth: Int { sideBySide ? Self.listColumns : width }
        var pageWidth: Int { sideBySide ? width - Self.listColumns - 1 : width }
        /// Rows between the title bar and the status line.
        var bodyHeight: Int { max(height - 2, 1) }
    }

    /// The visit that `back` returns to.
    var visit: Visit {
        Visit(kind: kind, selection: selection, page: page, pageTop: pageTop, link: link, focus: focus)
    }

    mutating func restore(_ visit: Visit) {
        (kind, selection, page, pageTop, link, focus) =
            (visit.kind, visit.selection, visit.page, visit.pageTop, visit.link, visit.focus)
    }
}
