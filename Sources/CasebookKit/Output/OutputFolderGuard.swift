import Foundation

/// Refuses output folders whose replacement would destroy something: a build replaces the
/// whole output folder, so `--output Content` or `--output .` must never get that far.
public enum OutputFolderGuard {
    /// Why `output` may not be replaced by a build reading `content` and `templates`, or `nil`.
    ///
    /// The output may not be, contain, or lie inside the content or templates folder, nor
    /// contain the working directory; an existing folder must be empty or one casebook built
    /// (its README.md is casebook's).
    public static func refusal(output: String, content: String, templates: String?) -> Diagnostic? {
        let at = SourceLocation(file: output)
        let target = absolute(output)
        for (role, folder) in [("content", content), ("templates", templates), ("working", ".")] {
            guard let folder else { continue }
            let other = absolute(folder)
            if target == other || other.hasPrefix(target + "/") || (role != "working" && target.hasPrefix(other + "/")) {
                return .error("refusing to write the site here: the output folder would replace the \(role) folder \(folder) or part of it; nothing was written",
                              at: at, hint: "choose another --output, such as Site")
            }
        }
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        guard fm.fileExists(atPath: output, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return .error("the output path is a file, not a folder; nothing was written", at: at) }
        let entries = (try? fm.contentsOfDirectory(atPath: output)) ?? []
        let readme = fm.contents(atPath: output + "/README.md").map { String(decoding: $0, as: UTF8.self) }
        guard entries.isEmpty || readme == SiteReadme.text else {
            return .error("refusing to replace this folder: it is not a site casebook built (its README.md is not casebook's); nothing was written",
                          at: at, hint: "choose another --output, or empty the folder first")
        }
        return nil
    }

    /// The path with symbolic links resolved as far as it exists, without a trailing slash.
    static func absolute(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var tail: [String] = []
        while !FileManager.default.fileExists(atPath: url.path), url.pathComponents.count > 1 {
            tail.insert(url.lastPathComponent, at: 0)
            url.deleteLastPathComponent()
        }
        let base = ContentPath.realPath(url.path) ?? url.path
        let joined = ([base] + tail).joined(separator: "/")
        return joined.count > 1 && joined.hasSuffix("/") ? String(joined.dropLast()) : joined.replacingOccurrences(of: "//", with: "/")
    }
}
