import CareerCore
import Testing

@testable import careers

/// The browser without a terminal: keys in, state and screen lines out.
@Suite("The browser's model and screen")
struct BrowseModelTests {
    /// A browser on the bundled guide, `width` × `height`, with an empty plan.
    struct Browser {
        let model = BrowserModel(guide: BrowseGuide(context: Context(catalog: .bundled, invocation: Invocation())))
        var state = BrowserState()
        var effects: [BrowserEffect] = []

        init(width: Int = 100, height: Int = 24, color: Bool = false) {
            (state.width, state.height, state.color) = (width, height, color)
        }

        /// Presses the keys `bytes` decode to, as a terminal would send them.
        mutating func press(_ bytes: String) {
            for key in Key.decode(Array(bytes.utf8)) {
                if let effect = model.update(&state, key) { effects.append(effect) }
            }
        }

        var screen: [String] { Screen(model: model).lines(state) }
        var text: String { screen.joined(separator: "\n") }
    }

    static let up = "\u{1B}[A", down = "\u{1B}[B", right = "\u{1B}[C", left = "\u{1B}[D", tab = "\t", backTab = "\u{1B}[Z"
    static let enter = "\r", escape = "\u{1B}", backspace = "\u{7F}"

    /// Every line of the screen within the width, and exactly as many as the height.
    func expectFits(_ browser: Browser, _ comment: Comment? = nil) {
        let screen = browser.screen
        #expect(screen.count == browser.state.height, comment)
        for line in screen {
            #expect(Cells.width(line) <= browser.state.width, "\(line)")
        }
    }

    @Test("Keys decode from the bytes a terminal sends")
    func decodingKeys() {
        #expect(Key.decode(Array("\u{1B}[A\u{1B}[B\u{1B}OC\u{1B}[D".utf8)) == [.up, .down, .right, .left])
        #expect(Key.decode(Array("\r\t\u{1B}[Z\u{7F}\u{1B}\u{3}".utf8)) == [.enter, .tab, .backTab, .backspace, .escape, .interrupt])
        #expect(Key.decode(Array("\u{1B}[5~\u{1B}[6~\u{1B}[H\u{1B}[4~".utf8)) == [.pageUp, .pageDown, .home, .end])
        #expect(Key.decode(Array("jé/".utf8)) == [.character("j"), .character("é"), .character("/")])
        #expect(Key.decode([0x1B, 0x5B]) == [.escape])
        #expect(Key.decode([0x01, 0xFF]) == [.other, .other])
    }

