import Foundation

/// Reads a file lint was pointed at (metadata, baseline, configuration) with errors in plain words,
/// rather than Foundation's "The operation could not be completed. (NSCocoaErrorDomain error 256.)".
///
/// Only regular files within a size limit are read: a FIFO would block the run, a device such as
/// /dev/zero would never end.
enum InputFileReading {
    /// Why a file could not be read, as a phrase that follows the file's name.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The largest configuration or baseline file read.
    static let settingsFileLimit = 256 << 20

    static func contents(of path: String, limit: Int) throws(Failure) -> Data {
        let attributes: [FileAttributeKey: Any]
        do {
            // Follows symbolic links: a link to a regular file is read.
            attributes = try FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
        } catch {
            throw Failure(description: FileManager.default.fileExists(atPath: path) ? "cannot be examined (no permission?)" : "no such file")
        }
        switch attributes[.type] as? FileAttributeType {
        case .typeRegular?: break
        case .typeDirectory?: throw Failure(description: "is a folder, not a file")
        case .typeCharacterSpecial?, .typeBlockSpecial?: throw Failure(description: "is a device, not a regular file; it is not read")
        case .typeSocket?: throw Failure(description: "is a socket, not a regular file; it is not read")
        default: throw Failure(description: "is not a regular file (a FIFO?); it is not read")
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > limit {
            throw Failure(description: "is \(size) bytes, more than the \(limit) bytes read; it is not read")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as CocoaError where error.code == .fileReadNoPermission {
            throw Failure(description: "cannot be read: permission denied")
        } catch {
            throw Failure(description: "cannot be read")
        }
    }
}
