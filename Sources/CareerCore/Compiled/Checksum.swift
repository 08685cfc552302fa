/// A fast 64-bit checksum of bytes, eight at a time, to tell a damaged cache from a good one. Not a
/// cryptographic hash: it guards against truncation and flipped bits, not against an attacker (the
/// cache lives in the user's own directory).
enum Checksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = mix(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
        hash = mix(hash, tail)
        return hash ^ (hash >> 29)
    }

    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        return (product << 31 | product >> 33) &+ 0xC4CE_B9FE_1A85_EC53
    }

    /// The 32-bit hash used to place names in buckets (FNV-1a).
    static func bucketHash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
