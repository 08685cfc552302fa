// Regenerates Sources/CareerCore/Generated/BundledContent.swift from Content/.
// Run from the package root: swift run generate-content [--check]
import CareerCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let checkOnly = CommandLine.arguments.dropFirst().contains("--check")
do {
    let source = BundledContentSource.generate(try ContentLoader.load(directory: "Content"))
    let path = BundledContentSource.path
    if checkOnly {
        let current = (try? String(decoding: readAll(path), as: UTF8.self)) ?? ""
        guard current == source else {
            fail("\(path) is stale; run: swift run generate-content")
        }
        print("generate-content: \(path) is up to date")
    } else {
        guard let file = fopen(path, "wb"), fputs(source, file) >= 0, fclose(file) == 0 else {
            fail("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        print("generate-content: wrote \(path)")
    }
} catch {
    fail("\(error)")
}

func readAll(_ path: String) throws -> [UInt8] {
    struct Unreadable: Error {}
    guard let file = fopen(path, "rb") else { throw Unreadable() }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while case let count = fread(&buffer, 1, buffer.count, file), count > 0 { bytes.append(contentsOf: buffer[..<count]) }
    return bytes
}

func fail(_ message: String) -> Never {
    let line = Array("generate-content: \(message)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(1)
}
