// Regenerates Sources/CareerCore/Generated/BundledContent.swift (Content/'s files, byte for byte) and
// Sources/BundledGuide/BundledGuide.c (the guide compiled) from Content/, after validating it. Run from the package root: swift run generate-content [--check]
import CareerCore

let checkOnly = CommandLine.arguments.dropFirst().contains("--check")
do {
    var files: [ContentLoader.File: [UInt8]] = [:]
    for file in ContentLoader.File.allCases { files[file] = try FileBytes.read("Content/" + file.rawValue) }
    let content = try ContentLoader.load(files: files)
    for (path, source) in [
        (BundledContentSource.path, try BundledContentSource.generate(files)),
        (BundledGuideSource.path, BundledGuideSource.generate(content)),
    ] {
        if checkOnly {
            let current = (try? String(decoding: FileBytes.read(path), as: UTF8.self)) ?? ""
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
    }
} catch {
    fail("\(error)")
}

func fail(_ message: String) -> Never {
    let line = Array("generate-content: \(message)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(1)
}
