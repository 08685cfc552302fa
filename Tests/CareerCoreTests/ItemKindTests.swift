@testable import CareerCore
import Testing

@Suite("Kinds of item")
struct ItemKindTests {
    @Test("A kind's number is its place among the cases, both ways, and orders kinds as they are declared")
    func ordinalsFollowTheCases() {
        #expect(ItemKind.allCases.map(\.ordinal) == Array(ItemKind.allCases.indices))
        #expect(ItemKind.allCases.indices.map { ItemKind(ordinal: $0) } == ItemKind.allCases)
        #expect(ItemKind(ordinal: ItemKind.allCases.count) == nil && ItemKind(ordinal: -1) == nil)
        #expect(ItemKind.allCases.sorted() == ItemKind.allCases)
    }

    @Test("Each kind is described once, in the order of the cases, and each file of a pack once")
    func everyKindIsDescribed() {
        #expect(Content.kinds.map { $0.kind } == ItemKind.allCases)
        // Each kind's file among the files, once; the levels' and the foundations' files define no kind.
        #expect(Content.files.compactMap { $0.itemKind }.sorted() == ItemKind.allCases)
        #expect(Content.files.filter { $0.itemKind == nil }.map { $0.file } == ["levels.json", "foundations.json"])
        #expect(Set(ContentLoader.File.allCases.map(\.rawValue)).count == ContentLoader.File.allCases.count)
        #expect(Search.defaultKinds == [.role, .skill, .topic, .phase, .certification, .project, .tip, .section])
    }
}
