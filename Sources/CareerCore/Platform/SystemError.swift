/// The errors system calls report, in `errno`.
public enum SystemError {
    /// The error of the last system call that failed.
    public static var last: Int32 { errno }

    /// What `code` means, as the system says it ("No such file or directory").
    public static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
