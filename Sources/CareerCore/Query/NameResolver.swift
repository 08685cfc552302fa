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
/// Tries the cheap comparisons first: most lookups are exact and never fold a name into words.
public struct NameResolver: Sendable {
    private struct Name: Sendable {
        let ref: ItemRef
        /// The item's place in the resolver, for a stable order among equals.
        let order: Int
        let text: String
        let isAlias: Bool
    }

    private let names: [Name]
    private let catalog: Catalog
    private let kinds: [ItemKind]

    /// A resolver over the items of `kinds` (all kinds by default).
    public init(catalog: Catalog, kinds: [ItemKind] = ItemKind.allCases) {
        var names: [Name] = []
        for (order, entry) in kinds.flatMap(catalog.entries(of:)).enumerated() {
            names.append(Name(ref: entry.ref, order: order, text: entry.ref.id, isAlias: false))
            names.append(Name(ref: entry.ref, order: order, text: entry.name, isAlias: false))
            names += entry.aliases.map { Name(ref: entry.ref, order: order, text: $0, isAlias: true) }
        }
        self.names = names
        self.catalog = catalog
        self.kinds = kinds
    }

    public func resolve(_ query: String) -> Resolution {
        let folded = FoldedText(query)
        let key = folded.key
        guard !key.isEmpty else { return .notFound(suggestions: []) }

        let exact = names.filter { TextFolding.key(of: $0.text, equals: key) }
        if !exact.isEmpty {
            let byName = exact.filter { !$0.isAlias }
            let best = byName.isEmpty ? exact : byName
            return decide(best, how: byName.isEmpty ? .alias : .exact)
        }
        let queryWords = (0..<folded.count).map { folded.word($0) }
        let prefixed = names.filter { name in
            // One letter is not a prefix worth taking ("n" would name half the guide).
            key.count >= 2
                && (TextFolding.key(of: name.text, hasPrefix: key)
                    || Self.wordsArePrefixes(queryWords, of: FoldedText(name.text)))
        }
        if !prefixed.isEmpty { return decide(prefixed, how: .prefix) }

        let tolerance = EditDistance.tolerance(forLength: key.count)
        guard tolerance > 0 else { return .notFound(suggestions: suggestions(for: query)) }
        var nearest: [Name] = []
        var best = tolerance + 1
        for name in names {
            guard let distance = EditDistance.distance(key, FoldedText(name.text).key, limit: min(best, tolerance)) else {
                continue
            }
            if distance < best { (nearest, best) = ([], distance) }
            nearest.append(name)
        }
        return nearest.isEmpty ? .notFound(suggestions: suggestions(for: query)) : decide(nearest, how: .typo)
    }

    /// One item, or several: a name shared by items of different kinds goes to the kind listed
    /// first in `ItemKind`, when the name is exact; otherwise the candidates are returned.
    private func decide(_ matches: [Name], how: MatchQuality) -> Resolution {
        var refs: [ItemRef] = []
        for match in matches.sorted(by: { $0.order < $1.order }) where !refs.contains(match.ref) { refs.append(match.ref) }
        if refs.count == 1 || (how <= .alias && Set(refs.map(\.kind)).count == refs.count) {
            return .found(refs[0], how: how)
        }
        return .ambiguous(refs)
    }

    /// The items nearest to `query`, best first: names it nearly spells, then what search finds for it.
    public func suggestions(for query: String, limit: Int = 3) -> [ItemRef] {
        var refs = nearMisses(for: query, limit: limit)
        let searchable = kinds.filter(Search.defaultKinds.contains)
        for result in Search(catalog: catalog, kinds: searchable).search(query, limit: limit) where !refs.contains(result.ref) {
            refs.append(result.ref)
        }
        return Array(refs.prefix(limit))
    }

    /// The items whose name or alias `query` nearly spells, best first: one edit more than a typo is
    /// forgiven. Words under four letters have no near misses ("git" is not a misspelling of "GPU").
    public func nearMisses(for query: String, limit: Int = 3) -> [ItemRef] {
        let key = FoldedText(query).key
        guard key.count >= 4 else { return [] }
        let maxDistance = EditDistance.tolerance(forLength: key.count) + 1
        var nearest: [(distance: Int, order: Int, ref: ItemRef)] = []
        for name in names {
            guard let distance = EditDistance.distance(key, FoldedText(name.text).key, limit: maxDistance) else { continue }
            if let index = nearest.firstIndex(where: { $0.ref == name.ref }) {
                nearest[index].distance = min(nearest[index].distance, distance)
            } else {
                nearest.append((distance, name.order, name.ref))
            }
        }
        return Array(nearest.sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }.map(\.ref).prefix(limit))
    }

    /// True when every query word starts a different word of the name, in order ("sen ml" → "senior ml engineer").
    private static func wordsArePrefixes(_ words: [ArraySlice<UInt8>], of name: FoldedText) -> Bool {
        guard words.count > 1 || (words.first?.count ?? 0) >= 2 else { return false }
        var next = 0
        for word in words {
            guard let index = (next..<name.count).first(where: { name.word($0).starts(with: word) }) else { return false }
            next = index + 1
        }
        return true
    }
}
