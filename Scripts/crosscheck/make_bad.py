#!/usr/bin/env python3
"""Copy a plain content folder and add bad rows to its CSVs, for `--lenient` crosschecks.

    make_bad.py PLAIN_DIR OUT_DIR

Each bad row breaks one rule of content.md (impossible date, csat 7, negative minutes, unknown
client_type/outcome/refund, answer before opening, purchase after the complaint, a duplicate
id, a ragged row, an empty required cell, …). `casebook build --lenient` and
`reference_metrics.py --lenient` must skip exactly these rows and agree on every figure.
The crosscheck runs folders named `lenient-*` with `--lenient`.
"""

import csv
import io
import shutil
import sys

BAD_TICKETS = [
    {"ticket_id": "BAD-01", "customer_id": "KL-000001", "opened_at": "2026-02-30"},
    {"ticket_id": "BAD-02", "customer_id": "KL-000001", "opened_at": "wczoraj"},
    {"ticket_id": "BAD-03", "customer_id": "KL-000001", "opened_at": "2026-03-01", "csat": "7"},
    {"ticket_id": "BAD-04", "customer_id": "KL-000001", "opened_at": "2026-03-01", "csat": "3.5"},
    {"ticket_id": "BAD-05", "customer_id": "KL-000001", "opened_at": "2026-03-01", "handling_minutes": "-5"},
    {"ticket_id": "BAD-06", "customer_id": "KL-000001", "opened_at": "2026-03-01", "client_type": "martian"},
    {"ticket_id": "BAD-07", "customer_id": "KL-000001", "opened_at": "2026-03-01", "outcome": "maybe"},
    {"ticket_id": "BAD-08", "customer_id": "KL-000001", "opened_at": "2026-03-01", "refund": "perhaps"},
    {"ticket_id": "BAD-09", "customer_id": "KL-000001", "opened_at": "2026-03-02",
     "resolved_at": "2026-03-01T10:00"},
    {"ticket_id": "BAD-10", "customer_id": "KL-000001", "opened_at": "2026-03-02",
     "refund": "granted", "purchased_at": "2026-03-05"},
    {"ticket_id": "BAD-11", "customer_id": "", "opened_at": "2026-03-02"},
    {"ticket_id": "BAD-12", "customer_id": "KL-000001", "opened_at": "2026-03-02", "escalated": "maybe"},
    {"ticket_id": "BAD-13", "customer_id": "KL-000001", "opened_at": "2026-03-02", "compensation": "1 234,50"},
    {"ticket_id": "BAD-14", "customer_id": "KL-000001", "opened_at": "2026-03-02T25:00"},
    {"ticket_id": "BAD-15", "customer_id": "KL-000001", "opened_at": "2026-03-02T10:00+15:00"},
    {"ticket_id": "BAD-16", "customer_id": "KL-000001", "opened_at": "2026-03-02", "purchased_at": "2026-13-01"},
]
BAD_ORDERS = [
    {"order_id": "BADO-1", "customer_id": "KL-000001", "ordered_at": "2026-03-01", "amount": "-1"},
    {"order_id": "BADO-2", "customer_id": "KL-000001", "ordered_at": "2026-02-29", "amount": "1"},
    {"order_id": "BADO-3", "customer_id": "KL-000001", "ordered_at": "2026-03-01", "amount": ""},
    {"order_id": "BADO-4", "customer_id": "KL-000001", "ordered_at": "2026-03-01", "amount": "abc"},
]


def append(path, bad, ragged):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    header = next(csv.reader(io.StringIO(text)))
    rows = list(csv.reader(io.StringIO(text)))[1:]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    for row in bad:
        w.writerow([row.get(h, "") for h in header])
    if rows:
        w.writerow(rows[0])   # a duplicate of the first valid row's id: the later one is skipped
        w.writerow(rows[1][:-1] if len(rows) > 1 else rows[0][:-1])  # ragged
    w.writerow(ragged)
    # Bad rows go in the middle, so nothing depends on them being last.
    lines = text.splitlines(keepends=True)
    middle = 1 + len(rows) // 2
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("".join(lines[:middle]) + out.getvalue() + "".join(lines[middle:]))


def main():
    plain, out = sys.argv[1], sys.argv[2]
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(plain, out)
    append(f"{out}/data/tickets.csv", BAD_TICKETS, ["RAG-1", "KL-1"])
    try:
        append(f"{out}/data/orders.csv", BAD_ORDERS, ["RAGO-1"])
    except FileNotFoundError:
        pass


if __name__ == "__main__":
    main()
