/// Graph's evolvable-enum sentinel, `unknownFutureValue`: the member after which new members are
/// opt-in. Pages often leave it out, and some write it in another case (`UnknownFutureValue`); both
/// are still the sentinel, not a member of their own.
public enum EvolvableEnumSentinel {
    public static let name = "unknownFutureValue"

    /// Whether `member` is the sentinel, in any case.
    public static func matches(_ member: String) -> Bool {
        member.utf8.count == name.utf8.count && member.lowercased() == "unknownfuturevalue"
    }

    /// `names` without the sentinel, however it is written.
    public static func removing(from names: some Sequence<String>) -> Set<String> {
        Set(names.filter { !matches($0) })
    }
}
