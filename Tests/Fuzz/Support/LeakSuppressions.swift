// Linked into every fuzz target (Tests/Fuzz/run.sh). LeakSanitizer reads its default suppressions
// from this function, so that a replayed crash is judged as the run that found it was.
//
// A Swift global (a `static let`, made once, through swift_once) lives as long as the program, but
// LeakSanitizer cannot always see that it is still held: an enum may keep its case in the spare bits
// of a pointer (`ValueKind.name("ROLE", [.role])`), which then does not look like a pointer to the
// array. What a global's initialiser allocates is therefore not a leak; anything else still is.
private let suppressions: StaticString = "leak:swift::threading_impl::once_slow\n"

@_cdecl("__lsan_default_suppressions")
public func leakSuppressions() -> UnsafePointer<CChar> {
    UnsafeRawPointer(suppressions.utf8Start).assumingMemoryBound(to: CChar.self)
}
