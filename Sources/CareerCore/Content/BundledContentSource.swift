/// Writes `Content` as Swift source that rebuilds it, so the binary carries the guide as ready-made
/// values: nothing to read or parse at run time. Walks the model with `Mirror`, so a new field in a
/// model type needs no change here (the memberwise initialisers take the properties in order).
public enum BundledContentSource {
    /// Where the generated file lives, relative to the package root.
    public static let path = "Sources/CareerCore/Generated/BundledContent.swift"

    /// The whole generated file for `content`.
    public static func generate(_ content: Content) -> String {
        var lines = [
            "// Generated from Content/ by `swift run generate-content`. Do not edit: edit Content/ and regenerate.",
            "// swift-format-ignore-file",
            "",
            "#if !CAREERS_BOOTSTRAP",
            "extension Content {",
            "    /// The guide as shipped, embedded in the binary.",
            "    public static let bundled = Content(",
        ]
        let parts = Mirror(reflecting: content).children.compactMap { $0.label }
        lines.append(parts.map { "        \($0): \($0)" }.joined(separator: ",\n") + ")")
        for child in Mirror(reflecting: content).children {
            guard let label = child.label, let items = child.value as? [Any] else { continue }
            lines.append("")
            lines.append("    private static let \(label): [\(typeName(of: child.value, element: true))] = [")
            for item in items {
                lines.append("        " + literal(item, indent: "        ") + ",")
            }
            lines.append("    ]")
        }
        lines.append("}")
        lines.append("#endif")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func typeName(of value: Any, element: Bool) -> String {
        let name = String(describing: type(of: value))
        guard element, name.hasPrefix("Array<"), name.hasSuffix(">") else { return name }
        return String(name.dropFirst(6).dropLast())
    }

    /// Swift source for one value: a struct as a memberwise call, one argument per line when long.
    private static func literal(_ value: Any, indent: String) -> String {
        switch value {
        case let string as String: return stringLiteral(string)
        case let number as Int: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { literal($0.value, indent: indent) } ?? "nil"
        case .enum:
            return ".\(value)"
        case .collection:
            let elements = mirror.children.map { literal($0.value, indent: indent + "    ") }
            let inline = "[" + elements.joined(separator: ", ") + "]"
            if inline.count + indent.count <= 110 { return inline }
            return "[\n" + elements.map { indent + "    " + $0 + ",\n" }.joined() + indent + "]"
        case .struct:
            let arguments = mirror.children.map { "\($0.label ?? "_"): \(literal($0.value, indent: indent + "    "))" }
            let name = String(describing: type(of: value))
            let inline = name + "(" + arguments.joined(separator: ", ") + ")"
            if inline.count + indent.count <= 110 { return inline }
            return name + "(\n" + arguments.map { indent + "    " + $0 }.joined(separator: ",\n") + ")"
        default:
            preconditionFailure("BundledContentSource cannot write a \(type(of: value))")
        }
    }

    private static func stringLiteral(_ string: String) -> String {
        QuotedString.quote(string) { "\\u{\(String($0, radix: 16))}" }
    }
}
