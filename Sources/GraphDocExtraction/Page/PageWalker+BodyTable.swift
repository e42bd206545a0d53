import GraphDocIR
import GraphDocMarkdown

extension PageWalker {
    /// A request-body table with a row of the body's own type (`relatedContacts | relatedContact
    /// collection` under "a JSON representation of the relatedContact collection") describes the
    /// object that holds that type, not the type: its rows are that object's properties. The type
    /// the paragraph introducing the table links to, when it is another one ("the properties ...
    /// when you update the [educationUser]"), is the body's type; otherwise the page does not say
    /// which type the body is, and the table is filed under none.
    mutating func settleTheTypeABodyTableDescribes(_ table: Table, shape: TableShape, leadIn: TypeReference?) {
        guard let body = requestBody.type, !body.isPrimitive, let typeColumn = shape.index(of: .type) else { return }
        let holdsItsOwnType = table.rows.contains { row in
            guard row.cells.count > typeColumn, case .type(let reference) = TypeCellReader.read(row.cells[typeColumn].text) else { return false }
            return reference.name.lowercased() == body.name.lowercased()
        }
        guard holdsItsOwnType else { return }
        if let leadIn, !leadIn.isPrimitive, leadIn.name.lowercased() != body.name.lowercased() {
            requestBody.type = TypeReference(name: leadIn.name)
        } else {
            requestBody.type = nil
        }
    }
}
