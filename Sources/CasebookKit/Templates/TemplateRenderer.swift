import Mustache

/// Draws pages with their templates into output files.
struct TemplateRenderer {
    let templates: TemplateSet
    let strings: Strings
    /// `strings` as a dictionary: every page looks many of them up, and a dictionary lookup is
    /// far cheaper than swift-mustache reflecting the whole `Strings` table for each one.
    private let table: StringTable

    /// Pages drawn by earlier builds; `nil` draws every page.
    private let cache: PageCache?
    private let cacheSalt: Fingerprint

    /// `false` draws every page with swift-mustache, the reference the tests hold casebook's own
    /// drawing to.
    private let compiles: Bool

    init(templates: TemplateSet, strings: Strings, cache: PageCache? = nil, compiles: Bool = true) {
        self.templates = templates
        self.compiles = compiles
        self.strings = strings
        self.table = StringTable(strings)
        self.cache = cache
        cacheSalt = cache == nil ? Fingerprint() : PageCache.salt(templates: templates, strings: table)
    }

    /// What every template sees at the top level: `t` (UI strings), `site` (layout data) and `page`.
    ///
    /// Generic over the view rather than holding `any PageView`: a field of protocol type must be
    /// read through `Mirror`, and the page view is the largest value of every page.
    struct Context<View: PageView> {
        let t: StringTable
        let site: SiteChrome
        let page: View
    }

    /// The text fields of `Strings` by name, looked up without reflection; the key checker sees
    /// them as a `MustacheParent`, the drawing as a record.
    struct StringTable: MustacheParent, Sendable {
        let record: TemplateRecord

        init(_ strings: Strings) {
            var labels: [String] = [], texts: [TemplateValue] = []
            for child in Mirror(reflecting: strings).children {
                guard let label = child.label, let text = child.value as? String, !labels.contains(label) else { continue }
                labels.append(label)
                texts.append(.string(text))
            }
            record = TemplateRecord(labels: labels, values: texts)
        }

        var names: [String] { record.fieldLabels }

        func child(named name: String) -> Any? { record.child(named: name) }
    }

    /// The rendered files, and one diagnostic per missing template naming the pages that need it.
    ///
    /// A template that failed to parse was reported when the set was loaded; its pages are skipped
    /// without a second message, since the build fails on that error anyway.
    ///
    /// With `deliver`, each page is handed over as soon as it is drawn instead of being returned
    /// (its path is returned instead), unless a template names an unknown value: that build fails.
    func render(_ pages: [Page], deliver: (@Sendable (OutputFile) -> Void)? = nil)
        -> (files: [OutputFile], delivered: [String], diagnostics: [Diagnostic]) {
        var missing: [String: [Page]] = [:]
        var keys = TemplateKeyChecker(templates: templates)
        for page in pages where !templates.hasTemplate(named: page.template) {
            missing[page.template, default: []].append(page)
        }
        let drawable = pages.filter { templates.hasTemplate(named: $0.template) }
        // Cheap: the checker stops walking a template once some page has reached all its tags.
        for page in drawable { keys.check(template: page.template, with: context(for: page)) }
        // A render whose check found a problem fails, so it neither stores pages nor streams them.
        let isClean = keys.diagnostics.isEmpty
        // Pages are independent, so both cores draw them; results keep the page order.
        var files: [OutputFile] = [], delivered: [String] = []
        if let deliver, isClean {
            delivered = Parallel.map(drawable) { page -> String? in
                guard let file = draw(page, store: true) else { return nil }
                deliver(file)
                return file.path
            }.compactMap { $0 }
        } else {
            files = Parallel.map(drawable) { draw($0, store: isClean) }.compactMap { $0 }
        }
        var diagnostics = missing.keys.sorted().map { name in
            let needy = missing[name]!
            let more = needy.count > 1 ? " and \(needy.count - 1) more" : ""
            return Diagnostic.error("template '\(name)' not found; it is needed for \(needy[0].route.path)\(more)",
                                    at: SourceLocation(file: templates.displayPath(ofTemplate: name)))
        }
        diagnostics += keys.diagnostics
        return (files, delivered, diagnostics)
    }

    func context(for page: Page) -> Any {
        func context<View: PageView>(_ view: View) -> Any { Context(t: table, site: page.chrome, page: view) }
        return context(page.view)
    }

    /// One page, or `nil` when its template is missing or broken.
    func render(_ page: Page) -> OutputFile? { draw(page, store: true) }

    /// One page: its values are read once, giving both the cache key and what the template draws;
    /// on a cache hit nothing is drawn. `store` puts a drawn page into the cache.
    func draw(_ page: Page, store: Bool) -> OutputFile? {
        guard !templates.brokenTemplates.contains(page.template) else { return nil }
        var key = cache == nil ? Fingerprint.ignored : cacheSalt
        key.add(page.template)
        key.add(page.route.path)
        let root = TemplateValue(reflecting: context(for: page), fingerprint: &key)
        let hex = cache == nil ? "" : key.hex
        if let cached = cache?.bytes(for: hex) { return OutputFile(path: page.route.path, bytes: cached) }
        let file: OutputFile
        var drawing = TemplateDrawing(library: templates.compiled)
        if compiles, let template = templates.compiled[page.template] ?? nil, let bytes = drawing.draw(template, root: root) {
            file = OutputFile(path: page.route.path, bytes: bytes)
        } else {
            guard let html = templates.library.render(root.mustacheObject, withTemplate: page.template) else { return nil }
            file = OutputFile(path: page.route.path, text: html)
        }
        if store { cache?.store(file.bytes, for: hex) }
        return file
    }
}
