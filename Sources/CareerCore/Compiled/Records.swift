/// The compact binary form of a compiled guide's records: unsigned LEB128 numbers, and strings and
/// byte runs as a length then their bytes. Written by `RecordWriter`, read back by `RecordReader`,
/// which checks every length against the record, so that no damaged record can read out of bounds.
struct RecordWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var rest = UInt64(value)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func ints(_ values: [Int]) {
        int(values.count)
        for value in values { int(value) }
    }

    mutating func bytes<Bytes: Collection<UInt8>>(_ run: Bytes) {
        int(run.count)
        bytes.append(contentsOf: run)
    }

    mutating func string(_ text: String) {
        var text = text
        // As one run of bytes: appending a String's UTF-8 view goes a byte at a time.
        text.withUTF8 { bytes($0) }
    }

    /// A 64-bit number, in eight bytes (a checksum, an inode number).
    mutating func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

/// Reads a record written by `RecordWriter`; any read past its end throws `Damaged`.
struct RecordReader {
    typealias Damaged = GuideFile.Damaged

    fileprivate let base: UnsafeRawBufferPointer
    fileprivate var offset = 0

    init(_ base: UnsafeRawBufferPointer) {
        self.base = base
    }

    var isAtEnd: Bool { offset == base.count }

    mutating func int() throws(GuideFile.Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < base.count, shift < 63 else { throw Damaged() }
            let byte = base[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        guard value <= UInt64(Int32.max) else { throw Damaged() }
        return Int(value)
    }

    /// A count of things that take a byte at least each, so no more than the record's bytes left.
    mutating func count() throws(GuideFile.Damaged) -> Int {
        let count = try int()
        guard count <= base.count - offset else { throw Damaged() }
        return count
    }

    mutating func ints() throws(GuideFile.Damaged) -> [Int] {
        let count = try count()
        var values: [Int] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try int()) }
        return values
    }

    /// A run of bytes, without copying them.
    mutating func bytes() throws(GuideFile.Damaged) -> UnsafeRawBufferPointer {
        let count = try int()
        guard count <= base.count - offset else { throw Damaged() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: base[offset..<offset + count])
    }

    mutating func string() throws(GuideFile.Damaged) -> String {
        // As typed bytes, so that String takes its fast, contiguous path.
        String(decoding: try bytes().assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }

    mutating func skip() throws(GuideFile.Damaged) {
        _ = try bytes()
    }

    mutating func word() throws(GuideFile.Damaged) -> UInt64 {
        guard base.count - offset >= 8 else { throw Damaged() }
        defer { offset += 8 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}

extension RecordReader {
    /// The rest of the record's bytes.
    mutating func rest() -> UnsafeRawBufferPointer {
        defer { offset = base.count }
        return UnsafeRawBufferPointer(rebasing: base[offset...])
    }
}
