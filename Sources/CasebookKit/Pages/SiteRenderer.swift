/// Renders a whole site: every HTML page, the 404 page and the assets (the stylesheet).
///
/// The one entry point of the rendering stage: `(Library, TemplateSet) → [OutputFile]`.
public struct SiteRenderer: Sendable {
    public let library: Library
    public let templates: TemplateSet

    public init(library: Library, templates: TemplateSet) {
        self.library = library
        self.templates = templates
    }

    /// Every output file sorted by path, and the problems found (page collisions, missing templates).
    public func render() -> (files: [OutputFile], log: DiagnosticLog) {
        let (pages, builderLog) = PageBuilder(library: library).build()
        var log = builderLog
        let renderer = TemplateRenderer(templates: templates, strings: Strings.forLanguage(library.config.language))
        var (files, diagnostics) = renderer.render(pages)
        log.append(contentsOf: diagnostics)
        files += templates.assets.map { OutputFile(path: $0.key, bytes: $0.value) }
        return (files.sorted { $0.path < $1.path }, log)
    }
}
