extension String {
    /// At most `limit` characters of the text, for quoting it in a message: a name or key from a file, or a
    /// word typed, can be 64 KiB long; a long one is cut, not echoed.
    package func excerpt(limit: Int = 60) -> String {
        count <= limit ? self : String(prefix(limit)) + "…"
    }
}
