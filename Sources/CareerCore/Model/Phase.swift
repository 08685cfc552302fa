/// One step of the beginner-to-job roadmap.
public struct Phase: Hashable, Sendable {
    public let id: String
    /// 1-based position in the roadmap.
    public let number: Int
    public let name: String
    public let goal: String
    /// Ids of the skills this phase builds.
    public let skills: [String]
    /// Ids of the projects that fit this phase.
    public let projects: [String]
    /// Ids of the certifications that fit this phase.
    public let certifications: [String]
    public let sources: [String]
}
