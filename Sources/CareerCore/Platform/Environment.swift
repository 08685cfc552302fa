/// This process's environment variables.
public enum Environment {
    /// The value of the variable `name`, or nil if it is not set.
    public static func value(of name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
