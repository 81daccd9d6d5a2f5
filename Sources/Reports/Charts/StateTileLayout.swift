import TVET

/// Where each state's tile sits on the map grid: Peninsular Malaysia on the left in rough geographic positions
/// (Perlis at the top, Johor at the bottom, the west coast on the left), Sabah, Sarawak and Labuan on the right.
enum StateTileLayout {
    /// Column and row of each state's tile; columns 5 and 6 are East Malaysia, across the South China Sea.
    static func position(_ state: MalaysianState) -> (column: Int, row: Int) {
        switch state {
        case .perlis: (1, 0)
        case .pulauPinang: (0, 1)
        case .kedah: (1, 1)
        case .kelantan: (2, 1)
        case .perak: (1, 2)
        case .pahang: (2, 2)
        case .terengganu: (3, 2)
        case .selangor: (0, 3)
        case .kualaLumpur: (1, 3)
        case .negeriSembilan: (2, 3)
        case .putrajaya: (1, 4)
        case .melaka: (2, 4)
        case .johor: (3, 4)
        case .labuan: (5, 1)
        case .sabah: (6, 1)
        case .sarawak: (5, 2)
        }
    }
}
