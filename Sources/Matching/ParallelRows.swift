import Dispatch

/// Fills `rows × width` Float32 values on every core: `fill(row, destination)` writes one row. Building the vectors
/// of a million graduates is the largest part of an index rebuild, and rows are independent.
func parallelRows(_ rows: Int, width: Int, fill: @Sendable (Int, UnsafeMutablePointer<Float>) -> Void) -> [Float] {
    [Float](unsafeUninitializedCapacity: rows * width) { out, initialized in
        nonisolated(unsafe) let base = out.baseAddress
        let chunks = rows < 10_000 ? 1 : 16
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            guard let base else { return }
            for row in (rows * chunk / chunks)..<(rows * (chunk + 1) / chunks) { fill(row, base + row * width) }
        }
        initialized = rows * width
    }
}
