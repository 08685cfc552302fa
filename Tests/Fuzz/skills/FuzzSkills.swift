// libFuzzer target: the skills-file reader (`match --have-file`, `gap --have-file`): the file's text,
// decoded as SkillInput decodes it, split into names and resolved against the bundled guide.
// Any text must give names and their resolution, never crash or hang.
@testable import CareerCore
import TestSupport

/// Under AddressSanitizer and coverage, resolving a name costs some 40 times what it costs in a release
/// build, and every name of a skills file is resolved: a 4 KiB file of made-up names takes 5 s here
/// (0.1 s in a release build). Files up to 1 KiB keep an input well under the timeout; how the time
/// grows with the size of a file is for the benchmarks, not for this search for crashes.
private let maximumSize = 1024

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size <= maximumSize else { return -1 }  // -1: not worth keeping in the corpus
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let names = SkillProfile.names(in: [text])
    for name in names {
        precondition(!name.isEmpty && !name.hasPrefix("#"), "a blank name or a comment was kept: '\(name)'")
        precondition(!zip(name, name.dropFirst()).contains { $0.isWhitespace && $1 == "#" }, "a comment was kept: '\(name)'")
    }
    let profile = SkillProfile([text], catalog: Catalog.bundled)
    // A name without commas may be several ("python pytorch"), each of one word or more.
    let words = names.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
    precondition(profile.skills.count + profile.unresolved.count <= words, "more results than words given")
    return 0
}
