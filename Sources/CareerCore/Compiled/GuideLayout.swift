/// Which section of a compiled guide holds what. Numbers in records are item indexes in content order;
/// kinds are `ItemKind` ordinals.
enum GuideLayout {
    /// One record: the number of items of each kind.
    static let meta = 0
    /// One record: the foundations, as the JSON of foundations.json.
    static let foundations = 1
    /// Hash buckets of every name (id, name, aliases) by its folded key: (kind, item, slot) triples, where
    /// slot 0 is the id, 1 the name and 2… the aliases.
    static let names = 2
    /// Every stem of the searchable text, sorted; one record each.
    static let vocabulary = 3
    /// For each stem of the vocabulary, the (kind, item) pairs whose text has it, in kind then item order.
    static let postings = 4
    /// For each source, the (kind, item) pairs that cite it, in kind then item order.
    static let citations = 5
    /// One record: the growth path (`GrowthPath`), as role indexes: the entry-level roles beside it, then
    /// its layers.
    static let growthPath = 6
    /// One record: the levels levels.json declares (none for the standard ones), as its JSON.
    static let levels = 7
    /// One record: the field names of items (`PackedJSON.Keys`), each a string.
    static let keys = 8
    /// The sections above; the kinds' sections follow.
    private static let globalSections = 9

    /// The sections every kind has, one record per item (ids: one record per hash bucket).
    enum PerKind: Int, CaseIterable {
        /// The item as JSON (`PackedJSON`, its name and summary kept in the records below), read by the
        /// same code as the content files.
        case items
        /// Id and name, and the numbers queries over many items need (see `CompiledGuide`).
        case headings
        /// The one-line summary a list shows.
        case summaries
        /// Hash buckets of item indexes by id.
        case ids
        /// The item's names, folded, for lookups by prefix and by near miss.
        case foldedNames
        /// The item's searchable text, folded, and where each field's words are.
        case searchDocuments
        /// Every name and alias of the kind's items, lowercased, in byte order (one record each, not one
        /// per item): what Tab completes, found by binary search without reading any item.
        case completions

        /// Whether the section holds one record per item of its kind.
        var isPerItem: Bool { self != .ids && self != .completions }
    }

    static let sectionCount = globalSections + ItemKind.allCases.count * PerKind.allCases.count

    static func section(_ part: PerKind, _ kind: ItemKind) -> Int {
        globalSections + kind.ordinal * PerKind.allCases.count + part.rawValue
    }
}

/// The weight of each field of a search document, by code.
enum SearchField: Int, CaseIterable {
    case name, alias, summary, body, keyword

    var weight: Double {
        switch self {
        case .name: 10
        case .alias: 7
        case .summary: 3
        case .body: 1
        case .keyword: 0.5
        }
    }
}
