import Ccmark
import Foundation
import Yams

// Usage: parse-floor STAGE < NUL-separated paths
//   read         read every file
//   front-matter read, and parse the front matter with Yams
//   cmark        read, and parse the markdown with cmark
//   all          read, front matter with Yams, markdown with cmark (front matter blanked, as graphdoc does)
// Prints how many files, bytes, front-matter mappings and cmark documents it saw, so that nothing
// it does can be optimized away.

enum Stage: String { case read, frontMatter = "front-matter", cmark, all }

struct Counts: Sendable {
    var files = 0, bytes = 0, frontMatters = 0, documents = 0
    static func + (a: Counts, b: Counts) -> Counts {
        Counts(files: a.files + b.files, bytes: a.bytes + b.bytes, frontMatters: a.frontMatters + b.frontMatters, documents: a.documents + b.documents)
    }
}

func contents(of path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count <= 0 { return count == 0 ? bytes : nil }
        bytes += chunk[0..<count]
    }
}

/// The byte range of the lines between a leading `---` line and the next `---` line, the markers included.
func frontMatterRange(_ bytes: [UInt8]) -> Range<Int>? {
    let marker = Array("---".utf8)
    guard bytes.starts(with: marker) else { return nil }
    var lineStart = bytes.firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
    while lineStart < bytes.count {
        let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
        if bytes[lineStart..<lineEnd].starts(with: marker) { return 0..<lineEnd }
        lineStart = lineEnd + 1
    }
    return nil
}

func process(_ path: String, stage: Stage) -> Counts {
    guard var bytes = contents(of: path) else { return Counts() }
    var counts = Counts(files: 1, bytes: bytes.count)
    let range = frontMatterRange(bytes)
    if stage == .frontMatter || stage == .all, let range {
        let firstLineEnd = bytes.firstIndex(of: 0x0A) ?? range.upperBound
        let lastLineStart = bytes[..<range.upperBound].lastIndex(of: 0x0A) ?? firstLineEnd
        let yaml = String(decoding: bytes[min(firstLineEnd + 1, lastLineStart)..<lastLineStart], as: UTF8.self)
        if (try? Yams.Parser(yaml: yaml, resolver: .basic, constructor: .default, encoding: .utf8).singleRoot()?.mapping) != nil {
            counts.frontMatters = 1
        }
        for index in range where bytes[index] != 0x0A { bytes[index] = 0x20 }
    }
    if stage == .cmark || stage == .all {
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_SOURCEPOS) }
        }
        if let document {
            counts.documents = 1
            cmark_node_free(document)
        }
    }
    return counts
}

guard CommandLine.arguments.count == 2, let stage = Stage(rawValue: CommandLine.arguments[1]) else {
    FileHandle.standardError.write(Data("usage: parse-floor read|front-matter|cmark|all < NUL-separated paths\n".utf8))
    exit(2)
}
let paths = FileHandle.standardInput.readDataToEndOfFile().split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
// Chunks on all cores, as graphdoc parses its pages.
let chunkCount = max(1, min(paths.count, ProcessInfo.processInfo.activeProcessorCount * 4))
let chunkSize = (paths.count + chunkCount - 1) / max(1, chunkCount)
let total = await withTaskGroup(of: Counts.self) { group in
    for start in stride(from: 0, to: paths.count, by: max(1, chunkSize)) {
        let chunk = Array(paths[start..<min(paths.count, start + chunkSize)])
        group.addTask { chunk.reduce(Counts()) { $0 + process($1, stage: stage) } }
    }
    var sum = Counts()
    for await counts in group { sum = sum + counts }
    return sum
}
print("\(total.files) files, \(total.bytes) bytes, \(total.frontMatters) front matters, \(total.documents) cmark documents")
