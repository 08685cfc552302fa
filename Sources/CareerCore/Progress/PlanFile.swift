/// Everything `progress.json` holds: a plan per guide, so that a change of guide neither loses nor
/// mixes marks. A guide is known by a key: `bundled` for the guide built into careers, or the
/// canonical absolute path of a content pack's directory.
package struct PlanFile: Sendable, Equatable {
    /// The format this version of careers reads and writes.
    package static let version = 1
    /// The key of the guide built into careers.
    package static let bundledGuide = "bundled"

    package var plans: [String: Plan]

    package init(plans: [String: Plan] = [:]) {
        self.plans = plans
    }

    /// The plan for `guide`; setting an empty plan removes the guide's entry.
    package subscript(guide guide: String) -> Plan {
        get { plans[guide] ?? Plan() }
        set { plans[guide] = newValue.isEmpty ? nil : newValue }
    }
}
