/// One part of the overview of the field: what it is, the job market, the reality check …
public struct FieldSection: Hashable, Sendable {
    public let id: String
    public let title: String
    public let paragraphs: [String]
    public let points: [FieldPoint]
    public let sources: [String]
}

/// A point in a field section, optionally labelled ("Difficulty", "Myth" …).
public struct FieldPoint: Hashable, Sendable {
    public let label: String?
    public let text: String
}
