/// Any item of the guide seen the same way: what name resolution and search work on.
package struct Entry: Sendable {
    package let ref: ItemRef
    package let name: String
    /// The names other than `name` that find it: the aliases and the search terms.
    package let aliases: [String]
    /// One line that says what the item is.
    package let summary: String
    /// The rest of the item's text.
    package let body: [String]
    package let sources: [String]
    /// Words that classify the item (its category, level, issuer), searchable but not shown as text.
    package var keywords: [String] = []
}

extension Catalog {
    /// Every item of every kind, kind by kind in `ItemKind` order, each kind in content order.
    package var entries: [Entry] {
        ItemKind.allCases.flatMap(entries(of:))
    }

    package func entries(of kind: ItemKind) -> [Entry] {
        (0..<guide.count(kind)).map { guide.entry(kind, $0) }
    }

    package func entry(_ ref: ItemRef) -> Entry? {
        guide.index(of: ref).map { guide.entry(ref.kind, $0) }
    }

    /// Every item of `kind`, in the guide's order.
    package func refs(of kind: ItemKind) -> [ItemRef] {
        (0..<guide.count(kind)).map { ItemRef(kind, guide.id(kind, $0)) }
    }

    /// The item at `index` of `kind` (in the guide's order) and its name: one record read, for a list that
    /// shows a window of thousands of items without decoding any.
    package func heading(_ kind: ItemKind, at index: Int) -> (ref: ItemRef, name: String) {
        (guide.ref(kind, index), guide.name(kind, index))
    }

    /// Where `ref` is in its kind's list, or nil if the guide has no such item.
    package func index(of ref: ItemRef) -> Int? { guide.index(of: ref) }

    /// The display name of `ref`, or its id if it names nothing.
    package func name(of ref: ItemRef) -> String {
        guide.name(of: ref) ?? ref.id
    }
}

extension Content {
    /// The entries of every item, kind by kind in `ItemKind` order, each kind in content order.
    func entriesByKind() -> [[Entry]] {
        // An entry may show another item's name (a skill's category): names first, then the entries.
        let unnamed = ItemKind.allCases.map { entries(of: $0.type) { _ in "" } }
        let names = Dictionary(unnamed.joined().map { ($0.ref, $0.name) }, uniquingKeysWith: { first, _ in first })
        return ItemKind.allCases.map { entries(of: $0.type) { names[$0] ?? "" } }
    }

    private func entries<Item: GuideItem>(of type: Item.Type, name: (ItemRef) -> String) -> [Entry] {
        self[keyPath: Item.all].map { $0.entry(name: name) }
    }
}
