/// What kind of reference page a file is.
public enum PageKind: String, Codable, Hashable, Sendable {
    case operation
    case resource
    case enumeration
    case other
}

/// How a page was translated.
public struct TranslationInfo: Codable, Hashable, Sendable {
    /// `ms.translationtype` (`MT` machine, `HT` human), or `"unknown"`.
    public var type: String
    /// Whether each translated span is followed by its English original (`sxs-lookup`).
    public var sideBySide: Bool

    public init(type: String, sideBySide: Bool) {
        self.type = type
        self.sideBySide = sideBySide
    }
}

/// The page-level facts of one input file, as listed under `pages` in the IR dump.
public struct PageInfo: Codable, Hashable, Sendable {
    public var path: String
    /// BCP 47 tag: `en-US`, `zh-CN`, `ru-RU`, ...
    public var locale: String
    /// `v1.0`, `beta`, or `nil` when nothing on the page tells.
    public var apiVersion: String?
    public var kind: PageKind
    public var title: String
    public var translation: TranslationInfo?
    /// The English page this translated page was paired with.
    public var englishPage: String?
    /// `<!-- uuid: ... -->` page annotation, used to pair translations.
    public var uuid: String?

    public init(
        path: String, locale: String, apiVersion: String?, kind: PageKind, title: String,
        translation: TranslationInfo?, englishPage: String? = nil, uuid: String? = nil
    ) {
        self.path = path
        self.locale = locale
        self.apiVersion = apiVersion
        self.kind = kind
        self.title = title
        self.translation = translation
        self.englishPage = englishPage
        self.uuid = uuid
    }

    public var isTranslation: Bool { translation != nil }

    enum CodingKeys: String, CodingKey { case path, locale, apiVersion, kind, title, translation, englishPage, uuid }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(locale, forKey: .locale)
        try c.encode(apiVersion, forKey: .apiVersion)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encode(translation, forKey: .translation)
        try c.encode(englishPage, forKey: .englishPage)
        try c.encodeIfPresent(uuid, forKey: .uuid)
    }
}
