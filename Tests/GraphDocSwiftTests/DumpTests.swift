import Foundation
import GraphDocIR
@testable import GraphDocSwift
import Testing

@Suite struct DumpTests {
    @Test func dump() throws {
        guard let dir = ProcessInfo.processInfo.environment["GRAPHDOC_DUMP"] else { return }
        let generator = SwiftGenerator(templates: try TemplateSet())
        for (name, model) in [("phone", Fixtures.phoneModel), ("hostile", Fixtures.hostileModel)] {
            let files = try generator.generate(model)
            try OutputWriter(outputDirectory: dir + "/" + name).write(files)
        }
    }
}
