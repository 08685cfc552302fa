/// The other titles of each occupation that lead to it alone: short titles as aliases ("Also called"),
/// the rest as search terms. A title that folds to the same key as another occupation's title or other
/// title is left out of both (counted in `shared`).
struct ONetTitles {
    var aliases: [String: [String]] = [:]
    var searchTerms: [String: [String]] = [:]
    var shared = 0

    init(occupations: [(code: String, title: String)], titles: [String: [(title: String, short: String?)]]) {
        // Each name once, with its folded key (folding is most of the work).
        var names: [String: [(name: String, key: String, isShort: Bool)]] = [:]
        var owners: [String: Set<String>] = [:]
        for (code, title) in occupations { owners[TextFolding.key(title), default: []].insert(code) }
        for (code, list) in titles {
            var folded: [(name: String, key: String, isShort: Bool)] = []
            for (title, short) in list {
                folded.append((title, TextFolding.key(title), false))
                if let short { folded.append((short, TextFolding.key(short), true)) }
            }
            for name in folded { owners[name.key, default: []].insert(code) }
            names[code] = folded
        }
        var sharedKeys: Set<String> = []
        for (code, title) in occupations {
            var seen: Set<String> = [TextFolding.key(title)]
            var aliases: [String] = []
            var terms: [String] = []
            for (name, key, isShort) in names[code] ?? [] {
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                guard owners[key]?.count == 1 else {
                    sharedKeys.insert(key)
                    continue
                }
                if isShort { aliases.append(name) } else { terms.append(name) }
            }
            self.aliases[code] = aliases
            searchTerms[code] = terms
        }
        shared = sharedKeys.count
    }
}
