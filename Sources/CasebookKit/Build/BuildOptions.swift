import Foundation

/// What one `casebook build` or `casebook check` run was asked to do.
public struct BuildOptions: Sendable {
    public var contentDirectory = "Content"
    /// Site templates over the built-in ones; `nil` means the built-in ones alone.
    public var templatesDirectory: String?
    public var outputDirectory = "Site"
    /// `--as-of`; site.yml's `as_of` wins over it, as metrics.md orders them.
    public var asOf: LocalDate?
    public var drafts = false
    /// Skip bad CSV rows with a warning instead of failing.
    public var lenient = false
    /// `false` for `casebook check`: validate everything, write nothing.
    public var write = true
    /// Where rendered pages are kept between builds (`PageCache`); `nil` renders every page.
    /// The command line sets it only when asked (`--cache DIR`).
    public var cacheDirectory: String?

    /// `true` for a process that ends after the build: the loaded data is then left for the
    /// system to take back at exit instead of being freed piece by piece (see `Teardown`).
    public var skipsTeardown = false

    public init() {}
}
