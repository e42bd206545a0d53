extension StringProtocol {
    /// The text without leading and trailing characters of `characters` (spaces and tabs unless
    /// told otherwise).
    func trimming(_ characters: Set<Character> = [" ", "\t"]) -> SubSequence {
        guard let first = firstIndex(where: { !characters.contains($0) }),
              let last = lastIndex(where: { !characters.contains($0) }) else { return self[endIndex...] }
        return self[first...last]
    }
}
