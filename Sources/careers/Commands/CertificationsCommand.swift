import CareerCore

enum CertificationsCommand {
    static let spec = CommandSpec(
        name: "certifications",
        aliases: ["certs"],
        summary: "list the beginner-friendly certifications",
        examples: [Example("careers certs", "every certification, one line each")],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let certifications = context.catalog.all(Certification.self)
        try context.requireSome(certifications, "certifications")
        let rows = certifications.map { Document.Row(cells: [$0.name] + ($0.issuer.map { ["issued by \($0)"] } ?? [])) }
        let (plan, notes) = context.marksForJSON()
        let json = context.itemJSON(plan)
        return CommandOutput(
            document: Document(blocks: [.rows(rows)]),
            json: .object([("certifications", .array(certifications.map(json.certification)))]),
            notes: notes)
    }
}
