/// Rules for paths that name files relative to the content folder, so that no setting can make
/// the build read (or publish) a file from elsewhere on the machine.
enum ContentPath {
    /// True for a relative `/`-separated path with no empty, `.` or `..` segment, no backslash,
    /// no NUL or other control character, and no percent sign (which some tools decode to `..`).
    static func isInside(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~") else { return false }
        guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" || $0 == "%" || $0 == "\u{7F}" }) else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}

import Foundation

extension ContentPath {
    /// Where `path` really is when that is outside `root` (after resolving every symbolic link
    /// on the way), else `nil`. A file that does not exist resolves to `nil`.
    static func outsideTarget(of path: String, root: String) -> String? {
        guard let real = realPath(path), let base = realPath(root) else { return nil }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return real == base || real.hasPrefix(prefix) ? nil : real
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The diagnostic for a content file that is a link to somewhere outside the content folder.
    static func outsideDiagnostic(_ path: String, target: String) -> Diagnostic {
        .error("refused: this is a symbolic link to \(target), outside the content folder", at: SourceLocation(file: path),
               hint: "copy the file into the content folder instead of linking to it")
    }
}
