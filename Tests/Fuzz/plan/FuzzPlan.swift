// libFuzzer target: the progress file reader (`progress.json`, see PlanFile+JSON.swift).
// Any file must read as a plan or as damage with a position, never crash or hang; a plan that reads
// must be written back as text that reads as the same plan.
@testable import CareerCore

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file: PlanFile
    do {
        file = try PlanFile(json: bytes)
    } catch {
        precondition(error.position.line >= 1 && error.position.column >= 1, "damage without a position: \(error)")
        return 0
    }
    let written = file.json
    guard let again = try? PlanFile(json: Array(written.utf8)) else {
        preconditionFailure("a plan that was read cannot be read back once written:\n\(written)")
    }
    precondition(again == file, "a plan changed when written and read back:\n\(written)")
    return 0
}
