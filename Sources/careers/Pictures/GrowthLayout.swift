extension Layout {
    /// The growth path, left to right: a column for the entry-level roles and for each step of the path,
    /// with its roles stacked, and an arrow for
    /// each "leads to". Arrows run only through the gaps between columns and a channel below every box,
    /// so none crosses a box: to the next column straight through the gap, anywhere else by the channel.
    init(growthPath picture: GrowthPicture) {
        self.init(title: "Growth path")
        let columnWidth = 220.0
        let count = picture.steps.count
        var place: [String: Int] = [:]
        for (column, step) in picture.steps.enumerated() { for role in step { place[role.id] = column } }
        // Each arrow's lanes: one in each gap it runs through (gap g is right of column g; -1 is left of
        // the first), and one in the channel when it is not to the next column.
        struct Route {
            var from: String
            var to: String
            var out: Int  // lane in the gap after the source's column
            var into: Int?  // lane in the gap before the target's column
            var channel: Int?
        }
        var lanes: [Int: Int] = [:]
        var channels = 0
        func lane(_ gap: Int) -> Int {
            defer { lanes[gap, default: 0] += 1 }
            return lanes[gap, default: 0]
        }
        let routes = picture.arrows.compactMap { arrow -> Route? in
            guard let source = place[arrow.from], let target = place[arrow.to] else { return nil }
            if target == source + 1 { return Route(from: arrow.from, to: arrow.to, out: lane(source)) }
            defer { channels += 1 }
            return Route(from: arrow.from, to: arrow.to, out: lane(source), into: lane(target - 1), channel: channels)
        }
        let laneSpacing = 10.0
        func gapWidth(_ gap: Int) -> Double {
            let used = Double(lanes[gap, default: 0])
            let edge = gap == -1 || gap == count - 1
            return max(edge && used == 0 ? 0 : 56, 32 + used * laneSpacing)
        }
        var left: [Double] = []
        var x = Self.margin + gapWidth(-1)
        for column in 0..<count {
            left.append(x)
            x += columnWidth + gapWidth(column)
        }
        width = max(x + Self.margin, 360)
        let titleBox = Self.textBox(
            [("Growth path", .title)], x: Self.margin, y: Self.margin, width: width - 2 * Self.margin, classes: ["title"])
        boxes.append(titleBox)
        let headers = picture.steps.indices.filter { !picture.headings[$0].isEmpty }.map { column in
            Self.textBox(
                [(picture.headings[column], .heading)], x: left[column], y: titleBox.maxY, width: columnWidth,
                classes: ["caption"])
        }
        boxes += headers
        let top = (headers.map(\.maxY).max() ?? titleBox.maxY) + 8
        var frames: [String: Box] = [:]
        for (column, step) in picture.steps.enumerated() {
            var y = top
            for role in step {
                var box = Self.textBox(
                    [(role.name, .name)] + (role.level.map { [($0, .note)] } ?? [])
                        + (role.isTarget ? [("your target", .note)] : []),
                    x: left[column], y: y, width: columnWidth, classes: ["role"] + (role.isTarget ? ["target"] : []))
                box.label = role.name
                boxes.append(box)
                frames[role.id] = box
                y = box.maxY + 20
            }
        }
        let bottom = boxes.map(\.maxY).max() ?? top
        func laneX(_ gap: Int, _ lane: Int) -> Double {
            (gap == -1 ? Self.margin : left[gap] + columnWidth) + 16 + Double(lane) * laneSpacing
        }
        for route in routes {
            guard let source = frames[route.from], let target = frames[route.to], let column = place[route.to] else { continue }
            let start = Point(x: source.maxX, y: source.y + source.height / 2)
            let end = Point(x: target.x, y: target.y + target.height / 2)
            let out = laneX(place[route.from]!, route.out)
            if let into = route.into, let channel = route.channel {
                let channelY = bottom + 20 + Double(channel) * laneSpacing
                let back = laneX(column - 1, into)
                arrows.append([
                    start, Point(x: out, y: start.y), Point(x: out, y: channelY), Point(x: back, y: channelY),
                    Point(x: back, y: end.y), end,
                ])
            } else {
                arrows.append([start, Point(x: out, y: start.y), Point(x: out, y: end.y), end])
            }
        }
        height = bottom + (channels > 0 ? 20 + Double(channels) * laneSpacing : 0) + Self.margin
    }
}
