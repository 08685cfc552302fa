/// Writing and closing file descriptors, and the pipes between processes.
public enum Descriptors {
    /// Writes all of `bytes` to `descriptor`, again where a signal interrupted it; the error (`errno`)
    /// that stopped it, if any (EIO for a write that wrote nothing).
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = System.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return written < 0 ? errno : EIO }
            offset += written
        }
        return nil
    }

    /// close(2); false if it failed (for a file being written, the last write may have failed).
    @discardableResult
    public static func close(_ descriptor: Int32) -> Bool {
        #if canImport(Glibc)
            Glibc.close(descriptor) == 0
        #else
            Darwin.close(descriptor) == 0
        #endif
    }

    /// A new pipe: what is written to `write` is read from `read`; nil if none could be made.
    public static func pipe() -> (read: Int32, write: Int32)? {
        var ends: [Int32] = [0, 0]
        #if canImport(Glibc)
            guard Glibc.pipe(&ends) == 0 else { return nil }
        #else
            guard Darwin.pipe(&ends) == 0 else { return nil }
        #endif
        return (ends[0], ends[1])
    }
}
