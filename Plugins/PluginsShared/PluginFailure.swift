/// Why a graphdoc plugin stopped, in one sentence SwiftPM shows to the user.
struct PluginFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
