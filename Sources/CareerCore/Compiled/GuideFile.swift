/// The bytes of a compiled guide, and how they are laid out: a header, then sections of records.
///
///     header    "CAREERS\u{1}", section count (u32), checksum (u64) of the section table
///     sections  per section: its offset (u64) and record count (u32)
///     section   per record: start (u32, from the end of the record table), length (u32), checksum (u32);
///               then the records' bytes
///
/// The section table is checked when the guide opens; each record, against its entry in its section's
/// record table, each time it is read: a command reads (and pays for) only the records it needs, and a
/// damaged record, or a damaged entry for it, is never believed. The layout has no version number to
/// bump: a pack's cached copy is stamped with a fingerprint of everything the compiler writes
/// (`PackStamp.programFingerprint`).
struct GuideFile {
    static let magic: [UInt8] = Array("CAREERS\u{1}".utf8)
    private static let headerSize = 20
    private static let sectionEntrySize = 12
    private static let recordEntrySize = 12

    struct Damaged: Error {}

    private struct SectionTable {
        let recordTable: Int
        let data: Int
        let count: Int
    }

    let bytes: GuideBytes
    private let sections: [SectionTable]

    /// Checks the header and every table of `bytes`.
    init(_ bytes: GuideBytes) throws(Damaged) {
        let base = bytes.base
        guard base.count >= Self.headerSize, Array(base[0..<8]) == Self.magic else { throw Damaged() }
        let sectionCount = Int(base.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        let expected = base.loadUnaligned(fromByteOffset: 12, as: UInt64.self)
        let tableEnd = Self.headerSize + sectionCount * Self.sectionEntrySize
        guard sectionCount <= 1024, tableEnd <= base.count else { throw Damaged() }
        guard Checksum.of(UnsafeRawBufferPointer(rebasing: base[Self.headerSize..<tableEnd])) == expected else { throw Damaged() }
        var sections: [SectionTable] = []
        for index in 0..<sectionCount {
            let entry = Self.headerSize + index * Self.sectionEntrySize
            let offset = base.loadUnaligned(fromByteOffset: entry, as: UInt64.self)
            let count = Int(base.loadUnaligned(fromByteOffset: entry + 8, as: UInt32.self))
            guard offset <= UInt64(base.count), count <= (base.count - Int(offset)) / Self.recordEntrySize else {
                throw Damaged()
            }
            let table = Int(offset)
            sections.append(SectionTable(recordTable: table, data: table + count * Self.recordEntrySize, count: count))
        }
        self.bytes = bytes
        self.sections = sections
    }

    var sectionCount: Int { sections.count }

    func recordCount(_ section: Int) -> Int { sections[section].count }

    /// The bytes of one record, after checking them.
    func record(_ section: Int, _ index: Int) throws(Damaged) -> UnsafeRawBufferPointer {
        let table = sections[section]
        guard index >= 0, index < table.count else { throw Damaged() }
        let base = bytes.base
        let entry = table.recordTable + index * Self.recordEntrySize
        let start = table.data + Int(base.loadUnaligned(fromByteOffset: entry, as: UInt32.self))
        let length = Int(base.loadUnaligned(fromByteOffset: entry + 4, as: UInt32.self))
        guard start <= base.count, length <= base.count - start else { throw Damaged() }
        let record = UnsafeRawBufferPointer(rebasing: base[start..<start + length])
        guard UInt32(truncatingIfNeeded: Checksum.of(record)) == base.loadUnaligned(fromByteOffset: entry + 8, as: UInt32.self)
        else { throw Damaged() }
        return record
    }

    /// Every section's records, as `build` takes them: the guide taken apart (tests and fuzz targets forge
    /// copies with it).
    func sectionRecords() throws(Damaged) -> [[[UInt8]]] {
        try (0..<sectionCount).map { section throws(Damaged) in
            try (0..<recordCount(section)).map { index throws(Damaged) in Array(try record(section, index)) }
        }
    }

    /// Lays out `sections`, each a list of records.
    static func build(_ sections: [[[UInt8]]]) -> [UInt8] {
        var out = magic
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        append(UInt32(sections.count))
        append(UInt64(0))  // the checksum, filled in below
        let tableStart = out.count
        out += [UInt8](repeating: 0, count: sections.count * sectionEntrySize)
        for (index, records) in sections.enumerated() {
            let offset = out.count
            out.withUnsafeMutableBytes { raw in
                raw.storeBytes(
                    of: UInt64(offset).littleEndian, toByteOffset: tableStart + index * sectionEntrySize, as: UInt64.self)
                raw.storeBytes(
                    of: UInt32(records.count).littleEndian, toByteOffset: tableStart + index * sectionEntrySize + 8,
                    as: UInt32.self)
            }
            var start = 0
            for record in records {
                append(UInt32(start))
                append(UInt32(record.count))
                append(UInt32(truncatingIfNeeded: record.withUnsafeBytes(Checksum.of)))
                start += record.count
            }
            for record in records { out += record }
        }
        let hash = out.withUnsafeBytes { raw in
            Checksum.of(UnsafeRawBufferPointer(rebasing: raw[tableStart..<tableStart + sections.count * sectionEntrySize]))
        }
        out.withUnsafeMutableBytes { $0.storeBytes(of: hash.littleEndian, toByteOffset: 12, as: UInt64.self) }
        return out
    }
}

/// Bytes that stay put while a guide is read: a cache file mapped into memory, or bytes built in memory.
final class GuideBytes: @unchecked Sendable {
    let base: UnsafeRawBufferPointer
    private let release: () -> Void

    /// Takes a copy of `bytes`.
    init(_ bytes: [UInt8]) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
        base = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<bytes.count])
        release = { buffer.deallocate() }
    }

    /// Bytes that live as long as the program: the bundled guide, compiled into the binary.
    init(static base: UnsafeRawBufferPointer) {
        self.base = base
        release = {}
    }

    /// Maps `size` bytes of the open file `descriptor` (read-only, private), or nil if it cannot be.
    init?(mapping descriptor: Int32, size: Int) {
        guard size > 0, size < Int(Int32.max), let mapped = Descriptors.map(descriptor, size: size) else { return nil }
        base = mapped
        release = { Descriptors.unmap(mapped) }
    }

    deinit { release() }
}
