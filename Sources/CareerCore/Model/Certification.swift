/// A certification the documents recommend.
public struct Certification: Hashable, Sendable {
    public let id: String
    public let name: String
    public let aliases: [String]
    public let issuer: String
    public let summary: String
    /// Ids of the skills it covers.
    public let skills: [String]
    public let sources: [String]
}
