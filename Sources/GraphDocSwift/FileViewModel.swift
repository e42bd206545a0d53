/// What a whole-file template receives: the header and the construct's view model.
struct FileViewModel {
    var header: FileHeaderViewModel
    var body: Any
}
