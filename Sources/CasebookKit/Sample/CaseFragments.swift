/// Sentence fragments the case write-ups are put together from, so that ten thousand generated
/// pages read like different cases rather than one page copied.
enum CaseFragments {
    typealias F = CaseFacts
    typealias Pick = (inout SplitMix64) -> Int

    static func titles(_ f: F) -> [String] {
        switch Int(f.ticket.category) {
        case SampleVocabulary.delivery: return ["Przesyłka, która utknęła w drodze", "Kurier nie dojechał na czas",
                                                "Paczka wróciła do magazynu", "Dostawa opóźniona o tydzień"]
        case SampleVocabulary.quality: return ["Wada, która wyszła po kilku dniach", "„To nie jest jakość, za którą płaciłem”",
                                               "Produkt niezgodny z opisem", "Usterka zaraz po rozpakowaniu"]
        case SampleVocabulary.refund: return ["Prośba o zwrot pieniędzy", "Zwrot, który trzeba było policzyć",
                                              "Odstąpienie od umowy", "Zwrot po namyśle"]
        case SampleVocabulary.warranty: return ["Reklamacja po kilku miesiącach używania", "Usterka w okresie gwarancji",
                                                "Naprawa czy wymiana?"]
        case SampleVocabulary.payment: return ["Podwójnie pobrana płatność", "Płatność, która zawisła w systemie",
                                               "Spór o fakturę i termin zapłaty"]
        case SampleVocabulary.damage: return ["Uszkodzenie w transporcie", "Pęknięcie widoczne dopiero po rozpakowaniu",
                                              "Karton cały, zawartość nie"]
        case SampleVocabulary.invoice: return ["Błąd na fakturze", "Faktura na złe dane firmy", "Korekta faktury"]
        default: return ["Konsultant, który nie oddzwonił", "Sprawa przekazywana z rąk do rąk", "Rozmowa, która poszła nie tak"]
        }
    }

    static func happened(_ f: F, _ r: inout SplitMix64) -> String {
        let bought = f.purchased.map { "\(f.g("kupił", "kupiła")) u nas \(F.polish($0)) \(f.product.name) za \(F.money(f.product.cents))" }
            ?? "\(f.g("kupił", "kupiła")) u nas \(f.product.name) za \(F.money(f.product.cents))"
        let opening = [
            "\(f.client) \(bought). \(F.polish(f.opened).capitalizedFirst) \(f.channelPhrase) ze zgłoszeniem \(f.ticketId).",
            "Zgłoszenie \(f.ticketId) przyszło \(F.polish(f.opened)). \(f.client) \(bought) i \(f.channelPhrase), bo coś poszło nie tak.",
            "\(F.polish(f.opened).capitalizedFirst) \(f.client) \(f.channelPhrase). Chodziło o \(f.product.name) za \(F.money(f.product.cents)); sprawa dostała numer \(f.ticketId).",
        ][r.below(3)]
        let detail: [String]
        switch Int(f.ticket.category) {
        case SampleVocabulary.delivery:
            detail = ["Przesyłka miała dotrzeć w dwa dni, a po pięciu status w systemie kuriera wciąż się nie zmieniał.",
                      "Kurier oznaczył paczkę jako doręczoną, choć nikt jej nie odebrał.",
                      "Dostawa była umówiona na sobotę, ale samochód nie przyjechał, a infolinia przewoźnika milczała."]
        case SampleVocabulary.quality:
            detail = ["Po kilku dniach używania pojawiła się usterka, której nie dało się usunąć według instrukcji.",
                      "Wykończenie odbiegało od zdjęć w sklepie, a jeden element w ogóle nie pasował do reszty.",
                      "Po tygodniu używania coś przestało działać tak, jak powinno, i \(f.client) nie \(f.g("chciał", "chciała")) czekać, aż będzie gorzej."]
        case SampleVocabulary.refund:
            detail = ["Produkt okazał się niepotrzebny i \(f.client) \(f.g("chciał", "chciała")) go po prostu oddać.",
                      "Po namyśle \(f.client) \(f.g("uznał", "uznała")), że zakup był pomyłką, i \(f.g("poprosił", "poprosiła")) o zwrot pieniędzy.",
                      "Kolor i rozmiar nie pasowały do mieszkania, więc padło pytanie, czy zwrot jest jeszcze możliwy."]
        case SampleVocabulary.warranty:
            detail = ["Po kilku miesiącach sprzęt zaczął działać coraz gorzej i w końcu odmówił posłuszeństwa.",
                      "Usterka pojawiła się długo po zakupie, więc trzeba było ustalić, czy obejmuje ją rękojmia."]
        case SampleVocabulary.payment:
            detail = ["Pieniądze zeszły z konta dwa razy, a zamówienie w panelu wciąż czekało na płatność.",
                      "Płatność online została przerwana, a system sklepu nie zapisał ani wpłaty, ani jej braku."]
        case SampleVocabulary.damage:
            detail = ["Karton wyglądał na nienaruszony, ale w środku jeden element był pęknięty.",
                      "Na zdjęciach widać było wgniecenie, które mogło powstać tylko w transporcie."]
        case SampleVocabulary.invoice:
            detail = ["Na fakturze znalazły się dane z poprzedniego zamówienia, a księgowa klienta nie mogła jej przyjąć.",
                      "Faktura nie zawierała numeru NIP, choć był podany przy zamówieniu."]
        default:
            detail = ["Wcześniej \(f.client) dwa razy \(f.g("próbował", "próbowała")) się z nami skontaktować i za każdym razem \(f.g("słyszał", "słyszała")), że ktoś oddzwoni.",
                      "Konsultant obiecał odpowiedź „jutro”, a potem sprawa przeleżała kilka dni bez właściciela."]
        }
        var text = opening + " " + r.element(detail)
        if f.citedIds.count > 1 {
            text += " To nie było pierwsze zgłoszenie tej osoby — wcześniejsze sprawy mają numery "
                + f.citedIds.filter { $0 != f.ticketId }.joined(separator: ", ") + "."
        }
        return text
    }

