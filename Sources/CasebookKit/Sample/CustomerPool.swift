/// The shop's customers: KL-000001 … KL-<customers>. The first few are reserved for the story
/// tickets; the rest complain and buy with uneven propensities, so most complainants write once,
/// some come back, and a few write again and again.
struct CustomerPool {
    let count: Int
    /// Customers `0..<reserved` appear only in the story tickets and their orders.
    let reserved: Int
    private let complaintCumulative: [Double]
    let orderWeight: [Double]
    let orderWeightTotal: Double
    private let orderCumulative: [Double]

    init(count: Int, reserved: Int, random r: inout SplitMix64) {
        self.count = count
        self.reserved = min(reserved, count)
        var complaint: [Double] = [], orders: [Double] = []
        complaint.reserveCapacity(count)
        orders.reserveCapacity(count)
        var complaintSum = 0.0, orderSum = 0.0
        for index in 0..<count {
            let own = index >= self.reserved
            complaintSum += own ? r.logNormal(median: 1, sigma: 0.5) : 0
            complaint.append(complaintSum)
            let weight = own ? r.logNormal(median: 1, sigma: 0.8) : 0
            orderSum += weight
            orders.append(weight)
        }
        complaintCumulative = complaint
        orderWeight = orders
        orderWeightTotal = orderSum
        var running = 0.0
        orderCumulative = orders.map { running += $0; return running }
    }

    /// Customers drawn to complain, skewed towards the few who complain often.
    func complainant(_ r: inout SplitMix64) -> Int { Self.search(complaintCumulative, r.unit()) }

    func buyer(_ r: inout SplitMix64) -> Int { Self.search(orderCumulative, r.unit()) }

    private static func search(_ cumulative: [Double], _ unit: Double) -> Int {
        let target = unit * cumulative[cumulative.count - 1]
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] <= target { low = mid + 1 } else { high = mid }
        }
        return low
    }

    static func writeId(_ index: Int, to writer: inout ByteWriter) {
        writer.text("KL-")
        writer.int(index + 1, width: 6)
    }
}
