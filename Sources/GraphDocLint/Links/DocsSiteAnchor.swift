import GraphDocIR

/// The anchors a page offers on the docs site (learn.microsoft.com, built by DocFX).
///
/// DocFX gives each heading the id Markdig's auto-identifiers make in GitHub mode: the heading's text
/// as rendered without markup (code spans keep their content, HTML is dropped), lowercased, each space
/// turned into `-`, every character that is not a letter, a digit, `-` or `_` dropped; an empty result
/// is `section`; a repeated id gets `-1`, `-2`, ... in document order. HTML on the page adds the names
/// it gives (`<a name="x">`, `id="x"`).
enum DocsSiteAnchor {
    /// The id the docs site gives a heading with this text.
    static func slug(_ headingText: String) -> String {
        var slug = ""
        for scalar in LinkPath.trimmed(headingText).unicodeScalars {
            if scalar == " " {
                slug += "-"
            } else if scalar.isASCII {
                // The common case, without building a String per character.
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): slug.unicodeScalars.append(Unicode.Scalar(byte + 32))
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                    slug.unicodeScalars.append(scalar)
                default: break
                }
            } else if isLetterOrDigit(scalar) {
                slug += String(scalar).lowercased()
            }
        }
        return slug
    }

    /// Every anchor of a page: its headings' ids (repeats numbered) and the names its HTML gives.
    static func anchors(of links: PageLinks) -> Set<String> {
        var anchors: Set<String> = []
        for heading in links.headings {
            let base = slug(heading).isEmpty ? "section" : slug(heading)
            var id = base
            var repeatNumber = 0
            while !anchors.insert(id).inserted {
                repeatNumber += 1
                id = "\(base)-\(repeatNumber)"
            }
        }
        anchors.formUnion(links.htmlAnchors)
        return anchors
    }

    /// .NET's `char.IsLetterOrDigit`: any letter, or a decimal digit.
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: true
        default: false
        }
    }
}
