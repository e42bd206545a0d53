/// An `Edm.Duration` in ISO 8601 form (`PT1H30M`, `P2DT3.5S`, `-P1W`), kept as written.
public struct GraphDuration: GraphTextValue {
    public let text: String

    public init(text: String) { self.text = text }

    /// The designated parts of the duration, or `nil` when ``text`` is malformed.
    public struct Parts: Hashable, Sendable {
        public var negative = false
        public var years = 0.0, months = 0.0, weeks = 0.0, days = 0.0
        public var hours = 0.0, minutes = 0.0, seconds = 0.0
    }

    public var parts: Parts? {
        var s = ASCIIScanner(text)
        var parts = Parts()
        parts.negative = s.take(UInt8(ascii: "-"))
        guard s.take(UInt8(ascii: "P")) else { return nil }
        var inTime = false
        var sawAny = false
        while !s.isAtEnd {
            if !inTime, s.take(UInt8(ascii: "T")) {
                inTime = true
                continue
            }
            guard var number = s.digitRun() else { return nil }
            if s.take(UInt8(ascii: ".")) || s.take(UInt8(ascii: ",")) {
                guard let fraction = s.digitRun() else { return nil }
                number += "." + fraction
            }
            guard let value = Double(number), let unit = s.peek else { return nil }
            s.index += 1
            switch (inTime, unit) {
            case (false, UInt8(ascii: "Y")): parts.years = value
            case (false, UInt8(ascii: "M")): parts.months = value
            case (false, UInt8(ascii: "W")): parts.weeks = value
            case (false, UInt8(ascii: "D")): parts.days = value
            case (true, UInt8(ascii: "H")): parts.hours = value
            case (true, UInt8(ascii: "M")): parts.minutes = value
            case (true, UInt8(ascii: "S")): parts.seconds = value
            default: return nil
            }
            sawAny = true
        }
        return sawAny ? parts : nil
    }

    /// The length in seconds when it has no years or months (whose length varies), else `nil`.
    public var timeInterval: Double? {
        guard let p = parts, p.years == 0, p.months == 0 else { return nil }
        let seconds = ((p.weeks * 7 + p.days) * 24 + p.hours) * 3600 + p.minutes * 60 + p.seconds
        return p.negative ? -seconds : seconds
    }

    public var formatProblem: String? {
        parts == nil ? "expected an ISO 8601 duration such as PT1H30M, found \"\(text)\"" : nil
    }
}
