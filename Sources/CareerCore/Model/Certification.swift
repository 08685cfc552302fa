/// A certification the documents recommend.
public struct Certification: Hashable, Sendable {
    public let id: String
    public let name: String
    public let aliases: [String]
    /// Who awards it, where a document says so.
    public let issuer: String?
    public let summary: String
    public let sources: [String]
}
