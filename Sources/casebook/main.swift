import CasebookKit
let z = TimeZoneRules(identifier: "Europe/Warsaw")!
// 2026-03-29 02:30 local (spring) -> should be 01:30Z
let d = LocalDate(year: 2026, month: 3, day: 29)!
let i = z.instant(localSeconds: Int64(d.daysSinceEpoch) * 86400 + 2*3600 + 1800)
print(i.seconds - Int64(d.daysSinceEpoch) * 86400) // expect 5400
let d2 = LocalDate(year: 2026, month: 10, day: 25)!
let i2 = z.instant(localSeconds: Int64(d2.daysSinceEpoch) * 86400 + 2*3600 + 1800)
print(i2.seconds - Int64(d2.daysSinceEpoch) * 86400) // expect 1800 (00:30Z, CEST)
let i3 = z.instant(localSeconds: Int64(d2.daysSinceEpoch) * 86400 + 3*3600 + 1800)
print(i3.seconds - Int64(d2.daysSinceEpoch) * 86400) // 03:30 CET = 02:30Z = 9000
print(z.localDate(Instant(seconds: Int64(d2.daysSinceEpoch) * 86400 - 1800)))  // 23:30Z prev day -> 01:30 local on 10-25
