#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Wall time, CPU time and peak memory per stage; it only feeds the report, never the output.
struct StageClock {
    private var lastWall = ContinuousClock.now
    private var lastCPU = ProcessUsage.now().cpuSeconds

    mutating func lap(_ stage: String, into report: inout BuildReport) {
        let now = ContinuousClock.now, usage = ProcessUsage.now()
        let wall = now - lastWall
        report.timings.append(.init(stage: stage,
                                    seconds: Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18,
                                    cpuSeconds: usage.cpuSeconds - lastCPU,
                                    peakBytes: usage.peakBytes))
        lastWall = now
        lastCPU = usage.cpuSeconds
    }
}

/// The process's CPU time (user + system, all threads) and its peak resident memory so far.
struct ProcessUsage {
    var cpuSeconds: Double
    var peakBytes: Int

    static func now() -> ProcessUsage {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)  // Glibc imports the selector as an enum
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        #if canImport(Darwin)
        let peak = Int(usage.ru_maxrss)  // bytes on Darwin
        #else
        let peak = Int(usage.ru_maxrss) * 1024  // KiB on Linux
        #endif
        return ProcessUsage(cpuSeconds: cpu, peakBytes: peak)
    }
}
