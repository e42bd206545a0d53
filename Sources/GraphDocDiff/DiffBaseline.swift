import Foundation

/// Changes a project has accepted: a later `graphdoc diff --baseline` reports only the others.
///
/// Entries match by rule and subject (`property-removed` of `user.mySite`), never by message or
/// location, so that moving a page or rewording a message does not bring an accepted change back.
public struct DiffBaseline: Codable, Hashable, Sendable {
    public struct Entry: Codable, Hashable, Sendable, Comparable {
        public var rule: String
        public var subject: String

        public init(rule: String, subject: String) {
            self.rule = rule
            self.subject = subject
        }

        public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.subject, lhs.rule) < (rhs.subject, rhs.rule) }
    }

    public static let currentFormatVersion = 1
    public var formatVersion: Int
    public var accepted: [Entry]

    /// A baseline accepting exactly `changes`.
    public init(accepting changes: [ApiChange] = []) {
        self.formatVersion = Self.currentFormatVersion
        self.accepted = Set(changes.map { Entry(rule: $0.rule, subject: $0.subject) }).sorted()
    }

    /// The changes of `changes` this baseline does not accept, in order.
    public func unaccepted(_ changes: [ApiChange]) -> [ApiChange] {
        let accepted = Set(accepted)
        return changes.filter { !accepted.contains(Entry(rule: $0.rule, subject: $0.subject)) }
    }

    /// Reads a baseline written by ``encoded()``.
    public static func load(path: String) throws -> DiffBaseline {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONDecoder().decode(DiffBaseline.self, from: data)
    }

    /// The baseline as sorted, pretty-printed JSON.
    public func encoded() throws -> Data { try DiffJSONReporter.encoded(self) }
}
