import GraphDocIR

/// Why generation stopped; every case names the file (and line where there is one) to fix.
public enum GenerationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The module name (`--module`, `module:`) is not a Swift identifier; generated code names it.
    case invalidModuleName(String)
    /// A template the generator needs is in neither the user's folder nor the built-in set.
    case templateMissing(name: String, searched: [String])
    /// A template does not parse.
    case templateInvalid(file: String, line: Int, column: Int, message: String)
    /// The output folder cannot be created or written.
    case outputNotWritable(path: String, reason: String)
    /// The YAML configuration file cannot be read or holds unknown/invalid options.
    case configInvalid(file: String, line: Int?, message: String)

    public var description: String {
        switch self {
        case .invalidModuleName(let name):
            return "error: the module name \(SwiftEscaping.stringLiteral(name)) is not a Swift identifier "
                + "(expected ASCII letters, digits and '_', not starting with a digit, and no keyword)"
        case .templateMissing("*", let searched):
            return "\(searched.first ?? "?"): error: the template folder does not exist"
        case .templateMissing(let name, let searched):
            return "error: template '\(name).mustache' not found (searched: \(searched.joined(separator: ", ")))"
        case .templateInvalid(let file, let line, let column, let message):
            return "\(file):\(line):\(column): error: template does not parse: \(message)"
        case .outputNotWritable(let path, let reason):
            return "\(path): error: output folder is not writable: \(reason)"
        case .configInvalid(let file, let line, let message):
            return "\(file)\(line.map { ":\($0)" } ?? ""): error: \(message)"
        }
    }
}
