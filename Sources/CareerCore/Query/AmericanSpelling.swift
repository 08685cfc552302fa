/// The guide is written in American spelling; a query in British spelling ("tokenisation", "analyse",
/// "visualising", "labelled", "centre") is read in the American one, so that search finds the same items.
enum AmericanSpelling {
    /// `word`, folded to lower case, in American spelling where a rule knows the British form; otherwise unchanged.
    static func of(_ word: String) -> String {
        if let whole = words[word] { return whole }
        guard word.utf8.count >= 7, word.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
            return word
        }
        // -isation → -ization (specialisation, tokenisation, optimisation …).
        let bytes = Array(word.utf8)
        let isation = Array("isation".utf8)
        if let start = (0...(bytes.count - isation.count)).first(where: { bytes[$0..<$0 + isation.count].elementsEqual(isation) })
        {
            var american = bytes
            american[start + 1] = UInt8(ascii: "z")
            return String(decoding: american, as: UTF8.self)
        }
        // -ise, -ised, -ises, -ising after a known root → -ize … (not "exercise", "noise", "precise").
        for ending in ["ise", "ised", "ises", "ising"] where word.hasSuffix(ending) {
            let root = String(word.dropLast(ending.count))
            if izeRoots.contains(root) { return root + "iz" + ending.dropFirst(2) }
        }
        // analyse, analysed, analysing → analyze … ("analysis" stays).
        for ending in ["yse", "ysed", "yses", "ysing"] where word.hasSuffix(ending) && word.hasPrefix("anal") {
            return String(word.dropLast(ending.count)) + "yz" + ending.dropFirst(2)
        }
        return word
    }

    private static let izeRoots: Set<String> = [
        "special", "visual", "token", "optim", "recogn", "organ", "general", "normal", "regular", "categor", "minim",
        "maxim", "standard", "util", "real", "summar", "memor", "priorit", "custom", "personal", "vector", "parallel",
    ]

    private static let words: [String: String] = [
        "labelled": "labeled", "labelling": "labeling", "modelled": "modeled", "modelling": "modeling", "centre": "center",
        "centres": "centers", "behaviour": "behavior", "behaviours": "behaviors", "colour": "color", "travelling": "traveling",
        "programme": "program", "programmes": "programs", "catalogue": "catalog",
    ]
}
