/// A text folded for matching, kept as bytes: its words (lower case, accents removed) and their
/// stems, without a String per word. Search folds the whole guide on every run, so this is the
/// start-up path of `careers search`.
struct FoldedText: Sendable {
    /// The folded words, back to back; `wordRanges` says where each one is.
    private(set) var words: [UInt8] = []
    private(set) var wordRanges: [Range<Int>] = []
    /// The stems of the words, back to back; `stemRanges` says where each one is.
    private(set) var stems: [UInt8] = []
    private(set) var stemRanges: [Range<Int>] = []

    init(_ text: String) {
        append(text)
    }

    /// An empty text, to which many texts are appended so that they share storage.
    init(reservingCapacity bytes: Int) {
        words.reserveCapacity(bytes)
        stems.reserveCapacity(bytes)
        wordRanges.reserveCapacity(bytes / 6)
        stemRanges.reserveCapacity(bytes / 6)
    }

    /// Adds the words of `text`; returns the positions they take.
    @discardableResult
    mutating func append(_ text: String) -> Range<Int> {
        let first = count
        var text = text
        text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else {
                for word in TextFolding.words(String(decoding: bytes, as: UTF8.self)) {
                    let start = words.count
                    words.append(contentsOf: word.utf8)
                    endWord(from: start)
                }
                return
            }
            var start = words.count
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): words.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): words.append(byte + 32)
                default:
                    if words.count > start { endWord(from: start) }
                    start = words.count
                }
            }
            if words.count > start { endWord(from: start) }
        }
        return first..<count
    }

    var count: Int { wordRanges.count }
    func word(_ index: Int) -> ArraySlice<UInt8> { words[wordRanges[index]] }
    func stem(_ index: Int) -> ArraySlice<UInt8> { stems[stemRanges[index]] }
    /// All the words run together: the text's key, as `TextFolding.key` gives it.
    var key: [UInt8] { words }

    /// The key of the words at `positions` only.
    func key(_ positions: Range<Int>) -> ArraySlice<UInt8> {
        positions.isEmpty ? [] : words[wordRanges[positions.lowerBound].lowerBound..<wordRanges[positions.upperBound - 1].upperBound]
    }

    private mutating func endWord(from start: Int) {
        wordRanges.append(start..<words.count)
        let stemStart = stems.count
        stems.append(contentsOf: words[start...])
        Stemmer.stem(&stems, from: stemStart)
        stemRanges.append(stemStart..<stems.count)
    }
}

/// Reduces a folded word to a stem, so plurals and simple word forms meet:
/// "networks" → "network", "engineering" → "engineer", "studies" → "study".
enum Stemmer {
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        stem(&bytes, from: 0)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Stems the word that runs from `start` to the end of `bytes`, in place.
    static func stem(_ bytes: inout [UInt8], from start: Int) {
        let count = bytes.count - start
        guard count > 3, bytes[start...].allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return }
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            let pointer = suffix.utf8Start
            for offset in 0..<length where bytes[bytes.count - length + offset] != pointer[offset] { return false }
            return true
        }
        if ends("ies"), count > 4 {
            bytes.removeLast(3)
            bytes.append(UInt8(ascii: "y"))
        } else if ends("ing"), count > 5 {
            bytes.removeLast(3)
        } else if ends("ed"), count > 4, !ends("eed") {
            bytes.removeLast(2)
        } else if ends("ses") || ends("xes") || ends("ches") || ends("shes") {
            bytes.removeLast(2)
        } else if ends("s"), !ends("ss"), !ends("is"), !ends("us") {
            bytes.removeLast(1)
        }
    }
}
