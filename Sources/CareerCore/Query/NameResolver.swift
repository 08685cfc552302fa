/// The outcome of looking a name up.
public enum Resolution: Hashable, Sendable {
    /// One item answers to the name; `how` says how closely.
    case found(ItemRef, how: MatchQuality)
    /// Several items answer to the name equally well.
    case ambiguous([ItemRef])
    /// Nothing answers; the nearest names, best first, for a "did you mean".
    case notFound(suggestions: [ItemRef])
}

/// How a name matched, best first.
public enum MatchQuality: Int, Hashable, Sendable, Comparable {
    /// The item's id or name.
    case exact
    /// One of its aliases.
    case alias
    /// The start of its name or of each of its words ("princ" for Principal AI Architect).
    case prefix
    /// A misspelling of its name or an alias, within a few edits.
    case typo

    public static func < (lhs: MatchQuality, rhs: MatchQuality) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Finds items by id, name or alias, ignoring case, spacing and punctuation, forgiving prefixes and typos.
public struct NameResolver: Sendable {
    private struct Name: Sendable {
        let ref: ItemRef
        let key: String
        let words: [String]
        let isAlias: Bool
    }

    private let names: [Name]
    private let order: [ItemRef: Int]
    private let catalog: Catalog
    private let kinds: [ItemKind]

    /// A resolver over the items of `kinds` (all kinds by default).
    public init(catalog: Catalog, kinds: [ItemKind] = ItemKind.allCases) {
        var names: [Name] = []
        var order: [ItemRef: Int] = [:]
        for entry in kinds.flatMap(catalog.entries(of:)) {
            order[entry.ref] = order.count
            for (text, isAlias) in [(entry.ref.id, false), (entry.name, false)] + entry.aliases.map({ ($0, true) }) {
                let words = TextFolding.words(text)
                names.append(Name(ref: entry.ref, key: words.joined(), words: words, isAlias: isAlias))
            }
        }
        self.names = names
        self.order = order
        self.catalog = catalog
        self.kinds = kinds
    }

    public func resolve(_ query: String) -> Resolution {
        let words = TextFolding.words(query)
        let key = words.joined()
        guard !key.isEmpty else { return .notFound(suggestions: []) }

        var best: (quality: MatchQuality, distance: Int, refs: [ItemRef])?
        for name in names {
            guard let (quality, distance) = match(key: key, words: words, against: name) else { continue }
            if let current = best, (current.quality, current.distance) < (quality, distance) { continue }
            if let current = best, (current.quality, current.distance) == (quality, distance) {
                if !current.refs.contains(name.ref) { best!.refs.append(name.ref) }
            } else {
                best = (quality, distance, [name.ref])
            }
        }
        guard let best else { return .notFound(suggestions: suggestions(for: query)) }
        let refs = sorted(best.refs)
        if refs.count == 1 { return .found(refs[0], how: best.quality) }
        // One exact name shared by items of different kinds: the kind listed first in ItemKind wins.
        if best.quality <= .alias, Set(refs.map(\.kind)).count == refs.count {
            return .found(refs[0], how: best.quality)
        }
        return .ambiguous(refs)
    }

    /// The items nearest to `query`, best first: names it nearly spells, then what search finds for it.
    public func suggestions(for query: String, limit: Int = 3) -> [ItemRef] {
        let key = TextFolding.key(query)
        guard !key.isEmpty else { return [] }
        var nearest: [(distance: Int, order: Int, ref: ItemRef)] = []
        for name in names {
            guard let distance = EditDistance.distance(key, name.key, limit: EditDistance.tolerance(forLength: key.count) + 1) else { continue }
            if let index = nearest.firstIndex(where: { $0.ref == name.ref }) {
                nearest[index].distance = min(nearest[index].distance, distance)
            } else {
                nearest.append((distance, order[name.ref] ?? 0, name.ref))
            }
        }
        var refs = nearest.sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }.map(\.ref)
        let searchable = kinds.filter(Search.defaultKinds.contains)
        for result in Search(catalog: catalog, kinds: searchable).search(query, limit: limit) where !refs.contains(result.ref) {
            refs.append(result.ref)
        }
        return Array(refs.prefix(limit))
    }

    private func match(key: String, words: [String], against name: Name) -> (MatchQuality, Int)? {
        if name.key == key { return (name.isAlias ? .alias : .exact, 0) }
        if name.key.hasPrefix(key) || wordsArePrefixes(words, of: name.words) { return (.prefix, 0) }
        let tolerance = EditDistance.tolerance(forLength: key.count)
        guard tolerance > 0, let distance = EditDistance.distance(key, name.key, limit: tolerance) else { return nil }
        return (.typo, distance)
    }

    /// True when every query word starts a different word of the name, in order ("sen ml" → "senior ml engineer").
    private func wordsArePrefixes(_ words: [String], of nameWords: [String]) -> Bool {
        guard words.count > 1 || (words.first?.count ?? 0) >= 2 else { return false }
        var remaining = nameWords[...]
        for word in words {
            guard let index = remaining.firstIndex(where: { $0.hasPrefix(word) }) else { return false }
            remaining = remaining[(index + 1)...]
        }
        return true
    }

    private func sorted(_ refs: [ItemRef]) -> [ItemRef] {
        refs.sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
    }
}
