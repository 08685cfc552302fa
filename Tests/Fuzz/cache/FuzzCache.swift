// libFuzzer target: the compiled copy of a content pack that PackCache keeps in the user's cache
// directory, damaged as files get damaged: bits flipped, the end cut off. Whatever the damage, the copy
// must be refused when opened, or read as the guide it was compiled from (a damaged record makes the
// guide rebuild itself from its source): never a crash, never a wrong answer.
//
// The input is the damage, not the file, so that it stays the kind of damage checksums are there to
// catch (a made-up file with the right checksums is forgery, which the cache does not guard against):
// groups of five bytes, each a little-endian 32-bit offset and a mask. The mask is XORed into the byte
// at the offset (modulo the file's size); an offset with its top bit set instead cuts the file there.
@testable import CareerCore

/// A small guide with an item of every kind, so that every section of the file holds records.
private let files: [ContentLoader.File: String] = [
    .sources:
        #"[{"id": "handbook", "title": "Team handbook", "kind": "handbook", "summary": "How we grow.", "document": "h.md"}]"#,
    .categories: #"[{"id": "core", "name": "Core"}]"#,
    .skills: #"""
    [{"id": "swift", "name": "Swift", "category": "core", "description": "The language.", "sources": ["handbook"]},
     {"id": "testing", "name": "Testing", "aliases": ["tests"], "category": "core", "description": "Proof.", "sources": ["handbook"]},
     {"id": "mentoring", "name": "Mentoring", "category": "core", "description": "Helping.", "sources": ["handbook"]}]
    """#,
    .foundations: #"[{"skill": "swift", "weights": [{"need": "essential", "audience": null, "sources": ["handbook"]}], "sources": ["handbook"]}]"#,
    .roles: #"""
    [{"id": "engineer", "name": "Engineer", "level": "entry", "summary": "Builds features.", "next": ["lead"],
      "skills": [{"skill": "testing", "weights": [{"need": "essential", "audience": null, "sources": ["handbook"]}], "sources": ["handbook"]}], "sources": ["handbook"]},
     {"id": "lead", "name": "Lead Engineer", "level": "lead", "summary": "Leads a team.", "related": ["engineer"],
      "skills": [{"either": ["mentoring", "testing"], "sources": ["handbook"]}], "sources": ["handbook"]}]
    """#,
    .roadmap:
        #"[{"id": "basics", "number": 1, "name": "Basics", "goal": "Learn it.", "skills": ["swift"], "sources": ["handbook"]}]"#,
    .certifications: #"[{"id": "cert", "name": "Certificate", "issuer": null, "summary": "A test.", "sources": ["handbook"]}]"#,
    .projects: #"""
    [{"id": "app", "name": "An app", "level": "beginner", "summary": "Ship it.", "skills": ["swift"], "sources": ["handbook"]}]
    """#,
    .tips: #"[{"id": "tip", "name": "Pair", "summary": "Pair often.", "actions": ["Book a slot."], "sources": ["handbook"]}]"#,
    .topics: #"""
    [{"id": "quality", "name": "Quality", "summary": "Lasting code.", "details": ["Tests first."], "skills": ["testing"],
      "sources": ["handbook"]}]
    """#,
    .field: #"""
    [{"id": "overview", "title": "Overview", "paragraphs": ["Engineering."], "points": [{"label": "Pay", "text": "Good."}],
      "sources": ["handbook"]}]
    """#,
]
private let original = try! ContentLoader.load(files: files.mapValues { Array($0.utf8) })
/// The guide compiled, as a pack's cache file holds it.
private let good = GuideCompiler.compile(original, stamp: Array("the pack's files, as they were".utf8))

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var bytes = good
    var group = 0
    while group + 5 <= size, !bytes.isEmpty {
        let offset = (0..<4).reduce(0) { $0 | Int(data[group + $1]) << (8 * $1) }
        if offset & 0x8000_0000 != 0 {
            bytes.removeSubrange(((offset & 0x7FFF_FFFF) % bytes.count)...)
        } else {
            bytes[offset % bytes.count] ^= data[group + 4]
        }
        group += 5
    }
    let rebuild = { @Sendable in try? GuideFile(GuideBytes(good)) }
    guard let file = try? GuideFile(GuideBytes(bytes)), let guide = try? CompiledGuide(file, rebuild: rebuild) else {
        return 0  // refused when opened
    }
    precondition(Catalog(guide: guide).content == original, "a damaged cache file was read as a different guide")
    return 0
}
