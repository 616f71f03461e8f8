import Foundation

/// The one place that lists the stages of a build, in order:
/// load → validate → compute → render → write.
public enum Build {
    /// Runs every stage; writes the site only when no stage found an error.
    ///
    /// - Parameter memo: what earlier builds in this process made (`casebook watch`); whatever
    ///   was made from the same bytes is taken from there instead of made again.
    public static func run(_ options: BuildOptions, memo: BuildMemo? = nil) -> BuildReport {
        var report = BuildReport()
        var clock = StageClock()

        // Without this, a mistyped --content surfaced as "no report date" from an empty site.
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.contentDirectory, isDirectory: &isFolder), isFolder.boolValue else {
            report.log.error("the content folder does not exist", at: SourceLocation(file: options.contentDirectory),
                             hint: "name the folder that holds site.yml, cases/ and data/ with --content")
            return report
        }

        // Load: site.yml first, since every other loader depends on its settings.
        let (config, configLog, configBytes) = loadConfig(options)
        report.log.append(contentsOf: configLog)
        guard !configLog.hasErrors, let zone = TimeZoneRules(identifier: config.timezone) else { return report }
        memo?.begin(settings: settingsDigest(options, siteYAML: configBytes))
        let dataLoader = DataLoader(contentDirectory: options.contentDirectory, config: config, zone: zone, lenient: options.lenient)
        let loaded = Parallel.both(
            { ContentLoader(contentDirectory: options.contentDirectory, config: config).load(memo: memo) },
            { memo.map { dataLoader.load(memo: $0) } ?? (dataLoader.load(), nil) })
        let (content, (data, dataKey)) = loaded
        report.reused = memo?.reused
        report.log.append(contentsOf: content.log)
        report.log.append(contentsOf: data.log)
        clock.lap("load", into: &report)

        // Validate what spans files. The templates need nothing loaded, so they are read and
        // compiled on the other core while the references are checked against the tickets.
        let (linkLog, ((templates, templateLog), staticFiles)) = Parallel.both(
            { Linker(for: content.cases, tickets: data.tickets, ticketsFile: data.ticketsPath)
                .check(cases: content.cases, playbooks: content.playbooks) },
            { (TemplateSet.load(directory: options.templatesDirectory, displayPath: options.templatesDirectory ?? "<built-in>"),
               StaticFiles.list(under: options.contentDirectory + "/static")) })
        report.log.append(contentsOf: linkLog)
        report.log.append(contentsOf: templateLog)
        report.log.append(contentsOf: staticFiles.log)
        clock.lap("validate", into: &report)
        guard !report.log.hasErrors else { return report }

        let library = Library(
            config: config,
            cases: content.cases.selecting { options.drafts || !$0.pointee.draft }
                .sorted { ($0.date, $1.slug) > ($1.date, $0.slug) },
            playbooks: content.playbooks.sorted { ($0.order ?? .max, $0.title, $0.slug) < ($1.order ?? .max, $1.title, $1.slug) },
            tickets: data.tickets ?? [], orders: data.orders, skippedRows: data.skipped)
        report.skippedRows = library.skippedRows.count

        // Compute.
        // A site without data still needs a report date; its newest case is the natural one.
        guard let asOf = AsOf.resolve(for: library, option: options.asOf, zone: zone) ?? library.cases.map({ $0.date }).max() else {
            report.log.error("no report date: set as_of in site.yml or --as-of, or add ticket or order data",
                             at: SourceLocation(file: options.contentDirectory + "/site.yml"))
            return report
        }
        // The metrics leave a core idle between their parallel phases; the pages' ticket lookups
        // need only the library, so they are made meanwhile.
        let calculator = MetricsCalculator(config: config, zone: zone)
        let ((metrics, facts), ledgerIndex) = Parallel.both(
            {
                guard let memo, let dataKey else { return calculator.evaluate(library, asOf: asOf, orderDigest: data.orderDigest?.value) }
                if let (metrics, facts) = memo.figures(for: dataKey, asOf: asOf) {
                    return (calculator.recountingCases(metrics, library, facts: facts), facts)
                }
                let figures = calculator.evaluate(library, asOf: asOf, orderDigest: data.orderDigest?.value)
                memo.keep(metrics: figures.metrics, facts: figures.facts, asOf: asOf, key: dataKey)
                return figures
            },
            {
                guard let memo, let dataKey else { return TicketLedger.Index(library: library) }
                let index = TicketLedger.Index(library: library, byId: memo.ticketIds(for: dataKey))
                memo.keep(ticketIds: index.byId, key: dataKey)
                return index
            })
        report.reused = memo?.reused
        clock.lap("compute", into: &report)

