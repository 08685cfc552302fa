/// The layout of a content pack's files, as `careers init` writes them and Content/ keeps them: one member
/// per line, with short lists, small nested objects and items of plain values (a category) on one line.
extension JSON {
    /// The widest line that keeps a list or a nested object on one line.
    static let packLineWidth = 130

    /// This value (a file's array of items) as a pack file's text, ending with a line break.
    func packText() -> String {
        var text = ""
        write(to: &text, indent: "", column: 0, isItem: false)
        return text + "\n"
    }

    /// Writes this value where a line already has `column` characters; `isItem`: one of a file's items,
    /// which takes a line per member unless all its members are plain values.
    private func write(to text: inout String, indent: String, column: Int, isItem: Bool) {
        let inner = indent + "  "
        switch self {
        case .elements(let elements):
            JSON.array(elements.all).write(to: &text, indent: indent, column: column, isItem: isItem)
        case .written(let value):
            value.tree.write(to: &text, indent: indent, column: column, isItem: isItem)
        case .array(let elements) where !elements.isEmpty:
            if let line = oneLine(), column + line.count <= Self.packLineWidth {
                text += line
                return
            }
            text += "[\n"
            for (index, element) in elements.enumerated() {
                text += inner
                element.write(to: &text, indent: inner, column: inner.count, isItem: indent.isEmpty)
                text += index == elements.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        case .object(let members) where !members.isEmpty:
            if !isItem || members.allSatisfy(\.1.isScalar), let line = oneLine(), column + line.count <= Self.packLineWidth {
                text += line
                return
            }
            text += "{\n"
            for (index, (key, value)) in members.enumerated() {
                let start = inner + JSON.string(key).serialized() + ": "
                text += start
                value.write(to: &text, indent: inner, column: start.count, isItem: false)
                text += index == members.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        default:
            text += serialized()
        }
    }

    /// The value on one line, if it holds no object or list deeper than one level.
    private func oneLine() -> String? {
        switch self {
        case .elements(let elements):
            return JSON.array(elements.all).oneLine()
        case .written(let value):
            return value.tree.oneLine()
        case .array(let elements):
            guard elements.allSatisfy(\.isScalar) else { return nil }
            return "[" + elements.map { $0.serialized() }.joined(separator: ", ") + "]"
        case .object(let members):
            var parts: [String] = []
            for (key, value) in members {
                guard let line = value.isScalar ? value.serialized() : value.oneLine() else { return nil }
                parts.append(JSON.string(key).serialized() + ": " + line)
            }
            return "{ " + parts.joined(separator: ", ") + " }"
        default:
            return serialized()
        }
    }
}
