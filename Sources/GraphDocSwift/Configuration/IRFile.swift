import Foundation
import GraphDocIR

/// Reads an IR dump (`graphdoc ir --format json`) so generation can run from a saved model.
public enum IRFile {
    public static func load(_ path: String) throws -> ApiModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GenerationError.configInvalid(file: path, line: nil, message: "cannot read the IR file")
        }
        do {
            return try JSONDecoder().decode(ApiModel.self, from: data)
        } catch {
            throw GenerationError.configInvalid(file: path, line: nil, message: "not an IR dump: \(error)")
        }
    }
}
