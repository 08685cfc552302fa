// Lays out Content/ as a pack's files are written (`Content.packFiles`) and compiles it into
// Sources/BundledGuide/BundledGuide.c, the one copy of the guide the binary embeds, after validating it.
// Run from the package root: swift run generate-content [--check] (--check changes nothing and fails if
// either is not as generated).
import CareerCore

let checkOnly = CommandLine.arguments.dropFirst().contains("--check")
do {
    var files: [ContentLoader.File: [UInt8]] = [:]
    for file in ContentLoader.File.allCases {
        do {
            files[file] = try FileBytes.read("Content/" + file.rawValue)
        } catch .notFound where !file.isRequired {
            continue  // a new kind's file: written below, with no items
        } catch {
            fail("cannot read Content/\(file): \(error.reason)")
        }
    }
    let content = try ContentLoader.load(files: files)
    var outputs = content.packFiles().map { ("Content/" + $0.key.rawValue, $0.value) }
    outputs.append((BundledGuideSource.path, Array(BundledGuideSource.generate(content).utf8)))
    for (path, bytes) in outputs.sorted(by: { $0.0 < $1.0 }) {
        let current = (try? FileBytes.read(path)) ?? []
        if current == bytes { continue }
        if checkOnly { fail("\(path) is not as generated; run: swift run generate-content") }
        if let reason = FileSystem.writeFile(bytes, to: path) { fail("cannot write \(path): \(SystemError.message(reason))") }
        print("generate-content: wrote \(path)")
    }
    print("generate-content: Content/ and \(BundledGuideSource.path) are up to date")
} catch {
    fail("\(error)")
}

func fail(_ message: String) -> Never {
    let line = Array("generate-content: \(message)\n".utf8)
    _ = line.withUnsafeBytes { Descriptors.writeAll($0, to: STDERR_FILENO) }
    Processes.exit(1)
}
