/// Where each entity is drawn and how big: what a layout gives the writers.
///
/// Coordinates are in drawing units with y pointing up (Gephi's and Graphviz's
/// convention; yEd and the HTML report flip it), sizes in the same units (a node's
/// radius, Gephi's `viz:size`).
public struct GraphDrawing: Equatable, Sendable {
    /// One entity's place and size.
    public struct Placement: Equatable, Sendable {
        /// Horizontal position.
        public var x: Double
        /// Vertical position, up.
        public var y: Double
        /// The node's size (radius).
        public var size: Double

        /// Creates a placement.
        public init(x: Double, y: Double, size: Double) {
            self.x = x
            self.y = y
            self.size = size
        }
    }

    /// Placements by entity id.
    public var placements: [String: Placement]

    /// Creates a drawing.
    public init(placements: [String: Placement] = [:]) { self.placements = placements }

    /// The placement of an entity, if it has one.
    public subscript(id: String) -> Placement? { placements[id] }

    /// The smallest and largest coordinates, or `nil` for an empty drawing.
    public var bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double)? {
        guard let first = placements.values.first else { return nil }
        var bounds = (minX: first.x, minY: first.y, maxX: first.x, maxY: first.y)
        for placement in placements.values {
            bounds.minX = min(bounds.minX, placement.x - placement.size)
            bounds.maxX = max(bounds.maxX, placement.x + placement.size)
            bounds.minY = min(bounds.minY, placement.y - placement.size)
            bounds.maxY = max(bounds.maxY, placement.y + placement.size)
        }
        return bounds
    }
}
