/// A mistake in how lint was asked to run (a bad option value, an unreadable config or baseline):
/// the CLI reports it and exits with status 2.
public struct LintUsageError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
