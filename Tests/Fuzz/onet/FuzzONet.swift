// libFuzzer target: `careers import onet` on any bytes. The input is split at NUL bytes into the seven
// files `ONetFile` lists, in order (fewer parts: the rest are missing). Any input must give problems with
// a line inside their file, or a guide that passes every check `careers validate` makes, never a crash
// or a hang.
@testable import CareerCore

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let parts = UnsafeBufferPointer(start: data, count: size).split(separator: 0, omittingEmptySubsequences: false)
    var bytes: [ONetFile: [UInt8]] = [:]
    for (file, part) in zip(ONetFile.allCases, parts) { bytes[file] = Array(part) }
    do {
        let database = try ONetDatabase(bytes: bytes)
        let imported = try ONetImport(database, directory: "db_29_2_text")
        do {
            _ = try ContentLoader.load(files: imported.content.packFiles(), directory: "pack")
        } catch {
            preconditionFailure("an import made a guide with problems: \(error.errors.prefix(3))")
        }
    } catch {
        for problem in error.problems {
            guard let line = problem.line, let file = ONetFile(rawValue: problem.file), let contents = bytes[file] else { continue }
            let lines = contents.count { $0 == UInt8(ascii: "\n") } + 1
            precondition(line >= 1 && line <= lines, "line out of range: \(problem)")
        }
    }
    return 0
}
