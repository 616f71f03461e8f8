extension CompiledTemplate {
    /// A template's nodes as the drawing reads them: fixed-size steps in memory the program owns,
    /// with each section's body laid out right after the section, so that reading a step, its
    /// text or its name retains nothing.
    ///
    /// Drawn from the nodes, every step read copied its node, retaining the node's box or arrays
    /// and releasing them after; the pages of both cores read the same templates, so those counts
    /// bounced between the cores' caches: at large, 5.5–6 % of the build's CPU was retains and
    /// releases made by the drawing (perf, two runs).
    final class Program: @unchecked Sendable {  // never changed after init
        struct Step {
            enum Kind: UInt8 { case text, value, section, invertedSection, other }
            let kind: Kind
            let escaped: Bool
            /// text: its first byte in `bytes`; value and sections: the name's index in `names`;
            /// other: the node's index in `others`.
            let index: Int32
            /// text: its length; sections: how many steps the body has (they follow this one).
            let count: Int32
        }

        /// A name's parts are `parts[first..<first + count]`, with their hashes in `hashes`.
        struct NameRef {
            let first: Int32
            let count: Int32
            let isCurrent: Bool
            let isAnchored: Bool
        }

        let steps: UnsafeBufferPointer<Step>
        let bytes: UnsafeBufferPointer<UInt8>
        let names: UnsafeBufferPointer<NameRef>
        let parts: UnsafeBufferPointer<String>
        let hashes: UnsafeBufferPointer<UInt64>
        /// Blocks and partials, drawn from the node (they look up templates by name anyway).
        let others: [Node]

        init(_ nodes: [Node]) {
            var builder = Builder()
            builder.add(nodes)
            steps = Self.copy(builder.steps)
            bytes = Self.copy(builder.bytes)
            names = Self.copy(builder.names)
            parts = Self.copy(builder.parts)
            hashes = Self.copy(builder.hashes)
            others = builder.others
        }

        deinit {
            UnsafeMutableBufferPointer(mutating: parts).deinitialize()
            for buffer in [UnsafeRawBufferPointer(steps), UnsafeRawBufferPointer(bytes), UnsafeRawBufferPointer(names),
                           UnsafeRawBufferPointer(parts), UnsafeRawBufferPointer(hashes)] {
                buffer.deallocate()
            }
        }

        private static func copy<Element>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
            let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return UnsafeBufferPointer(rebasing: buffer[..<array.count])
        }

        private struct Builder {
            var steps: [Step] = [], bytes: [UInt8] = [], names: [NameRef] = []
            var parts: [String] = [], hashes: [UInt64] = [], others: [Node] = []

            mutating func add(_ nodes: [Node]) {
                for node in nodes {
                    switch node {
                    case let .text(text):
                        steps.append(Step(kind: .text, escaped: false, index: Int32(bytes.count), count: Int32(text.count)))
                        bytes.append(contentsOf: text)
                    case let .value(name, escaped):
                        steps.append(Step(kind: .value, escaped: escaped, index: add(name), count: 0))
                    case let .section(name, body, inverted):
                        let at = steps.count
                        steps.append(Step(kind: .text, escaped: false, index: 0, count: 0))  // filled below
                        let nameIndex = add(name)
                        add(body)
                        steps[at] = Step(kind: inverted ? .invertedSection : .section, escaped: false, index: nameIndex,
                                         count: Int32(steps.count - at - 1))
                    case .block, .partial:
                        steps.append(Step(kind: .other, escaped: false, index: Int32(others.count), count: 0))
                        others.append(node)
                    }
                }
            }

            private mutating func add(_ name: Name) -> Int32 {
                names.append(NameRef(first: Int32(parts.count), count: Int32(name.parts.count),
                                     isCurrent: name.isCurrent, isAnchored: name.isAnchored))
                parts.append(contentsOf: name.parts)
                hashes.append(contentsOf: name.hashes)
                return Int32(names.count - 1)
            }
        }
    }
}