    static func clientType(_ f: F, _ r: inout SplitMix64) -> String? {
        guard f.ticket.clientType >= 0 else { return nil }
        switch Int(f.ticket.clientType) {
        case SampleVocabulary.justifiedSlow: return "Reklamacja była zasadna, ale nie dało się jej załatwić od ręki: potrzebny był producent, przewoźnik albo część z zagranicy."
        case SampleVocabulary.unjustifiedClaim: return "Fakty nie składały się w całość: zdjęcia, daty i numery nie zgadzały się z tym, co wydaliśmy. Nikogo jednak nie oskarżaliśmy."
        case SampleVocabulary.emotional: return "Rozmowa była bardzo emocjonalna; widać było, że chodzi o coś więcej niż o samą przesyłkę."
        case SampleVocabulary.perfectionist: return "Do pierwszej uwagi szybko dołączyły kolejne — każda drobna, ale razem tworzyły długą listę zastrzeżeń."
        case SampleVocabulary.narcissist: return "W kopii maila znalazł się zarząd, a w treści — żądanie rozmowy z „kimś, kto naprawdę decyduje”."
        case SampleVocabulary.debtor: return "Reklamacja pojawiła się dopiero po przypomnieniu o zaległej płatności."
        case SampleVocabulary.envious: return "W tle było porównanie z kimś, kto „dostał lepsze warunki” — sąsiadem, znajomym albo innym klientem."
        case SampleVocabulary.dislikesUs: return "Ta sama osoba wcześniej kilka razy wystawiała nam najniższe oceny, choć nie zgłaszała reklamacji."
        case SampleVocabulary.confused: return "Z opisu wynikało, że produkt jest najpewniej sprawny, a kłopot leży w pierwszym uruchomieniu."
        case SampleVocabulary.indecisive: return "W ciągu kilku dni zmieniały się oczekiwania: najpierw wymiana, potem zwrot, potem znów wymiana."
        default: return "W mailu padła zapowiedź skargi do urzędu i sprawy w sądzie, jeśli nie dostosujemy się do ultimatum."
        }
    }

