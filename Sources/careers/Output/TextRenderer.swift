import CareerCore

/// Lays a `Document` out as text: wrapped to the terminal width with indents kept, styled only
/// when color is on, and — for lists sent down a pipe — exactly one record per line.
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
        if !terminal.isInteractive && document.isList { return renderPiped(document) }
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
                // Values beside their labels, unless that leaves them too narrow: then each under its label.
                let stacked = terminal.width - indent - labelWidth - 2 < Self.narrowestLastColumn / 2
                for field in fields {
                    if stacked {
                        lines += wrap(field.label + ":", indent: indent, style: .strong)
                        lines += wrap(field.value, indent: indent + 2)
                    } else {
                        let label = pad(field.label + ":", to: labelWidth) + "  "
                        lines += wrap(field.value, indent: indent, firstPrefix: label, firstPrefixStyle: .strong)
                    }
                }
            case .rows(let rows, let group, let heading):
                let title = heading ?? group.map { $0.prefix(1).uppercased() + $0.dropFirst() }
                if let title {
                    if !lines.isEmpty { lines.append("") }
                    lines += wrap(title, indent: indent, style: .heading)
                } else if case .title = previous {
                    lines.append("")  // a table stands apart from the title, as a paragraph does
                } else if case .text = previous {
                    lines.append("")
                } else if case .note = previous {
                    lines.append("")  // a table stands apart from the notes above it, as from a paragraph
                }
                lines += table(rows, indent: title == nil ? indent : indent + 2)
            case .preformatted(let text):
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { clean(String($0)) }
                if lines.last == "" { lines.removeLast() }
            case .note(let text):
                if !lines.isEmpty, !(lines.last ?? "").isEmpty { lines.append("") }
                lines += wrap(text, indent: indent, style: .dim)
            }
        }
        var text = ""
        text.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in lines {
            text += line
            text += "\n"
        }
        return text
    }

    // MARK: Lists

    /// Rows aligned in columns; the last column wraps under itself, and details go beneath. When the
    /// columns before the last leave it too little room, each row is stacked instead: its first cell on a
    /// line, the others beneath it, wrapped.
    private func table(_ rows: [Document.Row], indent: Int) -> [String] {
        let columns = (rows.map(\.cells.count).max() ?? 1) - 1
        let widths = (0..<max(columns, 0)).map { column in
            rows.map { $0.cells.count > column + 1 ? visibleCount(clean($0.cells[column])) : 0 }.max() ?? 0
        }
        // Stacked when the last column gets fewer columns than it needs and than `narrowestLastColumn`.
        let lastWidth = rows.map { $0.cells.count > 1 ? visibleCount($0.cells.last!) : 0 }.max() ?? 0
        let stacked = indent + widths.reduce(0) { $0 + $1 + 2 } + min(lastWidth, Self.narrowestLastColumn) > terminal.width
        var lines: [String] = []
        for row in rows {
            if row.cells.count == 1 {
                // A name too long for the line goes on beneath it, indented, so as not to read as the next row.
                let wrapped = wrapWords(clean(row.cells[0]), width: max(terminal.width - indent - 2, 10))
                for (index, line) in wrapped.enumerated() {
                    lines.append(String(repeating: " ", count: indent + (index == 0 ? 0 : 2)) + style(render(line, within: .strong), .strong))
                }
            } else if stacked {
                lines += wrap(row.cells[0], indent: indent, style: .strong)
                lines += wrap(row.cells.dropFirst().map(clean).joined(separator: " · "), indent: indent + 4)
            } else {
                var prefix = String(repeating: " ", count: indent)
                var styledPrefix = prefix
                for (column, cell) in row.cells.dropLast().enumerated() {
                    let padded = pad(clean(cell), to: widths[column]) + "  "
                    prefix += padded
                    let cellStyle: Style = column == 0 ? .strong : .dim
                    styledPrefix += style(render(padded, within: cellStyle), cellStyle)
                }
                let wrapped = wrapWords(clean(row.cells.last ?? ""), width: terminal.width - visibleCount(prefix))
                lines.append(trimEnd(styledPrefix + render(wrapped.first ?? "")))
                let hang = String(repeating: " ", count: visibleCount(prefix))
                lines += wrapped.dropFirst().map { hang + render($0) }
            }
            for detail in row.details { lines += wrap(detail, indent: indent + 4, style: .dim) }
        }
        return lines
    }

    /// The fewest columns a table's last column may have before its rows are stacked instead.
    private static let narrowestLastColumn = 28

    /// A list sent down a pipe: one line per row, every list's columns aligned alike, nothing wrapped or
    /// styled, notes left out: for `cut`, `grep` and `wc -l`. A list can be thousands of rows, so nothing is
    /// copied on the way: one pass measures the columns and the text, a second writes it straight into
    /// the string's storage.
    private func renderPiped(_ document: Document) -> String {
        /// Calls `body` with each cell of each row as a pipe shows it (the group first), and whether it is the row's last.
        func forEachCell(_ body: (_ column: Int, _ text: String, _ isLast: Bool) -> Void, endOfRow: () -> Void) {
            for block in document.blocks {
                guard case .rows(let rows, let group, _) = block else { continue }
                for row in rows {
                    let count = row.cells.count + (group == nil ? 0 : 1)
                    if let group { body(0, render(clean(group)), count == 1) }
                    for (index, cell) in row.cells.enumerated() {
                        let column = index + (group == nil ? 0 : 1)
                        body(column, render(clean(cell)), column == count - 1)
                    }
                    endOfRow()
                }
            }
        }
        var widths: [Int] = []
        var textBytes = 0
        var rowCount = 0
        forEachCell(
            { column, text, isLast in
                textBytes += text.utf8.count
                guard !isLast else { return }
                if column >= widths.count { widths += [Int](repeating: 0, count: column - widths.count + 1) }
                widths[column] = max(widths[column], visibleCount(text))
            }, endOfRow: { rowCount += 1 })
        // Room for every cell, the widest gaps after each column but the last, and a line break per row.
        let total = textBytes + rowCount * (widths.reduce(0, +) + 2 * widths.count + 1)
        return String(unsafeUninitializedCapacity: total) { buffer in
            var offset = 0
            var start = 0
            forEachCell(
                { column, text, isLast in
                    offset +=
                        text.utf8.withContiguousStorageIfAvailable { bytes in
                            UnsafeMutableBufferPointer(rebasing: buffer[offset..<offset + bytes.count]).initialize(from: bytes).1
                        }
                        ?? Array(text.utf8).withUnsafeBufferPointer { bytes in
                            UnsafeMutableBufferPointer(rebasing: buffer[offset..<offset + bytes.count]).initialize(from: bytes).1
                        }
                    guard !isLast else { return }
                    let gap = max(0, widths[column] - visibleCount(text)) + 2
                    buffer[offset..<offset + gap].initialize(repeating: UInt8(ascii: " "))
                    offset += gap
                },
                endOfRow: {
                    while offset > start, buffer[offset - 1] == UInt8(ascii: " ") { offset -= 1 }
                    buffer[offset] = UInt8(ascii: "\n")
                    offset += 1
                    start = offset
                })
            return offset
        }
    }

    // MARK: Wrapping

    /// Messages for stderr on a terminal, each line wrapped at word boundaries to the width, its
    /// continuation lines under the text after its lead ("careers: ", "hint: ").
    func wrapMessages(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        var result = ""
        for line in text.dropLast(text.hasSuffix("\n") ? 1 : 0).split(separator: "\n", omittingEmptySubsequences: false) {
            let lead = ["careers: ", "hint: "].first { line.hasPrefix($0) } ?? ""
            let body = String(line.dropFirst(lead.count))
            let leading = body.prefix { $0 == " " }
            let hang = String(repeating: " ", count: lead.count + leading.count)
            let wrapped = wrapWords(body, width: max(terminal.width - hang.count, 20))
            for (index, part) in wrapped.enumerated() {
                result += (index == 0 ? lead + leading : hang) + part + "\n"
            }
        }
        return result
    }

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

    /// Content text with every control character (`ControlCharacters`) removed (tabs and newlines become
    /// spaces), so nothing from the data can move the cursor, change the terminal or reorder what it
    /// shows. Highlight marks stay.
    private func clean(_ text: String) -> String {
        if !ControlCharacters.any(in: text) { return text }  // nothing to remove
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: result.append(" ")
            case 0x01, 0x02: result.append(scalar)
            default: if !ControlCharacters.contains(scalar) { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// Turns highlight marks into style when color is on, or drops them.
    private func render(_ text: String, within base: Style = .plain) -> String {
        if !anyByte(of: text, where: { $0 == 0x01 || $0 == 0x02 }) { return text }
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
        if !anyByte(of: text, where: { $0 < 0x20 || $0 >= 0x80 }) { return text.utf8.count }
        return text.unicodeScalars.reduce(0) { count, scalar in
            scalar == Highlight.start || scalar == Highlight.end ? count : count + (scalar.properties.isGraphemeExtend ? 0 : 1)
        }
    }

    /// Whether any byte of `text` passes `test`: a scan of its contiguous UTF-8 where it has one (most
    /// strings do), which is many times faster than iterating `utf8` over a whole list's text.
    private func anyByte(of text: String, where test: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? text.utf8.contains(where: test)
    }

    private func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - visibleCount(text)))
    }

    private func trimEnd(_ line: String) -> String {
        let spaces = line.utf8.reversed().prefix { $0 == UInt8(ascii: " ") }.count
        return spaces == 0 ? line : String(line.utf8.dropLast(spaces))!
    }
}
