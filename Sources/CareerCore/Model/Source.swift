/// One of the documents the guide is drawn from. Every other item names the sources it comes from.
public struct Source: Hashable, Sendable {
    public let id: String
    /// The document's own title, or a fitting one where it has none (see `ownTitle`).
    public let title: String
    public let ownTitle: Bool
    /// What kind of document it is: "course unit", "blog article" …
    public let kind: String
    public let summary: String
    /// The file name of the original document.
    public let document: String
}
