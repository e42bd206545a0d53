import Foundation
import GraphDocIR
@testable import GraphDocExtraction
import Testing

/// Broken pages must never crash extraction or the merge: every seed page cut short at many points,
/// and with markup fragments, stray line endings and invalid bytes spliced in, still yields facts and
/// diagnostics. (A page ending in a table row with a lone carriage return once crashed the table
/// builder.)
@Suite struct MutatedPageTests {
    static let seedPaths = [
        "en-us/beta/api/add-phonemethods.md", "en-us/beta/api/add-phones.md",
        "en-us/beta/api/authentication-post-phonemethods.md", "zh-cn/beta/api/authentication-post-phonemethods.md",
    ]

    static func seedBytes(_ relativePath: String) throws -> [UInt8] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return Array(try Data(contentsOf: root.appendingPathComponent("docs-input/" + relativePath)))
    }

    /// Fragments that open or close structures the readers track.
    static let fragments = [
        "|", "`", "```", "```json\n", "<!--", "-->", "{", "}", "\"", "\\", "[", "](", "\r", "\r\n", "\n---\n", "# ",
        "## <a name=\"request-body\"></a>", "<span class=\"sxs-lookup\">", "</span>", "| a | b |\n|---|---|\n",
        "HTTP/1.1 200 OK\n", "POST https://graph.microsoft.com/v1.0/me\n", "\u{3000}", "\u{FEFF}",
    ].map { Array($0.utf8) }

    /// Deterministic variants of `bytes`: the page with CR or CR LF line endings, cut at every
    /// `stride`-th byte, and each fragment (and an invalid UTF-8 byte) spliced in at positions spread
    /// over the page.
    static func variants(of bytes: [UInt8], stride: Int) -> [[UInt8]] {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var result: [[UInt8]] = [bytes.map { $0 == lf ? cr : $0 }, bytes.flatMap { $0 == lf ? [cr, lf] : [$0] }]
        for cut in Swift.stride(from: 0, to: bytes.count, by: stride) {
            result.append(Array(bytes[..<cut]))
            // A lone CR in the page's last line: cmark counts one line more than LF does.
            result.append(Array(bytes[..<cut]) + Array("\r|x|".utf8))
        }
        let inserts = fragments + [[0xFF], [0xE4, 0xB8]]
        for (index, fragment) in inserts.enumerated() {
            for position in Swift.stride(from: (index * 37) % stride, to: bytes.count, by: stride * 3) {
                result.append(Array(bytes[..<position]) + fragment + Array(bytes[position...]))
            }
        }
        return result
    }

    @Test(arguments: seedPaths)
    func mutatedSeedPagesAreReadWithoutCrashing(_ relativePath: String) throws {
        let bytes = try Self.seedBytes(relativePath)
        let variants = Self.variants(of: bytes, stride: 307)
        #expect(variants.count > 100)
        var pages: [PageFacts] = []
        for variant in variants {
            let text = String(decoding: variant, as: UTF8.self)
            pages.append(DocumentationLoader.facts(path: "docs-input/" + relativePath, text: text))
        }
        // Merged together they contradict each other everywhere: the merge reports, it does not trap.
        let model = ModelMerger.merge(pages)
        #expect(!model.diagnostics.isEmpty)
    }
}
