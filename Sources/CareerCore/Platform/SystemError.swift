/// The errors system calls report, in `errno`.
package enum SystemError {
    /// The error of the last system call that failed.
    package static var last: Int32 { errno }

    /// What `code` means, as the system says it ("No such file or directory").
    package static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
