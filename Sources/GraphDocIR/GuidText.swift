/// Recognises GUIDs written as text, which pages use as sample keys (in routes, and as the keys of
/// open dictionaries such as `plannerAssignments`) where a name belongs.
public enum GuidText {
    /// `8-4-4-4-12` hexadecimal digits.
    public static func isGuid(_ text: some StringProtocol) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }
}
