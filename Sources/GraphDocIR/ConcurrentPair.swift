import Dispatch
import Foundation

/// Runs two independent pure computations on two cores and returns both results (two whole-reference
/// passes of lint, say, that read the same model).
public func concurrently<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let results = PairSlots<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { results.setFirst(first()) } else { results.setSecond(second()) }
    }
    return (results.first!, results.second!)
}

/// The two results, each written once from its own iteration.
private final class PairSlots<A, B>: @unchecked Sendable {
    private(set) var first: A?
    private(set) var second: B?
    private let lock = NSLock()

    func setFirst(_ value: A) { lock.withLock { first = value } }
    func setSecond(_ value: B) { lock.withLock { second = value } }
}
