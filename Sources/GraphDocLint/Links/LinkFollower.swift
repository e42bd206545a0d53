import GraphDocIR

/// Follows the links of one page through the ``LinkTargetIndex`` (see ``LinkCheck`` for the rules).
struct LinkFollower {
    let page: PageFacts
    let index: LinkTargetIndex
    /// The page's normalised path, its folder and its version folder (`.../v1.0`), if any.
    let path: String
    let folder: String
    let versionRoot: String?

    init(page: PageFacts, index: LinkTargetIndex) {
        self.page = page
        self.index = index
        self.path = LinkPath.normalized(page.page.path)
        self.folder = LinkPath.folder(of: path)
        self.versionRoot = LinkPath.versionRoot(of: path)
    }

    func follow(_ link: PageLink, lookups: inout LinkLookups) -> LinkOutcome {
        switch LinkDestination(link.destination) {
        case .unchecked:
            return .fine
        case .sameDocument(let fragment):
            return anchorOutcome(fragment, target: path, written: link.destination, lookups: &lookups)
        case .relative(let relative, let fragment, let usesBackslashes):
            if usesBackslashes {
                let fixed = LinkPath.normalizedSeparators(link.destination)
                return .finding(.linkWindowsPath, "expected '/' between the folders of link '\(link.destination)', found '\\' (a Windows path, which the docs site does not follow); write '\(fixed)'")
            }
            return relativeOutcome(relative.isEmpty ? path : LinkPath.joined(folder, relative), fragment: fragment, written: link.destination, lookups: &lookups)
        case .docsSite(let name, let version, let fragment):
            return docsSiteOutcome(name, version: version, fragment: fragment, written: link.destination, lookups: &lookups)
        }
    }

    private func relativeOutcome(_ target: String, fragment: String?, written: String, lookups: inout LinkLookups) -> LinkOutcome {
        if let versionRoot, let targetRoot = LinkPath.versionRoot(of: target),
           LinkPath.lastComponent(targetRoot) != LinkPath.lastComponent(versionRoot) {
            return .finding(.linkOtherVersion, "expected link '\(written)' on a \(LinkPath.lastComponent(versionRoot)) page to stay in \(LinkPath.lastComponent(versionRoot)), found a path into \(LinkPath.lastComponent(targetRoot)); link the page of this version, or the docs site with ?view=graph-rest-\(LinkPath.lastComponent(targetRoot) == "v1.0" ? "1.0" : "beta")")
        }
        if index.pages[target] != nil {
            return anchorOutcome(fragment, target: target, written: written, lookups: &lookups)
        }
        if let other = index.pathsByLowercased[target.lowercased()]?.first {
            return caseMismatch(written: written, found: other)
        }
        switch lookups.disk.entry(at: target) {
        case .file, .folder:
            return .fine
        case .otherCase(let other):
            return caseMismatch(written: written, found: other)
        case .missing:
            guard index.readFolders.contains(LinkPath.folder(of: target)) else { return .unchecked }
            return .finding(.linkPageMissing, "expected a page at \(target) for link '\(written)', found none")
        }
    }

    private func caseMismatch(written: String, found: String) -> LinkOutcome {
        .finding(.linkCaseMismatch, "expected link '\(written)' to spell its target's name as it is, found it differs only in letter case from \(found) (case-sensitive servers and checkouts do not find it)")
    }

    private func docsSiteOutcome(_ name: String, version: String?, fragment: String?, written: String, lookups: inout LinkLookups) -> LinkOutcome {
        guard let versionRoot else { return .unchecked }
        let parent = LinkPath.folder(of: versionRoot)
        let own = LinkPath.lastComponent(versionRoot)
        let other = own == "v1.0" ? "beta" : "v1.0"
        let candidates = (version.map { [$0] } ?? [own, other]).map { parent.isEmpty ? $0 : parent + "/" + $0 }
        let read = candidates.filter(index.versionRoots.contains)
        for root in read {
            if let target = index.pathsByLowercased[(root + "/" + name + ".md").lowercased()]?.first {
                return anchorOutcome(fragment, target: target, written: written, lookups: &lookups)
            }
        }
        // Without every version the link may lead to among the inputs, a missing page may be in the other.
        guard !read.isEmpty, read.count == candidates.count else { return .unchecked }
        let versions = (version.map { [$0] } ?? [own, other]).joined(separator: " or ")
        return .finding(.linkPageBroken, "expected the docs-site link '\(written)' to name a reference page, found no \(name).md among the \(versions) pages")
    }

    /// Whether `fragment` names an anchor of the page at `target`. Translated pages are not checked:
    /// which anchors the docs site gives their translated headings is not known here.
    private func anchorOutcome(_ fragment: String?, target: String, written: String, lookups: inout LinkLookups) -> LinkOutcome {
        guard let fragment, let facts = index.pages[target], !facts.page.isTranslation else { return .fine }
        let anchors = lookups.anchors(of: target, facts)
        guard !anchors.contains(fragment) else { return .fine }
        let lowered = fragment.lowercased()
        if let match = anchors.filter({ $0.lowercased() == lowered }).min() {
            return .finding(.linkCaseMismatch, "expected link '\(written)' to spell anchor '#\(match)' as the page makes it, found '#\(fragment)', which differs only in letter case (anchors are case-sensitive)")
        }
        let page = target == path ? "this page" : facts.page.path
        let nearest = Self.nearest(fragment, in: anchors).map { "#" + $0 }
        let hint = nearest.isEmpty ? "" : "; nearest: " + nearest.joined(separator: ", ")
        return .finding(.linkAnchorMissing, "expected '#\(fragment)' of link '\(written)' to name a heading or anchor of \(page), found none\(hint)")
    }

    /// Up to three anchors that share the longest start with `fragment`.
    private static func nearest(_ fragment: String, in anchors: Set<String>) -> [String] {
        let scored = anchors.map { anchor in (anchor, zip(anchor, fragment.lowercased()).prefix { $0 == $1 }.count) }
        return scored.filter { $0.1 >= 3 }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(3).map(\.0)
    }
}
