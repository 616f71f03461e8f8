/// An append-only byte buffer with the few number and date forms the sample files need, written
/// digit by digit: a million rows through String interpolation or formatters would take seconds.
struct ByteWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    @inline(__always) mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ value: [UInt8]) { bytes.append(contentsOf: value) }

    /// A non-negative integer, zero-padded to at least `width` digits.
    mutating func int(_ value: Int, width: Int = 1) {
        precondition(value >= 0)
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value, count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(48 + n % 10)
                n /= 10
                count += 1
            } while n > 0
            while count < width && count < 20 {
                buffer[count] = 48
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// Money in cents as `1234.50`, the plain CSV form.
    mutating func cents(_ value: Int) {
        int(value / 100)
        byte(UInt8(ascii: "."))
        int(value % 100, width: 2)
    }

    /// Money in cents the Polish way, `1 234,50 zł`, for the case texts.
    mutating func polishMoney(_ value: Int) {
        let whole = value / 100
        var groups: [Int] = []
        var rest = whole
        repeat {
            groups.append(rest % 1000)
            rest /= 1000
        } while rest > 0
        for (index, group) in groups.reversed().enumerated() {
            if index > 0 { byte(0x20) }
            int(group, width: index == 0 ? 1 : 3)
        }
        byte(UInt8(ascii: ","))
        int(value % 100, width: 2)
        text(" zł")
    }
}
