/// Turns validated `Content` into the bytes of a compiled guide (see `GuideFile` and `GuideLayout`):
/// every item as its JSON, plus the indexes that let a command read only what it needs.
enum GuideCompiler {
    /// `stamp` records what the guide was compiled from (see `PackCache`).
    static func compile(_ content: Content, stamp: [UInt8] = []) -> [UInt8] {
        var sections = [[[UInt8]]](repeating: [], count: GuideLayout.sectionCount)
        let kinds = ItemKind.allCases
        let entries = content.entriesByKind()
        // The search index, the largest part of the work, is built on a second thread meanwhile.
        let search = BackgroundWork { searchIndex(entries) }
        var meta = RecordWriter()
        for kindEntries in entries { meta.int(kindEntries.count) }
        meta.bytes(stamp)
        sections[GuideLayout.meta] = [meta.bytes]
        sections[GuideLayout.foundations] = [JSON.array(content.foundations.map(\.json)).bytes(compact: true)]
        sections[GuideLayout.levels] = [JSON.array(content.levels.map(\.json)).bytes(compact: true)]
        let levels = Level.vocabulary(content.levels)

        let indexes = kinds.map { kind in
            Dictionary(entries[kind.ordinal].enumerated().map { ($1.ref.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        func index(_ kind: ItemKind, _ id: String) -> Int { indexes[kind.ordinal][id] ?? 0 }
        let phaseOfSkill = Dictionary(
            content.phases.enumerated().flatMap { phase, item in item.skills.map { ($0, phase) } },
            uniquingKeysWith: { a, _ in a })

        // The growth path backwards, and the related relation made symmetric, so no query scans every role.
        // Which roles need each skill, so that a skill's page reads its roles, not every role.
        var neededBy = [[Int]](repeating: [], count: content.skills.count)
        for (item, role) in content.roles.enumerated() {
            for skill in Set(role.skills.flatMap(\.skills)).compactMap({ indexes[ItemKind.skill.ordinal][$0] }) {
                neededBy[skill].append(item)
            }
        }
        var previous = [[Int]](repeating: [], count: content.roles.count)
        var related = [[Int]](repeating: [], count: content.roles.count)
        // A role's own related roles first, in its order (O*NET's tiers, say), then those that name it.
        for (item, role) in content.roles.enumerated() {
            for next in role.next { previous[index(.role, next)].append(item) }
            for other in role.related.map({ index(.role, $0) }) where other != item && !related[item].contains(other) {
                related[item].append(other)
            }
        }
        var namedBy = [[Int]](repeating: [], count: content.roles.count)
        for (item, links) in related.enumerated() {
            for other in links where !related[other].contains(item) { namedBy[other].append(item) }
        }
        for item in related.indices { related[item] += namedBy[item] }

        var names: [[Int]] = []
        var nameKeys: [[UInt8]] = []
        var keys = PackedJSON.Keys()
        for kind in kinds {
            sections[GuideLayout.section(.items, kind)] = records(of: kind.type, in: content, entries: entries[kind.ordinal], keys: &keys)
            var headings: [[UInt8]] = []
            var summaries: [[UInt8]] = []
            var folded: [[UInt8]] = []
            var completions: [(key: [UInt8], text: String, item: Int, slot: Int)] = []
            for (item, entry) in entries[kind.ordinal].enumerated() {
                var heading = RecordWriter()
                heading.string(entry.ref.id)
                heading.string(entry.name)
                switch kind {
                case .role:
                    let role = content.roles[item]
                    heading.int(role.level.flatMap { id in levels.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0)
                    heading.int(role.skills.count)
                    for requirement in role.skills { heading.ints(requirement.skills.map { index(.skill, $0) }) }
                    heading.ints(role.next.map { index(.role, $0) })
                    heading.ints(previous[item])
                    heading.ints(related[item])
                case .skill:
                    heading.int(phaseOfSkill[entry.ref.id].map { $0 + 1 } ?? 0)
                    heading.ints(neededBy[item])
                default: break
                }
                var summary = RecordWriter()
                summary.string(entry.summary)
                summaries.append(summary.bytes)
                headings.append(heading.bytes)

                var foldedNames = RecordWriter()
                let itemNames = [entry.ref.id, entry.name] + entry.aliases
                foldedNames.int(itemNames.count)
                for (slot, name) in itemNames.enumerated() {
                    let text = FoldedText(name)
                    text.write(to: &foldedNames)
                    names.append([kind.ordinal, item, slot])
                    nameKeys.append(text.key)
                }
                folded.append(foldedNames.bytes)
                for (slot, name) in itemNames.enumerated().dropFirst() {
                    completions.append((Array(name.lowercased().utf8), name, item, slot))
                }

            }
            sections[GuideLayout.section(.headings, kind)] = headings
            sections[GuideLayout.section(.summaries, kind)] = summaries
            sections[GuideLayout.section(.foldedNames, kind)] = folded
            sections[GuideLayout.section(.completions, kind)] = completions.sorted {
                $0.key != $1.key ? $0.key.lexicographicallyPrecedes($1.key) : ($0.item, $0.slot) < ($1.item, $1.slot)
            }.map { name in
                var record = RecordWriter()
                record.bytes(name.key)
                record.string(name.text)
                record.int(name.item)
                record.int(name.slot)
                return record.bytes
            }
            sections[GuideLayout.section(.ids, kind)] = buckets(
                entries[kind.ordinal].enumerated().map { (Array($1.ref.id.utf8), [$0]) })
        }
        sections[GuideLayout.names] = buckets(zip(nameKeys, names).map { ($0, $1) })
        sections[GuideLayout.keys] = [keys.record]
        var citations = [[Int]](repeating: [], count: entries[ItemKind.source.ordinal].count)
        for kind in kinds {
            for (item, entry) in entries[kind.ordinal].enumerated() {
                for source in Set(entry.sources) {
                    if let cited = indexes[ItemKind.source.ordinal][source] { citations[cited] += [kind.ordinal, item] }
                }
            }
        }
        sections[GuideLayout.citations] = citations.map { numbers in
            var record = RecordWriter()
            record.ints(numbers)
            return record.bytes
        }
        let path = GrowthPath(roles: content.roles, entryLevel: levels.first?.id)
        var growthPath = RecordWriter()
        growthPath.ints(path.entry.map { index(.role, $0) })
        growthPath.int(path.steps.count)
        for layer in path.steps { growthPath.ints(layer.map { index(.role, $0) }) }
        sections[GuideLayout.growthPath] = [growthPath.bytes]
        let index = search.value
        for kind in kinds { sections[GuideLayout.section(.searchDocuments, kind)] = index.documents[kind.ordinal] }
        sections[GuideLayout.vocabulary] = index.vocabulary
        sections[GuideLayout.postings] = index.postings
        return GuideFile.build(sections)
    }

    /// Each item's search document (its folded words and where each field's are), kind by kind, and the
    /// index over them: every stem in byte order, and the items that have it.
    private static func searchIndex(_ entries: [[Entry]]) -> (documents: [[[UInt8]]], vocabulary: [[UInt8]], postings: [[UInt8]]) {
        var stems = StemTable()
        let documents = ItemKind.allCases.map { kind in
            entries[kind.ordinal].enumerated().map { item, entry in
                var document = RecordWriter()
                let (text, fields) = Search.document(of: entry)
                text.write(to: &document)
                document.int(fields.count)
                for (field, _, words) in fields {
                    document.int(field.rawValue)
                    document.int(words.lowerBound)
                    document.int(words.upperBound)
                }
                for position in 0..<text.count { stems.add(text.stem(position), kind: kind.ordinal, item: item) }
                return document.bytes
            }
        }
        let index = stems.sorted
        let postings = index.map { stem in
            var record = RecordWriter()
            record.ints(stem.items)
            return record.bytes
        }
        return (documents, index.map { Array($0.stem) }, postings)
    }

    /// A hash table: one record per bucket, holding the numbers of every key that falls in it.
    static func buckets(_ entries: [(key: [UInt8], numbers: [Int])]) -> [[UInt8]] {
        let count = max(1, entries.count)
        var buckets = [[Int]](repeating: [], count: count)
        for entry in entries { buckets[bucket(of: entry.key, count: count)] += entry.numbers }
        return buckets.map { numbers in
            var record = RecordWriter()
            record.ints(numbers)
            return record.bytes
        }
    }

    static func bucket<Bytes: Sequence<UInt8>>(of key: Bytes, count: Int) -> Int {
        Int(Checksum.bucketHash(key) % UInt32(count))
    }

    /// Each item of a kind as its JSON (`PackedJSON`), its name and summary by reference to the records
    /// that hold them: read back by the content files' own code.
    private static func records<Item: GuideItem>(
        of type: Item.Type, in content: Content, entries: [Entry], keys: inout PackedJSON.Keys
    ) -> [[UInt8]] {
        zip(content[keyPath: Item.all], entries).map { item, entry in
            var record = RecordWriter()
            PackedJSON.write(item.json, to: &record, keys: &keys, shared: PackedJSON.sharedStrings(name: entry.name, summary: entry.summary))
            return record.bytes
        }
    }
}
