// libFuzzer target: the compiled copy of a content pack that PackCache keeps in the user's cache
// directory, damaged as files get damaged: bits flipped, the end cut off. Whatever the damage, the copy
// must be refused when opened, or read as the guide it was compiled from (a damaged record makes the
// guide rebuild itself from its source): never a crash, never a wrong answer.
//
// The input is the damage, not the file, so that it stays the kind of damage checksums are there to
// catch (a made-up file with the right checksums is forgery: the `forge` target's business):
// groups of five bytes, each a little-endian 32-bit offset and a mask. The mask is XORed into the byte
// at the offset (modulo the file's size); an offset with its top bit set instead cuts the file there.
@testable import CareerCore

/// The guide compiled, as a pack's cache file holds it.
private let good = GuideCompiler.compile(smallGuide, stamp: Array("the pack's files, as they were".utf8))

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
    precondition(Catalog(guide: guide).content == smallGuide, "a damaged cache file was read as a different guide")
    return 0
}
