import CareerCore

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

    static func read(_ path: String) -> [UInt8] {
        guard let handle = fopen(path, "rb") else { return [] }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while case let count = fread(&buffer, 1, buffer.count, handle), count > 0 {
            bytes.append(contentsOf: buffer[..<count])
        }
        return bytes
    }
}
