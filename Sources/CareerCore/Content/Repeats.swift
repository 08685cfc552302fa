/// The values of one list seen so far, to find one given twice. Most lists are short (an item's one
/// source, a few aliases): those are compared in place, with no set to build and hash.
struct Repeats {
    private var few: [String] = []
    private var many: Set<String>?

    mutating func isRepeated(_ value: String) -> Bool {
        if many == nil, few.count == 8 { many = Set(few) }
        if many != nil { return !many!.insert(value).inserted }
        if few.contains(value) { return true }
        if few.isEmpty { few.reserveCapacity(8) }
        few.append(value)
        return false
    }
}
