/// A key topic for LLM engineers, grouping the skills it covers.
public struct Topic: Hashable, Sendable {
    public let id: String
    public let name: String
    public let summary: String
    public let details: [String]
    /// Ids of the skills the topic covers.
    public let skills: [String]
    public let sources: [String]
}
