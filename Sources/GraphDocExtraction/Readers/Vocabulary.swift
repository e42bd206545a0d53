import Foundation

/// The words graphdoc needs where structure does not tell: section titles, table headers, type
/// words, "possible values" phrases and property hints, per locale. Data only; extend it here.
///
/// Keys are compared lowercased with surrounding blanks, `*`, `` ` `` and `?`/`？`/`:`/`：` removed.
enum Vocabulary {
    /// Section keys. Anchors (`<a name="request-body">`) use these slugs directly.
    enum Section {
        static let httpRequest = "http-request"
        static let requestHeaders = "request-headers"
        static let requestBody = "request-body"
        static let response = "response"
        static let examples = "examples"
        static let request = "request"
        static let properties = "properties"
        static let relationships = "relationships"
        static let jsonRepresentation = "json-representation"
        static let methods = "methods"
        static let members = "members"
        static let enumValues = "enum-values"
        static let permissions = "permissions"
        static let functionParameters = "function-parameters"
        static let queryParameters = "query-parameters"
        static let pathParameters = "path-parameters"
        static let other = "other"
    }

    /// English heading titles and their section keys.
    private static let englishSectionTitles: [String: String] = [
        "http request": Section.httpRequest, "http requests": Section.httpRequest, "request headers": Section.requestHeaders,
        "optional request headers": Section.requestHeaders, "request body": Section.requestBody,
        "response": Section.response, "responses": Section.response, "example": Section.examples,
        "examples": Section.examples, "request": Section.request, "properties": Section.properties,
        "relationships": Section.relationships, "json representation": Section.jsonRepresentation,
        "methods": Section.methods, "members": Section.members, "permissions": Section.permissions,
        "prerequisites": Section.permissions, "function parameters": Section.functionParameters,
        "parameters": Section.functionParameters, "optional query parameters": Section.queryParameters,
        "query parameters": Section.queryParameters, "path parameters": Section.pathParameters,
    ]

    /// Anchor slugs and their section keys: the English titles, slugged (`http-request`). Translated
    /// pages keep the English slug.
    static let sectionAnchors: [String: String] = Dictionary(
        uniqueKeysWithValues: englishSectionTitles.map { ($0.key.replacingOccurrences(of: " ", with: "-"), $0.value) })

    /// Heading titles by locale (English first; translations add their own).
    static let sectionTitles: [String: String] = englishSectionTitles.merging([
        // zh-CN
        "http 请求": Section.httpRequest, "请求标头": Section.requestHeaders, "请求头": Section.requestHeaders,
        "请求正文": Section.requestBody, "响应": Section.response, "示例": Section.examples, "请求": Section.request,
        "属性": Section.properties, "关系": Section.relationships, "json 表示形式": Section.jsonRepresentation,
        "方法": Section.methods, "成员": Section.members, "权限": Section.permissions, "先决条件": Section.permissions,
        "函数参数": Section.functionParameters, "参数": Section.functionParameters,
        "可选的查询参数": Section.queryParameters, "查询参数": Section.queryParameters, "路径参数": Section.pathParameters,
        // ru-RU
        "http-запрос": Section.httpRequest, "http запрос": Section.httpRequest, "заголовки запроса": Section.requestHeaders,
        "текст запроса": Section.requestBody, "тело запроса": Section.requestBody, "отклик": Section.response,
        "ответ": Section.response, "пример": Section.examples, "примеры": Section.examples, "запрос": Section.request,
        "свойства": Section.properties, "связи": Section.relationships, "отношения": Section.relationships,
        "представление json": Section.jsonRepresentation, "json-представление": Section.jsonRepresentation,
        "методы": Section.methods, "элементы": Section.members, "члены": Section.members, "разрешения": Section.permissions,
        "необходимые компоненты": Section.permissions, "параметры функции": Section.functionParameters,
        "параметры": Section.functionParameters, "необязательные параметры запроса": Section.queryParameters,
        "параметры запроса": Section.queryParameters, "параметры пути": Section.pathParameters,
    ], uniquingKeysWith: { english, _ in english })

    /// Title prefixes that mark a numbered example ("Example 1: ...", "示例 1：...").
    static let examplePrefixes = ["example ", "示例", "пример "]
    /// The word after a method's name in the title of its page ("getAuditCategories function").
    static let functionTitleWords: Set<String> = ["function", "action", "函数", "функция", "действие"]
    /// Suffixes of "`x` values" headings that title an enum's table.
    static let enumValuesSuffixes = [" values", " 值", " значения"]

    /// What a table column holds.
    enum Column: Sendable { case name, type, description, required, value, member }

