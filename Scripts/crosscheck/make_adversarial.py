#!/usr/bin/env python3
"""Write small hand-made content folders that sit on the boundaries of metrics.md.

    make_adversarial.py --out DIR

One folder per theme (dst, utc-dates, due, retention, no-orders, refunds, csat, sorting, months,
as-of-derived, no-tickets, flags, stats, forms, playbooks); each is a complete content folder.
The comments next to the rows say what the row pins; the crosscheck compares casebook with
the reference on them, and the Swift tests pin the same boundaries by hand.
"""

import argparse
import csv
import os
import shutil

TZ = "timezone: Europe/Warsaw\n"


def write(root, name, site, tickets, orders=None, cases=(), playbooks=(), columns=None,
          order_columns=None):
    d = os.path.join(root, name)
    if os.path.exists(d):
        shutil.rmtree(d)
    os.makedirs(os.path.join(d, "data"))
    with open(os.path.join(d, "site.yml"), "w", encoding="utf-8") as f:
        f.write(site)
    cols = columns or sorted({k for t in tickets for k in t}, key=order_key)
    with open(os.path.join(d, "data", "tickets.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(tickets)
    if orders is not None:
        ocols = order_columns or ["order_id", "customer_id", "ordered_at", "amount"]
        with open(os.path.join(d, "data", "orders.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=ocols, lineterminator="\n")
            w.writeheader()
            w.writerows(orders)
    if playbooks:
        os.makedirs(os.path.join(d, "playbooks"))
        for i, slug in enumerate(playbooks):
            with open(os.path.join(d, "playbooks", f"{slug}.md"), "w", encoding="utf-8") as f:
                f.write(f'---\ntitle: "{slug}"\norder: {i}\nsteps:\n'
                        f'  - {{ key: s_{i}, label: "Krok" }}\n---\nTekst.\n')
    if cases:
        os.makedirs(os.path.join(d, "cases"))
        for i, fm in enumerate(cases):
            with open(os.path.join(d, "cases", f"case-{i}.md"), "w", encoding="utf-8") as f:
                date = "" if "date:" in fm else "date: 2026-01-01\n"
                f.write(f'---\ntitle: "Sprawa {i}"\n{date}{fm}---\nOpis.\n')


ORDER = ["ticket_id", "customer_id", "opened_at", "first_response_at", "answered_at",
         "resolved_at", "channel", "category", "client_type", "justified", "outcome", "csat",
         "handling_minutes", "compensation", "refund", "refund_amount", "purchased_at", "agent",
         "escalated", "reopened", "public", "retained"]


def order_key(c):
    return ORDER.index(c) if c in ORDER else len(ORDER)


def t(id, opened, customer="C1", **kw):
    row = {"ticket_id": id, "customer_id": customer, "opened_at": opened}
    row.update(kw)
    return row


def main():
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    out = ap.parse_args().out
    os.makedirs(out, exist_ok=True)

    # Daylight saving in Europe/Warsaw: 2026-03-29 02:00 -> 03:00, 2026-10-25 03:00 -> 02:00.
    write(out, "dst", TZ + "as_of: 2026-11-30\n", [
        t("D01", "2026-03-29 02:30", first_response_at="2026-03-29 03:30"),  # gap: 0 h
        t("D02", "2026-10-25 02:30", first_response_at="2026-10-25T02:30+01:00"),  # fold: 1 h
        t("D03", "2026-03-28T12:00", answered_at="2026-03-29T12:00", resolved_at="2026-03-29T12:00"),  # 23 h
        t("D04", "2026-10-24T12:00", resolved_at="2026-10-25T12:00"),  # 25 h
        t("D05", "2026-03-22 23:30", answered_at="2026-03-29T23:30"),  # day 7, 6.958 d: met
        t("D06", "2026-10-18", answered_at="2026-10-25T23:59:59"),  # day 7: met
        t("D07", "2026-10-18", answered_at="2026-10-26T00:00:00"),  # day 8: missed
        t("D08", "2026-03-29", answered_at="2026-04-05T00:30"),  # met
        t("D09", "2026-03-28T23:30:00Z", answered_at="2026-04-05T21:59:59Z"),  # local 03-29 .. 04-05 23:59:59: met
        t("D10", "2026-03-28T23:30:00Z", answered_at="2026-04-05T22:00:00Z"),  # .. 04-06 00:00: missed
        t("D11", "2026-10-24T22:30:00Z", answered_at="2026-11-01T22:59:59Z"),  # local 10-25 .. 11-01 23:59:59
        t("D12", "2026-10-25 02:59:59", first_response_at="2026-10-25 03:00:00"),  # 1 h 1 s
        t("D13", "2026-03-29 01:59:59", first_response_at="2026-03-29 03:00:00"),  # 1 s
        t("D14", "2026-03-29T02:00", first_response_at="2026-03-29T03:00"),  # gap start: 0 h
    ])

    # UTC instants that fall on another local date (and month).
    write(out, "utc-dates", TZ + "as_of: 2026-07-31\n", [
        t("U01", "2026-05-31T22:30:00Z", answered_at="2026-06-07T21:59:59Z"),  # June, met day 7
        t("U02", "2026-05-31T22:30:00Z", answered_at="2026-06-08T21:59:59Z"),  # local 06-08 23:59:59: met
        t("U03", "2026-05-31T22:30:00Z", answered_at="2026-06-08T22:00:00Z"),  # local 06-09: missed
        t("U04", "2026-06-30T20:00-05:00", resolved_at="2026-07-15T00:30+02:00"),  # July; statutory met (14)
        t("U05", "2026-01-31T23:30:00Z", answered_at="2026-02-15T22:59:59Z",
          resolved_at="2026-02-28T23:00:00Z"),  # Feb 1 local; resolved local March 1
        t("U06", "2026-06-01T00:30:00+02:00", answered_at="2026-06-15 23:59"),  # statutory day 14
        t("U07", "2026-06-01T00:30:00+02:00", answered_at="2026-06-16 00:00"),  # statutory missed
        t("U08", "2026-06-30T23:59:59+14:00", first_response_at="2026-06-30T10:00:00Z"),  # 0.000278 h
    ], orders=[
        {"order_id": "O1", "customer_id": "C1", "ordered_at": "2026-02-28T23:00:00Z", "amount": "100"},  # March
        {"order_id": "O2", "customer_id": "C1", "ordered_at": "2026-02-28T22:59:59Z", "amount": "50.5"},  # Feb
        {"order_id": "O3", "customer_id": "C2", "ordered_at": "2026-07-31T22:00:00Z", "amount": "7"},  # Aug: after as_of
    ])

    # Open tickets due / not yet due relative to as_of, and ties in the overdue order.
    write(out, "due", TZ + "as_of: 2026-06-30\n", [
        t("N1", "2026-06-23"),  # promise due 06-30 = as_of: not counted
        t("N2", "2026-06-22T23:59:59"),  # due 06-29 < as_of: overdue promise
        t("N3", "2026-06-16T08:00"),  # statutory due 06-30: not counted; promise overdue
        t("N4", "2026-06-15T08:00"),  # statutory overdue
        t("N5", "2026-07-05T08:00"),  # after as_of: not counted
        t("N6", "2026-06-01T08:00", answered_at="2026-06-20T08:00"),  # open, answered late: missed, not overdue
        t("N7", "2026-06-01T08:00", first_response_at="2026-06-02T08:00"),  # a first reply is no answer
        t("N8", "2026-06-01T08:00", resolved_at="2026-06-05T08:00"),  # resolved stands in: met
        t("b-1", "2026-05-01T10:00"),  # ties on opened_at: byte order of ids
        t("B-10", "2026-05-01T08:00:00Z"),  # same instant written in UTC
        t("B-2", "2026-05-01T10:00:00+02:00"),
        t("A", "2026-05-01 10:00"),
        t("Ä", "2026-05-01T10:00"),
        t("a", "2026-05-01T10:00"),
        t("N9", "2026-06-08T00:00:00", answered_at="2026-06-30T12:00"),
        t("N10", "2026-06-16T00:00:00Z"),  # local 06-16 02:00: statutory not due
        t("N11", "2026-06-15T22:30:00Z"),  # local 06-16 00:30: not due (UTC date would say due)
    ])

    # Retention window ends: resolved < ordered_at <= resolved + 90 d (instants); observed windows.
    retention_tickets = [
        t("R1", "2026-01-05T10:00", "K1", resolved_at="2026-01-10T10:00", csat="5"),  # order at resolved: no
        t("R2", "2026-01-05T10:00", "K2", resolved_at="2026-01-10T10:00", csat="2"),  # at +90 d exactly: yes
        t("R3", "2026-01-05T10:00", "K3", resolved_at="2026-01-10T10:00", csat="5"),  # at +90 d + 1 s: no
        t("R4", "2026-01-05T10:00", "K4", resolved_at="2026-01-10T10:00", outcome="accepted"),  # +1 s: yes
        t("R5", "2026-03-20T10:00", "K5", resolved_at="2026-04-01T23:30", csat="4"),  # 04-01 + 90 = as_of: observed
        t("R6", "2026-03-20T10:00", "K5", resolved_at="2026-04-02T00:00", csat="4"),  # not observed
        t("R7", "2026-03-20T10:00", "K5", resolved_at="2026-04-01T22:30:00Z", csat="4"),  # local 04-02: not observed
        t("R8", "2026-01-05T10:00", "K6", resolved_at="2026-01-10T10:00", csat="5"),  # other customer's order: no
        t("R9", "2026-01-05T10:00", "K7", resolved_at="2026-01-10T10:00", csat="1"),  # earlier order only: no
        t("R10", "2026-01-05T10:00", "K8", csat="5"),  # open: no retention
        t("R11", "2026-01-05T10:00", "K9", resolved_at="2026-01-10T10:00", retained="yes"),  # column ignored
    ]
    write(out, "retention", TZ + "as_of: 2026-06-30\n", retention_tickets, orders=[
        {"order_id": "O1", "customer_id": "K1", "ordered_at": "2026-01-10T10:00", "amount": "10"},
        {"order_id": "O2", "customer_id": "K2", "ordered_at": "2026-04-10T09:00:00Z", "amount": "10"},  # = 11:00 CEST
        {"order_id": "O3", "customer_id": "K3", "ordered_at": "2026-04-10T11:00:01", "amount": "10"},
        {"order_id": "O4", "customer_id": "K4", "ordered_at": "2026-01-10T10:00:01", "amount": "0"},
        {"order_id": "O5", "customer_id": "K5", "ordered_at": "2026-05-01T10:00", "amount": "1"},
        {"order_id": "O6", "customer_id": "X6", "ordered_at": "2026-02-01T10:00", "amount": "1"},
        {"order_id": "O7", "customer_id": "K7", "ordered_at": "2026-01-09T10:00", "amount": "1"},
    ])

    # Without orders.csv: retention from the `retained` column, share null.
    write(out, "no-orders", TZ + "as_of: 2026-06-30\n", [
        t("M1", "2026-01-05", "K1", resolved_at="2026-01-10", retained="yes", csat="5", handling_minutes="30"),
        t("M2", "2026-01-05", "K1", resolved_at="2026-01-10", retained="no", csat="5", compensation="20"),
        t("M3", "2026-01-05", "K2", resolved_at="2026-01-10", csat="5"),  # empty: not counted
        t("M4", "2026-01-05", "K3", resolved_at="2026-06-10", retained="yes"),  # window not observed
        t("M5", "2026-01-05", "K4", retained="yes"),  # open
        t("M6", "2026-01-05", "K4", resolved_at="2026-01-06", retained="tak", outcome="rejected"),
    ])
    write(out, "no-orders-no-column", TZ + "as_of: 2026-06-30\n", [
        t("M1", "2026-01-05", "K1", resolved_at="2026-01-10", handling_minutes="90"),
    ])

    # Refund windows: d = local_date(opened_at) - purchased_at.
    refund_rows = []
    for i, (d, refund) in enumerate([(14, "granted"), (14, "refused"), (15, "granted"),
                                     (15, "refused"), (30, "refused"), (30, "granted"),
                                     (31, "granted"), (31, "refused"), (0, "refused"),
                                     (1, "granted"), (400, "granted")]):
        import datetime as dt
        purchased = (dt.date(2026, 5, 20) - dt.timedelta(days=d)).isoformat()
        refund_rows.append(t(f"F{i:02d}", "2026-05-20T12:00", refund=refund,
                             refund_amount=f"{100 + i}.25", purchased_at=purchased))
    refund_rows += [
        t("F20", "2026-05-15T22:30:00Z", refund="refused", purchased_at="2026-05-01"),  # local 05-16: d=15
        t("F21", "2026-05-31T22:30:00Z", refund="granted", purchased_at="2026-05-01",
          refund_amount="1234,56"),  # local 06-01: d=31 outside; decimal comma in a quoted field
        t("F22", "2026-05-20", refund="granted", refund_amount="50"),  # no purchase date: amount only
        t("F23", "2026-05-20", refund="refused", refund_amount="70", purchased_at="2026-05-19"),
        t("F24", "2026-05-20", refund_amount="999"),  # no refund: not summed
        t("F25", "2026-05-20", refund="granted", purchased_at="2026-04-20"),  # d=30, no amount
    ]
    write(out, "refunds", TZ + "as_of: 2026-06-30\n", refund_rows)
    write(out, "refunds-policy", TZ + "as_of: 2026-06-30\npolicy:\n  statutory_withdrawal_days: 10\n"
          "  refund_guarantee_days: 15\n", refund_rows)

    # Well handled: csat when present, else outcome + promise.
    write(out, "csat", TZ + "as_of: 2026-06-30\npolicy:\n  well_handled_csat: 5\n  response_promise_days: 3\n", [
        t("W1", "2026-06-01", resolved_at="2026-06-04T23:59", outcome="accepted"),  # day 3: well
        t("W2", "2026-06-01", resolved_at="2026-06-05T00:00", outcome="accepted"),  # day 4: not
        t("W3", "2026-06-01", answered_at="2026-06-02", resolved_at="2026-06-20", outcome="partial"),  # well
        t("W4", "2026-06-01", answered_at="2026-06-02", resolved_at="2026-06-03", outcome="rejected"),  # not
        t("W5", "2026-06-01", answered_at="2026-06-02", resolved_at="2026-06-03", outcome="withdrawn"),
        t("W6", "2026-06-01", answered_at="2026-06-02", resolved_at="2026-06-03"),  # no outcome: not
        t("W7", "2026-06-01", resolved_at="2026-06-30", outcome="accepted", csat="5"),  # csat wins: well
        t("W8", "2026-06-01", answered_at="2026-06-02", resolved_at="2026-06-03", outcome="accepted", csat="4"),  # not
        t("W9", "2026-06-01", answered_at="2026-06-02", outcome="accepted", csat="5"),  # open: undefined
        t("W10", "2026-06-01", answered_at="2026-06-09", resolved_at="2026-06-03", outcome="partial"),  # answered late
    ])

    # Sorting ties, zero revenue, more than 50 cost_to_serve rows, exact band edge.
    sort_tickets, sort_orders = [], []
    for i in range(60):
        cust = f"S{i:02d}"
        sort_tickets.append(t(f"T{i:03d}", "2026-02-01T10:00", cust, handling_minutes=str(30 + (i % 7) * 15),
                              agent=["anna", "Anna", "Ängel", "Zofia", "zofia", "Anna "][i % 6].strip()))
        if i % 5 != 0:  # every fifth customer has no orders: revenue 0, ratio null
            sort_orders.append({"order_id": f"Z{i:03d}", "customer_id": cust,
                                "ordered_at": "2026-01-15", "amount": str([0, 100, 100, 160, 10][i % 5])})
    # exact edge with high = 0.25: cost 40 (30 min × 80) vs 0.25 × 160 = 40: not listed
    sort_tickets.append(t("EDGE", "2026-02-01", "EDGE", handling_minutes="30"))
    sort_orders.append({"order_id": "ZEDGE", "customer_id": "EDGE", "ordered_at": "2026-01-15", "amount": "160"})
    # zero cost, zero revenue: 0 > 0 is false
    sort_tickets.append(t("ZERO", "2026-02-01", "ZERO", handling_minutes="0"))
    for k in range(4):  # repeat complainants with ties
        for cust, n in (("R-b", 3), ("R-a", 3), ("R-c", 5), ("R-d", 2)):
            if k < n:
                sort_tickets.append(t(f"{cust}-{k}", "2026-02-02", cust))
    write(out, "sorting", TZ + "as_of: 2026-03-31\ntargets:\n  handling_cost_share: [0.125, 0.25]\n",
          sort_tickets, orders=sort_orders)

    # Months: orders start earlier than tickets, empty months, data after as_of.
    write(out, "months", TZ + "as_of: 2026-03-15\n", [
        t("M1", "2025-11-30T23:30", resolved_at="2025-12-01T00:30", handling_minutes="60", csat="5"),
        t("M2", "2026-02-10", resolved_at="2026-04-10", handling_minutes="15", compensation="10"),
        t("M3", "2026-04-01", resolved_at="2026-04-02", handling_minutes="30"),  # after as_of
        t("M4", "2026-03-15T23:59:59", handling_minutes="1"),
    ], orders=[
        {"order_id": "O1", "customer_id": "C1", "ordered_at": "2025-08-31T22:30:00Z", "amount": "10"},  # Sep local
        {"order_id": "O2", "customer_id": "C9", "ordered_at": "2025-12-24", "amount": "0"},
        {"order_id": "O3", "customer_id": "C9", "ordered_at": "2026-03-16", "amount": "1000"},  # after as_of
    ])
    write(out, "months-tickets-only-after", TZ + "as_of: 2026-03-15\n", [
        t("M1", "2026-05-01", handling_minutes="60"),
    ], orders=[{"order_id": "O1", "customer_id": "C1", "ordered_at": "2026-06-01", "amount": "5"}])

    # as_of from the data: the latest local date of any timestamp.
    write(out, "as-of-derived", TZ, [
        t("A1", "2026-07-01T10:00", resolved_at="2026-07-31T22:30:00Z"),  # local 08-01
        t("A2", "2026-07-02T10:00", refund="granted", purchased_at="2026-06-20"),
        t("A3", "2026-07-20T10:00"),
    ], orders=[{"order_id": "O1", "customer_id": "C1", "ordered_at": "2026-07-30T10:00", "amount": "5"}])
    write(out, "as-of-derived-orders", TZ, [
        t("A1", "2026-05-01T10:00", resolved_at="2026-05-02T10:00"),
    ], orders=[{"order_id": "O1", "customer_id": "C1", "ordered_at": "2026-09-30T22:00:00Z", "amount": "5"}])
    write(out, "as-of-derived-first-response", TZ, [
        t("A1", "2026-05-01T10:00", first_response_at="2026-05-20T10:00"),
    ])

    # No tickets at all (header only), with and without orders.
    write(out, "no-tickets", TZ, [], orders=[
        {"order_id": "O1", "customer_id": "C1", "ordered_at": "2026-02-03", "amount": "12.5"},
        {"order_id": "O2", "customer_id": "C2", "ordered_at": "2026-04-03", "amount": "0"},
    ], columns=["ticket_id", "customer_id", "opened_at"])
    write(out, "no-tickets-no-orders", TZ + "as_of: 2026-06-30\n", [],
          columns=["ticket_id", "customer_id", "opened_at"])
    # No data and no as_of: the newest built case's date (drafts are not built).
    write(out, "as-of-from-cases", TZ, [], columns=["ticket_id", "customer_id", "opened_at"],
          playbooks=["a"], cases=["playbooks: [a]\n", "date: 2026-02-01\n", "date: 2026-03-01\ndraft: true\n"])

    # Flags, custom taxonomy, agents missing, booleans in every spelling.
    write(out, "flags", TZ + "as_of: 2026-06-30\nclient_types:\n  - { key: zeta, label: Z }\n"
          "  - { key: alpha, label: A }\n  - { key: unused, label: U }\n", [
        t("G1", "2026-06-01", escalated="yes", reopened="0", public="TAK", client_type="zeta", justified="tak"),
        t("G2", "2026-06-01", escalated="no", reopened="1", public="", client_type="alpha", justified="nie"),
        t("G3", "2026-06-01", escalated="True", reopened="", client_type="zeta", agent="x", justified="TRUE"),
        t("G4", "2026-06-01", escalated="", public="Nie", agent="x", handling_minutes="7,5"),
        t("G5", "2026-06-01", resolved_at="2026-06-02", csat="3", agent="y", outcome="Accepted"),
    ])

    # Statistics: odd and even n, p90 nearest rank.
    stats = []
    for i, hours in enumerate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]):
        stats.append(t(f"P{i}", "2026-06-01T00:00", first_response_at=f"2026-06-01T{hours:02d}:00",
                       answered_at=f"2026-06-{1 + i:02d}T00:00" if i < 9 else "",
                       resolved_at=f"2026-06-{2 + i:02d}T12:00" if i < 3 else ""))
    write(out, "stats", TZ + "as_of: 2026-06-30\n", stats)

    # Every timestamp form.
    write(out, "forms", TZ + "as_of: 2026-06-30\n", [
        t("F1", "2026-05-01", first_response_at="2026-05-01T10:00"),
        t("F2", "2026-05-01 10:00", first_response_at="2026-05-01 10:00:30"),
        t("F3", "2026-05-01T10:00:00Z", first_response_at="2026-05-01 10:00Z"),
        t("F4", "2026-05-01T10:00+02:00", first_response_at="2026-05-01 10:00:00-00:00"),
        t("F5", "2026-12-01T10:00:00+00:00", first_response_at="2026-12-01T23:59:59"),
        t("F6", "2026-05-01T10:00:00-12:00", answered_at="2026-05-08T23:59:59"),
    ])

    # Playbooks: retention per case from its tickets, else its front matter; drafts left out.
    write(out, "playbooks", TZ + "as_of: 2026-06-30\n", [
        t("P1", "2026-01-01", "K1", resolved_at="2026-01-02"),
        t("P2", "2026-01-01", "K2", resolved_at="2026-01-02"),
        t("P3", "2026-06-01", "K3", resolved_at="2026-06-02"),  # not observed
    ], orders=[{"order_id": "O1", "customer_id": "K1", "ordered_at": "2026-02-01", "amount": "5"}],
        playbooks=["b", "a", "empty"], cases=[
        "tickets: [P1]\nplaybooks: [a]\nretained: no\n",  # ticket says retained: counts yes
        "tickets: [P2, P1]\nplaybooks: [a, b]\n",  # any retained: yes
        "tickets: [P2]\nplaybooks: [b]\nretained: yes\n",  # ticket says no: no
        "tickets: [P3]\nplaybooks: [b]\nretained: yes\n",  # ticket has no value: front matter yes
        "playbooks: [b]\n",  # no value at all: not counted
        "playbooks: [a]\nretained: no\n",
        "playbooks: [a]\nretained: yes\ndraft: true\n",  # draft: left out
    ])

    # Policy at its extremes: same-day promise, zero-day window, every customer a repeat one.
    extreme = ("as_of: 2026-06-30\npolicy:\n  response_promise_days: 0\n  statutory_response_days: 1\n"
               "  retention_window_days: 0\n  repeat_complainant_min: 1\n  well_handled_csat: 1\n"
               "  hourly_cost: 80.5\n  statutory_withdrawal_days: 0\n  refund_guarantee_days: 0\n"
               "targets:\n  well_handled_retention: 0.5\n  handling_cost_share: [0, 0]\n")
    write(out, "policy-extremes", TZ + extreme, [
        t("E1", "2026-06-29T10:00", "K1", answered_at="2026-06-29T23:59:59", resolved_at="2026-06-30T00:00",
          outcome="accepted", handling_minutes="1", refund="granted", purchased_at="2026-06-29"),
        t("E2", "2026-06-29T10:00", "K2", answered_at="2026-06-30T00:00", resolved_at="2026-06-30",
          outcome="accepted", csat="1", refund="refused", purchased_at="2026-06-28"),
        t("E3", "2026-06-29T10:00", "K3"),  # promise due 06-29 < as_of: overdue; statutory due 06-30: not
        t("E4", "2026-06-30T10:00", "K4"),  # promise due today: not counted
        t("E5", "2026-06-28T10:00", "K5", resolved_at="2026-06-30T12:00", handling_minutes="0"),
    ], orders=[
        {"order_id": "O1", "customer_id": "K1", "ordered_at": "2026-06-30T00:00", "amount": "0"},
        {"order_id": "O2", "customer_id": "K5", "ordered_at": "2026-06-30T12:00", "amount": "10"},
    ])

    write_zones(out)


ZONES = ["Europe/Warsaw", "America/New_York", "America/Santiago", "Australia/Lord_Howe",
         "Europe/Dublin", "Pacific/Apia", "Asia/Kolkata", "America/Sao_Paulo", "Europe/Moscow",
         "Africa/Casablanca", "America/Havana", "Asia/Tehran", "Pacific/Chatham", "UTC"]


def zone_transitions(zone, start_year, end_year):
    """(utc_seconds, offset_before, offset_after) of every offset change, found hourly."""
    import datetime as dt
    from zoneinfo import ZoneInfo
    tz = ZoneInfo(zone)
    t = dt.datetime(start_year, 1, 1, tzinfo=dt.timezone.utc)
    end = dt.datetime(end_year, 1, 1, tzinfo=dt.timezone.utc)
    out = []
    prev = t.astimezone(tz).utcoffset()
    while t < end:
        nxt = t + dt.timedelta(hours=1)
        off = nxt.astimezone(tz).utcoffset()
        if off != prev:
            lo, hi = t, nxt  # bisect to the second
            while (hi - lo).total_seconds() > 1:
                mid = lo + (hi - lo) / 2
                if mid.astimezone(tz).utcoffset() == prev:
                    lo = mid
                else:
                    hi = mid
            out.append((hi, prev, off))
            prev = off
        t = nxt
    return out


def write_zones(out):
    """One folder per zone: naive local times around every offset change of 2011-2027
    (gaps, repeated hours, changes at midnight, whole skipped days), so the zone rules of
    casebook are checked against Python's zoneinfo."""
    import datetime as dt
    from zoneinfo import ZoneInfo
    from reference_metrics import parse_instant
    for zone in ZONES:
        tz = ZoneInfo(zone)
        rows = []
        transitions = zone_transitions(zone, 2011, 2028) if zone != "UTC" else []
        walls = []
        for at, before, after in transitions:
            for base_off in {before, after}:
                wall = (at + base_off).replace(tzinfo=None)
                for minutes in (-90, -61, -60, -59, -31, -30, -1, 0, 1, 29, 30, 59, 60, 61, 90):
                    walls.append(wall + dt.timedelta(minutes=minutes))
            day = (at + after).date()
            walls += [dt.datetime.combine(day, dt.time()), dt.datetime.combine(day, dt.time()) +
                      dt.timedelta(days=1)]
        if not walls:
            walls = [dt.datetime(2026, 3, 29, 2, 30), dt.datetime(2026, 10, 25, 2, 30)]
        walls = sorted(set(walls))
        for i, wall in enumerate(walls):
            opened = wall.strftime("%Y-%m-%dT%H:%M:%S") if wall.time() != dt.time() or i % 2 \
                else wall.strftime("%Y-%m-%d")
            o = parse_instant(opened, tz)
            row = t(f"Z{i:05d}", opened, f"C{i % 7}", handling_minutes="10")
            # a first response, an answer and a resolution at other boundary wall times
            for col, step in (("first_response_at", 1), ("answered_at", 7), ("resolved_at", 15)):
                j = i + step
                if j < len(walls):
                    cand = walls[j].strftime("%Y-%m-%dT%H:%M:%S")
                    if parse_instant(cand, tz) >= o:
                        row[col] = cand
            rows.append(row)
        orders = [{"order_id": f"O{i}", "customer_id": f"C{i % 7}",
                   "ordered_at": w.strftime("%Y-%m-%d %H:%M"), "amount": "1"}
                  for i, w in enumerate(walls[::3])]
        safe = zone.replace("/", "-").lower()
        write(out, f"zone-{safe}", f"timezone: {zone}\n", rows, orders=orders)


if __name__ == "__main__":
    main()
