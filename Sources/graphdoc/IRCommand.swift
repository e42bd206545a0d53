import ArgumentParser
import Foundation
import GraphDocExtraction
import GraphDocIR

/// `graphdoc ir`: reads pages and prints the IR.
struct IRCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ir",
        abstract: "Read Graph reference pages and print the intermediate representation.",
        discussion: """
            Reads the given files and folders (folders recursively, *.md). Unreadable, empty, binary or \
            non-UTF-8 inputs are reported as diagnostics; no input read at all exits with 2. A file given \
            with -o is replaced whole (a symbolic link, folder, FIFO or device there is refused).

            """ + "\n" + ExitStatus.helpText(findings: "not used by ir")
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, summary
    }

    @Argument(help: "Files and folders of Graph reference pages.")
    var paths: [String]

    @Option(help: "json: the IR (formatVersion \(ApiModel.currentFormatVersion)); summary: counts for humans.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        let loaded = await DocumentationLoader.load(paths: paths)
        // A report file is left as it was when nothing could be read: a mistyped path must not
        // replace yesterday's IR with an empty one. The reasons go to standard error instead.
        if loaded.readableFileCount == 0, output != nil {
            for diagnostic in loaded.model.diagnostics {
                printError("\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity.rawValue): \(diagnostic.message)")
            }
            printError("graphdoc: no input could be read; \(output ?? "") is left as it was")
            throw ExitStatus.badInput
        }
        switch format {
        case .json: try Output.write(pieces: try IRRendering.jsonPieces(loaded.model), to: output)
        case .summary: try Output.write(IRRendering.summary(loaded.model), to: output)
        }
        if loaded.readableFileCount == 0 {
            printError("graphdoc: no input could be read")
            throw ExitStatus.badInput
        }
    }
}
