/// The search index as the compiler gathers it: every stem of the guide's search documents, kept once,
/// with the items (kind and item number, in pairs) whose documents hold it. Compiling meets every word of
/// the guide here (a million in a large pack), so a stem is found by hashing its bytes in one pass (FNV-1a)
/// in a table of its own, and the stems are kept back to back in one array, not as a dictionary's keys.
struct StemTable {
    /// Where each stem's bytes are in `bytes`, by stem number.
    private var spans: [(start: Int, count: Int)] = []
    private var bytes: [UInt8] = []
    /// Open addressing: each slot holds a stem number, or -1. Never more than half full.
    private var slots = [Int](repeating: -1, count: 1 << 12)
    /// The items of each stem, by stem number.
    private var items: [[Int]] = []

    /// Records that the item `item` of `kind` has `stem`.
    mutating func add(_ stem: ArraySlice<UInt8>, kind: Int, item: Int) {
        let number = number(of: stem)
        // Once per item: a stem seen before in this item has the item last in its list.
        let count = items[number].count
        guard count < 2 || items[number][count - 2] != kind || items[number][count - 1] != item else { return }
        items[number].append(kind)
        items[number].append(item)
    }

    /// The stems in byte order, each with its items.
    var sorted: [(stem: ArraySlice<UInt8>, items: [Int])] {
        let order = spans.indices.sorted { stem($0).lexicographicallyPrecedes(stem($1)) }
        return order.map { (stem($0), items[$0]) }
    }

    private func stem(_ number: Int) -> ArraySlice<UInt8> {
        bytes[spans[number].start..<spans[number].start + spans[number].count]
    }

    private mutating func number(of stem: ArraySlice<UInt8>) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(stem)) & mask
        while slots[slot] >= 0 {
            if stem.elementsEqual(self.stem(slots[slot])) { return slots[slot] }
            slot = (slot + 1) & mask
        }
        let number = spans.count
        spans.append((bytes.count, stem.count))
        bytes.append(contentsOf: stem)
        items.append([])
        slots[slot] = number
        if spans.count * 2 > slots.count { grow() }
        return number
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for number in spans.indices {
            var slot = Int(truncatingIfNeeded: Self.hash(stem(number))) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = number
        }
    }

    private static func hash(_ stem: ArraySlice<UInt8>) -> UInt64 {
        stem.withUnsafeBufferPointer { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash ^ hash >> 32  // the high bits mixed into the low ones the table uses
        }
    }
}
