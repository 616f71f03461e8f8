/// A type's full name, as `String(reflecting:)` spells it (`CasebookKit.CaseRow`,
/// `Swift.Array<Swift.Optional<Swift.Int>>`), for fingerprints and for what swift-mustache prints
/// of a whole record.
enum TypeName {
    /// `String(reflecting:)` first asks whether the metatype conforms to three printing protocols,
    /// and each question about a new type scans every conformance record of every loaded library:
    /// 130,000 instructions a type, 7% of the example site's build. A metatype conforms to none,
    /// so it ends up printing `_typeName(_, qualified: true)`, which this asks for at once.
    static func of(_ type: Any.Type) -> String { _typeName(type, qualified: true) }
}
