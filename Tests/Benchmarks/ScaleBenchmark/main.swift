// How CareerCore's costs grow with the size of the guide: loads, looks up, searches and matches
// in catalogs 1×, 10× and 100× the bundled one, generated here by copying every item with new
// ids and names. Prints a Markdown table.
// Run: swift run -c release scale-benchmark [--quick] [--factors 1,10,100]
//      swift run -c release scale-benchmark --write-pack DIR [--times N]   (a pack of 4,000×N roles, 16,000×N skills)
import CareerCore
import TestSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let arguments = CommandLine.arguments
if let index = arguments.firstIndex(of: "--write-pack"), index + 1 < arguments.count {
    let times = arguments.firstIndex(of: "--times").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil } ?? 1
    BigPack.write(to: arguments[index + 1], times: times)
    exit(0)
}
let quick = arguments.contains("--quick")
let factors =
    arguments.firstIndex(of: "--factors").flatMap { index in
        index + 1 < arguments.count ? arguments[index + 1].split(separator: ",").compactMap { Int($0) } : nil
    } ?? [1, 10, 100]

/// The bundled guide written as the JSON files of a content directory, every item copied `factor`
/// times (copy k renames ids "x" to "x-k" and names "X" to "X k"). Sources, categories and the
/// field-wide skill needs are shared: a bigger guide has more roles, not a bigger field-wide core.
func scaledFiles(_ factor: Int) -> [ContentLoader.File: [UInt8]] {
    let shared: Set<ContentLoader.File> = [.sources, .categories, .foundations]
    var files: [ContentLoader.File: [UInt8]] = [:]
    for (file, json) in Catalog.bundled.content.packJSON() {
        guard case .array(let items) = json else { continue }
        let copies = shared.contains(file) ? items : (0..<factor).flatMap { copy in items.map { renamed($0, copy: copy) } }
        // Phases are numbered in file order, so the copies are renumbered.
        let numbered = file == .roadmap ? copies.enumerated().map { $1.setting("number", .number(Double($0 + 1))) } : copies
        files[file] = Array(JSON.array(numbered).serialized().utf8)
    }
    return files
}

/// Suffixes ids and every reference to a replicated item, and names, for copy `copy` (copy 0 is unchanged).
func renamed(_ value: JSON, copy: Int, key: String = "") -> JSON {
    guard copy > 0 else { return value }
    let references: Set<String> = ["id", "skill", "either", "next", "related", "skills"]
    let names: Set<String> = ["name", "title", "aliases", "searchTerms"]
    switch value {
    case .string(let text) where references.contains(key): return .string("\(text)-\(copy)")
    case .string(let text) where names.contains(key): return .string("\(text) \(copy)")
    case .array(let elements): return .array(elements.map { renamed($0, copy: copy, key: key) })
    case .object(let members): return .object(members.map { ($0.0, renamed($0.1, copy: copy, key: $0.0)) })
    default: return value
    }
}

/// The median time of `body` over `runs` runs, in microseconds.
func median(runs: Int, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    let times = (0..<runs).map { _ in clock.measure(body) }.sorted()
    let middle = times[times.count / 2]
    return Double(middle.components.seconds) * 1e6 + Double(middle.components.attoseconds) / 1e12
}

func format(_ microseconds: Double) -> String {
    microseconds >= 1000 ? "\(Double(Int(microseconds / 10)) / 100) ms" : "\(Int(microseconds.rounded())) µs"
}

print("| guide | items | load + validate | compile | name lookup | search | match |")
print("|---|---|---|---|---|---|---|")
var previous: [Double]?
for factor in factors {
    let files = scaledFiles(factor)
    let runs = quick ? 3 : (factor == 100 ? 7 : 21)
    let content: Content
    do { content = try ContentLoader.load(files: files) } catch { fatalError("the generated \(factor)× guide does not load: \(error.errors.prefix(3))") }
    let catalog = Catalog(content)
    let items = catalog.entries.count
    let lastRole = content.roles[content.roles.count - 1].name
    let load = median(runs: runs) { _ = try? ContentLoader.load(files: files) }
    let compile = median(runs: runs) { _ = Catalog(content) }
    let lookup = median(runs: runs) { _ = NameResolver(catalog: catalog).resolve(lastRole) }
    let search = median(runs: runs) { _ = Search(catalog: catalog).search("deep learning", limit: 10) }
    let skills = SkillProfile(["python, pytorch, linear algebra"], catalog: catalog).skills
    let match = median(runs: runs) { _ = MatchReport(have: skills, catalog: catalog) }
    let times = [load, compile, lookup, search, match]
    print("| \(factor)× | \(items) | " + times.map(format).joined(separator: " | ") + " |")
    if let previous {
        let growth = zip(times, previous).map { "\(Double(Int($0 / $1 * 10)) / 10)×" }
        print("| growth vs. previous row | | " + growth.joined(separator: " | ") + " |")
    }
    previous = times
}
