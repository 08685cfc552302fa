/// One step of the beginner-to-job roadmap.
public struct Phase: Hashable, Sendable {
    public let id: String
    /// 1-based position in the roadmap.
    public let number: Int
    public let name: String
    public let goal: String
    /// Ids of the skills this phase builds; a skill is built in one phase at most.
    public let skills: [String]
    public let sources: [String]
}
