import GraphDocIR

extension ApiComparison {
    /// The member Graph's evolvable enums end their original members with; members after it are
    /// sent only to clients that ask for them.
    static let evolvableSentinel = "unknownfuturevalue"

    /// Enums added or removed, and their members.
    mutating func compareEnums() {
        let keys = Set(old.enums.keys).union(new.enums.keys).sorted()
        let renamed = renamedEnums()
        for (before, after) in renamed.values.sorted(by: { $0.1.name < $1.1.name }) {
            changes.append(ApiChange(
                .enumRenamed, name: after.name, target: after.name,
                message: "The enum \(before.name) is documented as \(after.name), with the same members.",
                old: before.sources.first, new: after.sources.first))
        }
        for key in keys where renamed[key] == nil && !renamed.values.contains(where: { DocumentedSurface.key($0.1.name) == key }) {
            switch (old.enums[key], new.enums[key]) {
            case (let before?, nil):
                changes.append(ApiChange(
                    .enumRemoved, name: before.name, target: before.name,
                    message: "The enum \(before.name) is no longer documented.", old: before.sources.first, new: nil))
            case (nil, let after?):
                changes.append(ApiChange(
                    .enumAdded, name: after.name, target: after.name,
                    message: "The enum \(after.name) is documented, with \(after.members.count) members.",
                    old: nil, new: after.sources.first))
            case (let before?, let after?):
                compareMembers(before, after)
            case (nil, nil):
                continue
            }
        }
    }

    /// Enums only the older docs have, paired with enums only the newer docs have that list the same
    /// members, when the pairing is unambiguous (a property's own value list that became a named
    /// enum, or a renamed enum page), keyed by the older enum's key.
    private func renamedEnums() -> [String: (EnumDefinition, EnumDefinition)] {
        func signature(_ definition: EnumDefinition) -> [String] { definition.members.map { $0.name.lowercased() }.sorted() }
        let gone = old.enums.filter { new.enums[$0.key] == nil }
        let came = new.enums.filter { old.enums[$0.key] == nil }
        let goneBySignature = Dictionary(grouping: gone.values, by: signature)
        let cameBySignature = Dictionary(grouping: came.values, by: signature)
        var result: [String: (EnumDefinition, EnumDefinition)] = [:]
        for (members, before) in goneBySignature where !members.isEmpty {
            guard before.count == 1, let after = cameBySignature[members], after.count == 1 else { continue }
            result[DocumentedSurface.key(before[0].name)] = (before[0], after[0])
        }
        return result
    }

    private mutating func compareMembers(_ before: EnumDefinition, _ after: EnumDefinition) {
        let (oldLocation, newLocation) = (before.sources.first, after.sources.first)
        if before.isFlags != after.isFlags {
            changes.append(ApiChange(
                .enumFlagsChanged, name: after.name, target: after.name,
                message: after.isFlags ? "\(after.name) is a flags enum: its members combine." : "\(after.name) is no longer a flags enum.",
                old: oldLocation, new: newLocation))
        }
        let oldNames = Set(before.members.map(\.name))
        let newNames = Set(after.members.map(\.name))
        // Members after the sentinel are opt-in only when the sentinel was already there: an enum
        // that gains it in this change shows every member to every client for the last time.
        let sentinel = oldNames.contains { $0.lowercased() == Self.evolvableSentinel }
            ? after.members.firstIndex { $0.name.lowercased() == Self.evolvableSentinel } : nil
        for (index, member) in after.members.enumerated() where !oldNames.contains(member.name) {
            let afterSentinel = sentinel.map { index > $0 } ?? false
            changes.append(ApiChange(
                afterSentinel ? .enumMemberAddedAfterSentinel : .enumMemberAdded, name: member.name, target: after.name,
                message: afterSentinel
                    ? "\(after.name) has a new member \(member.name), after unknownFutureValue."
                    : "\(after.name) has a new member \(member.name).",
                old: oldLocation, new: newLocation))
        }
        for member in before.members where !newNames.contains(member.name) {
            changes.append(ApiChange(
                .enumMemberRemoved, name: member.name, target: after.name,
                message: "\(after.name) no longer has the member \(member.name).", old: oldLocation, new: newLocation))
        }
    }
}
