/// Opening, reading, writing, locking and closing file descriptors, and the pipes between processes.
/// Where a call fails, `SystemError.last` says why.
package enum Descriptors {
    /// open(2) with `flags`, and `permissions` for a file it creates; nil if it failed.
    package static func open(_ path: String, _ flags: Int32, permissions: mode_t = 0) -> Int32? {
        #if canImport(Glibc)
            let descriptor = Glibc.open(path, flags, permissions)
        #else
            let descriptor = Darwin.open(path, flags, permissions)
        #endif
        return descriptor >= 0 ? descriptor : nil
    }

    /// What fstat(2) says of the open file.
    package static func status(of descriptor: Int32) -> stat? {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? info : nil
    }

    /// Reads what comes next into `buffer`, again where a signal interrupted it: the number of bytes
    /// read (0 at the end), or nil if it failed.
    package static func read(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int? {
        buffer.withUnsafeMutableBytes { read(descriptor, into: $0) }
    }

    /// Reads what comes next into `buffer`, again where a signal interrupted it: the count read, 0 at the
    /// end, nil on an error (`errno`).
    package static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        while true {
            let count = System.read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0, errno == EINTR { continue }
            return count >= 0 ? count : nil
        }
    }

    /// Writes all of `bytes` to `descriptor`, again where a signal interrupted it; the error (`errno`)
    /// that stopped it, if any (EIO for a write that wrote nothing).
    package static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = System.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return written < 0 ? errno : EIO }
            offset += written
        }
        return nil
    }

    /// Flushes what was written to the file to its disk (fsync(2)).
    package static func sync(_ descriptor: Int32) -> Bool {
        fsync(descriptor) == 0
    }

    /// Waits for an exclusive `flock` on the file, again where a signal interrupted the wait; closing the
    /// descriptor releases it.
    package static func lock(_ descriptor: Int32) -> Bool {
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { return false }
        }
        return true
    }

    /// close(2); false if it failed (for a file being written, the last write may have failed).
    @discardableResult
    package static func close(_ descriptor: Int32) -> Bool {
        #if canImport(Glibc)
            Glibc.close(descriptor) == 0
        #else
            Darwin.close(descriptor) == 0
        #endif
    }

    /// The first `size` bytes of the open file `descriptor`, mapped read-only and private; nil if they cannot be.
    package static func map(_ descriptor: Int32, size: Int) -> UnsafeRawBufferPointer? {
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        return UnsafeRawBufferPointer(start: address, count: size)
    }

    /// Releases what `map` mapped.
    package static func unmap(_ bytes: UnsafeRawBufferPointer) {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }

    /// A new pipe: what is written to `write` is read from `read`; nil if none could be made.
    package static func pipe() -> (read: Int32, write: Int32)? {
        var ends: [Int32] = [0, 0]
        #if canImport(Glibc)
            guard Glibc.pipe(&ends) == 0 else { return nil }
        #else
            guard Darwin.pipe(&ends) == 0 else { return nil }
        #endif
        return (ends[0], ends[1])
    }
}
