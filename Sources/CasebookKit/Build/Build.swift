import Foundation

/// The one place that lists the stages of a build, in order:
/// load → validate → compute → render → write.
public enum Build {
    /// Runs every stage; writes the site only when no stage found an error.
    public static func run(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        var clock = StageClock()

        // Load: site.yml first, since every other loader depends on its settings.
        let (config, configLog) = loadConfig(options)
        report.log.append(contentsOf: configLog)
        guard !configLog.hasErrors, let zone = TimeZoneRules(identifier: config.timezone) else { return report }
        let loaded = Parallel.both(
            { ContentLoader(contentDirectory: options.contentDirectory, config: config).load() },
            { DataLoader(contentDirectory: options.contentDirectory, config: config, zone: zone, lenient: options.lenient).load() })
        let (content, data) = loaded
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
            cases: content.cases.filter { options.drafts || !$0.draft }
                .sorted { ($0.date, $1.slug) > ($1.date, $0.slug) },
            playbooks: content.playbooks.sorted { ($0.order ?? .max, $0.title, $0.slug) < ($1.order ?? .max, $1.title, $1.slug) },
            tickets: data.tickets ?? [], orders: data.orders, skippedRows: data.skipped)
        report.skippedRows = library.skippedRows.count

        // Compute.
        // A site without data still needs a report date; its newest case is the natural one.
        guard let asOf = AsOf.resolve(for: library, option: options.asOf, zone: zone) ?? library.cases.map(\.date).max() else {
            report.log.error("no report date: set as_of in site.yml or --as-of, or add ticket or order data",
                             at: SourceLocation(file: options.contentDirectory + "/site.yml"))
            return report
        }
        // The metrics leave a core idle between their parallel phases; the pages' ticket lookups
        // need only the library, so they are made meanwhile.
        let ((metrics, facts), ledgerIndex) = Parallel.both(
            { MetricsCalculator(config: config, zone: zone).evaluate(library, asOf: asOf) },
            { TicketLedger.Index(library: library) })
        clock.lap("compute", into: &report)

        // Render. When the site is to be written, each page goes into the staging tree as soon
        // as it is drawn, so the disk works while the rest are drawn; the tree is published in
        // the write stage, or discarded if any stage found an error.
        let cache = options.write ? options.cacheDirectory.map(PageCache.init(directory:)) : nil
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
        var deliver: (@Sendable (OutputFile) -> Void)?
        if let tree = staging { deliver = { tree.add($0) } }
        let renderer = SiteRenderer(library: library, metrics: metrics, facts: facts, ledgerIndex: ledgerIndex, templates: templates,
                                    cache: cache)
        let (pages, delivered, renderLog) = renderer.render(deliver: deliver)
        report.log.append(contentsOf: renderLog)
        if let cache { (report.cachedPages, report.renderedPages) = (cache.hits, cache.misses) }
        var files = pages
        files.append(OutputFile(path: "metrics.json", bytes: metrics.jsonBytes()))
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

    static func loadConfig(_ options: BuildOptions) -> (SiteConfig, DiagnosticLog) {
        let path = options.contentDirectory + "/site.yml"
        guard FileManager.default.fileExists(atPath: path) else { return (SiteConfig(), DiagnosticLog()) }
        let (text, problem) = ContentLoader.read(path)
        guard let text else { return (SiteConfig(), DiagnosticLog(problem.map { [$0] } ?? [])) }
        return SiteConfigLoader().load(text, file: path)
    }
}
