/// Placeholder until the case writer lands.
struct SampleContent {
    let data: SampleData
    let seed: UInt64
    func write(cases: Int, into sink: SampleSink) throws {}
}