        // Render. When the site is to be written, each page goes into the staging tree as soon
        // as it is drawn, so the disk works while the rest are drawn; the tree is published in
        // the write stage, or discarded if any stage found an error.
        let cache = !options.write ? nil : memo.map { PageCache(memory: $0.pages) } ?? options.cacheDirectory.map(PageCache.init(directory:))
        let writer = SiteWriter(output: options.outputDirectory)
        var staging: StagingTree?
        if options.write {
            switch writer.stage() {
            case let .success(tree): staging = tree
            case let .failure(problem):
                report.log.append(problem.diagnostic)
                return report
            }
        }
        let deliver: (@Sendable (OutputFile) -> Void)?
        if let tree = staging { deliver = { tree.add($0) } } else { deliver = nil }
        let renderer = SiteRenderer(library: library, metrics: metrics, facts: facts, ledgerIndex: ledgerIndex, templates: templates,
                                    cache: cache)
        // metrics.json (12 MB at a million tickets) is written out beside the pages instead of
        // after them, when only one core would be left working.
        let ((pages, delivered, renderLog), metricsJSON) = Parallel.both(
            { renderer.render(deliver: deliver) }, { metrics.jsonBytes() })
        report.log.append(contentsOf: renderLog)
        if let cache { (report.cachedPages, report.renderedPages) = (cache.hits, cache.misses) }
        var files = pages
        files.append(OutputFile(path: "metrics.json", bytes: metricsJSON))
        files.append(OutputFile(path: "README.md", text: SiteReadme.text))
        let paths = delivered + files.map { $0.path }
        report.log.append(contentsOf: StaticFiles.collisions(staticFiles.files, with: paths))
        clock.lap("render", into: &report)
        guard let staging, !report.log.hasErrors else {
            if let staging { writer.discard(staging) }
            return report
        }

        // Write what was not delivered during rendering, then publish.
        for file in files { staging.add(file) }
        let writeProblems = writer.finish(staging, staticFiles: staticFiles.files.map { ($0.source, $0.path) })
        report.log.append(contentsOf: writeProblems)
        if writeProblems.isEmpty {
            cache?.prune()
            report.filesWritten = paths.count + staticFiles.files.count
            report.pagesWritten = paths.filter { $0.hasSuffix(".html") }.count
        }
        clock.lap("write", into: &report)
        if options.skipsTeardown { Teardown.skip(content, data, library, metrics, facts, ledgerIndex) }
        return report
    }

    /// site.yml's settings, and its text for the memo's key (`nil` without a site.yml).
    static func loadConfig(_ options: BuildOptions) -> (SiteConfig, DiagnosticLog, String?) {
        let path = options.contentDirectory + "/site.yml"
        guard FileManager.default.fileExists(atPath: path) else { return (SiteConfig(), DiagnosticLog(), nil) }
        let (text, problem) = ContentLoader.read(path)
        guard let text else { return (SiteConfig(), DiagnosticLog(problem.map { [$0] } ?? []), nil) }
        let (config, log) = SiteConfigLoader().load(text, file: path)
        return (config, log, text)
    }

    /// Everything that steers every parser and figure: when it changes, the memo starts afresh.
    static func settingsDigest(_ options: BuildOptions, siteYAML: String?) -> Fingerprint.Digest {
        var fingerprint = Fingerprint()
        fingerprint.add(siteYAML == nil ? 0 : 1)
        fingerprint.add(siteYAML ?? "")
        fingerprint.add(options.contentDirectory)
        fingerprint.add(options.asOf.map { $0.daysSinceEpoch } ?? Int.min)
        fingerprint.add(options.drafts ? 1 : 0)
        fingerprint.add(options.lenient ? 1 : 0)
        return fingerprint.digest
    }
}
