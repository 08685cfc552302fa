/// A certification the documents recommend.
public struct Certification: Hashable, Sendable {
    public let id: String
    public let name: String
    /// Other names the documents use for it, shown as "Also called".
    public let aliases: [String]
    /// Handy words no document uses as its name ("MLE"): they find it, but are never shown as its names.
    public let searchTerms: [String]
    /// Who awards it, where a document says so.
    public let issuer: String?
    public let summary: String
    public let sources: [String]
}
