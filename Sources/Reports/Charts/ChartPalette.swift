/// The colours of the charts: a blue for the selection and an amber for a second series, both readable in greyscale
/// print, a grey for the national comparison, and a sequential blue scale for the tile map.
enum ChartPalette {
    static let series = ["#1f5fa6", "#e08a2c", "#2e8b57", "#8e44ad"]
    static let national = "#7a8594"
    static let axis = "#9aa5b1"
    static let grid = "#e3e8ee"
    static let text = "#1d2733"
    static let muted = "#5b6773"
    static let missing = "#e6e9ed"

    /// The colour of the `index`-th series of a chart.
    static func colour(series index: Int) -> String { series[index % series.count] }

    /// A colour on the light-to-dark blue scale for `t` in 0...1, interpolated through three stops.
    static func sequential(_ t: Double) -> String {
        let stops: [(Double, Double, Double)] = [(0xEE, 0xF4, 0xFB), (0x6B, 0xAE, 0xD6), (0x08, 0x30, 0x6B)]
        let clamped = min(max(t.isFinite ? t : 0, 0), 1)
        let position = clamped * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        let local = position - Double(index)
        let (a, b) = (stops[index], stops[index + 1])
        let channels = [a.0 + (b.0 - a.0) * local, a.1 + (b.1 - a.1) * local, a.2 + (b.2 - a.2) * local]
        return "#" + channels.map { hex(Int($0.rounded())) }.joined()
    }

    /// Text on a tile turns white once the tile is dark enough for black text to be hard to read.
    static func textOnSequential(_ t: Double) -> String { t > 0.55 ? "#ffffff" : text }

    private static func hex(_ value: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[(value >> 4) & 0xF], digits[value & 0xF]])
    }
}
