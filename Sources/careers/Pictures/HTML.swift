import CareerCore

/// The whole guide as one self-contained HTML page: roles, the roadmap and growth path as pictures
/// (inline SVG) and as lists, projects, certifications, tips and sources. Inline CSS only, no script,
/// nothing loaded from the network; real headings, lists and tables; light and dark; prints cleanly.
struct GuidePage {
    let context: Context
    let plan: Plan
    private var catalog: Catalog { context.catalog }

    /// Text from the guide, escaped.
    private func text(_ value: String) -> String { Escaping.xml(value) }

    func render() -> String {
        let sections = [
            ("roles", "Roles", roles()), ("roadmap", "Roadmap", roadmap()), ("growth-path", "Growth path", growthPath()),
            ("projects", "Projects", projects()), ("certifications", "Certifications", certifications()),
            ("tips", "Tips", tips()), ("sources", "Sources", sources()),
        ].filter { !$0.2.isEmpty }
        let title = "Career guide" + (plan.targetRole(in: catalog).map { ": plan for \($0.name)" } ?? "")
        var html = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>\(text(title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>\(text(title))</h1>
            <p class="muted">\(counted(catalog.count(of: .role), "role")), \(counted(catalog.count(of: .skill), "skill")) and \
            \(counted(catalog.count(of: .phase), "roadmap phase")), from \(counted(catalog.count(of: .source), "source document")). \
            Written by careers \(Version.number).</p>
            <nav aria-label="Contents"><ul>\(sections.map { "<li><a href=\"#\($0.0)\">\($0.1)</a></li>" }.joined())</ul></nav>
            </header>
            <main>

            """
        for (id, heading, body) in sections {
            html += "<section id=\"\(id)\">\n<h2>\(heading)</h2>\n\(body)</section>\n"
        }
        return html + "</main>\n</body>\n</html>\n"
    }

    /// " (done)" after an item that is marked.
    private func mark(_ ref: ItemRef) -> String {
        plan.mark(of: ref).map { " <span class=\"mark \($0.rawValue)\">(\($0.rawValue))</span>" } ?? ""
    }

    /// A table, or nothing when it has no rows; a column empty on every row is left out.
    private func table(_ caption: String, _ headers: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "" }
        let kept = headers.indices.filter { column in rows.contains { !$0[column].isEmpty } }
        let headers = kept.map { headers[$0] }
        let rows = rows.map { row in kept.map { row[$0] } }
        return "<table>\n<caption>\(caption)</caption>\n<thead><tr>"
            + headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            + rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }.joined() + "</tbody>\n</table>\n"
    }

    private func list(_ items: [String], ordered: Bool = false) -> String {
        guard !items.isEmpty else { return "" }
        let tag = ordered ? "ol" : "ul"
        return "<\(tag)>\n" + items.map { "<li>\($0)</li>\n" }.joined() + "</\(tag)>\n"
    }

    private func roles() -> String {
        let roles = catalog.roles()
        let rows = roles.map { role in
            [
                "<strong>\(text(role.name))</strong>"
                    + (plan.target == role.id ? " <span class=\"mark\">(your target)</span>" : ""),
                text(context.levelLabel(role.level)), text(role.summary),
                role.skills.isEmpty
                    ? "<span class=\"muted\">none recorded</span>"
                    : role.skills.map { text(catalog.name(of: $0)) }.joined(separator: ", "),
            ]
        }
        let foundations = catalog.foundations.map { requirement in
            [
                text(catalog.name(of: requirement))
                    + (requirement.skills.count == 1 ? mark(ItemRef(.skill, requirement.skills[0])) : ""),
                text(context.needLabel(requirement)),
                text(catalog.phase(teaching: requirement).map(\.title) ?? "not on the roadmap"),
            ]
        }
        return table(
            "Every role, with its level where a document gives one (— where none does)",
            ["Role", "Level", "Summary", "Its own skills"], rows)
            + table(
                "The field's foundations, each weight with its audience", ["Skill", "Need", "Where the roadmap teaches it"], foundations)
    }

    private func roadmap() -> String {
        let phases = catalog.phases
        guard !phases.isEmpty else { return "" }
        let picture = context.roadmapPicture(phases, plan: plan)
        var html =
            "<figure>\n\(SVG.render(Layout(roadmap: picture), id: "roadmap"))<figcaption>The roadmap's phases in order, each with the skills it builds.</figcaption>\n</figure>\n"
        for phase in phases {
            html += "<h3>\(text(phase.title))</h3>\n<p>\(text(phase.goal))</p>\n"
            html += list(phase.skills.map { text(catalog.name(of: ItemRef(.skill, $0))) + mark(ItemRef(.skill, $0)) })
        }
        return html
    }

    private func growthPath() -> String {
        guard let path = GrowthPath(catalog: catalog), !path.steps.isEmpty else { return "" }
        let picture = context.growthPicture(path, plan: plan)
        func names(_ ids: [String], _ separator: String) -> String {
            ids.map { "<strong>\(text(catalog.name(of: ItemRef(.role, $0))))</strong>" }.joined(separator: separator)
        }
        let lines =
            (path.entry.isEmpty ? [] : ["Entry level: " + names(path.entry, ", ")])
            + (path.steps.isEmpty ? [] : ["Growth path: " + path.steps.map { names($0, " or ") }.joined(separator: " → ")])
        return
            "<figure>\n\(SVG.render(Layout(growthPath: picture), id: "growth"))<figcaption>Arrows show where a role leads.</figcaption>\n</figure>\n"
            + list(lines)
    }

    private func projects() -> String {
        table(
            "Projects to build, by level", ["Project", "Level", "Summary", "Skills"],
            catalog.projects().map { project in
                [
                    text(project.name) + mark(ItemRef(.project, project.id)), text(project.level.rawValue), text(project.summary),
                    text(context.names(project.skills, .skill)),
                ]
            })
    }

    private func certifications() -> String {
        table(
            "Certifications (— where the guide names no issuer)", ["Certification", "Issuer", "Summary"],
            catalog.all(Certification.self).map { certification in
                [
                    text(certification.name) + mark(ItemRef(.certification, certification.id)), text(certification.issuer ?? "—"),
                    text(certification.summary),
                ]
            })
    }

    private func tips() -> String {
        catalog.tips.map { tip in "<h3>\(text(tip.name))</h3>\n<p>\(text(tip.summary))</p>\n" + list(tip.actions.map(text)) }
            .joined()
    }

    private func sources() -> String {
        table(
            "The documents every item of the guide comes from", ["Title", "Kind", "Document", "Summary"],
            catalog.sources.map { [text($0.title), text($0.kind), "<code>\(text($0.document))</code>", text($0.summary)] })
    }

    static let style = """

        :root { color-scheme: light dark; --ink: #1b1f24; --paper: #ffffff; --muted: #57606a; --rule: #d0d7de; \
        --accent: #0b5cad; }
        @media (prefers-color-scheme: dark) { :root { --ink: #e6edf3; --paper: #0d1117; --muted: #9da7b3; \
        --rule: #30363d; --accent: #58a6ff; } }
        body { font: 16px/1.5 system-ui, "DejaVu Sans", sans-serif; color: var(--ink); background: var(--paper); \
        max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        h1, h2, h3 { line-height: 1.25; } h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--rule); }
        a { color: var(--accent); }
        nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        caption { text-align: left; font-style: italic; color: var(--muted); padding-bottom: 0.25rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--rule); }
        figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
        figcaption, .muted, .mark { color: var(--muted); }
        .mark.done { color: #2d6a4f; } .mark.learning { color: #9a6700; }
        @media (prefers-color-scheme: dark) { .mark.done { color: #56d364; } .mark.learning { color: #e3b341; } }
        @media print { nav { display: none; } body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } \
        :root, html svg.picture { --ink: #000000; --paper: #ffffff; --muted: #444444; --band: #f3f6fa; --rule: #999999; } \
        h2, h3 { break-after: avoid; } figure, tr, li { break-inside: avoid; } }

        """
}
