import GraphDocIR

/// Why generation stopped; every case names the file (and line where there is one) to fix.
public enum GenerationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The module name (`--module`, `module:`) is not a Swift identifier; generated code names it.
    case invalidModuleName(String)
    /// The prefix for names other modules hold (`reservedNamePrefix:`) cannot start a type name.
    case invalidReservedNamePrefix(String)
    /// A template the generator needs is in neither the user's folder nor the built-in set.
    case templateMissing(name: String, searched: [String])
    /// A template does not parse.
    case templateInvalid(file: String, line: Int, column: Int, message: String)
    /// The output folder cannot be created or written (an I/O failure: permissions, a full disk).
    case outputNotWritable(path: String, reason: String)
    /// The YAML configuration file cannot be read or holds unknown/invalid options.
    case configInvalid(file: String, line: Int?, message: String)
    /// graphdoc will not write into this folder as asked: it is a filesystem root or the home folder,
    /// holds files graphdoc did not write, holds a symbolic link, or overlaps the other output.
    case outputRefused(path: String, reason: String)
    /// The inputs yielded no page (a mistyped path, only empty or binary files): nothing is written
    /// or removed, since an empty generation would wipe the previous output. `reasons` are the
    /// input diagnostics that say why, as `file:line:column: message` lines.
    case noPages(reasons: [String])

    public var description: String {
        switch self {
        case .invalidModuleName(let name):
            return "error: the module name \(SwiftEscaping.stringLiteral(name)) is not a Swift identifier "
                + "(expected ASCII letters, digits and '_', not starting with a digit, and no keyword)"
        case .invalidReservedNamePrefix(let prefix):
            return "error: the reserved-name prefix \(SwiftEscaping.stringLiteral(prefix)) cannot start a Swift type name "
                + "(expected an ASCII upper-case letter, then ASCII letters, digits and '_')"
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
        case .outputRefused(let path, let reason):
            return "\(path): error: refusing to write the output here: \(reason)"
        case .noPages(let reasons):
            let why = reasons.isEmpty ? "" : "\n" + reasons.map { "  " + $0 }.joined(separator: "\n")
            return "error: the inputs hold no readable page; the output is left as it was\(why)"
        }
    }

    /// Whether the error is the user's to fix in what was asked (inputs, options, templates,
    /// the output folder chosen) or the environment's (a file system that cannot be written).
    public var category: Category {
        switch self {
        case .outputNotWritable: .couldNotRun
        case .invalidModuleName, .invalidReservedNamePrefix, .templateMissing, .templateInvalid, .configInvalid, .outputRefused, .noPages: .badInput
        }
    }

    /// The two kinds of failure the command line tells apart by exit status.
    public enum Category: Sendable {
        /// Bad input or usage: pages, options, configuration, templates or output folder.
        case badInput
        /// The run was fine but could not be carried out (I/O failure).
        case couldNotRun
    }
}
