import Foundation
import Testing
@testable import CasebookKit

/// A template naming a value the page does not have fails the build at the template's line.
@Suite struct TemplateKeyCheckTests {
    func lines(withTemplates templates: String) throws -> [String] {
        let site = try TestSite(BuildTests.miniSite + "\n" + templates)
        defer { site.remove() }
        var options = site.options
        options.write = false
        return site.lines(Build.run(options).log)
    }

    @Test func theBuiltInTemplatesUseOnlyNamesThePagesHave() throws {
        #expect(try lines(withTemplates: "") == [])
    }

    /// The case has no client type, so the section is skipped when rendering; its names are still checked.
    @Test func namesUnderAFalseFlagAreChecked() throws {
        let lines = try lines(withTemplates: "-- Templates/case.mustache --\n{{#page}}\n{{#hasClientType}}<b>{{clientTypeLabl}}</b>{{/hasClientType}}\n{{/page}}")
        #expect(lines == ["Templates/case.mustache:2:22: error: the template uses 'clientTypeLabl', which this page does not provide; "
                            + "Mustache would render it as nothing; did you mean 'clientTypeLabel'?"])
    }

    @Test func aTypoInAPartialIsReportedInThePartial() throws {
        let lines = try lines(withTemplates: "-- Templates/partials/tags.mustache --\n<ul>{{#tags}}<li><a href=\"{{hreff}}\">{{name}}</a></li>{{/tags}}</ul>")
        #expect(lines == ["Templates/partials/tags.mustache:1:27: error: the template uses 'hreff', which this page does not provide; "
                            + "Mustache would render it as nothing; did you mean 'href'?"])
    }

    @Test func namesFromOuterScopesAndTheDotAreFound() throws {
        let lines = try lines(withTemplates: "-- Templates/case.mustache --\n{{#page}}{{#tags}}{{name}} {{t.colTags}} {{title}}{{/tags}}{{#facts}}{{.}}{{/facts}}{{/page}}")
        #expect(lines == [])
    }
}