    static func step(_ key: String, _ f: F, _ r: inout SplitMix64) -> String {
        let a = f.agent
        let options: [String]
        switch key {
        case "przeprosiny", "przepros":
            options = ["**Przeprosiny.** \(a) \(f.ag("zaczął", "zaczęła")) od przeprosin za sytuację, bez tłumaczenia, czyja to wina.",
                       "**Przeprosiny.** Pierwsze zdanie odpowiedzi brzmiało: „Bardzo przepraszamy, że tak się stało”. Dopiero potem przyszły wyjaśnienia."]
        case "zrozumienie":
            options = ["**Zrozumienie.** \(a) \(f.ag("dopytał", "dopytała")), na kiedy rzecz jest potrzebna i co jest dla \(f.female ? "niej" : "niego") najważniejsze.",
                       "**Zrozumienie.** Zamiast przerywać, pozwoliliśmy opowiedzieć całą historię, a potem powtórzyliśmy ją własnymi słowami."]
        case "odpowiedzialnosc":
            options = ["**Jedna osoba.** \(a) \(f.ag("przedstawił", "przedstawiła")) się z imienia i zapewniła, że sama doprowadzi sprawę do końca.",
                       "**Jedna osoba.** Od tej chwili sprawę \(f.ag("prowadził", "prowadziła")) tylko \(a) — bez przekazywania między działami."]
        case "termin":
            let days = f.answerDays.map { $0 == 0 ? "jeszcze tego samego dnia" : "po \($0) \($0 == 1 ? "dniu" : "dniach")" } ?? "w obiecanym terminie"
            options = ["**Termin.** Padła konkretna data wiążącej odpowiedzi; decyzja przyszła \(days).",
                       "**Termin.** Zamiast „jak najszybciej” \(f.client) \(f.g("usłyszał", "usłyszała")) datę. Wiążąca odpowiedź przyszła \(days)."]
        case "przygotuj":
            options = ["**Przygotowanie.** Wpis wyłapał dyżur w mediach społecznościowych; gotowy wzór pierwszej odpowiedzi pozwolił zareagować w niecałą godzinę."]
        case "przeciwdzialaj":
            options = ["**Reakcja.** Nie usunęliśmy krytyki. Odpowiedź pod wpisem była krótka i spokojna, a szczegóły przenieśliśmy do wiadomości prywatnej.",
                       "**Reakcja.** Odpowiedzieliśmy publicznie jednym akapitem, bez dyskusji o winie, i zaprosiliśmy do rozmowy prywatnej."]
        case "popraw":
            options = ["**Poprawa.** Przyczynę zgłosiliśmy magazynowi i przewoźnikowi; od następnego tygodnia zmieniliśmy sposób pakowania.",
                       "**Poprawa.** Okazało się, że błąd powtarza się w kilku zamówieniach — poprawiliśmy opis produktu i instrukcję."]
        case "zrekompensuj":
            let gesture = f.ticket.compensationCents > 0 ? F.money(Int(f.ticket.compensationCents)) : "kilkadziesiąt złotych"
            options = ["**Gest.** Do rozwiązania dołączyliśmy bon i krótki liścik — razem \(gesture).",
                       "**Gest.** Zwróciliśmy koszt dostawy i dodaliśmy drobny upominek o wartości \(gesture)."]
        case "regulamin_zwrotow":
            let window = f.purchased.map { "\(f.opened - $0). dzień od zakupu" } ?? "dzień zgłoszenia"
            options = ["**Okno zwrotu.** \(a) \(f.ag("zaczął", "zaczęła")) od kalendarza: \(window) — to przesądziło o dalszych krokach.",
                       "**Okno zwrotu.** Najpierw daty: zakup, doręczenie, zgłoszenie. Wyszło, że to \(window)."]
        case "gwarancja_30_dni":
            options = ["**Gwarancja.** Zwrot mieścił się w naszych 30 dniach, więc przyjęliśmy go bez pytań o powód.",
                       "**Gwarancja.** Nie trzeba było niczego uzasadniać — 30 dni gwarancji obejmuje każdy powód."]
        case "odmowa_po_terminie":
            options = ["**Odmowa.** Termin minął, więc odmówiliśmy — uprzejmie, z datami i z informacją, co nadal możemy zrobić.",
                       "**Odmowa.** Odpowiedź była krótka: dziękujemy za zaufanie, ale po 30 dniach zwrotu nie przyjmujemy."]
        case "rowne_zasady":
            options = ["**Te same zasady.** Na pytanie o wyjątek padła odpowiedź, że tak samo traktujemy każdego klienta.",
                       "**Te same zasady.** Nie było „wyjątku dla uspokojenia”; stałe zasady są uczciwe wobec wszystkich."]
        case "rozpoznanie_typu":
            options = ["**Rozpoznanie.** Historia zgłoszeń pokazała powtarzający się wzór — to pomogło dobrać sposób rozmowy.",
                       "**Rozpoznanie.** Zanim cokolwiek zaproponowaliśmy, przeczytaliśmy całą historię współpracy."]
        case "bilans_kosztow":
            options = ["**Bilans.** Policzyliśmy czas obsługi wobec zakupów klienta i odnieśliśmy wynik do rezerwy 2–5% przychodu.",
                       "**Bilans.** Zestawienie godzin pracy, rabatów i zakupów rozstrzygnęło, na jakie ustępstwa nas stać."]
        case "decyzja_o_wspolpracy":
            options = ["**Decyzja.** Ustalenia spisaliśmy w jednym mailu: co robimy, czego nie robimy i na jakich warunkach współpracujemy dalej."]
        case "powitanie":
            options = ["**Powitanie.** Rozmowa zaczęła się od pytania, do czego produkt ma służyć na co dzień, a nie od numeru reklamacji."]
        case "instrukcja":
            options = ["**Pierwsze użycie.** Krok po kroku, na telefonie klienta, przeszliśmy przez konfigurację — zajęło to kwadrans."]
        default:
            options = ["**Kontakt.** Na koniec \(f.client) \(f.g("dostał", "dostała")) numer wewnętrzny do opiekuna na najbliższy miesiąc."]
        }
        return r.element(options)
    }

