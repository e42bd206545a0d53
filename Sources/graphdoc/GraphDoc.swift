import ArgumentParser

/// The `graphdoc` command line: a thin layer over the libraries.
@main
struct GraphDoc: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphdoc",
        abstract: "Read Microsoft Graph reference pages; emit Swift models, tests and doc lint reports.",
        version: "0.1.0",
        subcommands: [IRCommand.self, GenerateCommand.self, LintCommand.self, DiffCommand.self]
    )
}