    static let tableHeaders: [String: Column] = [
        // en
        "property": .name, "property name": .name, "name": .name, "parameter": .name, "parameter name": .name,
        "relationship": .name, "relationship name": .name, "query parameter": .name,
        "type": .type, "return type": .type, "description": .description, "required": .required,
        "value": .value, "int value": .value, "integer value": .value, "member": .member, "members": .member, "enum member": .member,
        // zh-CN
        "属性": .name, "属性名称": .name, "名称": .name, "参数": .name, "关系": .name, "类型": .type,
        "说明": .description, "描述": .description, "必需": .required, "是否必需": .required, "值": .value,
        "成员": .member,
        // ru-RU
        "свойство": .name, "имя": .name, "название": .name, "параметр": .name, "связь": .name, "отношение": .name,
        "тип": .type, "описание": .description, "обязательный": .required, "обязательно": .required,
        "значение": .value, "элемент": .member, "член": .member,
    ]

    /// Name-column headers of parameter tables.
    static let parameterHeaders: Set<String> = ["parameter", "parameter name", "参数", "参数名称", "параметр"]

    /// Type words, lowercased, to canonical primitive names.
    static let typeWords: [String: String] = [
        "string": "String", "str": "String", "boolean": "Boolean", "bool": "Boolean",
        "int32": "Int32", "int": "Int32", "integer": "Int32", "int16": "Int16", "int64": "Int64", "long": "Int64",
        "byte": "Byte", "sbyte": "SByte", "single": "Single", "float": "Single", "double": "Double",
        "decimal": "Decimal", "number": "Double", "numeric": "Double",
        "datetimeoffset": "DateTimeOffset", "datetime": "DateTimeOffset", "timestamp": "DateTimeOffset",
        "date": "Date", "timeofday": "TimeOfDay", "time": "TimeOfDay", "duration": "Duration", "timespan": "Duration",
        "guid": "Guid", "uuid": "Guid", "binary": "Binary", "stream": "Stream", "json": "Json", "object": "Json",
        "untyped": "Json",
        // zh-CN
        "字符串": "String", "布尔": "Boolean", "布尔值": "Boolean", "整数": "Int32", "双精度": "Double", "单精度": "Single", "字节": "Byte",
        // Machine translation renders `Single` as the everyday word (单一, 单个) and `Float` as 浮点.
        "单一": "Single", "单个": "Single", "浮点": "Single",
        "双精度浮点数": "Double", "日期": "Date", "日期时间": "DateTimeOffset", "期限": "Duration",
        "持续时间": "Duration", "二进制": "Binary", "流": "Stream", "时间": "TimeOfDay",
        // ru-RU
        "строка": "String", "логический": "Boolean", "логическое значение": "Boolean", "целое число": "Int32",
        "дата": "Date", "длительность": "Duration", "двоичный": "Binary",
    ]

    /// Words in a type cell that say "collection of".
    static let collectionWords = ["collection", "集合", "коллекция"]
    /// Words right before or right after a type's link in prose that say there are several of it:
    /// "a list of [x](...)", "[x](...) objects", "所有 [x](...)", "[x](...) 对象列表".
    static let collectionBeforeLink = ["list of ", "所有 ", "所有"]
    static let collectionAfterLink = [" objects", " 对象列表", "对象列表"]
    /// Words in a type cell that say the type is an enumeration without naming it.
    static let enumerationWords: Set<String> = ["enumeration", "enum", "枚举", "перечисление"]

    /// Phrases that introduce a list of allowed values in a description.
    static let possibleValuesPhrases = [
        "possible values are", "the possible values are", "possible values include", "possible values",
        "supported values are", "the supported values are", "the supported values", "supported values",
        "allowed values are", "allowed values", "valid values are", "valid values", "permitted values are",
        "can be one of the following", "can be one of", "the value can be", "one of the following values",
        // zh-CN
        "可取值为", "可取值包括", "可能的值是", "可能的值为", "可能的值包括", "可能的值有", "可能的值", "可能值", "有效值为", "有效值",
        "允许的值为", "允许的值", "值可以是", "支持的值为", "支持的值", "可以是下列值之一", "可以是以下值之一",
        // ru-RU
        "возможные значения", "допустимые значения", "поддерживаемые значения",
    ]

    /// Words of a request-body sentence that names the body's type ("a JSON representation of the
    /// [user](user.md) object"); a link in other sentences names something else.
    static let representationWords = [
        "representation", "object", "properties", "表示形式", "对象", "属性", "представление", "объект", "свойств",
    ]

    /// Words that join list items ("`a`, `b`, or `c`").
    static let listConnectors = ["and", "or", "和", "或", "以及", "及", "и", "или"]

    /// Fence languages of "HTTP request" blocks that state routes; a `csharp` block there shows
    /// how to build a value for the route, not a route.
    static let routeBlockLanguages: Set<String> = ["", "http", "https", "msgraph-interactive"]

    /// Phrases of a type's title or introduction that make it an open type (lowercased).
    static let openTypeStatements = ["is an open type", "(open type)", "是开放类型", "是一个开放类型", "(开放类型)", "（开放类型）", "открытого типа", "открытый тип"]

    /// Words by which a sentence forbids rather than allows ("cannot be one of the following values").
    static let prohibitions = ["cannot", "can't", "can not", "must not", "may not", "should not", "不能", "不得", "不可以", "不应", "не может", "не должен", "нельзя"]

