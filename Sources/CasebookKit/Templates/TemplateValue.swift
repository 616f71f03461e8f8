import Mustache

/// A page's values as its template sees them, read out of the view structs once per page
/// (see `TemplateValue+Reflection.swift`).
///
/// Both renderers draw from it: `CompiledTemplate` walks it directly, and swift-mustache sees
/// each record as a `MustacheParent` that hands out exactly the values its own reflection of the
/// view would have found.
///
/// Only the cases holding an `Any` are boxed: with the whole enum `indirect`, every string of
/// every row was a heap allocation of its own (the list pages of 10,000 cases: some 100 MiB).
enum TemplateValue {
    case string(String)
    case bool(Bool)
    case int(Int)
    case double(Double)
    /// `original` is the array as the view held it: swift-mustache gets it back unless its items
    /// are records, so its transforms on arrays of comparable values keep working.
    indirect case list([TemplateValue], original: Any)
    case record(TemplateRecord)
    /// Printed with `String(describing:)`, as swift-mustache prints what it does not know.
    indirect case other(Any)
    /// A value swift-mustache treats in a way of its own (its protocols, a dictionary): only it
    /// may draw a page that reaches one.
    indirect case opaque(Any)

    /// The value in the form swift-mustache's own lookup would have produced.
    var mustacheObject: Any {
        switch self {
        case let .string(text): text
        case let .bool(flag): flag
        case let .int(number): number
        case let .double(number): number
        case let .list(items, original):
            if case .record = items.first { items.map(\.mustacheObject) } else { original }
        case let .record(record): record
        case let .other(value), let .opaque(value): value
        }
    }
}

/// A struct's fields by label, in declaration order; the first field of a label wins, as with
/// `Mirror`. A field holding `nil` is left out, so a lookup climbs on to the enclosing scope.
final class TemplateRecord: MustacheParent, @unchecked Sendable {
    /// Shared by every record of one type.
    private let labels: TemplateLabels
    /// `nil` for a field holding `nil`.
    private let values: [TemplateValue?]

    convenience init(labels: [String], values: [TemplateValue]) {
        self.init(labels: TemplateLabels(labels), present: values)
    }

    init(labels: TemplateLabels, present values: [TemplateValue?]) {
        self.labels = labels
        self.values = values
    }

    func field(_ name: String) -> TemplateValue? { field(name, hash: StringNumbering.hash(name)) }

    /// `hash` is `StringNumbering.hash(name)`, worked out once per tag of a compiled template.
    @inline(__always)
    func field(_ name: String, hash: UInt64) -> TemplateValue? {
        labels.position(of: name, hash: hash).flatMap { values[$0] }
    }

    /// The labels of the fields that hold a value.
    var fieldLabels: [String] { labels.names.indices.filter { values[$0] != nil }.map { labels.names[$0] } }

    func child(named name: String) -> Any? { field(name)?.mustacheObject }
}

/// The field labels of one type of record, looked up by a hash table made once per type.
///
/// Scanning the labels and comparing strings one by one took five comparisons a lookup, each
/// through the standard library's slow path when the strings differ; a page of 10,000 rows
/// makes some three million lookups.
final class TemplateLabels: Sendable {
    let names: [String]
    private let numbering: StringNumbering
    /// The position in `names` of each distinct label's first occurrence: the first field of a
    /// label wins, as with `Mirror`.
    private let firstPosition: [Int]

    init(_ names: [String]) {
        self.names = names
        var numbering = StringNumbering(capacity: names.count), firstPosition: [Int] = []
        for (position, name) in names.enumerated() where numbering.insert(name).isNew { firstPosition.append(position) }
        self.numbering = numbering
        self.firstPosition = firstPosition
    }

    @inline(__always)
    func position(of name: String, hash: UInt64) -> Int? {
        numbering.number(of: name, hash: hash).map { firstPosition[Int($0)] }
    }
}
