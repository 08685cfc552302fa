/// A picture laid out: boxes holding lines of text, and arrows between them, on a canvas of a known
/// size. The layouts place everything; `SVG` only draws it, so tests can check the geometry itself.
struct Layout: Sendable {
    struct Point: Sendable, Equatable {
        var x: Double
        var y: Double
    }

    /// One line of text; `y` is its baseline.
    struct Line: Sendable {
        var text: String
        var x: Double
        var y: Double
        var style: TextStyle
    }

    struct Box: Sendable {
        var x: Double
        var y: Double
        var width: Double
        var height: Double
        /// CSS classes: its kind (`title`, `phase`, `skill`, `role`) and state (`done`, `target` …).
        var classes: [String]
        var lines: [Line] = []
        /// The box's description for screen readers and tooltips; its lines, joined, when nil.
        var label: String? = nil

        var maxX: Double { x + width }
        var maxY: Double { y + height }

        func overlaps(_ other: Box) -> Bool {
            x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
        }
    }

    var width: Double = 0
    var height: Double = 0
    var title: String
    var boxes: [Box] = []
    /// Polylines, each ending in an arrowhead.
    var arrows: [[Point]] = []
}

/// How a line of text is set: its size, weight and CSS class.
struct TextStyle: Sendable, Equatable {
    let size: Double
    let bold: Bool
    let className: String

    static let title = TextStyle(size: 22, bold: true, className: "title")
    static let heading = TextStyle(size: 17, bold: true, className: "heading")
    static let body = TextStyle(size: 14, bold: false, className: "body")
    static let name = TextStyle(size: 14, bold: true, className: "name")
    static let note = TextStyle(size: 12, bold: false, className: "note")

    /// The height of one line.
    var lineHeight: Double { (size * 1.35).rounded(.up) }
}

extension Layout {
    static let margin = 24.0
    /// Space between a box's edge and its text.
    static let padding = 10.0

    /// Lines of text set from `top` at `x`, wrapped to `width`, as one block of several styles.
    /// Returns the lines and the height they take.
    static func setText(_ parts: [(String, TextStyle)], x: Double, top: Double, width: Double) -> (lines: [Line], height: Double)
    {
        var lines: [Line] = []
        var y = top
        for (text, style) in parts {
            for line in TextMetrics.wrap(text, width: width, size: style.size, bold: style.bold) {
                // The baseline sits one font size below the top of the line: ascenders and descenders
                // stay inside the line's height.
                lines.append(Line(text: line, x: x, y: y + style.size, style: style))
                y += style.lineHeight
            }
        }
        return (lines, y - top)
    }

    /// A box of `width` at (`x`, `y`) just tall enough for its text.
    static func textBox(_ parts: [(String, TextStyle)], x: Double, y: Double, width: Double, classes: [String]) -> Box {
        let (lines, height) = setText(parts, x: x + padding, top: y + padding, width: width - 2 * padding)
        return Box(x: x, y: y, width: width, height: height + 2 * padding, classes: classes, lines: lines)
    }
}
