/// Advice for building a career.
public struct Tip: Hashable, Sendable {
    public let id: String
    public let name: String
    public let summary: String
    /// Concrete ways to follow the tip, where the documents give them.
    public let actions: [String]
    public let sources: [String]
}
