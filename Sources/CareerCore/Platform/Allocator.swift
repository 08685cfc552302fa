/// Settings of the C library's allocator for the whole process.
package enum Allocator {
    /// Lets the allocator keep the memory it is given back instead of returning it to the system at once, and
    /// take it in large steps: reading and compiling a large pack builds and frees trees of millions of small
    /// values and arrays of megabytes, and each page returned and asked for again costs a fault. On the 17 MB
    /// benchmark pack this takes about a quarter off the system time of the first run. Memory that is not
    /// touched is not resident, so small commands do not grow. True when the allocator took the settings.
    @discardableResult
    package static func keepFreedMemory() -> Bool {
        #if canImport(Glibc)
            // malloc.h's M_TRIM_THRESHOLD and M_TOP_PAD. Arrays of megabytes still get pages of their own (the
            // mmap threshold is left alone): grown, they are moved by remapping rather than by copying.
            return mallopt(-1, 256 << 20) == 1 && mallopt(-2, 64 << 20) == 1
        #else
            return false
        #endif
    }
}

#if canImport(Glibc)
    /// mallopt(3), from malloc.h, which the Glibc module does not include.
    @_silgen_name("mallopt")
    private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
