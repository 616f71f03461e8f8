import ArgumentParser

/// The `casebook` command: a thin shell over CasebookKit that parses arguments and reports.
@main
struct Casebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casebook",
        abstract: "Turns complaint-handling case write-ups, playbooks and helpdesk exports into a static management site.",
        subcommands: [BuildCommand.self, CheckCommand.self, WatchCommand.self, SampleCommand.self],
        defaultSubcommand: BuildCommand.self)
}
