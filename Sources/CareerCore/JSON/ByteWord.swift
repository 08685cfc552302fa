/// Eight bytes of text read as one word, to find in a few instructions whether any of them needs a look of
/// its own (a quote, a backslash, a control character, a byte beyond ASCII): the JSON writer copies plain
/// runs a word at a time, the parser and the control-character check skip them so. The tests for a byte
/// are the classic ones that find a zero byte.
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

    /// Whether each byte is printable ASCII (no control character, no DEL, nothing beyond ASCII).
    var isPrintableASCII: Bool { !hasHighBit && !hasControl && !has(0x7F) }

    /// Whether each byte is printable ASCII other than `"` and `\`: text a JSON string holds as it is.
    var isPlainJSONText: Bool { isPrintableASCII && !has(UInt8(ascii: "\"")) && !has(UInt8(ascii: "\\")) }

    /// The offset of the first word of `bytes` from `offset` that is not `plain`, or of the last bytes,
    /// fewer than eight, when every word is.
    static func skip(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, while plain: (ByteWord) -> Bool) -> Int {
        var offset = offset
        while offset + 8 <= bytes.count, plain(ByteWord(bytes, at: offset)) { offset += 8 }
        return offset
    }
}
