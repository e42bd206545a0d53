import GraphDocIR

/// A rule over the links of the pages: every link is followed once per run (``LinkCheck``, in the
/// ``LintContext``), and each rule reports the findings of its kind.
public protocol LinkRule: LintRule {}

extension LinkRule {
    public func check(_ context: LintContext) -> [Diagnostic] { context.links.findings(of: rule) }
}

/// `[user](../resources/usr.md)`: no such file, in a folder whose pages were read.
public struct LinkPageMissingRule: LinkRule {
    public init() {}
    public var rule: RuleID { .linkPageMissing }
    public var explanation: String {
        """
        A relative link leads to a file that does not exist. It is reported only when the folder it \
        points into holds pages that were read (so a link into `resources/` is checked when \
        `resources/` was read); a link into a folder that was not read and is not on disk, such as \
        snippet includes, cannot be checked and is only counted in the summary. Fix the path, or \
        remove the link when the page is gone.
        """
    }
}

/// `https://learn.microsoft.com/graph/api/usr-get?view=graph-rest-1.0`: no such reference page.
public struct LinkPageBrokenRule: LinkRule {
    public init() {}
    public var rule: RuleID { .linkPageBroken }
    public var explanation: String {
        """
        A link to the docs site (learn.microsoft.com or docs.microsoft.com, or a site path \
        `/graph/api/...`) names a reference page that is not among the pages read of the version its \
        `view=` names (`graph-rest-1.0`, `graph-rest-beta`; without it, either version). It is checked \
        only when the pages of that version were read. Fix the page name, or link a relative path \
        to the page.
        """
    }
}

/// `[properties](user.md#propertes)`: the page has no such heading.
public struct LinkAnchorMissingRule: LinkRule {
    public init() {}
    public var rule: RuleID { .linkAnchorMissing }
    public var explanation: String {
        """
        A link's `#fragment` names no anchor of the page it leads to. The docs site makes a heading's \
        anchor from its text: lowercased, spaces turned into `-`, every other character that is not \
        a letter, digit, `-` or `_` dropped, and `-1`, `-2`, ... added to repeats (`## Request \
        headers` is `#request-headers`); `<a name="x">` and `id="x"` add their own. The reader lands \
        at the top of the page instead. Fix the fragment (the message names the nearest anchors), or \
        drop it. Anchors of translated pages are not checked.
        """
    }
}

/// `[user](../../beta/resources/user.md)` on a v1.0 page.
public struct LinkOtherVersionRule: LinkRule {
    public init() {}
    public var rule: RuleID { .linkOtherVersion }
    public var explanation: String {
        """
        A relative link on a page in a `v1.0` folder leads into a `beta` folder, or the other way \
        round. Readers of one version are sent to the other without notice, and the link breaks when \
        the versions are published apart. Link the page of the same version, or, when the other \
        version is meant, the docs site with `?view=graph-rest-beta` (or `graph-rest-1.0`).
        """
    }
}

/// `[user](../resources/User.md)` where the file is `user.md`, or `#Properties` for `#properties`.
public struct LinkCaseMismatchRule: LinkRule {
    public init() {}
    public var rule: RuleID { .linkCaseMismatch }
    public var explanation: String {
        """
        A link's target file, or its `#fragment`, exists only in other letter case. It works on a \
        case-insensitive file system and nowhere else: Linux checkouts, case-sensitive servers and \
        anchors (which are always case-sensitive) do not find it. Spell the name as the file or the \
        heading's anchor does.
        """
    }
}

/// `[user](..\\resources\\user.md)`.
public struct LinkWindowsPathRule: LinkRule {
    public init() {}
    public var rule: RuleID { .linkWindowsPath }
    public var explanation: String {
        """
        A relative link separates folders with `\\` (`..\\resources\\user.md`). Only Windows reads \
        that as a path; on the docs site and in other checkouts the link is broken. Write `/`.
        """
    }
}
