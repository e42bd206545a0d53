import Foundation
import GraphDocIR

/// Findings a project has accepted: a later run reports only findings not in the baseline.
///
/// Entries match by rule, file and a fingerprint of the diagnostic's ``Diagnostic/subject`` (the
/// property, example or route it is about), never by message text or line, so rewording a message or
/// inserting lines above a finding does not resurrect it. Each entry holds a count: when a file has
/// several findings with one fingerprint (or diagnostics without a subject), that many are accepted.
public struct Baseline: Codable, Sendable, Hashable {
    public struct Entry: Codable, Sendable, Hashable {
        public var rule: String
        public var file: String
        public var fingerprint: String
        /// The subject the fingerprint was made from, for people reading the file.
        public var subject: String?
        public var count: Int

        public init(rule: String, file: String, fingerprint: String, subject: String?, count: Int = 1) {
            self.rule = rule
            self.file = file
            self.fingerprint = fingerprint
            self.subject = subject
            self.count = count
        }
    }

    public static let currentFormatVersion = 1
    public var formatVersion: Int
    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.formatVersion = Self.currentFormatVersion
        self.entries = entries
    }

    /// A baseline accepting exactly these findings.
    public init(accepting diagnostics: [Diagnostic]) {
        var counts: [Key: (Entry)] = [:]
        for diagnostic in diagnostics {
            let key = Key(diagnostic)
            if var entry = counts[key] {
                entry.count = Self.saturatingSum(entry.count, 1)
                counts[key] = entry
            } else {
                counts[key] = Entry(
                    rule: diagnostic.rule, file: diagnostic.file, fingerprint: key.fingerprint, subject: diagnostic.subject)
            }
        }
        self.init(entries: counts.values.sorted { ($0.file, $0.rule, $0.fingerprint) < ($1.file, $1.rule, $1.fingerprint) })
    }

    /// A stable 64-bit FNV-1a hash of the rule and subject, in hex. FNV because it is tiny, fixed by
    /// specification, and independent of Swift's per-process randomised `Hasher`.
    public static func fingerprint(rule: String, subject: String?) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(rule)\u{1F}\(subject ?? "")".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Splits findings into new ones and the number the baseline accepts.
    public func filter(_ diagnostics: [Diagnostic]) -> (new: [Diagnostic], accepted: Int) {
        var remaining: [Key: Int] = [:]
        for entry in entries {
            let key = Key(rule: entry.rule, file: entry.file, fingerprint: entry.fingerprint)
            remaining[key] = Self.saturatingSum(remaining[key] ?? 0, entry.count)
        }
        var new: [Diagnostic] = []
        var accepted = 0
        for diagnostic in diagnostics {
            let key = Key(diagnostic)
            if let left = remaining[key], left > 0 {
                remaining[key] = left - 1
                accepted += 1
            } else {
                new.append(diagnostic)
            }
        }
        return (new, accepted)
    }

    /// `a + b` for counts, which a hand-edited baseline may set anywhere in `Int`'s range: a
    /// negative count accepts nothing, and a sum past `Int.max` stays there rather than trapping.
    static func saturatingSum(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = max(a, 0).addingReportingOverflow(max(b, 0))
        return overflow ? Int.max : sum
    }

    /// The baseline as pretty, key-sorted JSON (stable in version control).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    public static func decode(_ data: Data) throws(LintUsageError) -> Baseline {
        do {
            let baseline = try JSONDecoder().decode(Baseline.self, from: data)
            guard baseline.formatVersion <= currentFormatVersion else {
                throw LintUsageError("baseline format \(baseline.formatVersion) is newer than this graphdoc understands")
            }
            return baseline
        } catch let error as LintUsageError {
            throw error
        } catch {
            throw LintUsageError("baseline is not a graphdoc baseline: \(error)")
        }
    }

    public static func load(path: String) throws(LintUsageError) -> Baseline {
        let data: Data
        do {
            data = try InputFileReading.contents(of: path, limit: InputFileReading.settingsFileLimit)
        } catch {
            throw LintUsageError("cannot read baseline \(path): \(error)")
        }
        return try decode(data)
    }

    private struct Key: Hashable {
        var rule: String
        var file: String
        var fingerprint: String

        init(rule: String, file: String, fingerprint: String) {
            self.rule = rule
            self.file = file
            self.fingerprint = fingerprint
        }

        init(_ diagnostic: Diagnostic) {
            self.init(rule: diagnostic.rule, file: diagnostic.file,
                      fingerprint: Baseline.fingerprint(rule: diagnostic.rule, subject: diagnostic.subject))
        }
    }
}
