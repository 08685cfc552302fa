/// An item's JSON as a compiled guide keeps it: the same tree in binary, about half the bytes and read
/// without parsing text, so that it decodes through the content files' own code (`ObjectReader`) at a
/// fraction of the cost. Written into a `RecordWriter`, read back into a `JSONTape`.
///
///     value   a tag byte, then: nothing (null, false, true), eight bytes (a number), a string, a count
///             and that many values (an array), a count and that many (key, value) pairs (an object)
///     key     its number in the guide's table of keys (`Keys`): a few dozen field names, each kept once
///     shared  a tag for one of the item's strings kept elsewhere in the guide (its name and summary, which
///             its heading and summary records hold): each kept once
enum PackedJSON {
    private enum Tag: UInt8 {
        case null, `false`, `true`, number, string, array, object
    }

    /// The deepest nesting a record may have (the content files allow 100 levels).
    private static let maximumDepth = 100

    /// The field names of every item, numbered as they are first met; kept as one record of a count,
    /// then the names.
    struct Keys {
        private var names: [String] = []
        private var numbers: [String: Int] = [:]

        mutating func number(of key: String) -> Int {
            if let number = numbers[key] { return number }
            numbers[key] = names.count
            names.append(key)
            return names.count - 1
        }

        /// The record of the table.
        var record: [UInt8] {
            var writer = RecordWriter()
            writer.int(names.count)
            for name in names { writer.string(name) }
            return writer.bytes
        }

        /// The names a record of the table holds, by number.
        static func names(in reader: inout RecordReader) throws(GuideFile.Damaged) -> [String] {
            try (0..<reader.count()).map { _ throws(GuideFile.Damaged) in try reader.string() }
        }
    }

    /// Writes `value`; a string equal to one of `shared` is written as a reference to it.
    static func write(_ value: JSON, to writer: inout RecordWriter, keys: inout Keys, shared: [String]) {
        switch value {
        case .null: writer.int(Int(Tag.null.rawValue))
        case .bool(let flag): writer.int(Int((flag ? Tag.true : Tag.false).rawValue))
        case .number(let number):
            writer.int(Int(Tag.number.rawValue))
            writer.word(number.bitPattern)
        case .string(let text):
            if let index = shared.firstIndex(of: text) {
                writer.int(Int(Tag.object.rawValue) + 1 + index)
            } else {
                writer.int(Int(Tag.string.rawValue))
                writer.string(text)
            }
        case .array(let elements):
            writer.int(Int(Tag.array.rawValue))
            writer.int(elements.count)
            for element in elements { write(element, to: &writer, keys: &keys, shared: shared) }
        case .elements(let elements):
            write(.array(elements.all), to: &writer, keys: &keys, shared: shared)
        case .written(let value):
            write(value.tree, to: &writer, keys: &keys, shared: shared)
        case .object(let members):
            writer.int(Int(Tag.object.rawValue))
            writer.int(members.count)
            for (key, member) in members {
                writer.int(keys.number(of: key))
                write(member, to: &writer, keys: &keys, shared: shared)
            }
        }
    }

    /// Reads a value written by `write`, with the same `keys` and `shared`, into a tape; anything that does
    /// not fit is `Damaged`. Values have no place in a file: their position is 0:0.
    static func read(_ reader: inout RecordReader, keys: [String], shared: [String]) throws(GuideFile.Damaged) -> JSONTape {
        var tape = JSONTape.Builder()
        try read(&reader, into: &tape, keys: keys, shared: shared, depth: 0)
        return tape.finish()
    }

    private static func read(
        _ reader: inout RecordReader, into tape: inout JSONTape.Builder, keys: [String], shared: [String], depth: Int
    ) throws(GuideFile.Damaged) {
        guard depth <= maximumDepth else { throw GuideFile.Damaged() }
        let code = try reader.int()
        switch Tag(rawValue: UInt8(clamping: code)) {
        case .null: tape.append(.null, at: nowhere)
        case .false: tape.append(.false, at: nowhere)
        case .true: tape.append(.true, at: nowhere)
        case .number: tape.append(.number, at: nowhere, payload: try reader.word())
        case .string: tape.appendString(at: nowhere, try reader.bytes())
        case .array:
            // Each value takes a byte at least, so no count can ask for more than the record holds.
            let count = try reader.count()
            let array = tape.count
            tape.append(.array, at: nowhere)
            for _ in 0..<count { try read(&reader, into: &tape, keys: keys, shared: shared, depth: depth + 1) }
            tape.close(array, count: count)
        case .object:
            let count = try reader.count()
            let object = tape.count
            tape.append(.object, at: nowhere)
            for _ in 0..<count {
                let key = try reader.int()
                guard key < keys.count else { throw GuideFile.Damaged() }
                tape.appendString(at: nowhere, keys[key].utf8)
                try read(&reader, into: &tape, keys: keys, shared: shared, depth: depth + 1)
            }
            tape.close(object, count: count)
        case nil:
            let index = code - Int(Tag.object.rawValue) - 1
            guard index < shared.count else { throw GuideFile.Damaged() }
            tape.appendString(at: nowhere, shared[index].utf8)
        }
    }

    private static let nowhere = TextPosition(line: 0, column: 0)
}

extension PackedJSON {
    /// An item's strings that other records of a compiled guide hold already (its heading, the name; its
    /// summary record), so that its record refers to them instead of keeping a second copy. Not its id,
    /// which the record keeps as a check: a record read in place of another must not take its id.
    static func sharedStrings(name: String, summary: String) -> [String] { [name, summary] }
}
