/// Stores a property out of line, so a struct may contain (through optionals) its own type.
///
/// Generated models use it for a property whose type leads back to the owner
/// (`@Indirect var parent: Folder?` inside `Folder`); a plain stored property would give the struct
/// infinite size. Reads and writes look like an ordinary property.
@propertyWrapper
public struct Indirect<Value> {
    fileprivate indirect enum Storage {
        case value(Value)
    }

    private var storage: Storage

    public init(wrappedValue: Value) { storage = .value(wrappedValue) }

    /// The stored value.
    public var wrappedValue: Value {
        get {
            switch storage {
            case .value(let value): value
            }
        }
        set { storage = .value(newValue) }
    }
}

extension Indirect: Sendable where Value: Sendable {}
extension Indirect.Storage: Sendable where Value: Sendable {}

extension Indirect: Equatable where Value: Equatable {
    public static func == (lhs: Indirect, rhs: Indirect) -> Bool { lhs.wrappedValue == rhs.wrappedValue }
}

extension Indirect: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(wrappedValue) }
}
