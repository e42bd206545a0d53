import ArgumentParser
import Foundation

/// The `graphdoc` command line: a thin layer over the libraries.
@main
struct GraphDoc: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphdoc",
        abstract: "Read Microsoft Graph reference pages; emit Swift models, tests and doc lint reports.",
        version: "0.1.0",
        subcommands: [IRCommand.self, GenerateCommand.self, LintCommand.self, DiffCommand.self]
    )

    /// ArgumentParser's own `main`, except that an option it cannot read exits with
    /// ``ExitStatus/badInput`` like every other usage error (its default is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            exit(withError: ExitStatus.badInput)
        }
    }
}
