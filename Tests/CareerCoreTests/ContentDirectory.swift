import CareerCore
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The repository's Content/ directory, found from this file's path.
enum ContentDirectory {
    static let path: String = {
        var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(3)  // Tests/CareerCoreTests/ContentDirectory.swift
        return components.joined(separator: "/") + "/Content"
    }()

    static let packageRoot: String = String(path.dropLast("/Content".count))

    /// The bytes of every content file, to be altered by tests of malformed content.
    static func files() -> [ContentLoader.File: [UInt8]] {
        var files: [ContentLoader.File: [UInt8]] = [:]
        for file in ContentLoader.File.allCases {
            files[file] = read(path + "/" + file.rawValue)
        }
        return files
    }

    /// The file's bytes; nil where Content/ has no such file (levels.json: it uses the standard levels).
    static func read(_ path: String) -> [UInt8]? {
        guard let handle = fopen(path, "rb") else { return nil }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while case let count = fread(&buffer, 1, buffer.count, handle), count > 0 {
            bytes.append(contentsOf: buffer[..<count])
        }
        return bytes
    }

    /// Loads the real content with one file's text replaced (once), and returns every problem it reports.
    static func problems(in file: ContentLoader.File, replacing old: String, with new: String) throws -> [ContentError] {
        var files = files()
        let text = String(decoding: try #require(files[file]), as: UTF8.self)
        #expect(text.contains(old), "fixture text not found in \(file.rawValue)")
        files[file] = Array(text.replacing(old, with: new, maxReplacements: 1).utf8)
        return try #require(throws: ContentProblems.self) { try ContentLoader.load(files: files) }.errors
    }

    /// The one problem the content reports with one file's text replaced.
    static func error(in file: ContentLoader.File, replacing old: String, with new: String) throws -> ContentError {
        let problems = try problems(in: file, replacing: old, with: new)
        #expect(problems.count == 1, "\(problems)")
        return try #require(problems.first)
    }
}
