import Foundation

/// What a staging tree held before this build began writing into it: the replaced site of an
/// earlier build, reused so that its folders need not be made again nor its files deleted and
/// created anew (on this machine's disk, the kernel's work for 10,000 new folders and files
/// was the largest single part of a large build, and deleting the old ones came on top).
///
/// Taking the survey makes the tree safe to write into: a symbolic link, a file with another
/// hard link (a deploy made with `cp -al`, say) or anything else that is neither a plain file nor
/// a folder is removed, so no write can reach outside the tree or into another copy.
struct StagingSurvey: Sendable {
    /// Plain files, by path relative to the root.
    var files: Set<String> = []
    /// Folders below the root, by relative path.
    var folders: Set<String> = []

    static func take(of root: String) -> StagingSurvey {
        var survey = StagingSurvey()
        survey.walk(root, "")
        return survey
    }

    private mutating func walk(_ folder: String, _ relative: String) {
        guard let stream = opendir(folder) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            guard name != ".", name != ".." else { continue }
            let path = folder + "/" + name, inside = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                folders.insert(inside)
                walk(path, inside)
            case S_IFREG where info.st_nlink == 1:
                files.insert(inside)
            default:
                unlink(path)
            }
        }
    }

    /// The folders that hold at least one of `paths`, by relative path.
    static func folders(holding paths: some Sequence<String>) -> Set<String> {
        var holding = Set<String>()
        for path in paths {
            var parent = ContentPath.split(path).parent
            while !parent.isEmpty, holding.insert(parent).inserted { parent = ContentPath.split(parent).parent }
        }
        return holding
    }
}
