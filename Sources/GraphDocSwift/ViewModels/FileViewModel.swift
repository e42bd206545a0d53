/// What a whole-file template receives: the header and the construct's view model.
struct FileViewModel {
    /// `nil` when the declaration is rendered into a shard, whose one header is rendered separately
    /// (`{{#header}}` then renders nothing).
    var header: FileHeaderViewModel?
    var body: Any
}
