import Analytics

extension ReportSection {
    /// Checks that `figure` has what this section's chart draws: every measure as a numeric column sharing one unit,
    /// a dimension for bars, `year` for lines, `state` for a tile map, and the panel column.
    public func check(_ figure: Figure) throws {
        func failure(_ reason: String) -> ReportRenderError {
            .sectionDoesNotSuitFigure(reference: self.figure, chart: chart, reason: reason)
        }
        var units: Set<FigureColumn.Unit> = []
        for measure in measures {
            guard let index = figure.columnIndex(measure) else {
                let names = figure.columns.map(\.name).joined(separator: ", ")
                throw failure("no column \"\(measure)\" (the figure has \(names))")
            }
            guard figure.columns[index].unit != .text else { throw failure("column \"\(measure)\" holds text, not numbers") }
            units.insert(figure.columns[index].unit)
        }
        if chart != .headline && chart != .table && units.count > 1 {
            throw failure("the measures \(measures.joined(separator: ", ")) do not share one unit, so they cannot share an axis")
        }
        switch chart {
        case .bar where categoryColumn(in: figure) == nil:
            throw failure("no dimension column to label the bars")
        case .line where figure.columnIndex("year") == nil:
            throw failure("no \"year\" column for the x axis")
        case .tilemap where figure.columnIndex("state") == nil:
            throw failure("no \"state\" column to place the tiles")
        default: break
        }
        if let panelBy, figure.columnIndex(panelBy) == nil {
            throw failure("no column \"\(panelBy)\" to split the panels by")
        }
    }

    /// The column that names each row of a chart: the first dimension that is not the panel or year column.
    func categoryColumn(in figure: Figure) -> Int? {
        figure.columns.indices.first { index in
            let column = figure.columns[index]
            return column.role == .dimension && column.name != panelBy && !(chart == .line && column.name == "year")
        }
    }
}
