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
        cacheSalt = cache == nil ? Fingerprint() : PageCache.salt(templates: templates, strings: table.values)
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

    /// The text fields of `Strings` by name, looked up without reflection.
    struct StringTable: MustacheParent, Sendable {
        let values: [String: String]
        /// The same strings for casebook's own drawing.
        let record: TemplateRecord

        init(_ strings: Strings) {
            var values: [String: String] = [:]
            var labels: [String] = [], texts: [TemplateValue] = []
            for child in Mirror(reflecting: strings).children {
                guard let label = child.label, let text = child.value as? String, values[label] == nil else { continue }
                values[label] = text
                labels.append(label)
                texts.append(.string(text))
            }
            self.values = values
            record = TemplateRecord(labels: labels, values: texts)
        }

        func child(named name: String) -> Any? { values[name] }
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
        // Pages are independent, so both cores prepare and draw them; results keep the page order.
        let prepared = Parallel.map(drawable) { prepare($0) }
        // A cached page passed this same check with these same values and templates: the cache
        // only keeps pages of renders whose check found nothing (see `draw`).
        for item in prepared where item.cached == nil {
            keys.check(template: item.page.template, with: context(for: item.page))
        }
        let storesInCache = keys.diagnostics.isEmpty
        var files: [OutputFile] = [], delivered: [String] = []
        if let deliver, storesInCache {
            delivered = Parallel.map(prepared) { item -> String? in
                guard let file = draw(item, store: true) else { return nil }
                deliver(file)
                return file.path
            }.compactMap { $0 }
        } else {
            files = Parallel.map(prepared) { draw($0, store: storesInCache) }.compactMap { $0 }
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
    func render(_ page: Page) -> OutputFile? { draw(prepare(page), store: true) }

    /// A page with its cache key and, on a hit, its bytes. The boxed values are not kept: held
    /// for every page at once they raised the large build's peak from 748 to 1196 MiB.
    struct Prepared: Sendable {
        let page: Page
        let key: String
        let cached: [UInt8]?
    }

    func prepare(_ page: Page) -> Prepared {
        guard let cache else { return Prepared(page: page, key: "", cached: nil) }
        var key = cacheSalt
        key.add(page.template)
        key.add(page.route.path)
        _ = TemplateValue(reflecting: context(for: page), fingerprint: &key)
        let hex = key.hex
        return Prepared(page: page, key: hex, cached: cache.bytes(for: hex))
    }

    func draw(_ item: Prepared, store: Bool) -> OutputFile? {
        let page = item.page
        guard !templates.brokenTemplates.contains(page.template) else { return nil }
        if let bytes = item.cached { return OutputFile(path: page.route.path, bytes: bytes) }
        let root = TemplateValue(reflecting: context(for: page))
        let file: OutputFile
        var drawing = TemplateDrawing(library: templates.compiled)
        if compiles, let template = templates.compiled[page.template] ?? nil, let bytes = drawing.draw(template, root: root) {
            file = OutputFile(path: page.route.path, bytes: bytes)
        } else {
            guard let html = templates.library.render(root.mustacheObject, withTemplate: page.template) else { return nil }
            file = OutputFile(path: page.route.path, text: html)
        }
        if store, !item.key.isEmpty { cache?.store(file.bytes, for: item.key) }
        return file
    }
}
