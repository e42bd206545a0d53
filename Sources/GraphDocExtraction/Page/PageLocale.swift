import Foundation
import GraphDocMarkdown

/// Decides a page's locale: front matter first, then the script of side-by-side translated spans or
/// of the text, then a locale folder in the path.
enum PageLocale {
    /// Counts scalars by script to tell the language of translated text.
    struct ScriptCounter {
        var han = 0, kana = 0, hangul = 0, cyrillic = 0, latin = 0

        /// Letters seen so far; a few thousand tell the script, so counting stops there.
        var total: Int { han + kana + hangul + cyrillic + latin }

        mutating func count(_ text: String) {
            guard total < 4000 else { return }
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x41...0x5A, 0x61...0x7A: latin += 1
                case 0x0400...0x04FF: cyrillic += 1
                case 0x3040...0x30FF: kana += 1
                case 0xAC00...0xD7AF: hangul += 1
                case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
                default: break
                }
            }
        }

        /// The locale the non-Latin script suggests, or `nil` when the text is essentially Latin.
        var locale: String? {
            let best = [("ja-JP", kana), ("ko-KR", hangul), ("ru-RU", cyrillic), ("zh-CN", han)].max { $0.1 < $1.1 }!
            if kana > 0, kana * 5 >= han { return "ja-JP" }
            return best.1 >= 4 ? best.0 : nil
        }
    }

    static func normalize(_ tag: String) -> String {
        let parts = tag.trimmedBlanks.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let language = parts.first else { return tag }
        guard parts.count > 1 else { return language.lowercased() }
        return language.lowercased() + "-" + parts.dropFirst().map { $0.count == 2 ? $0.uppercased() : $0.capitalized }.joined(separator: "-")
    }

    /// A `xx-yy` folder in the path (`docs/zh-cn/...`).
    static func fromPath(_ path: String) -> String? {
        // By bytes: Character properties showed in profiles, and locale folders are ASCII.
        for component in path.utf8.split(separator: UInt8(ascii: "/")) where component.count == 5 {
            let bytes = Array(component)
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
            if bytes[2] == UInt8(ascii: "-"), isLetter(bytes[0]), isLetter(bytes[1]), isLetter(bytes[3]), isLetter(bytes[4]) {
                return normalize(String(decoding: bytes, as: UTF8.self))
            }
        }
        return nil
    }
}
