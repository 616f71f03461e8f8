/// The small playbook set a `--cases` sample ships with, and the site.yml beside it.
enum SamplePlaybooks {
    struct Step {
        let key: String
        let label: String
    }

    struct Playbook {
        let slug: String
        let title: String
        let summary: String
        let steps: [Step]
        let body: String
    }

    static let fourSteps = "cztery-kroki", crisis = "zasady-5p", returns = "granice-i-zwroty",
               balance = "koszt-trudnego-klienta", host = "dobry-gospodarz"

    static let all: [Playbook] = [
        Playbook(slug: fourSteps, title: "Cztery kroki w rozmowie ze zdenerwowanym klientem",
                 summary: "Przeprosiny, zrozumienie, jedna osoba prowadząca i wiążąca odpowiedź z datą — najpóźniej w 7 dni.",
                 steps: [Step(key: "przeprosiny", label: "Przeproś za sytuację"),
                         Step(key: "zrozumienie", label: "Wysłuchaj i dopytaj o szczegóły"),
                         Step(key: "odpowiedzialnosc", label: "Przejmij sprawę imiennie"),
                         Step(key: "termin", label: "Podaj datę wiążącej odpowiedzi")],
                 body: """
                 Złość klienta rzadko dotyczy nas osobiście — zwykle dotyczy zepsutego planu. Zaczynamy od
                 przeprosin za sytuację, zanim cokolwiek wyjaśnimy. Potem słuchamy i zadajemy pytania,
                 które pokazują, że traktujemy problem poważnie.

                 Sprawę przejmuje jedna, przedstawiona z imienia osoba i prowadzi ją do końca. Rozmowę
                 kończymy konkretem: co się teraz wydarzy i kiedy klient dostanie wiążącą odpowiedź —
                 nigdy później niż w 7 dni.
                 """),
        Playbook(slug: crisis, title: "Zasady 5 P, gdy reklamacja wychodzi na zewnątrz",
                 summary: "Przeproś, przygotuj się, przeciwdziałaj, popraw się i powetuj — gdy klient pisze publicznie.",
                 steps: [Step(key: "przepros", label: "Przeproś, zanim zaczniesz tłumaczyć"),
                         Step(key: "przygotuj", label: "Miej dyżur i gotowe pierwsze odpowiedzi"),
                         Step(key: "przeciwdzialaj", label: "Reaguj szybko, nie usuwaj krytyki"),
                         Step(key: "popraw", label: "Usuń przyczynę i powiedz o tym"),
                         Step(key: "zrekompensuj", label: "Dodaj drobny gest dobrej woli")],
                 body: """
                 Publiczny wpis czytają setki osób, które nie znają szczegółów sprawy. Odpowiadamy szybko,
                 spokojnie i pod wpisem, a szczegóły przenosimy do wiadomości prywatnej.

                 Krytyki nie usuwamy. Szukamy przyczyny, naprawiamy ją i piszemy o tym otwarcie. Drobny,
                 nieoczekiwany gest — bon, darmowa dostawa, odręczny liścik — często zamyka sprawę lepiej
                 niż najdłuższe wyjaśnienia.
                 """),
        Playbook(slug: returns, title: "Zwroty: 14 dni ustawy, 30 dni naszej gwarancji",
                 summary: "Najpierw sprawdzamy okno zwrotu; w 30 dniach przyjmujemy zwrot bez pytań, po terminie uprzejmie odmawiamy.",
                 steps: [Step(key: "regulamin_zwrotow", label: "Sprawdź, w którym oknie zwrotu jest klient"),
                         Step(key: "gwarancja_30_dni", label: "Przyjmij zwrot w ramach gwarancji"),
                         Step(key: "odmowa_po_terminie", label: "Po terminie odmów uprzejmie i stanowczo"),
                         Step(key: "rowne_zasady", label: "Stosuj te same zasady wobec wszystkich")],
                 body: """
                 Ustawa daje konsumentowi 14 dni na odstąpienie od umowy zawartej na odległość. My dajemy
                 więcej: 30 dni gwarancji zwrotu pieniędzy, bez podawania przyczyny.

                 Po 30 dniach odmawiamy — uprzejmie, z datami i tak samo każdemu. Wyjątek wymaga
                 udokumentowanego powodu i zgody kierowniczki obsługi klienta, a raport pokazuje każdy
                 taki przypadek osobno.
                 """),
        Playbook(slug: balance, title: "Bilans trudnego klienta",
                 summary: "Rozpoznaj typ klienta, policz koszt obsługi wobec przychodu i świadomie zdecyduj o współpracy.",
                 steps: [Step(key: "rozpoznanie_typu", label: "Rozpoznaj typ klienta"),
                         Step(key: "bilans_kosztow", label: "Policz koszt obsługi i przychód"),
                         Step(key: "decyzja_o_wspolpracy", label: "Zdecyduj o dalszej współpracy")],
                 body: """
                 Etykieta typu klienta nie jest oceną człowieka, tylko podpowiedzią, które postępowanie
                 zadziała. Zanim zdecydujemy o ustępstwach, liczymy czas pracy i gesty dobrej woli wobec
                 tego, ile klient u nas kupuje.

                 Rezerwa na obsługę reklamacji to 2–5% przychodu. Gdy jeden klient trwale ją przekracza,
                 rozmawiamy o warunkach współpracy — spokojnie i na piśmie.
                 """),
        Playbook(slug: host, title: "Dobry gospodarz dla nowego klienta",
                 summary: "Zagubionego klienta witamy jak gościa, prowadzimy przez pierwsze użycie i zostawiamy kontakt do opiekuna.",
                 steps: [Step(key: "powitanie", label: "Przywitaj i zapytaj o potrzeby"),
                         Step(key: "instrukcja", label: "Przeprowadź przez pierwsze użycie"),
                         Step(key: "kontakt_opiekuna", label: "Zostaw bezpośredni kontakt")],
                 body: """
                 „Nie działa” od nowego klienta często znaczy „nie wiem, jak zacząć”. Zamiast procedury
                 reklamacyjnej proponujemy rozmowę: po co klient kupił produkt i co chce nim osiągnąć.

                 Przechodzimy razem przez pierwsze uruchomienie, a na koniec zostawiamy numer do osoby,
                 która odbierze telefon przez najbliższe tygodnie.
                 """),
    ]

    static func markdown(_ playbook: Playbook, order: Int) -> String {
        var text = "---\ntitle: \"\(playbook.title)\"\norder: \(order)\nsummary: \"\(playbook.summary)\"\nsteps:\n"
        for step in playbook.steps { text += "  - { key: \(step.key), label: \"\(step.label)\" }\n" }
        return text + "---\n\n" + playbook.body + "\n"
    }

    static let siteFile = """
    # Dane przykładowe wygenerowane przez `casebook sample`.
    title: "Reklamacje — dane przykładowe"
    language: pl
    timezone: Europe/Warsaw
    currency: PLN
    as_of: 2026-06-30

    """
}
