/// Eight bytes of text read as one word, to find in a few instructions whether any of them is one the JSON
/// writer must escape (a quote, a backslash, a control character): plain runs are copied a word at a time.
/// The tests for a byte are the classic ones that find a zero byte. The parser skips plain runs of a
/// string the same way.
struct ByteWord {
    let bits: UInt64

    /// The eight bytes at `offset` of `bytes`, which must hold them.
    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        bits = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether one of the bytes is `byte`.
    func has(_ byte: UInt8) -> Bool {
        let x = bits ^ (Self.ones &* UInt64(byte))
        return (x &- Self.ones) & ~x & Self.highs != 0
    }

    /// Whether one of the bytes is below 0x20, a control character (exact only when none is 0x80 or above).
    var hasControl: Bool { (bits &- Self.ones &* 0x20) & ~bits & Self.highs != 0 }

    /// Whether one of the bytes is 0x80 or above: part of a character beyond ASCII.
    var hasHighBit: Bool { bits & Self.highs != 0 }
}