    /// Whether a stated value or table member is `null`: what a property holds when unset ("Allowed
    /// values: `null`, `minor`, ...", a `null` row with "Default value, no ageGroup has been set").
    /// No Graph enum has such a member; it makes the property nullable instead.
    static func isNullValue(_ value: String) -> Bool { value.lowercased() == "null" }

    static let readOnlyHints = ["read-only", "read only", "readonly", "只读", "только для чтения"]
    static let notNullableHints = ["not nullable", "non-nullable", "not null", "不可为 null", "不可为null", "不可为空", "не допускает значения null"]
    static let nullableHints = ["nullable", "可为 null", "可为null", "可为空", "допускает значение null"]
    static let requiredHints = ["required", "必需", "必填", "обязательный", "обязательно"]
    static let optionalHints = ["optional", "可选", "非必需", "不是必需", "необязательный", "необязательно"]
    /// Words a translation may put before a required/optional flag that still make a sentence of its
    /// own: "此为必需属性" (this is a required property), "创建时为必需项" (required on create).
    static let flagLeadIns: Set<String> = ["", "此为", "这是", "为", "是", "此属性为", "此属性是", "创建时为", "创建时", "在创建时为"]
    /// Words a translation may put after the flag: "必需项", "可选字段", "是必需的", "обязательное поле".
    static let flagTails: Set<String> = ["", "的", "项", "属性", "字段", "参数", "的属性", "的字段", "поле", "свойство", "параметр"]
    /// Descriptions saying the listed values combine into one comma-separated string (a flags enum):
    /// "Multiple values can be combined using a comma-separated list", "A enumeration of flags".
    static let flagsHints = [
        "comma-separated list", "comma separated list", "can be combined", "enumeration of flags", "flags enumeration",
        "逗号分隔", "可以组合", "标志枚举", "через запятую",
    ]
    static let inheritedHints = ["inherited from", "继承自", "унаследовано от", "наследуется от"]
    /// Phrases of a resource page's introduction that its base type's link follows ("Inherits from
    /// [entity](entity.md)", "A subclass of [educationResource](educationresource.md)", "派生自 [位置](place.md)").
    static let baseTypeHints = ["inherits from", "inherited from", "derived from", "derives from", "subclass of", "继承自", "派生自", "наследуется от", "подклассом"]
    /// Phrases that follow the base type's link ("[educationResource](educationresource.md) 的子类").
    static let baseTypeSuffixHints = ["的子类", "子类"]
    /// Characters that end a sentence or clause, which a phrase and the link it introduces do not straddle.
    static let sentenceEnds: Set<Character> = [".", ";", "!", "?", "。", "；", "！", "？"]
    /// The label of a resource page's "Namespace: microsoft.graph.callRecords" line.
    /// Phrases followed by a maximum length ("Maximum length is 256", "最大长度为 256 个字符").
    static let maxLengthPhrases = [
        "maximum length is", "maximum length of", "max length is", "max length of", "max length", "maximum length",
        "maximum size is", "maximum size", "up to", "limited to", "not exceed", "can't exceed", "no more than",
        // zh-CN
        "最大长度为", "最大长度是", "最大长度", "最多", "不能超过", "不得超过", "不超过",
    ]
    /// Words of a max-length phrase that make the number a length by themselves.
    static let lengthWords = ["length", "size", "长度"]
    /// Words after a number that make it a length ("up to 120 characters", "最多 120 个字符").
    static let characterWords = ["char", "个字符", "字符"]
    /// Phrases followed by a numeric range ("Valid values 0 to 65535", "有效值为 1 至 365").
    static let rangePhrases = [
        "valid values", "valid range", "range is", "range:", "between", "number from", "value from",
        // zh-CN
        "有效值为", "有效值", "介于", "范围为", "范围是", "必须在", "设置在",
    ]
    /// Words between a range's bounds.
    static let rangeConnectors: Set<String> = ["to", "and", "through", "-", "至", "到", "和", "与"]

    /// Hosts that serve Microsoft Graph: the global service and the national clouds. The same list as
    /// `GraphRequestURL.graphHosts` in GraphModelSupport, which extraction does not import.
    static let graphHosts: Set<String> = [
        "graph.microsoft.com", "canary.graph.microsoft.com", "graph.microsoft.us", "dod-graph.microsoft.us",
        "microsoftgraph.chinacloudapi.cn", "graph.microsoft.de",
    ]

    static let namespaceLabels = ["namespace", "命名空间", "пространство имен", "пространство имён"]
    static let longestNamespaceLabel = namespaceLabels.map(\.count).max() ?? 0

    /// Normalises a header or heading text for lookup.
    static func key(_ text: String) -> String {
        // By scalars: these are all single-scalar characters, and grapheme breaking showed in profiles.
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars where scalar != "*" && scalar != "`" { scalars.append(scalar) }
        while let last = scalars.last, last == "?" || last == "？" || last == ":" || last == "：" || last.properties.isWhitespace {
            scalars.removeLast()
        }
        return String(scalars).trimmedBlanks
    }
}

