/// Lays a `Document` out as text: wrapped to the terminal width with indents kept, styled only
/// when colour is on, and — for lists sent down a pipe — exactly one record per line.
struct TextRenderer {
    let terminal: Terminal

    private enum Style: String {
        case title = "\u{1B}[1;4m"
        case heading = "\u{1B}[1;36m"
        case strong = "\u{1B}[1m"
        case dim = "\u{1B}[2m"
        case highlight = "\u{1B}[1;33m"
        case plain = ""
    }

    func render(_ document: Document) -> String {
        let pipedList = !terminal.isInteractive && document.isList
        let pipeWidths = pipedList ? columnWidths(document) : []
        var lines: [String] = []
        var indent = 0
        var previous: Document.Block?
        for block in document.blocks {
            defer { previous = block }
            switch block {
            case .title(let text):
                if !lines.isEmpty { lines.append("") }
                lines += wrap(text, indent: 0, style: .title)
                indent = 2
            case .heading(let text):
                if !lines.isEmpty { lines.append("") }
                lines += wrap(text, indent: 0, style: .heading)
                indent = 2
            case .text(let text):
                switch previous {
                case .title, .text: lines.append("")  // a paragraph stands apart from the title and other paragraphs
                default: break
                }
                lines += wrap(text, indent: indent)
            case .bullets(let items):
                let bullet = terminal.isInteractive ? "• " : "- "
                for item in items { lines += wrap(item, indent: indent, firstPrefix: bullet) }
            case .fields(let fields):
                let labelWidth = fields.map { visibleCount($0.label) + 1 }.max() ?? 0
                for field in fields {
                    let label = pad(field.label + ":", to: labelWidth) + "  "
                    lines += wrap(field.value, indent: indent, firstPrefix: label, firstPrefixStyle: .strong)
                }
            case .rows(let rows, let group, let heading):
                if pipedList {
                    lines += pipeLines(rows, group: group, widths: pipeWidths)
                } else {
                    let title = heading ?? group.map { $0.prefix(1).uppercased() + $0.dropFirst() }
                    if let title {
                        if !lines.isEmpty { lines.append("") }
                        lines += wrap(title, indent: indent, style: .heading)
                    } else if case .title = previous {
                        lines.append("")  // a table stands apart from the title, as a paragraph does
                    } else if case .text = previous {
                        lines.append("")
                    }
                    lines += table(rows, indent: title == nil ? indent : indent + 2)
                }
            case .preformatted(let text):
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { clean(String($0)) }
                if lines.last == "" { lines.removeLast() }
            case .note(let text):
                if pipedList { continue }
                if !lines.isEmpty, !(lines.last ?? "").isEmpty { lines.append("") }
                lines += wrap(text, indent: indent, style: .dim)
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    // MARK: Lists

    /// Rows aligned in columns; the last column wraps under itself, and details go beneath.
    private func table(_ rows: [Document.Row], indent: Int) -> [String] {
        let columns = (rows.map(\.cells.count).max() ?? 1) - 1
        let natural = (0..<max(columns, 0)).map { column in
            rows.map { $0.cells.count > column + 1 ? visibleCount($0.cells[column]) : 0 }.max() ?? 0
        }
        // A wide column is capped to leave the last one room to wrap in, unless every row fits whole anyway.
        let last = rows.map { $0.cells.count > 1 ? visibleCount($0.cells.last!) : 0 }.max() ?? 0
        let fits = indent + natural.reduce(0) { $0 + $1 + 2 } + last <= terminal.width
        let cap = fits ? Int.max : max(12, terminal.width * 2 / 5)
        let widths = natural.map { min(cap, $0) }
        var lines: [String] = []
        for row in rows {
            var prefix = String(repeating: " ", count: indent)
            var styledPrefix = prefix
            for (column, cell) in row.cells.dropLast().enumerated() {
                let padded = pad(clean(cell), to: widths[column]) + "  "
                prefix += padded
                let cellStyle: Style = column == 0 ? .strong : .dim
                styledPrefix += style(render(padded, within: cellStyle), cellStyle)
            }
            let last = row.cells.count > 1 ? row.cells.last ?? "" : ""
            if row.cells.count == 1 {
                lines.append(String(repeating: " ", count: indent) + style(render(clean(row.cells[0]), within: .strong), .strong))
            } else if terminal.width - visibleCount(prefix) >= 16 {
                let wrapped = wrapWords(clean(last), width: terminal.width - visibleCount(prefix))
                lines.append(trimEnd(styledPrefix + render(wrapped.first ?? "")))
                let hang = String(repeating: " ", count: visibleCount(prefix))
                lines += wrapped.dropFirst().map { hang + render($0) }
            } else {
                lines.append(trimEnd(styledPrefix))
                lines += wrap(last, indent: indent + 4)
            }
            for detail in row.details { lines += wrap(detail, indent: indent + 4, style: .dim) }
        }
        return lines
    }

    /// The cells of every row of a list document, its group first, as a pipe shows them.
    private func pipeCells(_ rows: [Document.Row], group: String?) -> [[String]] {
        rows.map { (group.map { [$0] } ?? []) + $0.cells.map(clean) }
    }

    /// Column widths shared by all the document's lists, so that every record lines up.
    private func columnWidths(_ document: Document) -> [Int] {
        let cells = document.blocks.flatMap { block -> [[String]] in
            if case .rows(let rows, let group, _) = block { return pipeCells(rows, group: group) }
            return []
        }
        let columns = (cells.map(\.count).max() ?? 1) - 1
        return (0..<max(columns, 0)).map { column in
            cells.map { $0.count > column + 1 ? visibleCount($0[column]) : 0 }.max() ?? 0
        }
    }

    /// One line per row, columns aligned, nothing wrapped or styled: for `cut`, `grep` and `wc -l`.
    private func pipeLines(_ rows: [Document.Row], group: String?, widths: [Int]) -> [String] {
        pipeCells(rows, group: group).map { row in
            let aligned = row.enumerated().map { column, cell in
                column < row.count - 1 ? pad(cell, to: widths[column]) + "  " : cell
            }
            return trimEnd(render(aligned.joined()))
        }
    }

    // MARK: Wrapping

    private func wrap(
        _ text: String, indent: Int, style lineStyle: Style = .plain, firstPrefix: String = "", firstPrefixStyle: Style = .plain
    ) -> [String] {
        let margin = String(repeating: " ", count: indent)
        let hang = String(repeating: " ", count: visibleCount(firstPrefix))
        let width = max(terminal.width - indent - hang.count, 10)
        let wrapped = wrapWords(clean(text), width: width)
        return wrapped.enumerated().map { index, line in
            let lead = index == 0 ? style(firstPrefix, firstPrefixStyle) : hang
            return trimEnd(margin + lead + style(render(line, within: lineStyle), lineStyle))
        }
    }

    /// Greedy word wrap by visible characters; a word longer than the line is cut.
    private func wrapWords(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = visibleCount(word)
            if lineWidth > 0, lineWidth + 1 + wordWidth > width {
                lines.append(line)
                (line, lineWidth) = ("", 0)
            }
            while wordWidth > width {
                let head = String(word.prefix(width))
                lines.append(head)
                word = String(word.dropFirst(width))
                wordWidth = visibleCount(word)
            }
            line += (lineWidth > 0 ? " " : "") + word
            lineWidth += (lineWidth > 0 ? 1 : 0) + wordWidth
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    // MARK: Characters and style

    /// Content text with every control character removed (tabs and newlines become spaces),
    /// so nothing from the data can move the cursor or change the terminal. Highlight marks stay.
    private func clean(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) { return text }  // nothing to remove
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: result.append(" ")
            case 0x01, 0x02: result.append(scalar)
            case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Turns highlight marks into style when colour is on, or drops them.
    private func render(_ text: String, within base: Style = .plain) -> String {
        if !text.utf8.contains(where: { $0 == 0x01 || $0 == 0x02 }) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x01: if terminal.color { bytes += Style.highlight.rawValue.utf8 }
            case 0x02: if terminal.color { bytes += ("\u{1B}[0m" + base.rawValue).utf8 }
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func style(_ text: String, _ style: Style) -> String {
        guard terminal.color, style != .plain, !text.isEmpty else { return text }
        return style.rawValue + text + "\u{1B}[0m"
    }

    private func visibleCount(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) { return text.utf8.count }
        return text.unicodeScalars.reduce(0) { count, scalar in
            scalar == Highlight.start || scalar == Highlight.end ? count : count + (scalar.properties.isGraphemeExtend ? 0 : 1)
        }
    }

    private func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - visibleCount(text)))
    }

    private func trimEnd(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
