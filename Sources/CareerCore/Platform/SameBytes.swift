extension UnsafeRawBufferPointer {
    /// Whether `other` holds the same bytes: memcmp, where a loop over the bytes' iterators costs ten times
    /// as much (an id is compared this way for every lookup by id).
    func hasSameBytes(as other: UnsafeRawBufferPointer) -> Bool {
        count == other.count && (count == 0 || memcmp(baseAddress!, other.baseAddress!, count) == 0)
    }
}
