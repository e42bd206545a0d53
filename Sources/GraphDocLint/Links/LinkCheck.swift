import Foundation
import GraphDocIR

/// Every link of every page followed once per run: the findings of the link rules, and how many links
/// could not be checked.
///
/// A relative link resolves against its page's folder. Its target is fine when it is a page among the
/// inputs (then its fragment must name one of that page's anchors, see ``DocsSiteAnchor``) or a file on
/// disk (whose fragment is not checked). A target that exists only in other letter case, a path written
/// with `\`, a path into the other API version's folder (`v1.0` / `beta`) and a missing file each have
/// their own rule. A missing target is reported only when its folder holds a page that was read:
/// elsewhere (snippet includes, images) the run cannot know, and the link is counted as unchecked.
/// Docs-site links to reference pages (`/graph/api/...`) are looked up among the inputs of the
/// version `view=` names; without `view=`, of either version.
struct LinkCheck: Sendable {
    /// One finding of one link rule.
    struct Finding: Sendable {
        var rule: RuleID
        var diagnostic: Diagnostic
    }

    let findings: [Finding]
    /// Links whose target lies outside every folder that was read and is not on disk.
    let uncheckedCount: Int

    init(pages: [PageFacts]) {
        let index = LinkTargetIndex(pages: pages)
        var findings: [Finding] = []
        var unchecked = 0
        var lookups = LinkLookups()
        for facts in pages {
            let follower = LinkFollower(page: facts, index: index)
            for link in facts.links.links {
                switch follower.follow(link, lookups: &lookups) {
                case .fine: break
                case .unchecked: unchecked += 1
                case .finding(let rule, let message):
                    findings.append(Finding(rule: rule, diagnostic: Diagnostic(rule, message, at: link.source, subject: link.destination)))
                }
            }
        }
        self.findings = findings
        self.uncheckedCount = unchecked
    }

    /// The findings of one rule.
    func findings(of rule: RuleID) -> [Diagnostic] {
        findings.filter { $0.rule == rule }.map(\.diagnostic)
    }
}

/// What following one link found.
enum LinkOutcome: Equatable {
    case fine
    case unchecked
    case finding(RuleID, String)
}

/// The pages a link can lead to, by path, by path in any letter case, and by version folder.
struct LinkTargetIndex: Sendable {
    /// Each page by its normalised path.
    let pages: [String: PageFacts]
    /// Normalised paths by their lowercased form.
    let pathsByLowercased: [String: [String]]
    /// Folders that hold a page that was read.
    let readFolders: Set<String>
    /// Version folders (a path ending in `v1.0` or `beta`) that hold a page that was read.
    let versionRoots: Set<String>

    init(pages facts: [PageFacts]) {
        var pages: [String: PageFacts] = [:]
        var lowercased: [String: [String]] = [:]
        var folders: Set<String> = []
        var roots: Set<String> = []
        for page in facts {
            let path = LinkPath.normalized(page.page.path)
            pages[path] = page
            lowercased[path.lowercased(), default: []].append(path)
            folders.insert(LinkPath.folder(of: path))
            if let root = LinkPath.versionRoot(of: path) { roots.insert(root) }
        }
        self.pages = pages
        self.pathsByLowercased = lowercased.mapValues { $0.sorted() }
        self.readFolders = folders
        self.versionRoots = roots
    }
}

/// What following links looks up more than once: folders on disk, and the anchors of pages linked
/// with a fragment (made on first use: most pages are never linked that way).
struct LinkLookups {
    var disk = DiskLookup()
    private var anchors: [String: Set<String>] = [:]

    mutating func anchors(of path: String, _ facts: PageFacts) -> Set<String> {
        if let known = anchors[path] { return known }
        let made = DocsSiteAnchor.anchors(of: facts.links)
        anchors[path] = made
        return made
    }
}

/// Paths as plain text: `/` separated, `.` and `..` folded, relative paths kept relative.
enum LinkPath {
    static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." { parts.removeLast() } else if !absolute { parts.append(component) }
            default: parts.append(component)
            }
        }
        return (absolute ? "/" : "") + parts.joined(separator: "/")
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path == "/" ? "/" : String(path[..<slash])
    }

    static func joined(_ folder: String, _ relative: String) -> String {
        normalized(folder.isEmpty ? relative : folder + "/" + relative)
    }

    /// The path up to its last `v1.0` or `beta` folder, if it has one.
    static func versionRoot(of path: String) -> String? {
        var end = path.endIndex
        // Walk the folders from the last one back; the file's own name is no folder.
        guard var slash = path[..<end].lastIndex(of: "/") else { return nil }
        end = slash
        while true {
            let start = path[..<end].lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
            let name = path[start..<end]
            if name == "v1.0" || name == "beta" { return String(path[..<end]) }
            guard start > path.startIndex else { return nil }
            slash = path.index(before: start)
            end = slash
        }
    }

    static func lastComponent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// A Windows path as the `/`-separated path it means: `\\` turned into `/`, runs of `/` made one.
    static func normalizedSeparators(_ path: String) -> String {
        var result = ""
        for character in path {
            let separator = character == "\\" || character == "/"
            if separator && result.last == "/" { continue }
            result.append(separator ? "/" : character)
        }
        return result
    }

    /// The text without leading and trailing spaces, tabs and line breaks.
    static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return first == text.startIndex && last == text.index(before: text.endIndex) ? text : String(text[first...last])
    }
}