    static func quote(_ f: F, _ r: inout SplitMix64) -> String {
        let outcome = Int(f.ticket.outcome)
        let lines: [String]
        switch outcome {
        case SampleVocabulary.accepted:
            lines = ["Uznajemy reklamację w całości. Jutro wyślemy \(f.pan == "Pani" ? "Pani" : "Panu") nowy egzemplarz, a uszkodzony odbierze kurier na nasz koszt.",
                     "Przepraszamy za kłopot. Zwrot \(F.money(f.product.cents)) zlecimy dziś, pieniądze powinny być na koncie w ciągu dwóch dni."]
        case SampleVocabulary.rejected:
            lines = ["Rozumiem, że liczył\(f.female ? "a" : "") \(f.pan) na inną odpowiedź. Te same zasady stosujemy wobec każdego klienta, dlatego nie możemy uznać tej reklamacji.",
                     "Dziękujemy za zaufanie. Po sprawdzeniu wszystkich dat i zdjęć nie możemy przyjąć reklamacji; jeśli pojawią się nowe fakty, rozpatrzymy sprawę ponownie."]
        case SampleVocabulary.partial:
            lines = ["Część zastrzeżeń jest zasadna i tę część naprawimy od razu. W pozostałych punktach produkt jest zgodny z opisem.",
                     "Proponujemy wymianę uszkodzonego elementu; rabatu za pozostałe uwagi nie możemy przyznać."]
        case SampleVocabulary.withdrawn:
            lines = ["Cieszę się, że wszystko działa. Gdyby cokolwiek budziło wątpliwości, proszę dzwonić bezpośrednio do mnie."]
        default:
            lines = ["Sprawdzamy sprawę z producentem i przewoźnikiem. Wiążącą odpowiedź dostanie \(f.pan) najpóźniej za 7 dni."]
        }
        return "> " + r.element(lines)
    }

    static func result(_ f: F, _ r: inout SplitMix64) -> String {
        var parts: [String] = []
        switch Int(f.ticket.outcome) {
        case SampleVocabulary.accepted: parts.append("Reklamację uznaliśmy.")
        case SampleVocabulary.rejected: parts.append("Reklamacji nie uznaliśmy.")
        case SampleVocabulary.partial: parts.append("Wynik częściowy: uznaliśmy to, co było zasadne, ale nie wszystkie żądania.")
        case SampleVocabulary.withdrawn: parts.append("\(f.client) \(f.g("wycofał", "wycofała")) zgłoszenie.")
        default: parts.append("Sprawa jest jeszcze otwarta.")
        }
        if let days = f.answerDays {
            parts.append(days <= 7 ? "Wiążąca odpowiedź padła w \(days == 0 ? "dniu zgłoszenia" : "\(days). dniu"), w obiecanych 7 dniach."
                         : "Wiążąca odpowiedź przyszła dopiero w \(days). dniu — po terminie, który obiecujemy.")
        }
        if f.ticket.handlingMinutes > 0 {
            parts.append("Obsługa zajęła ok. \(f.ticket.handlingMinutes) minut pracy.")
        }
        if f.ticket.compensationCents > 0 {
            parts.append("Gest dobrej woli kosztował \(F.money(Int(f.ticket.compensationCents))).")
        }
        if f.ticket.csat > 0 {
            parts.append("W ankiecie po zamknięciu \(f.client) \(f.g("ocenił", "oceniła")) obsługę na \(f.ticket.csat).")
        }
        if f.ticket.isPublic == 1 { parts.append("Sprawa była widoczna publicznie, więc odpowiedź czytali też inni klienci.") }
        return parts.joined(separator: " ")
    }


