/// The naming rules of content.md for URL slugs and step/client-type keys.
enum NameRules {
    /// `[a-z0-9-]+`, not starting or ending with `-`: safe as a single URL and path segment.
    static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && !slug.hasPrefix("-") && !slug.hasSuffix("-")
            && slug.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    /// `[a-z0-9_]+`, the form of step and client type keys.
    static func isKey(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }
}
