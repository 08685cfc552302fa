// libFuzzer target: the JSON reader every content pack and the progress file go through.
// Any input must give a value or a failure with a position inside the input, never a crash or a hang.
@testable import CareerCore

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        _ = try JSONParser.parse(bytes)
    } catch {
        // A position past the end of the input (plus one, for "at the end") would send a reader to nowhere.
        let lines = bytes.count { $0 == UInt8(ascii: "\n") } + 1
        precondition(error.position.line >= 1 && error.position.line <= lines, "line out of range: \(error)")
        precondition(error.position.column >= 1 && error.position.column <= bytes.count + 1, "column out of range: \(error)")
    }
    return 0
}
