import Testing

@testable import CareerCore

/// JSON written member by member, and long lists written a run at a time on two threads: the same text as
/// the tree it stands for, whatever the list's length.
@Suite("JSON written as it is made")
struct JSONStreamingTests {
    /// An element of every shape the writer lays out differently: nested objects, lists of objects,
    /// lists of plain values on one line or on many, empty ones, text that needs escaping.
    private static func element(_ index: Int) -> JSON {
        .object([
            ("id", .string("item-\(index)")), ("name", .string("Item \"\(index)\"\n€")),
            ("number", .number(Double(index))), ("half", .number(Double(index) / 2)), ("odd", .bool(index % 2 == 1)),
            ("none", .null), ("tags", .array((0..<index % 4).map { .string("tag \($0)") })),
            ("long", .array((0..<index % 30).map { .string("a rather long tag \($0)") })),
            ("refs", .array((0..<index % 3).map { .object([("id", .string("ref-\($0)")), ("empty", .object([]))]) })),
        ])
    }

    /// The text of `value`, and the text handed to `flush` a part at a time.
    private static func texts(_ value: JSON, compact: Bool) -> (whole: [UInt8], flushed: [UInt8]) {
        var flushed: [UInt8] = []
        var writer = JSONWriter(compact: compact) { flushed.append(contentsOf: $0) }
        writer.writeDocument(value)
        return (value.bytes(compact: compact) + [UInt8(ascii: "\n")], flushed)
    }

    @Test("A long list made as it is written reads as the same list held whole, at every run's edge")
    func elementsAsTheWholeList() {
        let run = JSONWriter.run
        for count in [0, 1, 2, run - 1, run, run + 1, 2 * run, 2 * run + 1, 3 * run + 7, 5 * run] {
            let elements = JSON.Elements(count: count) { Self.element($0) }
            for compact in [false, true] {
                let list = Self.texts(.object([("list", .elements(elements))]), compact: compact)
                let whole = Self.texts(.object([("list", .array(elements.all))]), compact: compact)
                #expect(list.whole == whole.whole, "\(count) compact: \(compact)")
                #expect(list.flushed == whole.whole, "\(count) compact: \(compact), flushed")
            }
        }
    }

    /// `element(index)` written member by member.
    private static func written(_ index: Int) -> JSON {
        .written { writer in
            writer.object { writer in
                writer.member("id", .string("item-\(index)"))
                writer.member("name", .string("Item \"\(index)\"\n€"))
                writer.member("number", .number(Double(index)))
                writer.member("half", .number(Double(index) / 2))
                writer.member("odd", .bool(index % 2 == 1))
                writer.member("none", .null)
                writer.member("tags", .array((0..<index % 4).map { .string("tag \($0)") }))
                writer.member("long", .array((0..<index % 30).map { .string("a rather long tag \($0)") }))
                writer.member("refs") { writer in
                    writer.array(count: index % 3) { writer, ref in
                        writer.object { writer in
                            writer.member("id", .string("ref-\(ref)"))
                            writer.member("empty") { $0.object { _ in } }
                        }
                    }
                }
            }
        }
    }

    @Test("An object written member by member is the tree it stands for, alone, in a list, and with a member set")
    func writtenAsTheTree() {
        for index in [0, 1, 2, 5, 29, 59] {
            for compact in [false, true] {
                #expect(Self.written(index).bytes(compact: compact) == Self.element(index).bytes(compact: compact), "\(index)")
                let list = JSON.array([Self.written(index), Self.written(index + 1)])
                let tree = JSON.array([Self.element(index), Self.element(index + 1)])
                #expect(list.bytes(compact: compact) == tree.bytes(compact: compact), "\(index) in a list")
            }
            #expect(Self.written(index).setting("odd", .string("set")) == Self.element(index).setting("odd", .string("set")))
            #expect(Self.written(index).setting("added", .null) == Self.element(index).setting("added", .null))
        }
    }
}
