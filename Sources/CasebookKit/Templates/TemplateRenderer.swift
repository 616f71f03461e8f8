import Mustache
import Synchronization

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
    /// Each page is built, checked, drawn and let go in one job, on both cores. With `deliver`,
    /// each page is handed over as soon as it is drawn instead of being returned (its path is
    /// returned instead). A template naming an unknown value fails the build, which then
    /// discards what was delivered; the pages drawn meanwhile are still what their values give.
    func render(_ plans: [PagePlan], deliver: (@Sendable (OutputFile) -> Void)? = nil)
        -> (files: [OutputFile], delivered: [String], diagnostics: [Diagnostic]) {
        var missing: [String: [PagePlan]] = [:]
        for plan in plans where !templates.hasTemplate(named: plan.template) {
            missing[plan.template, default: []].append(plan)
        }
        let drawable = plans.filter { templates.hasTemplate(named: $0.template) }
        let keys = Mutex(TemplateKeyChecker(templates: templates))
        let jobs = Parallel.map(drawable) { plan -> (file: OutputFile?, delivered: String?) in
            let page = plan.make()
            // Cheap after the first pages: the checker stops walking a template once some page
            // has reached all its tags.
            keys.withLock { $0.check(template: page.template, with: context(for: page)) }
            guard let file = draw(page, store: true) else { return (nil, nil) }
            guard let deliver else { return (file, nil) }
            deliver(file)
            return (nil, file.path)
        }
        var diagnostics = missing.keys.sorted().map { name in
            let needy = missing[name]!.sorted { $0.route < $1.route }
            let more = needy.count > 1 ? " and \(needy.count - 1) more" : ""
            return Diagnostic.error("template '\(name)' not found; it is needed for \(needy[0].route.path)\(more)",
                                    at: SourceLocation(file: templates.displayPath(ofTemplate: name)))
        }
        diagnostics += keys.withLock { $0.diagnostics }
        return (jobs.compactMap(\.file), jobs.compactMap(\.delivered), diagnostics)
    }

    func context(for page: Page) -> Any {
        func context<View: PageView>(_ view: View) -> Any { Context(t: table, site: page.chrome, page: view) }
        return context(page.view)
    }

    /// One page, or `nil` when its template is missing or broken.
    func render(_ page: Page) -> OutputFile? { draw(page, store: true) }

    /// One page, drawn straight from its view (see `ViewLayout`). With a page cache the view is
    /// fingerprinted first, and on a cache hit nothing is drawn; `store` puts a drawn page into
    /// the cache. A page the drawing declines is read whole and drawn by swift-mustache.
    func draw(_ page: Page, store: Bool) -> OutputFile? {
        guard !templates.brokenTemplates.contains(page.template) else { return nil }
        var key = cache == nil ? Fingerprint.ignored : cacheSalt
        key.add(page.template)
        key.add(page.route.path)
        let template = compiles ? templates.compiled[page.template] ?? nil : nil
        func draw<View: PageView>(_ view: View) -> (hex: String, bytes: [UInt8]?, cached: Bool) {
            var context = Context(t: table, site: page.chrome, page: view)
            let layout = ViewLayout.of(context)
            return withExtendedLifetime(layout) {
                withUnsafeBytes(of: &context) { bytes in
                    let address = TypedReaders.address(of: bytes, for: Context<View>.self)
                    var hex = ""
                    if let cache {
                        layout.fingerprint(address, into: &key)
                        hex = key.hex
                        if let cached = cache.bytes(for: hex) { return (hex, cached, true) }
                    }
                    guard let template else { return (hex, nil, false) }
                    var drawing = TemplateDrawing(library: templates.compiled)
                    return (hex, drawing.draw(template, at: address, layout: layout), false)
                }
            }
        }
        let (hex, drawn, cached) = draw(page.view)
        if cached, let drawn { return OutputFile(path: page.route.path, bytes: drawn) }
        let file: OutputFile
        if let drawn {
            file = OutputFile(path: page.route.path, bytes: drawn)
        } else {
            let root = TemplateValue(reflecting: context(for: page))
            guard let html = templates.library.render(root.mustacheObject, withTemplate: page.template) else { return nil }
            file = OutputFile(path: page.route.path, text: html)
        }
        if store { cache?.store(file.bytes, for: hex) }
        return file
    }
}
