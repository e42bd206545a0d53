/// The top of every generated file.
public struct FileHeaderViewModel: Hashable, Sendable {
    /// The recognisable first line (see ``GeneratedFile/headerLine``).
    public var headerLine: String
    public var moduleName: String
    public var imports: [String]
}
