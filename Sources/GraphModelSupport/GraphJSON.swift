import Foundation

/// The JSON coders requests and answers use, one setting for every caller.
enum GraphJSON {
    /// Sorted keys, so a body's bytes depend only on its value; `/` unescaped, as Graph writes it.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func decoder() -> JSONDecoder { JSONDecoder() }
}