    @Test("The first screen, whole: roles listed, the first one's page beside them")
    func firstScreen() {
        let browser = Browser(width: 92, height: 8)
        #expect(
            browser.screen == [
                "careers browse   [1 roles]  2 skills  3 phases  4 projects  5 certs  6 tips  7 topics",
                "> Machine Learning Engineer       │Machine Learning Engineer",
                "  Data Scientist                  │",
                "  Research Scientist              │  Designs, implements and maintains machine learning",
                "  AI Specialist                   │  systems, and is often responsible for training models,",
                "  Language Model Engineer         │  including fine-tuning LLMs for specific tasks.",
                "  Junior AI Researcher            │  Level:        entry",
                "↑↓ move  Enter open  ←→ kind  / search  d/l/s/c mark  t target  ? keys  q quit",
            ])
    }

    @Test("Narrow: the list alone, then the page alone once opened")
    func narrow() {
        var browser = Browser(width: 50, height: 10)
        #expect(browser.screen[1] == "> Machine Learning Engineer")
        #expect(!browser.text.contains("│"))
        browser.press(Self.down + Self.enter)
        #expect(browser.state.focus == .page)
        #expect(browser.screen[1] == "Data Scientist")
        expectFits(browser)
        browser.press(Self.backspace)
        #expect(browser.state.focus == .list)
        #expect(browser.screen[2] == "> Data Scientist")
    }

    @Test("j/k and arrows move; the list scrolls as a window, the selection always on screen")
    func movingAndScrolling() {
        var browser = Browser(width: 100, height: 10)
        browser.press("2")
        #expect(browser.state.kind == .skill)
        browser.press(String(repeating: "j", count: 30))
        #expect(browser.state.selection == 30)
        #expect(browser.state.listTop == 30 - 8 + 1)
        let name = browser.model.guide.row(.skill, 30)!.name
        #expect(browser.screen[8].hasPrefix("> \(name)"))
        browser.press("kk" + Self.up)
        #expect(browser.state.selection == 27)
        browser.press("G")
        #expect(browser.state.selection == browser.model.guide.count(.skill) - 1)
        browser.press("g")
        #expect(browser.state.selection == 0 && browser.state.listTop == 0)
        expectFits(browser)
    }

    @Test("Keys switch the kind listed: digits, and ← → in turn")
    func switchingKinds() {
        var browser = Browser()
        browser.press(Self.right)
        #expect(browser.state.kind == .skill)
        browser.press(Self.left + Self.left)
        #expect(browser.state.kind == .topic)
        browser.press("3")
        #expect(browser.state.kind == .phase)
        #expect(browser.screen[1].hasPrefix("> Phase") || browser.screen[1].contains("Foundations"))
    }

    @Test("/ searches as you type with the ranked search; Enter opens the top result; Escape cancels")
    func searching() {
        var browser = Browser()
        browser.press("/pyth")
        #expect(browser.state.focus == .search)
        let expected = Search(catalog: .bundled).search("pyth", limit: 22).map(\.ref)
        #expect(browser.state.results.map(\.ref) == expected)
        #expect(browser.screen.last!.hasPrefix("/pyth_"))
        browser.press(Self.escape)
        #expect(browser.state.focus == .list && browser.state.query.isEmpty)
        browser.press("/python" + Self.enter)
        #expect(browser.state.focus == .page)
        #expect(browser.state.page == ItemRef(.skill, "python"))
        #expect(browser.state.kind == .skill)
        #expect(browser.screen[1].hasSuffix("│Python"))
        // q typed in a search is a letter, not quit.
        browser.press("/q")
        #expect(!browser.state.quit && browser.state.query == "q")
    }

    @Test("Tab selects the page's links, Enter follows one, Backspace and h go back")
    func linksAndHistory() {
        var browser = Browser()
        browser.press(Self.enter)
        #expect(browser.state.page == ItemRef(.role, "ml-engineer") || browser.state.page?.kind == .role)
        let role = browser.state.page!
        let page = browser.model.page(browser.state)!
        #expect(!page.links.isEmpty)
        browser.press(Self.tab)
        #expect(browser.state.link == 0)
        #expect(browser.text.contains("> \(page.links[0].relation): \(page.links[0].name)"))
        browser.press(Self.backTab)
        #expect(browser.state.link == page.links.count - 1)
        browser.press(Self.tab + Self.enter)
        #expect(browser.state.page == page.links[0].ref)
        browser.press("h")
        #expect(browser.state.page == role)
        #expect(browser.state.link == 0)
        browser.press(Self.backspace)
        #expect(browser.state.focus == .list)
        browser.press(Self.backspace)
        #expect(browser.state.message == "Nothing to go back to.")
    }

    @Test("Links follow the growth path, the phase that teaches a skill, and sources")
    func linksOfAPage() {
        let catalog = Catalog.bundled
        let skill = BrowsePage.links(of: ItemRef(.skill, "python"), catalog: catalog, plan: Plan())
        #expect(skill.contains { $0.relation == "Taught in" && $0.ref.kind == .phase && $0.name == "Phase 1: Foundations" })
        #expect(skill.contains { $0.ref.kind == .source })
        let withNext = catalog.roles().first { !$0.next.isEmpty }!
        let role = BrowsePage.links(of: ItemRef(.role, withNext.id), catalog: catalog, plan: Plan())
        #expect(role.contains { $0.relation == "Leads to" && $0.ref == ItemRef(.role, withNext.next[0]) })
        let withSkills = catalog.roles().first { !$0.skills.isEmpty }!
        let skills = BrowsePage.links(of: ItemRef(.role, withSkills.id), catalog: catalog, plan: Plan())
        #expect(skills.contains { $0.relation == "Skill" && $0.ref == ItemRef(.skill, withSkills.skills[0].skills[0]) })
    }

    @Test("A source cited by more items than its page links to says how many more there are")
    func sourceCitedByMany() throws {
        let skills = (1...250).map {
            #"{"id": "skill-\#($0)", "name": "Skill \#($0)", "aliases": [], "category": "core", "description": "One.", "sources": ["handbook"]}"#
        }
        let pack = try SyntheticPack(["skills.json": "[" + skills.joined(separator: ",\n") + "]", "foundations.json": "[]",
            "roles.json": SyntheticPack.files["roles.json"]!.replacing("testing", with: "skill-1").replacing("mentoring", with: "skill-2"),
            "roadmap.json": SyntheticPack.files["roadmap.json"]!.replacing("swift", with: "skill-3")])
        defer { pack.remove() }
        let catalog = try Catalog(directory: pack.path)
        let context = Context(catalog: catalog, invocation: Invocation())
        let page = BrowsePage.make(ItemRef(.source, "handbook"), context: context, plan: Plan(), width: 80, color: false)
        #expect(page.links.count == BrowsePage.citedLinks)
        // 250 skills, 2 roles and a phase cite it; 200 are linked.
        #expect(page.lines.last == "  … and 53 more items cite it", "\(page.lines.suffix(2))")
    }

    @Test("d l s c mark skills, projects and certifications; other kinds say so; t targets a role")
    func marksAndTarget() {
        var browser = Browser()
        browser.press("d")
        #expect(browser.effects.isEmpty)
        #expect(browser.state.message?.hasPrefix("Only skills, projects and certifications can be marked") == true)
        #expect(browser.screen.last!.hasPrefix("Only skills"))
        browser.press("t")
        let role = browser.model.guide.row(.role, 0)!.ref
        #expect(browser.effects == [.target(role)])
        browser.press("2dlsc")
        let skill = browser.model.guide.row(.skill, 0)!.ref
        #expect(browser.effects.dropFirst() == [.mark(skill, .done), .mark(skill, .learning), .mark(skill, .skipped), .mark(skill, nil)])
        browser.press("t")
        #expect(browser.state.message?.hasPrefix("Only a role can be the target") == true)
        // A mark in the plan shows in the list and on the page at once.
        browser.state.plan.set(.done, on: [skill])
        #expect(browser.screen[1].contains("[done]"))
        #expect(browser.text.contains("Status:    done"))
    }

    @Test("? shows the keys; any key closes them; q and Ctrl-C quit")
    func keysAndQuitting() {
        var browser = Browser()
        browser.press("?")
        #expect(browser.text.contains("Backspace  h"))
        browser.press("j")
        #expect(!browser.state.showingKeys && browser.state.selection == 0)
        browser.press("q")
        #expect(browser.state.quit)
        #expect(!browser.state.interrupted)
        var other = Browser()
        other.press("/abc\u{3}")
        #expect(other.state.quit && other.state.interrupted)
        #expect(Key.decode([0x1A]) == [.suspend])
    }

    @Test("The keys wrap to a narrow screen, none cut short")
    func keysOnANarrowScreen() {
        var browser = Browser(width: 50, height: 40)
        browser.press("?")
        // The bars above and below are cut to the width by design; the keys between them are not.
        let screen = browser.screen.dropFirst().dropLast().joined(separator: "\n")
        #expect(!screen.contains("…"), "\(screen)")
        for word in ["topics", "Ctrl-Z", "'fg'", "G", "Any key closes this; q quits."] { #expect(screen.contains(word), "\(word)") }
    }

    @Test("Every screen of a walk fits its size exactly, from tiny to wide, with and without colour")
    func everyScreenFits() {
        let walk = ["", "j", "jjjj", Self.enter, Self.tab, Self.tab + Self.enter, "h", "/deep lear", Self.down, Self.enter, "?", "x",
            "5", "G", Self.enter, "    ", "7", Self.enter, Self.tab]
        for (width, height) in [(20, 3), (30, 6), (50, 12), (80, 24), (91, 20), (140, 40), (240, 70)] {
            for color in [false, true] {
                var browser = Browser(width: width, height: height, color: color)
                for keys in walk {
                    browser.press(keys)
                    expectFits(browser, "\(width)×\(height) after \(keys.debugDescription)")
                    if !color { #expect(!browser.text.contains("\u{1B}")) }
                }
            }
        }
    }

    @Test("Cutting to a width counts columns, not bytes or escape sequences")
    func cells() {
        #expect(Cells.width("\u{1B}[1mabc\u{1B}[0m") == 3)
        #expect(Cells.width("日本") == 4)
        #expect(Cells.fit("abcdef", 4) == "abc…")
        #expect(Cells.fit("ab", 4, pad: true) == "ab  ")
        #expect(Cells.fit("\u{1B}[7mabcdef", 3) == "\u{1B}[7mab…\u{1B}[0m")
        #expect(Cells.width(Cells.fit("日本語の文", 5)) <= 5)
    }
}
