/// This process's environment variables.
package enum Environment {
    /// The value of the variable `name`, or nil if it is not set.
    package static func value(of name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
