/// The SplitMix64 finalizer: spreads every input bit over the whole word, so that the low bits of a hash can index a
/// table. Shared by the engine's string dictionaries and the importer's byte-key tables.
public enum BitMixer {
    @inlinable @inline(__always)
    public static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z &>> 31)
    }
}
