/// A laid-out picture as one standalone SVG: styles inside it (light and dark), no script, nothing
/// loaded from elsewhere; every text from the guide escaped.
enum SVG {
    /// `id` prefixes the SVG's own ids, so that two pictures can share one HTML page.
    static func render(_ layout: Layout, id: String) -> String {
        func number(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
        }
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="picture" width="\(number(layout.width))" \
            height="\(number(layout.height))" viewBox="0 0 \(number(layout.width)) \(number(layout.height))" \
            role="img" aria-labelledby="\(id)-title">
            <title id="\(id)-title">\(Escaping.xml(layout.title))</title>
            <style>\(style)</style>
            <defs><marker id="\(id)-arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" \
            orient="auto-start-reverse"><path class="arrowhead" d="M0,0 L10,5 L0,10 z"/></marker></defs>
            <rect class="canvas" width="100%" height="100%"/>

            """
        for box in layout.boxes {
            let label = box.label ?? box.lines.map(\.text).joined(separator: " ")
            svg += "<g class=\"box \(box.classes.joined(separator: " "))\"><title>\(Escaping.xml(label))</title>"
            svg += "<rect x=\"\(number(box.x))\" y=\"\(number(box.y))\" width=\"\(number(box.width))\" "
            svg += "height=\"\(number(box.height))\" rx=\"8\"/>"
            for line in box.lines {
                svg += "<text x=\"\(number(line.x))\" y=\"\(number(line.y))\" class=\"\(line.style.className)\" "
                svg += "font-size=\"\(number(line.style.size))\"" + (line.style.bold ? " font-weight=\"bold\">" : ">")
                svg += Escaping.xml(line.text) + "</text>"
            }
            svg += "</g>\n"
        }
        for arrow in layout.arrows {
            let points = arrow.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
            svg += "<polyline class=\"arrow\" points=\"\(points)\" marker-end=\"url(#\(id)-arrowhead)\"/>\n"
        }
        return svg + "</svg>\n"
    }

    /// The pictures' look. Fonts: DejaVu Sans first, the font `TextMetrics` measures for.
    static let style = """

        svg.picture { font-family: "DejaVu Sans", Verdana, "Bitstream Vera Sans", sans-serif; \
        --ink: #1b1f24; --muted: #57606a; --paper: #ffffff; --band: #f3f6fa; --line: #9aabbf; \
        --done: #d8f3dc; --done-line: #2d6a4f; --learning: #fff1c2; --learning-line: #9a6700; \
        --skipped: #eeeeee; --target: #0b5cad; }
        @media (prefers-color-scheme: dark) { svg.picture { --ink: #e6edf3; --muted: #9da7b3; --paper: #0d1117; \
        --band: #161b22; --line: #4d5b6b; --done: #12361f; --done-line: #56d364; --learning: #3b2e00; \
        --learning-line: #e3b341; --skipped: #21262d; --target: #58a6ff; } }
        svg.picture .canvas { fill: var(--paper); }
        svg.picture text { fill: var(--ink); }
        svg.picture .note { font-style: italic; fill: var(--muted); }
        svg.picture .box rect { fill: var(--paper); stroke: var(--line); stroke-width: 1.5; }
        svg.picture .title rect, svg.picture .caption rect { fill: none; stroke: none; }
        svg.picture .phase rect { fill: var(--band); }
        svg.picture .done rect { fill: var(--done); stroke: var(--done-line); }
        svg.picture .learning rect { fill: var(--learning); stroke: var(--learning-line); }
        svg.picture .skipped rect { fill: var(--skipped); stroke-dasharray: 5 4; }
        svg.picture .skipped text { fill: var(--muted); }
        svg.picture .target rect { stroke: var(--target); stroke-width: 3.5; }
        svg.picture .arrow { fill: none; stroke: var(--muted); stroke-width: 2; }
        svg.picture .arrowhead { fill: var(--muted); }

        """
}
