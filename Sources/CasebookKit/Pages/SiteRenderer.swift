/// Renders a whole site: every HTML page, the 404 page and the assets (the stylesheet).
///
/// The one entry point of the rendering stage: `(Library, TemplateSet) → [OutputFile]`.
public struct SiteRenderer: Sendable {
    public let library: Library
    public let templates: TemplateSet

    /// Pages of earlier builds to reuse (see `PageCache`); `nil` renders every page.
    let cache: PageCache?

    init(library: Library, templates: TemplateSet, cache: PageCache?) {
        self.library = library
        self.templates = templates
        self.cache = cache
    }

    public init(library: Library, templates: TemplateSet) {
        self.init(library: library, templates: templates, cache: nil)
    }

    /// Every output file sorted by path, and the problems found (page collisions, missing templates).
    public func render() -> (files: [OutputFile], log: DiagnosticLog) {
        let (pages, builderLog) = PageBuilder(library: library).build()
        var log = builderLog
        let renderer = TemplateRenderer(templates: templates, strings: Strings.forLanguage(library.config.language), cache: cache)
        var (files, diagnostics) = renderer.render(pages)
        log.append(contentsOf: diagnostics)
        files += templates.assets.map { OutputFile(path: $0.key, bytes: $0.value) }
        return (files.sorted { $0.path < $1.path }, log)
    }
}
