import GraphDocIR

/// A cell of a pipe table row before its text is split into the side-by-side views: a span that
/// wraps onto the next source line is only whole once the lines are joined.
struct RawCell {
    var inlines: [Inline]
    var source: SourceLocation
}

/// One row of a pipe table as its source lines hold it: the line that starts it and any lines that
/// continue its last cell.
struct RowLine {
    /// The line the row starts on.
    var line: Int
    var cells: [RawCell]
    /// How many cells the row's lines hold together (a continued cell counted once).
    var found: Int

    /// Joins a line that continues this row: its first cell goes on with the row's last cell, as the
    /// line break inside it reads, and any further cells follow.
    mutating func append(continuation: (cells: [RawCell], found: Int)) {
        var more = continuation.cells[...]
        if let first = more.first, !cells.isEmpty {
            cells[cells.count - 1].inlines += [.softBreak] + first.inlines
            more = more.dropFirst()
            found += continuation.found - 1
        } else {
            found += continuation.found
        }
        cells += more
    }

    /// Whether the row's only filled cell is bold text and nothing else (a label over the rows below).
    var isGroupLabel: Bool {
        let filled = cells.filter { !$0.inlines.plainText.allSatisfy(\.isWhitespace) }
        guard filled.count == 1 else { return false }
        let english = SideBySideText(filled[0].inlines).english.filter { node in
            if case .text(let text) = node { return !text.allSatisfy(\.isWhitespace) }
            return node != .softBreak && node != .lineBreak
        }
        guard english.count == 1, case .strong = english[0] else { return false }
        return true
    }
}