    /// The ticket's timeline as a small table: what the dashboards count, shown for one case.
    static func timeline(_ f: F, _ calendar: SampleCalendar) -> String {
        func when(_ minute: Int32) -> String {
            guard minute >= 0 else { return "—" }
            let m = Int(minute), inDay = m % SampleCalendar.minutesPerDay
            return F.polish(calendar.date(m / SampleCalendar.minutesPerDay)) + ", "
                + "\(inDay / 60):\(LocalDate.pad(inDay % 60, 2))"
        }
        var rows = [("Zgłoszenie", "\(f.ticketId), \(SampleVocabulary.categories[Int(f.ticket.category)])"),
                    ("Wpłynęło", when(f.ticket.opened)),
                    ("Pierwsza odpowiedź", when(f.ticket.firstResponse)),
                    ("Wiążąca odpowiedź", when(f.ticket.answer)),
                    ("Zamknięcie", f.ticket.resolved >= 0 ? when(f.ticket.resolved) : "sprawa otwarta")]
        if let purchased = f.purchased { rows.insert(("Zakup", F.polish(purchased)), at: 1) }
        return "| Etap | Kiedy |\n|---|---|\n" + rows.map { "| \($0.0) | \($0.1) |" }.joined(separator: "\n")
    }

    static func closing(_ f: F, _ r: inout SplitMix64) -> String {
        let options = [
            "Po wysłaniu odpowiedzi \(f.agent) \(f.ag("dopisał", "dopisała")) w zgłoszeniu krótką notatkę: co ustalono, co obiecano i kiedy sprawdzimy, czy obietnica została dotrzymana. Dzięki temu każda osoba z zespołu mogła w razie potrzeby odpowiedzieć \(f.clientDative) bez dopytywania o szczegóły.",
            "Całą korespondencję prowadziliśmy w jednym wątku, a ustalenia z rozmów telefonicznych potwierdzaliśmy mailem. \(f.client) \(f.g("wiedział", "wiedziała")) w każdej chwili, na jakim etapie jest sprawa i kto się nią zajmuje.",
            "Nie obiecywaliśmy niczego, czego nie mogliśmy sprawdzić sami. Tam, gdzie decyzja zależała od producenta albo przewoźnika, mówiliśmy to wprost i podawaliśmy datę kolejnej informacji — nawet jeśli miała brzmieć „jeszcze nic nowego”.",
            "Ton odpowiedzi był spokojny i rzeczowy, bez urzędowych formułek. \(f.clientDative) \(f.g("zależało", "zależało")) na szybkim konkrecie, więc każdą wiadomość zaczynaliśmy od tego, co się zmieniło, a dopiero potem wyjaśnialiśmy dlaczego.",
        ]
        return r.element(options)
    }

    static let lessons = [
        "Konkretna data odpowiedzi uspokaja bardziej niż obietnica „jak najszybciej”.",
        "Jedna osoba prowadząca oszczędza klientowi powtarzania historii od nowa.",
        "Zasady zwrotów działają tylko wtedy, gdy są takie same dla wszystkich.",
        "Przeprosiny nie są przyznaniem się do winy — są pierwszym krokiem do rozwiązania.",
        "Zdjęcia i numery seryjne zapisane przy pakowaniu skracają każdy spór.",
        "W grudniu nie czekamy na wynik poszukiwań kuriera: wysyłamy zamiennik.",
        "Publiczną krytykę zostawiamy i odpowiadamy pod nią — czytelnicy widzą, jak reagujemy.",
        "Bilans kosztów pozwala spokojnie odmówić ustępstw, które się nie opłacają.",
        "Drobny gest po rozwiązaniu sprawy zostaje w pamięci dłużej niż sama usterka.",
        "Nowy klient, który pisze „nie działa”, często potrzebuje instrukcji, a nie wymiany.",
        "Groźba nie zmienia decyzji — ani na korzyść, ani na niekorzyść klienta.",
        "Każdą przyczynę, którą da się usunąć, zgłaszamy dalej: do magazynu, producenta lub przewoźnika.",
        "Krótka notatka w zgłoszeniu pozwala następnej osobie kontynuować bez pytania o szczegóły.",
        "Telefon w trudnej sprawie zwykle załatwia więcej niż trzy maile.",
    ]

    static let context = [
        "W tym samym tygodniu podobnych zgłoszeń było więcej, dlatego sprawę opisujemy jako przykład dla całego zespołu.",
        "Zespół miał wtedy pełne ręce pracy, a mimo to sprawa nie przeleżała ani dnia bez właściciela.",
        "Historię zgłoszenia można odtworzyć w systemie krok po kroku: kto, kiedy i co obiecał.",
        "Decyzję omówiliśmy na cotygodniowym przeglądzie spraw, żeby podobne zgłoszenia rozwiązywać tak samo.",
    ]
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
