import Foundation
import GraphDocIR
import GraphDocMarkdown

/// What reading a set of paths gives: the merged model and each page's own facts.
public struct LoadedDocumentation: Sendable {
    public var model: ApiModel
    public var pages: [PageFacts]
    /// How many input files could be read as text.
    public var readableFileCount: Int

    public init(model: ApiModel, pages: [PageFacts], readableFileCount: Int) {
        self.model = model
        self.pages = pages
        self.readableFileCount = readableFileCount
    }
}

/// Reads files and folders of Graph pages into the IR: the one entry point the CLI and plugins use.
public enum DocumentationLoader {
    /// Reads every `*.md` file under `paths` (files named directly are read whatever their extension),
    /// parses them concurrently, and merges them. Unreadable, empty, binary or non-UTF-8 inputs become
    /// diagnostics; this never throws.
    public static func load(paths: [String], naming: PathNaming = .asGiven) async -> LoadedDocumentation {
        var inputDiagnostics: [Diagnostic] = []
        let files = discover(paths, naming: naming, diagnostics: &inputDiagnostics)
        let results = await parse(files)
        var pages: [PageFacts] = []
        for result in results {
            switch result {
            case .page(let facts): pages.append(facts)
            case .rejected(let diagnostic): inputDiagnostics.append(diagnostic)
            }
        }
        var (model, settledPages) = ModelMerger.merging(pages)
        model.diagnostics = (model.diagnostics + inputDiagnostics).sorted()
        return LoadedDocumentation(model: model, pages: settledPages, readableFileCount: settledPages.count)
    }

    /// Parses one page's text (for tests and tools that hold text in memory).
    public static func facts(path: String, text: String) -> PageFacts {
        PageExtractor.extract(MarkdownDocument(path: path, text: text))
    }

    enum FileResult: Sendable {
        case page(PageFacts)
        case rejected(Diagnostic)
    }

    /// How pages are named in the IR (and so in diagnostics and generated doc comments).
    public enum PathNaming: Sendable {
        /// As the paths were given, with the path below a folder appended.
        case asGiven
        /// Starting at the input folder's own name (`docs-input/en-us/...`), whatever the path to it,
        /// so that generated output does not depend on where the checkout lives.
        case fromInputFolder
    }

    /// A file to read, and the name it has in the IR.
    struct InputFile: Sendable {
        var path: String
        var name: String
    }

    /// Input files in a stable order: folders are searched recursively for `*.md`.
    static func discover(_ paths: [String], naming: PathNaming = .asGiven, diagnostics: inout [Diagnostic]) -> [InputFile] {
        var files: [InputFile] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.inputUnreadable, "expected a file or folder, found no such path", at: SourceLocation(file: path, line: 1, column: 1)))
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let shownBase = naming == .asGiven ? base : URL(fileURLWithPath: base).lastPathComponent
            guard isDirectory.boolValue else {
                files.append(InputFile(path: path, name: shownBase))
                continue
            }
            guard let listing = MarkdownFileFinder.markdownFiles(under: path) else {
                diagnostics.append(Diagnostic(.inputUnreadable, "expected a readable folder, found one that cannot be listed", at: SourceLocation(file: path, line: 1, column: 1)))
                continue
            }
            for folder in listing.unreadableFolders {
                diagnostics.append(Diagnostic(.inputUnreadable, "expected a readable folder, found one that cannot be listed; its pages are not read", at: SourceLocation(file: shownBase + "/" + folder, line: 1, column: 1)))
            }
            files += listing.files.map { InputFile(path: base + "/" + $0, name: shownBase + "/" + $0) }
        }
        return files
    }

    /// Reads and extracts files on all cores, in chunks, keeping input order.
    static func parse(_ files: [InputFile]) async -> [FileResult] {
        let chunkCount = min(files.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        guard chunkCount > 0 else { return [] }
        let chunkSize = (files.count + chunkCount - 1) / chunkCount
        return await withTaskGroup(of: (Int, [FileResult]).self) { group in
            for chunk in 0..<chunkCount {
                let slice = Array(files[min(files.count, chunk * chunkSize)..<min(files.count, (chunk + 1) * chunkSize)])
                group.addTask { (chunk, slice.map(readAndExtract)) }
            }
            var ordered = Array(repeating: [FileResult](), count: chunkCount)
            for await (chunk, results) in group { ordered[chunk] = results }
            return ordered.flatMap { $0 }
        }
    }

    static func readAndExtract(_ file: InputFile) -> FileResult {
        let path = file.name
        let top = SourceLocation(file: path, line: 1, column: 1)
        let bytes: [UInt8]
        switch FileBytes.contents(of: file.path) {
        case .success(let read):
            bytes = read
        case .failure(.unreadable):
            return .rejected(Diagnostic(.inputUnreadable, "expected a readable file, found one that cannot be read", at: top))
        case .failure(.notRegularFile(let kind)):
            return .rejected(Diagnostic(.inputNotRegularFile, "expected a regular file, found \(kind); it is not read", at: top))
        case .failure(.tooLarge(let size)):
            return .rejected(Diagnostic(
                .inputTooLarge, "expected a page of at most \(FileBytes.maximumPageSize) bytes, found \(size) bytes; it is not read", at: top))
        }
        if bytes.isEmpty {
            return .rejected(Diagnostic(.inputEmpty, "expected a Graph reference page, found an empty file", at: top))
        }
        if let encoding = TextEncodingSniffer.utf16Encoding(of: bytes) {
            return .rejected(Diagnostic(
                .inputNotUTF8, "expected UTF-8 text, found UTF-16 text (\(encoding)); graphdoc reads UTF-8: save the page as UTF-8", at: top))
        }
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return .rejected(Diagnostic(.inputBinary, "expected text, found binary data (a NUL byte at offset \(nul))", at: SourceLocation(file: path, line: line, column: 1)))
        }
        if String(validating: bytes, as: UTF8.self) == nil {
            let offset = firstInvalidUTF8Offset(bytes)
            let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return .rejected(Diagnostic(.inputNotUTF8, "expected UTF-8 text, found an invalid byte sequence at offset \(offset)", at: SourceLocation(file: path, line: line, column: 1)))
        }
        return .page(PageExtractor.extract(MarkdownDocument(path: path, bytes: bytes)))
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
