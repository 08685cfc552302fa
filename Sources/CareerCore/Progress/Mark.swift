/// Where someone stands with one item of the guide. An item without a mark is simply not started.
package enum Mark: String, CaseIterable, Hashable, Sendable {
    case done
    /// In progress.
    case learning
    /// Decided against: not wanted, or already known well enough not to count.
    case skipped

    /// The kinds of item that can be marked: what one learns, builds or earns.
    package static let kinds: [ItemKind] = [.skill, .project, .certification]
}
