// libFuzzer target: the content loader and validator, as a content pack reaches them.
// The input is a whole pack: its files in `ContentLoader.File.allCases` order (sources, categories,
// skills, foundations, roles, roadmap, certifications, projects, tips, topics, field), separated by NUL
// bytes (which JSON text cannot hold); a missing or empty part is a file left out of the pack.
// Any pack must load or give its problems, never crash or hang; a pack that loads must compile into a
// guide that gives back the same content and answers queries.
@testable import CareerCore
import TestSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let parts = UnsafeBufferPointer(start: data, count: size).split(separator: 0, omittingEmptySubsequences: false)
    var files: [ContentLoader.File: [UInt8]] = [:]
    for (file, part) in zip(ContentLoader.File.allCases, parts) where !part.isEmpty {
        files[file] = Array(part)
    }
    let content: Content
    do {
        content = try ContentLoader.load(files: files, directory: "pack")
    } catch {
        precondition(!error.errors.isEmpty, "a pack was refused without a problem")
        return 0
    }
    // What the validator accepts, the compiler and every reader of the compiled guide must handle.
    let catalog = Catalog(content)
    precondition(catalog.content == content, "the compiled guide does not give back the content it was compiled from")
    _ = GrowthPath(catalog: catalog)
    for role in catalog.roles() {
        _ = LearningPlan(role: role, have: [], catalog: catalog)
        _ = GrowthPath(catalog: catalog, through: role)
    }
    _ = Search(catalog: catalog).search("learning")
    return 0
}
