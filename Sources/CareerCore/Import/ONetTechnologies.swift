/// The technologies: skills, their categories (commodities) and each occupation's requirements.
struct ONetTechnologies {
    private struct Technology {
        let id: String
        let name: String
        let category: String
        var occupations = 0
        var hot = 0
        var inDemand = 0
    }

    private var technologies: [Technology] = []
    private var byKey: [String: Int] = [:]
    private(set) var categories: [SkillCategory] = []
    private var categoryOfCommodity: [String: String] = [:]
    private var categoryOfKey: [String: String] = [:]
    private var ids = UniqueIDs()
    private var categoryIDs = UniqueIDs()
    /// Per occupation: (technology, hot, in demand), in the file's order, each technology once.
    private var links: [String: [(technology: Int, hot: Bool, inDemand: Bool)]] = [:]

    mutating func add(occupation: String, name: String, commodity: String, category: String, hot: Bool, inDemand: Bool) {
        let categoryID: String
        if let id = categoryOfCommodity[commodity] {
            categoryID = id
        } else if let id = categoryOfKey[TextFolding.key(category)] {
            categoryID = id
            categoryOfCommodity[commodity] = id
        } else {
            categoryID = categoryIDs.make(from: category)
            categories.append(SkillCategory(id: categoryID, name: category))
            categoryOfCommodity[commodity] = categoryID
            categoryOfKey[TextFolding.key(category)] = categoryID
        }
        let key = TextFolding.key(name)
        let index: Int
        if let found = byKey[key] {
            index = found
        } else {
            index = technologies.count
            byKey[key] = index
            technologies.append(Technology(id: ids.make(from: name), name: name, category: categoryID))
        }
        if let at = links[occupation]?.firstIndex(where: { $0.technology == index }) {
            // Listed twice for one occupation (under two commodities): one link, with either's flags.
            links[occupation]![at].hot = links[occupation]![at].hot || hot
            links[occupation]![at].inDemand = links[occupation]![at].inDemand || inDemand
            return
        }
        links[occupation, default: []].append((index, hot, inDemand))
        technologies[index].occupations += 1
        if hot { technologies[index].hot += 1 }
        if inDemand { technologies[index].inDemand += 1 }
    }

    /// The commodities, by name.
    var sortedCategories: [SkillCategory] { categories.sorted { ($0.name.lowercased(), $0.name) < ($1.name.lowercased(), $1.name) } }

    /// The technologies, by name.
    var skills: [Skill] {
        let names = Dictionary(uniqueKeysWithValues: categories.map { ($0.id, $0.name) })
        let acronyms = self.acronyms
        let sorted = technologies.sorted { ($0.name.lowercased(), $0.name) < ($1.name.lowercased(), $1.name) }
        return sorted.map { technology in
            let count = { (n: Int) in n == 1 ? "1 occupation" : "\(n) occupations" }
            var description = "\(names[technology.category] ?? ""), in the technology lists of \(count(technology.occupations))"
            if technology.hot > 0 { description += "; a hot technology for \(count(technology.hot))" }
            if technology.inDemand > 0 { description += "; in demand for \(count(technology.inDemand))" }
            return Skill(
                id: technology.id, name: technology.name, aliases: [],
                searchTerms: acronyms[technology.id].map { [$0] } ?? [], category: technology.category,
                description: description + ".", countsToward: [], sources: [ONetImport.source])
        }
    }

    /// The acronym a name spells out and then gives ("Structured query language SQL" → "SQL"), by
    /// technology id: what a person types for it. Only an acronym that leads to one technology, and is not
    /// another's name, is kept.
    private var acronyms: [String: String] {
        var found: [String: [String]] = [:]
        for technology in technologies {
            let words = technology.name.split(separator: " ")
            for (index, word) in words.enumerated() where (2...6).contains(word.count) && index >= word.count {
                guard word.allSatisfy({ $0.isASCII && $0.isUppercase }) else { continue }
                let initials = words[(index - word.count)..<index].compactMap(\.first).map { $0.uppercased() }.joined()
                if initials == word { found[String(word), default: []].append(technology.id) }
            }
        }
        var acronyms: [String: String] = [:]
        for (acronym, ids) in found where ids.count == 1 && byKey[TextFolding.key(acronym)] == nil {
            acronyms[ids[0]] = acronym
        }
        return acronyms
    }

    /// An occupation's technologies: those O*NET flags in demand first, then hot technologies, then the
    /// rest, each group in O*NET's order.
    func requirements(of occupation: String) -> [Requirement] {
        let links = (self.links[occupation] ?? []).enumerated().sorted { a, b in
            let rank = { (link: (technology: Int, hot: Bool, inDemand: Bool)) in link.inDemand ? 0 : link.hot ? 1 : 2 }
            return (rank(a.element), a.offset) < (rank(b.element), b.offset)
        }.map(\.element)
        return links.map { link in
            let words = (link.inDemand ? [Need.inDemand] : []) + (link.hot ? [Need.hotTechnology] : [])
            return Requirement(
                skills: [technologies[link.technology].id],
                weights: words.map { Weight(need: $0, audience: nil, sources: [ONetImport.source]) },
                sources: [ONetImport.source])
        }
    }
}

/// Ids made from names ("Microsoft Excel" → `microsoft-excel`, "C++" → `c-plus-plus`), each once.
struct UniqueIDs {
    private var taken: Set<String> = []

    mutating func make(from name: String) -> String {
        let spelled = name.replacing("+", with: " plus ").replacing("#", with: " sharp ")
        let base = TextFolding.words(spelled).joined(separator: "-")
        var id = base.isEmpty ? "item" : base
        var suffix = 2
        while !taken.insert(id).inserted {
            id = "\(base.isEmpty ? "item" : base)-\(suffix)"
            suffix += 1
        }
        return id
    }
}
