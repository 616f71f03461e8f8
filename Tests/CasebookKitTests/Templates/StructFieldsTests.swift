import Testing
@testable import CasebookKit

/// Reading a struct's fields at their offsets must give exactly what `Mirror` gives, and decline
/// the kinds of value it cannot read that way.
struct StructFieldsTests {
    final class Box { let name = "pudełko" }
    struct Inner: Equatable { let a: Int8; let b: String }
    struct Plain {
        let flag: Bool
        let small: Int8
        let text: String
        let number: Double
        let maybe: String?
        let none: Int?
        let inner: Inner
        let list: [Inner]
        let box: Box
        let pair: (Int, String)
    }
    protocol Shape {}
    struct Square: Shape { let side: Int }
    struct WithExistential { let title: String; let shape: any Shape }
    struct Custom: CustomReflectable {
        let hidden: Int
        var customMirror: Mirror { Mirror(self, children: ["shown": hidden + 1]) }
    }

    static var plain: Plain { Plain(flag: true, small: -3, text: "Zażółć", number: 0.25, maybe: "tak", none: nil,
                             inner: Inner(a: 7, b: "b"), list: [Inner(a: 1, b: "x"), Inner(a: 2, b: "y")], box: Box(),
                             pair: (4, "cztery")) }

    static func described(_ value: Any) -> String { String(reflecting: value) }

    @Test func givesWhatMirrorGivesInDeclarationOrder() {
        var read: [(String, String)] = []
        #expect(StructFields.forEach(of: Self.plain) { read.append(($0, Self.described($1))) })
        let mirrored = Mirror(reflecting: Self.plain).children.map { ($0.label!, Self.described($0.value)) }
        #expect(read.map(\.0) == mirrored.map(\.0))
        #expect(read.map(\.1) == mirrored.map(\.1))
        #expect(read.map(\.0) == ["flag", "small", "text", "number", "maybe", "none", "inner", "list", "box", "pair"])
    }

    @Test func readsAStructHeldInAnAny() {
        let held: Any = Self.plain.inner
        var labels: [String] = []
        #expect(StructFields.forEach(of: held) { label, _ in labels.append(label) })
        #expect(labels == ["a", "b"])
    }

    @Test func declinesWhatOnlyMirrorReadsRight() {
        #expect(!StructFields.forEach(of: WithExistential(title: "t", shape: Square(side: 2))) { _, _ in })
        #expect(!StructFields.forEach(of: Box()) { _, _ in })
        #expect(!StructFields.forEach(of: Custom(hidden: 1)) { _, _ in })
        // A protocol-typed value passed as `Any` arrives as the struct inside, and is read.
        let shape: any Shape = Square(side: 3)
        var sides: [String] = []
        #expect(StructFields.forEach(of: shape) { label, value in sides.append("\(label)=\(value)") })
        #expect(sides == ["side=3"])
    }

    @Test func templateValuesOfDeclinedStructsStillComeFromMirror() throws {
        guard case let .record(record) = TemplateValue(reflecting: WithExistential(title: "t", shape: Square(side: 2))) else {
            Issue.record("not a record")
            return
        }
        #expect(record.fieldLabels == ["title", "shape"])
        guard case let .record(shape)? = record.field("shape") else { Issue.record("shape is not a record"); return }
        guard case let .int(side)? = shape.field("side") else { Issue.record("no side"); return }
        #expect(side == 2)
    }

    /// One field by its label, with one level of `Optional` taken off as Mustache reads a field;
    /// the key check asks this where it asked `Mirror`.
    @Test func findsOneFieldAsMirrorWouldGiveIt() {
        func value(_ label: String, of object: Any) -> String? {
            guard case let .value(found)? = StructFields.field(label, of: object) else { return nil }
            return found.map { String(describing: $0) } ?? "nil"
        }
        #expect(value("text", of: Self.plain) == "Zażółć")
        #expect(value("maybe", of: Self.plain) == "tak")  // not Optional("tak")
        #expect(value("none", of: Self.plain) == "nil")
        #expect(value("inner", of: Self.plain) == String(describing: Self.plain.inner))
        guard case .noSuchField? = StructFields.field("nothing", of: Self.plain) else { Issue.record("found 'nothing'"); return }
        // What forEach declines is left to Mirror.
        #expect(StructFields.field("name", of: Box()) == nil)
        #expect(StructFields.field("hidden", of: Custom(hidden: 1)) == nil)
        #expect(StructFields.field("title", of: WithExistential(title: "t", shape: Square(side: 2))) == nil)
    }
}
