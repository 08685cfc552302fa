@testable import CareerCore
import Testing

@Suite("Folding text for matching")
struct TextFoldingTests {
    @Test("A '+' or '#' ending a word is spelled out, so C, C# and C++ are three names; elsewhere it separates")
    func signsEndingAWord() {
        #expect(TextFolding.key("C++") == "cplusplus")
        #expect(TextFolding.key("C#") == "csharp")
        #expect(TextFolding.key("C") == "c")
        #expect(TextFolding.key("a + b") == "ab")
        #expect(TextFolding.key("Café++") == "cafeplusplus")
        #expect(TextFolding.words("Notepad++ and C#, or +x") == ["notepadplusplus", "and", "csharp", "or", "x"])
    }

    @Test("Every way of folding agrees: the key, the words, the folded text search keeps, and the byte compare")
    func everyPathAgrees() {
        for text in ["C++", "Objective-C", "F# and C#", "a + b", "Naïve Bayes++", "ML-Engineer's", "+x", "x+y"] {
            let key = TextFolding.key(text)
            #expect(key == TextFolding.words(text).joined(), "\(text)")
            #expect(String(decoding: FoldedText(text).key, as: UTF8.self) == key, "\(text)")
            #expect(TextFolding.key(of: text, equals: Array(key.utf8)), "\(text)")
            #expect(FoldedText.wordCount(Substring(text.split(separator: " ").first ?? "")) == TextFolding.words(String(text.split(separator: " ").first ?? "")).count, "\(text)")
        }
    }
}
