import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Chart output read back with Foundation's XMLParser: a flat list of elements, for geometry checks.
final class ParsedSVG: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        /// The element's own text (not its children's), e.g. a `<text>` label.
        var text = ""
        /// Index of the enclosing element in `elements`, nil for the root.
        let parent: Int?

        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
        func number(_ name: String) -> Double { Double(attributes[name] ?? "") ?? .nan }
    }

    private(set) var elements: [Element] = []
    private(set) var error: Error?
    private var stack: [Int] = []

    /// Parses `markup`; `error` is set when it is not well-formed XML.
    init(_ markup: String) {
        super.init()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? NSError(domain: "ParsedSVG", code: 1) }
    }

    func elements(_ name: String, class className: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (className.map($0.classes.contains) ?? true) }
    }

    /// The `<title>` texts that are direct children of the element at `index`.
    func titles(of index: Int) -> [String] {
        elements.filter { $0.name == "title" && $0.parent == index }.map(\.text)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes, parent: stack.last))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = stack.last { elements[current].text += string }
    }
}
