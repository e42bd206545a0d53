/// The English word forms route naming needs: a collection segment (`calendarGroups`) names one of
/// its members (`calendarGroup`).
enum EnglishInflection {
    /// Plurals that no suffix rule turns back.
    private static let irregular: [String: String] = [
        "children": "child", "people": "person", "men": "man", "women": "woman", "indices": "index",
        "data": "data", "media": "media", "criteria": "criterion",
    ]

    /// The singular of the last word of a camelCase name (`calendarGroups` -> `calendarGroup`,
    /// `policies` -> `policy`, `mailboxes` -> `mailbox`); a word that is not a regular plural is kept.
    static func singular(_ name: String) -> String {
        let lastWordStart = name.lastIndex(where: \.isUppercase) ?? name.startIndex
        let head = name[..<lastWordStart]
        let word = String(name[lastWordStart...])
        let lower = word.lowercased()
        if let singular = irregular[lower] {
            return head + (word.first!.isUppercase ? SwiftNaming.upperFirst(singular) : singular)
        }
        func dropping(_ count: Int, adding suffix: String = "") -> String { head + word.dropLast(count) + suffix }
        if lower.hasSuffix("ies"), lower.count > 4 { return dropping(3, adding: "y") }
        for suffix in ["sses", "xes", "ches", "shes", "zzes"] where lower.hasSuffix(suffix) { return dropping(2) }
        if lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us"), !lower.hasSuffix("is"), lower.count > 3 {
            return dropping(1)
        }
        return name
    }
}
