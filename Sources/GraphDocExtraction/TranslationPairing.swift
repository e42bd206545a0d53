import GraphDocIR

/// Pairs each translated page with its English page among the inputs: same path below the locale
/// folder, else the same page uuid, else the same example names.
enum TranslationPairing {
    /// For each translated page's path, the path of its English page.
    static func pair(_ pages: [PageFacts]) -> [String: String] {
        let english = pages.filter { $0.page.translation == nil }
        var byRelativePath: [String: String] = [:]
        var byUUID: [String: String] = [:]
        var byExamples: [[String]: String] = [:]
        // The first English page (in path order) wins each key.
        for page in english {
            let path = page.page.path
            byRelativePath[localeFreePath(path)] = byRelativePath[localeFreePath(path)] ?? path
            if let uuid = page.page.uuid { byUUID[uuid] = byUUID[uuid] ?? path }
            if !page.exampleNames.isEmpty { byExamples[page.exampleNames] = byExamples[page.exampleNames] ?? path }
        }
        var pairs: [String: String] = [:]
        for page in pages where page.page.translation != nil {
            let path = page.page.path
            if let match = byRelativePath[localeFreePath(path)] ?? page.page.uuid.flatMap({ byUUID[$0] })
                ?? (page.exampleNames.isEmpty ? nil : byExamples[page.exampleNames]) {
                pairs[path] = match
            }
        }
        return pairs
    }

    /// The path with its locale folder (`zh-cn`, `en-us`) and any `sxs` marker removed, lowercased.
    static func localeFreePath(_ path: String) -> String {
        path.lowercased().split(separator: "/").filter { component in
            let parts = component.split(separator: "-")
            let isLocale = parts.count >= 2 && parts[0].count == 2 && parts[1].count == 2 && parts[0].allSatisfy(\.isLetter) && parts[1].allSatisfy(\.isLetter)
            return !isLocale
        }.joined(separator: "/")
    }
}
