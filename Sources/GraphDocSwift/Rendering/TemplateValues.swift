import Foundation

/// View models turned into dictionaries for the template engine, in one reflection pass.
///
/// swift-mustache reads struct members through `Mirror` on every name it looks up, walking up the
/// context stack on each miss; at Graph scale that was a third of generation time. A dictionary is
/// read by hash. `nil` members are left out, which the engine treats exactly as it treats `nil`.
enum TemplateValues {
    static func tree(_ value: Any) -> Any {
        switch value {
        case let text as String: return text
        case let flag as Bool: return flag
        case let number as Int: return number
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { tree($0.value) } ?? Optional<Any>.none as Any
        case .collection, .set:
            return mirror.children.map { tree($0.value) }
        case .struct, .class:
            var members: [String: Any] = [:]
            members.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                guard let label = child.label else { continue }
                let childMirror = Mirror(reflecting: child.value)
                if childMirror.displayStyle == .optional {
                    guard let wrapped = childMirror.children.first?.value else { continue }
                    members[label] = tree(wrapped)
                } else {
                    members[label] = tree(child.value)
                }
            }
            return members
        default:
            return value
        }
    }
}
