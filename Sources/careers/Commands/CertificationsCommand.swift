import CareerCore

enum CertificationsCommand {
    static let spec = CommandSpec(
        name: "certifications",
        aliases: ["certs"],
        summary: "list the recommended certifications with their issuers",
        examples: [Example("careers certs", "every certification, one line each")],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let catalog = context.catalog
        let rows = catalog.certifications.map { certification in
            let phase = catalog.phase(containing: ItemRef(.certification, certification.id))
            return Document.Row(cells: [certification.name, certification.issuer, phase.map(context.phaseName) ?? ""])
        }
        @Sendable func json() -> JSON {
            JSON.object([
                (
                    "certifications",
                    .array(
                        catalog.certifications.map { certification in
                            JSON.encode(certification).setting(
                                "phase",
                                context.refsJSON(
                                    catalog.phase(containing: ItemRef(.certification, certification.id)).map { [$0.id] } ?? [],
                                    .phase
                                ).first)
                        })
                )
            ])
        }
        return CommandOutput(document: Document(blocks: [.rows(rows)]), json: json())
    }
}
