import Foundation
import PackagePlugin

extension Target {
    /// The target's folder. `Target.directoryURL` needs tools version 6.1 (graphdoc's manifest is 6.0), and
    /// `Path`'s own accessors are deprecated; its description is the path.
    var directoryURLCompatible: URL {
        URL(filePath: String(describing: directory), directoryHint: .isDirectory)
    }
}
