/// A text folded for matching, kept as bytes: its words (lower case, accents removed) back to
/// back, and for each word where it is and how long its stem is — a stem is always a prefix of
/// its word (see `Stemmer`), so no second copy is kept. No String per word: search folds the
/// whole guide on every run, so this is the start-up path of `careers search`.
struct FoldedText: Sendable {
    private struct Word: Sendable {
        let start: Int32
        let length: Int32
        let stemLength: Int32
    }

    private(set) var bytes: [UInt8] = []
    private var wordTable: [Word] = []

    init(_ text: String) {
        append(text)
    }

    /// An empty text, to which many texts are appended so that they share storage.
    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
        wordTable.reserveCapacity(capacity / 6)
    }

    /// Adds the words of `text`; returns the positions they take.
    @discardableResult
    mutating func append(_ text: String) -> Range<Int> {
        let first = count
        var text = text
        text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 >= 0x80 }) else {
                for word in TextFolding.words(String(decoding: utf8, as: UTF8.self)) {
                    let start = bytes.count
                    bytes.append(contentsOf: word.utf8)
                    endWord(from: start)
                }
                return
            }
            // A run of letters and digits is copied whole, then lowered in place: appending byte by byte
            // checked the array's storage for every byte of the guide.
            var start = bytes.count
            var position = 0
            while position < utf8.count {
                let byte = utf8[position]
                if Self.isWordByte(byte) {
                    var end = position + 1
                    while end < utf8.count, Self.isWordByte(utf8[end]) { end += 1 }
                    let from = bytes.count
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[position..<end]))
                    bytes.withUnsafeMutableBufferPointer { folded in
                        for index in from..<folded.count where folded[index] &- UInt8(ascii: "A") < 26 { folded[index] += 32 }
                    }
                    position = end
                    continue
                }
                if bytes.count > start, let spelled = TextFolding.spelledOut(byte) {
                    bytes.append(contentsOf: spelled)
                } else {
                    if bytes.count > start { endWord(from: start) }
                    start = bytes.count
                }
                position += 1
            }
            if bytes.count > start { endWord(from: start) }
        }
        return first..<count
    }

    /// An ASCII letter or digit.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }

    /// How many words `FoldedText` finds in `token`, a piece of text without spaces.
    static func wordCount(_ token: Substring) -> Int {
        guard token.utf8.allSatisfy({ $0 < 0x80 }) else { return TextFolding.words(String(token)).count }
        var count = 0
        var inWord = false
        for byte in token.utf8 {
            let isWordByte = Self.isWordByte(byte)
            if isWordByte, !inWord { count += 1 }
            // A "+" or "#" ending a word is part of it (see `TextFolding`).
            inWord = isWordByte || (inWord && TextFolding.spelledOut(byte) != nil)
        }
        return count
    }

    var count: Int { wordTable.count }

    func word(_ index: Int) -> ArraySlice<UInt8> {
        let word = wordTable[index]
        return bytes[Int(word.start)..<Int(word.start) + Int(word.length)]
    }

    func stem(_ index: Int) -> ArraySlice<UInt8> {
        let word = wordTable[index]
        return bytes[Int(word.start)..<Int(word.start) + Int(word.stemLength)]
    }

    /// All the words run together: the text's key, as `TextFolding.key` gives it.
    var key: [UInt8] { bytes }

    /// The key of the words at `positions` only.
    func key(_ positions: Range<Int>) -> ArraySlice<UInt8> {
        guard let first = positions.first, let last = positions.last else { return [] }
        return bytes[Int(wordTable[first].start)..<Int(wordTable[last].start) + Int(wordTable[last].length)]
    }

    /// Writes the folded words for `init(reading:)`: the bytes, then each word's length and how much of
    /// it is past its stem (words are back to back, so where each starts follows).
    func write(to writer: inout RecordWriter) {
        writer.bytes(bytes)
        writer.int(wordTable.count)
        for word in wordTable {
            writer.int(Int(word.length))
            writer.int(Int(word.length - word.stemLength))
        }
    }

    init(reading reader: inout RecordReader) throws(GuideFile.Damaged) {
        bytes = Array(try reader.bytes())
        let count = try reader.int()
        guard count <= bytes.count else { throw GuideFile.Damaged() }
        wordTable.reserveCapacity(count)
        var start = 0
        for _ in 0..<count {
            let length = try reader.int()
            let ending = try reader.int()
            guard length > 0, ending <= length, length <= bytes.count - start else { throw GuideFile.Damaged() }
            wordTable.append(Word(start: Int32(start), length: Int32(length), stemLength: Int32(length - ending)))
            start += length
        }
        guard start == bytes.count else { throw GuideFile.Damaged() }
    }

    private mutating func endWord(from start: Int) {
        let stemLength = bytes.withUnsafeBufferPointer { Stemmer.stemLength(UnsafeBufferPointer(rebasing: $0[start...])) }
        wordTable.append(
            Word(start: Int32(start), length: Int32(bytes.count - start), stemLength: Int32(stemLength)))
    }
}

/// Reduces a folded word to a stem, so plurals and simple word forms meet: "networks" → "network",
/// "engineering" → "engineer", "studies" and "study" → "stud". A stem is always a prefix of its word.
enum Stemmer {
    static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        return String(decoding: bytes[..<bytes.withUnsafeBufferPointer(stemLength)], as: UTF8.self)
    }

    /// How many leading bytes of a folded word make its stem. Only lower-case ASCII words are stemmed.
    static func stemLength(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        let count = word.count
        guard count > 3, let last = word.last,
            last == UInt8(ascii: "s") || last == UInt8(ascii: "g")
                || last == UInt8(ascii: "d") || last == UInt8(ascii: "y"),
            word.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
        else { return count }
        if ends(word, "ies"), count > 4 { return count - 3 }
        if ends(word, "ing"), count > 5 { return count - 3 }
        if ends(word, "ed"), count > 4, !ends(word, "eed") { return count - 2 }
        if ends(word, "ses") || ends(word, "xes") || ends(word, "ches") || ends(word, "shes") { return count - 2 }
        var length = count
        if ends(word, "s"), !ends(word, "ss"), !ends(word, "is"), !ends(word, "us") { length -= 1 }
        // "study" and "studies" both become "stud"; "journeys" becomes "journe" like "journey".
        if length > 3, word[length - 1] == UInt8(ascii: "y") { length -= 1 }
        return length
    }

    private static func ends(_ word: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard word.count >= length else { return false }
        for offset in 0..<length where word[word.count - length + offset] != suffix.utf8Start[offset] { return false }
        return true
    }
}
