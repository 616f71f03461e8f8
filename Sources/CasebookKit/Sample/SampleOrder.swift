/// One generated order: wall-clock minute from the first day, amount in grosze.
struct SampleOrder {
    var customer: Int32
    var minute: Int32
    var cents: Int32
}
