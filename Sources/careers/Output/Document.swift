/// Human output, described before it is laid out: `TextRenderer` wraps it to the terminal,
/// styles it when color is on, and reduces lists to one record per line in a pipe.
struct Document: Sendable, Equatable {
    var blocks: [Block] = []

    enum Block: Sendable, Equatable {
        /// The name of the page.
        case title(String)
        /// A section heading.
        case heading(String)
        /// A wrapped paragraph.
        case text(String)
        /// A bulleted list; each item wraps under itself.
        case bullets([String])
        /// Labelled values, labels aligned ("Level:  entry").
        case fields([Field])
        /// A list of records: in a pipe exactly one line per row (the group as first column, no details).
        /// On a terminal the group is shown as a heading above the rows, or `heading` when given.
        case rows([Row], group: String? = nil, heading: String? = nil)
        /// Text already laid out (help), printed as it is.
        case preformatted(String)
        /// A line of secondary text (hints, counts), left out in a pipe when the document is a list.
        case note(String)
    }

    struct Field: Sendable, Equatable {
        var label: String
        var value: String
    }

    struct Row: Sendable, Equatable {
        var cells: [String]
        /// Extra lines shown under the row on a terminal.
        var details: [String] = []
    }

    /// True when the document is only lists, so that a pipe gets records and nothing else.
    var isList: Bool {
        blocks.allSatisfy {
            switch $0 {
            case .rows, .note: true
            default: false
            }
        }
    }

    mutating func add(_ block: Block) { blocks.append(block) }

    /// Adds a heading and bullets, or nothing when `items` is empty.
    mutating func section(_ heading: String, _ items: [String]) {
        guard !items.isEmpty else { return }
        blocks.append(.heading(heading))
        blocks.append(.bullets(items))
    }
}

/// Marks words to highlight inside a string; the renderer turns the marks into style or removes them.
enum Highlight {
    static let start: Unicode.Scalar = "\u{1}"
    static let end: Unicode.Scalar = "\u{2}"

    static func mark(_ text: String) -> String { "\u{1}\(text)\u{2}" }
}
