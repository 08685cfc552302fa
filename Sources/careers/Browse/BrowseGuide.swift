import CareerCore

/// What the browser reads of the guide: a list's rows one heading at a time, one item's page, and search.
/// Pages are kept once laid out, so a redraw that shows the same page at the same width reads nothing.
final class BrowseGuide {
    let context: Context
    private var catalog: Catalog { context.catalog }
    private var pages: [PageKey: BrowsePage] = [:]

    private struct PageKey: Hashable {
        let ref: ItemRef
        let width: Int
        let color: Bool
        let plan: Plan.Marks
    }

    init(context: Context) {
        self.context = context
    }

    func count(_ kind: ItemKind) -> Int { catalog.count(of: kind) }

    /// The `index`th row of `kind`'s list; nil past its end.
    func row(_ kind: ItemKind, _ index: Int) -> (ref: ItemRef, name: String)? {
        guard index >= 0, index < count(kind) else { return nil }
        return catalog.heading(kind, at: index)
    }

    func index(of ref: ItemRef) -> Int? { catalog.index(of: ref) }

    func name(of ref: ItemRef) -> String { catalog.name(of: ref) }

    /// The best `limit` results for `query`, as `careers search` ranks them.
    func search(_ query: String, limit: Int) -> [BrowserState.SearchHit] {
        Search(catalog: catalog).search(query, limit: limit).map { .init(ref: $0.ref, name: $0.name) }
    }

    /// The page of `ref` laid out `width` columns wide, its links listed at the end.
    func page(_ ref: ItemRef, width: Int, color: Bool, plan: Plan) -> BrowsePage {
        let key = PageKey(ref: ref, width: width, color: color, plan: Plan.Marks(plan))
        if let page = pages[key] { return page }
        let page = BrowsePage.make(ref, context: context, plan: plan, width: width, color: color)
        if pages.count > 64 { pages.removeAll() }
        pages[key] = page
        return page
    }
}

extension Plan {
    /// A plan as a cache key.
    struct Marks: Hashable {
        let target: String?
        let marks: [ItemRef: Mark]

        init(_ plan: Plan) { (target, marks) = (plan.target, plan.marks) }
    }
}
