/// The outcome of looking a name up.
package enum Resolution: Hashable, Sendable {
    /// One item answers to the name; `how` says how closely.
    case found(ItemRef, how: MatchQuality)
    /// Several items answer to the name equally well.
    case ambiguous([ItemRef])
    /// Nothing answers; `nearMisses(for:)` finds the nearest names, for a "did you mean", when one is wanted.
    case notFound
}

/// How a name matched, best first.
package enum MatchQuality: Int, Hashable, Sendable, Comparable {
    /// The item's id or name.
    case exact
    /// One of its aliases.
    case alias
    /// The start of its name or of each of its words ("princ" for Principal AI Architect).
    case prefix
    /// A misspelling of its name or an alias, within a few edits.
    case typo

    package static func < (lhs: MatchQuality, rhs: MatchQuality) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Finds items by id, name or alias, ignoring case, spacing and punctuation, forgiving prefixes and typos.
/// Tries the cheap comparisons first: most lookups are exact and never fold a name into words.
package struct NameResolver: Sendable {
    /// One name of an item: its id (slot 0), its name (1) or an alias (2…).
    private struct Name {
        let kind: ItemKind
        let item: Int
        /// The item's place in the resolver, for a stable order among equals.
        let order: Int
        let isAlias: Bool
    }

    private let catalog: Catalog
    private let kinds: [ItemKind]
    /// Where each kind's items start in the resolver's order.
    private let offsets: [Int]
    /// Every name folded, read once up front for a resolver that looks up many names, with the longest
    /// key and the most words any name has: a query beyond both can be no name's prefix, typo or near miss.
    private struct Table {
        let entries: [(name: Name, text: FoldedText)]
        let longestKey: Int
        let mostWords: Int
    }

    private var table: Table? = nil

    /// A resolver over the items of `kinds` (all kinds by default). One that will look up many names
    /// (`manyNames`) reads every name once now, rather than for each name that is not found at once.
    package init(catalog: Catalog, kinds: [ItemKind] = ItemKind.allCases, manyNames: Bool = false) {
        self.catalog = catalog
        self.kinds = kinds
        var offsets: [Int] = []
        var total = 0
        for kind in kinds {
            offsets.append(total)
            total += catalog.count(of: kind)
        }
        self.offsets = offsets
        if manyNames {
            let entries = names(where: { _ in true })
            table = Table(
                entries: entries, longestKey: entries.map(\.text.key.count).max() ?? 0,
                mostWords: entries.map(\.text.count).max() ?? 0)
        }
    }

    /// `exactOnly`: only an id, name or alias counts, no prefix or typo (which cost a look at every name).
    package func resolve(_ query: String, exactOnly: Bool = false) -> Resolution {
        let folded = FoldedText(query)
        let key = folded.key
        guard !key.isEmpty else { return .notFound }

        let exact = catalog.guide.names(withKey: key).compactMap { found -> Name? in
            guard let position = kinds.firstIndex(of: found.kind),
                catalog.guide.foldedNames(found.kind, found.item).dropFirst(found.slot).first?.key == key
            else { return nil }
            return Name(kind: found.kind, item: found.item, order: offsets[position] + found.item, isAlias: found.slot >= 2)
        }
        if !exact.isEmpty {
            let byName = exact.filter { !$0.isAlias }
            let best = byName.isEmpty ? exact : byName
            return decide(best, how: byName.isEmpty ? .alias : .exact)
        }
        if exactOnly || isBeyondEveryName(key, words: folded.count) { return .notFound }
        let queryWords = (0..<folded.count).map { folded.word($0) }
        // One letter is not a prefix worth taking ("n" would name half the guide).
        let prefixed =
            key.count < 2
            ? []
            : names { name in
                Self.isPrefix(key[...], of: name.key[...]) || Self.wordsArePrefixes(queryWords, of: name)
            }
        if !prefixed.isEmpty { return decide(prefixed.map(\.name), how: .prefix) }

        let tolerance = EditDistance.tolerance(forLength: key.count)
        guard tolerance > 0 else { return .notFound }
        var nearest: [Name] = []
        var best = tolerance + 1
        forEachName { name, text in
            guard let distance = EditDistance.typo(folded, text, limit: min(best, tolerance)) else { return }
            if distance < best { (nearest, best) = ([], distance) }
            nearest.append(name)
        }
        return nearest.isEmpty ? .notFound : decide(nearest, how: .typo)
    }

    /// True when the table shows that no name is near `key`: it is longer than every name by more than any
    /// tolerance of a typo or near miss, and has more words than any name, so it starts none.
    private func isBeyondEveryName(_ key: [UInt8], words: Int) -> Bool {
        guard let table else { return false }
        return key.count > table.longestKey + EditDistance.tolerance(forLength: key.count) + 1 && words > table.mostWords
    }

    /// Every name of the resolver's items whose folded text passes `include`, in order.
    private func names(where include: (FoldedText) -> Bool) -> [(name: Name, text: FoldedText)] {
        var found: [(name: Name, text: FoldedText)] = []
        forEachName { name, text in if include(text) { found.append((name, text)) } }
        return found
    }

    /// Calls `body` with every name of the resolver's items, in order: from the table when there is one.
    private func forEachName(_ body: (Name, FoldedText) -> Void) {
        if let table {
            for entry in table.entries { body(entry.name, entry.text) }
            return
        }
        for (position, kind) in kinds.enumerated() {
            for item in 0..<catalog.count(of: kind) {
                for (slot, text) in catalog.guide.foldedNames(kind, item).enumerated() {
                    body(Name(kind: kind, item: item, order: offsets[position] + item, isAlias: slot >= 2), text)
                }
            }
        }
    }

    /// One item, or several: a name shared by items of different kinds goes to the kind listed
    /// first in `ItemKind`, when the name is exact; otherwise the candidates are returned.
    private func decide(_ matches: [Name], how: MatchQuality) -> Resolution {
        // Each item once, in order: a prefix may match thousands of names of a big guide.
        var refs: [ItemRef] = []
        var seen: Set<ItemRef> = []
        for match in matches.sorted(by: { $0.order < $1.order }) {
            let ref = catalog.guide.ref(match.kind, match.item)
            if seen.insert(ref).inserted { refs.append(ref) }
        }
        if refs.count == 1 || (how <= .alias && Set(refs.map(\.kind)).count == refs.count) {
            return .found(refs[0], how: how)
        }
        return .ambiguous(refs)
    }

    /// The items whose name or alias `query` nearly spells, best first, for a "did you mean": a typo's few
    /// edits (see `EditDistance.nearMiss`). Words under four letters have no near misses ("git" is not a
    /// misspelling of "GPU").
    package func nearMisses(for query: String, limit: Int = 3) -> [ItemRef] {
        let folded = FoldedText(query)
        let key = folded.key
        guard key.count >= 4, !isBeyondEveryName(key, words: folded.count) else { return [] }
        var nearest: [(distance: Int, order: Int, name: Name)] = []
        forEachName { name, text in
            let limit = EditDistance.tolerance(forLength: min(key.count, text.key.count))
            guard let distance = EditDistance.typo(folded, text, limit: limit, offered: true) else { return }
            if let index = nearest.firstIndex(where: { $0.order == name.order }) {
                nearest[index].distance = min(nearest[index].distance, distance)
            } else {
                nearest.append((distance, name.order, name))
            }
        }
        return nearest.sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }.prefix(limit).map {
            catalog.guide.ref($0.name.kind, $0.name.item)
        }
    }

    /// True when `prefix` starts `text` and does not end inside a number: "sage 5" is not the start of Sage 50
    /// Accounting, since numbers are not misspelled, nor cut short.
    private static func isPrefix(_ prefix: ArraySlice<UInt8>, of text: ArraySlice<UInt8>) -> Bool {
        guard text.starts(with: prefix) else { return false }
        let isDigit = { (byte: UInt8) in byte &- UInt8(ascii: "0") < 10 }
        guard let last = prefix.last, isDigit(last), text.count > prefix.count else { return true }
        return !isDigit(text[text.startIndex + prefix.count])
    }

    /// True when every query word starts a different word of the name, in order ("sen ml" → "senior ml engineer").
    private static func wordsArePrefixes(_ words: [ArraySlice<UInt8>], of name: FoldedText) -> Bool {
        guard words.count > 1 || (words.first?.count ?? 0) >= 2 else { return false }
        var next = 0
        for word in words {
            guard let index = (next..<name.count).first(where: { isPrefix(word, of: name.word($0)) }) else { return false }
            next = index + 1
        }
        return true
    }
}
