import GraphDocIR

/// Pairs each translated page with its English page among the inputs: same path below the locale
/// folder, else the same page uuid, else the same example names.
enum TranslationPairing {
    /// For each translated page's path, the path of its English page.
    static func pair(_ pages: [PageFacts]) -> [String: String] {
        var byRelativePath: [String: String] = [:]
        var byUUID: [String: String] = [:]
        var byExamples: [[String]: String] = [:]
        let keys = pages.map(\.page.path).concurrentMap(localeFreePath)
        // The first English page (in path order) wins each key.
        for (page, key) in zip(pages, keys) where page.page.translation == nil {
            let path = page.page.path
            if byRelativePath[key] == nil { byRelativePath[key] = path }
            if let uuid = page.page.uuid { byUUID[uuid] = byUUID[uuid] ?? path }
            if !page.exampleNames.isEmpty { byExamples[page.exampleNames] = byExamples[page.exampleNames] ?? path }
        }
        var pairs: [String: String] = [:]
        for (page, key) in zip(pages, keys) where page.page.translation != nil {
            let path = page.page.path
            if let match = byRelativePath[key] ?? page.page.uuid.flatMap({ byUUID[$0] })
                ?? (page.exampleNames.isEmpty ? nil : byExamples[page.exampleNames]) {
                pairs[path] = match
            }
        }
        return pairs
    }

    /// The path with its locale folder (`zh-cn`, `en-us`) and any `sxs` marker removed, lowercased.
    static func localeFreePath(_ path: String) -> String {
        path.lowercased().split(separator: "/").filter { !isLocaleFolder($0.utf8) }.joined(separator: "/")
    }

    /// `xx-yy` with ASCII letters, optionally followed by more `-` parts (`zh-cn-sxs`).
    private static func isLocaleFolder(_ name: Substring.UTF8View) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) }
        var prefix = name.prefix(6).makeIterator()
        guard let b0 = prefix.next(), let b1 = prefix.next(), let b2 = prefix.next(), let b3 = prefix.next(), let b4 = prefix.next() else { return false }
        let b5 = prefix.next()
        return isLetter(b0) && isLetter(b1) && b2 == UInt8(ascii: "-") && isLetter(b3) && isLetter(b4) && (b5 == nil || b5 == UInt8(ascii: "-"))
    }
}
