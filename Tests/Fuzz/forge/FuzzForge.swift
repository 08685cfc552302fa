// libFuzzer target: a pack's compiled copy forged, with every checksum right: records replaced, changed,
// swapped or copied from elsewhere, whole sections swapped. Checksums cannot tell such a copy from a good
// one; the reader must. Every command run on it must answer, or fail with a message: never trap, hang or
// exit mid-command. (What a forged copy says may differ from the pack: the stamp and a cache only its
// owner can write keep forgeries out; this target checks that one cannot crash a command.)
//
// The input's first byte chooses a quarter of the commands to run (each input stays quick); the rest is a
// list of forgeries, each an operation byte then its operands (16-bit numbers little-endian, taken modulo
// what they count):
//   0 section index length bytes…   replace a record with the bytes given
//   1 section section               swap two sections
//   2 section index index           swap two records of a section
//   3 section index offset mask     XOR a byte of a record with the mask
//   4 section index section index   copy a record over another
@testable import CareerCore
@testable import careers

/// The small guide compiled, as a pack's cache file holds it.
private let good = GuideCompiler.compile(smallGuide)
private let goodSections = try! GuideFile(GuideBytes(good)).sectionRecords()

/// Commands that read every part of the guide: lists, every kind of page, the queries across items.
private let commands: [[String]] = [
    ["roles"], ["roles", "--json"], ["show", "engineer"], ["show", "lead"], ["show", "swift"], ["show", "testing"],
    ["show", "phase 1"], ["show", "certificate"], ["show", "an app"], ["show", "pair"], ["show", "quality"],
    ["show", "overview"], ["show", "handbook"], ["show", "core"], ["skills"], ["skills", "--role", "lead engineer"],
    ["skills", "--role", "engineer", "--json"], ["compare", "engineer", "lead"], ["gap", "--role", "lead", "--have", "swift"],
    ["match", "--have", "testing"], ["path"], ["path", "--format", "svg"], ["roadmap"], ["roadmap", "--format", "html"],
    ["search", "mentor"], ["search", "team", "--json"], ["certifications"], ["projects"], ["topics"], ["tips"],
    ["about"], ["sources"], ["--version"],
]

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var input = UnsafeBufferPointer(start: data, count: size)[...]
    func byte() -> Int? { input.popFirst().map(Int.init) }
    func number() -> Int? {
        guard let low = byte(), let high = byte() else { return nil }
        return low | high << 8
    }
    guard let quarter = byte() else { return 0 }
    var sections = goodSections
    func section() -> Int? { number().map { $0 % sections.count } }
    func record(in section: Int) -> Int? {
        guard let index = number(), !sections[section].isEmpty else { return nil }
        return index % sections[section].count
    }
    forging: while let operation = byte() {
        switch operation % 5 {
        case 0:
            guard let s = section(), let i = record(in: s), let length = byte() else { break forging }
            sections[s][i] = Array(input.prefix(length))
            input = input.dropFirst(length)
        case 1:
            guard let s = section(), let t = section() else { break forging }
            sections.swapAt(s, t)
        case 2:
            guard let s = section(), let i = record(in: s), let j = record(in: s) else { break forging }
            sections[s].swapAt(i, j)
        case 3:
            guard let s = section(), let i = record(in: s), let offset = number(), let mask = byte() else { break forging }
            if !sections[s][i].isEmpty { sections[s][i][offset % sections[s][i].count] ^= UInt8(mask) }
        default:
            guard let s = section(), let i = record(in: s), let t = section(), let j = record(in: t) else { break forging }
            sections[t][j] = sections[s][i]
        }
    }
    let rebuild = { @Sendable in try? GuideFile(GuideBytes(good)) }
    guard let file = try? GuideFile(GuideBytes(GuideFile.build(sections))), let guide = try? CompiledGuide(file, rebuild: rebuild)
    else { return 0 }  // refused when opened
    let catalog = Catalog(guide: guide)
    for (index, arguments) in commands.enumerated() where index % 4 == quarter % 4 {
        let result = CLI.run(arguments, environment: [:], catalog: catalog)
        precondition(result.status < 128, "exit status \(result.status): \(arguments)")
        precondition(result.status == 0 || !result.stderr.isEmpty, "a failure without a message: \(arguments)")
    }
    return 0
}
