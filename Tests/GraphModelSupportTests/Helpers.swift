import Foundation
import GraphModelSupport

/// Decodes `json` as `T`.
func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(json.utf8))
}

/// Encodes `value` with sorted keys, as compact text.
func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// Decodes `json` as `T`, re-encodes it and decodes both as `JSONValue` for comparison.
func roundTrip<T: Codable>(_ type: T.Type, _ json: String) throws -> (original: JSONValue, reencoded: JSONValue) {
    let value = try decode(T.self, json)
    let reencoded = try encode(value)
    return (try decode(JSONValue.self, json), try decode(JSONValue.self, reencoded))
}
