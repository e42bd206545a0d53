import Foundation

/// The changes in the JSON shape of Microsoft Graph's own changelog: one entry per changed target
/// (type, enum or route), each with its `ChangeList` of `{Id, ApiChange, ChangedApiName,
/// ChangeType, Description, Target}`.
///
/// Ids are derived from the entry's content (a name-based UUID), so the same change gets the same id
/// in every run; only `CreatedDateTime` comes from outside.
public enum GraphChangelogReporter {
    /// Entry-level fields Graph's changelog carries that the docs do not state.
    public struct Settings: Sendable {
        /// `v1.0` or `beta`.
        public var version: String
        /// `YYYY-MM-DDT00:00:00Z`.
        public var createdDateTime: String
        public var workloadArea: String
        public var subArea: String
        public var cloud: String

        public init(version: String, createdDateTime: String, workloadArea: String = "", subArea: String = "", cloud: String = "prd") {
            self.version = version
            self.createdDateTime = createdDateTime
            self.workloadArea = workloadArea
            self.subArea = subArea
            self.cloud = cloud
        }
    }

    struct Document: Encodable { var changelog: [Entry] }

    struct Entry: Encodable {
        var ChangeList: [Item]
        var Id: String
        var Cloud: String
        var Version: String
        var CreatedDateTime: String
        var WorkloadArea: String
        var SubArea: String
    }

    struct Item: Encodable {
        var Id: String
        var ApiChange: String
        var ChangedApiName: String
        var ChangeType: String
        var Description: String
        var Target: String
    }

    public static func render(_ report: DiffReport, settings: Settings) throws -> String {
        let byTarget = Dictionary(grouping: report.changes, by: \.target)
        let entries = byTarget.keys.sorted().map { target in
            let items = (byTarget[target] ?? []).map { change in
                Item(
                    Id: uuid(for: [settings.version, change.rule, change.subject]), ApiChange: change.element.rawValue,
                    ChangedApiName: change.name, ChangeType: change.kind.rawValue, Description: description(of: change),
                    Target: change.target)
            }
            let id = uuid(for: [settings.version, target] + items.map(\.Id))
            return Entry(
                ChangeList: items, Id: id, Cloud: settings.cloud, Version: settings.version,
                CreatedDateTime: settings.createdDateTime, WorkloadArea: settings.workloadArea, SubArea: settings.subArea)
        }
        return String(decoding: try DiffJSONReporter.encoded(Document(changelog: entries)), as: UTF8.self)
    }

    /// The sentence Graph's changelog would write.
    static func description(of change: ApiChange) -> String {
        let (name, target) = ("**\(change.name)**", "**\(change.target)**")
        switch (change.element, change.kind) {
        case (.resource, .addition): return "Added the \(name) resource."
        case (.resource, .deletion): return "Removed the \(name) resource."
        case (.property, .addition), (.relationship, .addition):
            return "Added the \(name) \(change.element.rawValue.lowercased()) to the \(target) resource."
        case (.property, .deletion), (.relationship, .deletion):
            return "Removed the \(name) \(change.element.rawValue.lowercased()) from the \(target) resource."
        case (.enumeration, .addition): return "Added the \(name) enumeration type."
        case (.enumeration, .deletion): return "Removed the \(name) enumeration type."
        case (.member, .addition): return "Added the \(name) member to the \(target) enumeration type."
        case (.member, .deletion): return "Removed the \(name) member from the \(target) enumeration type."
        case (.method, .addition): return "Added the \(name) method."
        case (.method, .deletion): return "Removed the \(name) method."
        case (.parameter, .addition): return "Added the \(name) parameter to the \(target) method."
        case (.parameter, .deletion): return "Removed the \(name) parameter from the \(target) method."
        default: return change.message
        }
    }

    /// A name-based UUID (version 8 layout) from a 128-bit FNV-1a hash of `parts`.
    static func uuid(for parts: [String]) -> String {
        var hash: (UInt64, UInt64) = (0x6c62_272e_07bb_0142, 0x62b8_2175_6295_c58d)
        let prime: (UInt64, UInt64) = (0x0000_0000_0100_0000, 0x0000_0000_0000_013b)
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            hash.1 ^= UInt64(byte)
            // 128-bit multiplication by the FNV prime, modulo 2^128.
            let low = hash.1.multipliedFullWidth(by: prime.1)
            let high = hash.0 &* prime.1 &+ hash.1 &* prime.0 &+ low.high
            hash = (high, low.low)
        }
        var bytes = withUnsafeBytes(of: hash.0.bigEndian, Array.init) + withUnsafeBytes(of: hash.1.bigEndian, Array.init)
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        let characters = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
