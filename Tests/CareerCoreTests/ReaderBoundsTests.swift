import Testing

@testable import CareerCore

/// What the fuzz targets (Tests/Fuzz) and their review found in the readers of outside input, each
/// pinned with the input that showed it.
@Suite("Readers of outside input: inputs the fuzzing work found")
struct ReaderBoundsTests {
    /// `{"k0": 0, "k1": 0, …}` with `count` fields.
    static func object(fields count: Int) -> [UInt8] {
        Array(("{" + (0..<count).map { "\"k\($0)\": 0" }.joined(separator: ", ") + "}").utf8)
    }

    @Test("An object of many fields reads in time linear in its size (each new field was compared with every earlier one)")
    func manyFieldsAreLinear() throws {
        let bytes = Self.object(fields: 100_000)  // 1.2 MB: 5 billion comparisons when quadratic
        let clock = ContinuousClock()
        let started = clock.now
        let value = try JSONParser.parse(bytes)
        // A hang guard, not a speed test: quadratic reading took 230 s here, linear well under a second.
        #expect(clock.now - started < .seconds(60))
        guard case .object(let members) = value.storage else {
            Issue.record("not an object")
            return
        }
        #expect(members.count == 100_000)
        #expect(members.last?.key == "k99999")
    }

    @Test(
        "A field given twice is found whether the object is small or large",
        arguments: [
            (fields: 3, repeated: 1), (fields: 16, repeated: 15), (fields: 17, repeated: 0), (fields: 500, repeated: 250),
        ])
    func fieldGivenTwice(fields: Int, repeated: Int) throws {
        var text = String(decoding: Self.object(fields: fields).dropLast(), as: UTF8.self)
        text += ", \"k\(repeated)\": 1}"
        let error = try #require(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(text.utf8)) }
        #expect(error.message == "field 'k\(repeated)' appears twice in this object")
        #expect(error.position == TextPosition(line: 1, column: text.utf8.count - "\"k\(repeated)\": 1}".utf8.count + 1))
    }

    @Test("A field given twice is found when the two spellings are the same text in different Unicode forms")
    func fieldGivenTwiceInAnotherForm() throws {
        for count in [2, 40] {
            let object = String(decoding: Self.object(fields: count).dropLast(), as: UTF8.self)
            let text = object + ", \"caf\u{E9}\": 1, \"cafe\u{301}\": 2}"
            let error = try #require(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(text.utf8)) }
            #expect(error.message.hasSuffix("appears twice in this object"))
        }
    }
}
