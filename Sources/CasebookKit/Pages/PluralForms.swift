/// The forms a noun takes after a number: Polish "1 przypadek, 2 przypadki, 5 przypadków".
///
/// English needs only two, so its `few` and `many` are the same word.
struct PluralForms: Sendable, Equatable {
    enum Form: Sendable { case one, few, many }

    var one: String
    var few: String
    var many: String

    init(one: String, few: String, many: String) {
        self.one = one
        self.few = few
        self.many = many
    }

    /// English: singular and plural.
    init(one: String, other: String) { self.init(one: one, few: other, many: other) }

    subscript(form: Form) -> String {
        switch form {
        case .one: one
        case .few: few
        case .many: many
        }
    }
}
