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
    private let labels: [String]
    /// `nil` for a field holding `nil`.
    private let values: [TemplateValue?]
    /// Only long records (the UI strings) are worth a hash table; a view has a dozen fields, and
    /// comparing short strings one by one beats hashing them.
    private let index: [String: Int]?

    convenience init(labels: [String], values: [TemplateValue]) {
        self.init(labels: labels, present: values)
    }

    init(labels: [String], present values: [TemplateValue?]) {
        self.labels = labels
        self.values = values
        index = labels.count > 24 ? Dictionary(labels.enumerated().map { ($1, $0) }) { first, _ in first } : nil
    }

    func field(_ name: String) -> TemplateValue? {
        if let index { return index[name].flatMap { values[$0] } }
        for position in labels.indices where labels[position] == name { return values[position] }
        return nil
    }

    /// The labels of the fields that hold a value.
    var fieldLabels: [String] { labels.indices.filter { values[$0] != nil }.map { labels[$0] } }

    func child(named name: String) -> Any? { field(name)?.mustacheObject }
}
