import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` on all cores, in chunks, keeping the order of the elements. For pure transforms over
    /// thousands of elements (rendering IR JSON, rendering generated files); a transform that can fail
    /// returns a `Result`.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ConcurrentSlots<T>(count: count)
        let chunkCount = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        let chunkSize = (count + chunkCount - 1) / chunkCount
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            // The last chunks may be short or empty (25 elements in 8 chunks of 4).
            for index in Swift.min(count, chunk * chunkSize)..<Swift.min(count, (chunk + 1) * chunkSize) {
                results.set(index, transform(self[index]))
            }
        }
        return results.values.map { $0! }
    }
}

/// Fixed slots filled from concurrent iterations, each slot written once.
private final class ConcurrentSlots<Value>: @unchecked Sendable {
    private(set) var values: [Value?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
