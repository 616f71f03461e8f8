#!/usr/bin/env python3
"""Write a plain content folder (site.yml, data/tickets.csv, data/orders.csv, a few cases and
playbooks) with every ticket column filled in realistic and awkward ways, for the crosscheck.

    make_plain.py --out DIR [--tickets N] [--customers N] [--orders N] [--seed N]
                  [--as-of YYYY-MM-DD|none] [--no-orders]

Plain means: canonical headers, comma, LF, decimal point, yes/no, naive local timestamps (with
a share of date-only values and of times on the daylight-saving days). Deterministic per seed.
Until `casebook sample` is on main this is the crosscheck's source of plain data.
"""

import argparse
import csv
import datetime as dt
import os
import random

from zoneinfo import ZoneInfo

from reference_metrics import DEFAULT_CLIENT_TYPES, parse_instant

WARSAW = ZoneInfo("Europe/Warsaw")

CHANNELS = ["email", "phone", "chat", "social", "in_person"]
CATEGORIES = ["delivery", "quality", "refund", "warranty", "billing", "dostawa, kurier",
              "jakość \"premium\""]
AGENTS = ["Anna Nowak", "Piotr Wiśniewski", "Kowalski, Jan", "Zofia \"Zosia\" Lis", "agent-07",
          "Łukasz", "Ewa"]
OUTCOMES = ["accepted", "rejected", "partial", "withdrawn"]
START = dt.datetime(2025, 1, 1)
END = dt.datetime(2026, 11, 15)
# Local wall times that are ambiguous or nonexistent in Europe/Warsaw.
DST_TIMES = ["2025-03-30 02:30:00", "2025-10-26 02:30:00", "2026-03-29 02:15:00",
             "2026-10-25 02:45:00", "2026-03-29 01:59:59", "2026-10-25 03:00:00",
             "2026-10-25 01:59:59", "2026-03-29 03:00:00"]


def fmt(t, rng):
    r = rng.random()
    if r < 0.05:
        return t.strftime("%Y-%m-%d")
    if r < 0.15:
        return t.strftime("%Y-%m-%dT%H:%M")
    if r < 0.5:
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if r > 0.97:  # a fraction of a second, as some exports write it (up to nanoseconds)
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + str(rng.randrange(10 ** 9)).zfill(9)[:rng.randint(1, 9)]
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def later(t, rng, scale_days):
    # a long tail: mostly quick, some very slow; whole-day steps make boundary hits common
    if rng.random() < 0.3:
        step = dt.timedelta(days=rng.choice([0, 1, 6, 7, 8, 13, 14, 15, 30]),
                            seconds=rng.choice([0, 1, -1, 3600, 60]))
        return t + max(step, dt.timedelta(0))
    return t + dt.timedelta(seconds=int(rng.expovariate(1 / (scale_days * 86400))) + 1)


def fmt_after(t, base, rng):
    """fmt, but never a text that reads as earlier than base (a date alone is midnight)."""
    text = fmt(t, rng)
    if parse_instant(text, WARSAW) >= parse_instant(base.strftime("%Y-%m-%dT%H:%M:%S.%f"), WARSAW):
        return text
    # on the spring-change day a later wall time can be an earlier instant: step past it
    return fmt_after(t + dt.timedelta(hours=1), base, rng)


def parse_local(text):
    return dt.datetime.fromisoformat(text if len(text) > 10 else text + "T00:00:00")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--tickets", type=int, default=3000)
    ap.add_argument("--customers", type=int)
    ap.add_argument("--orders", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--as-of", default="2026-06-30")
    ap.add_argument("--no-orders", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    n_customers = args.customers or max(1, args.tickets // 2)
    n_orders = args.orders if args.orders is not None else int(args.tickets * 1.2)
    os.makedirs(os.path.join(args.out, "data"), exist_ok=True)
    span = int((END - START).total_seconds())

    def customer():
        # skewed, so there are repeat complainants
        return f"KL-{int(n_customers * rng.random() ** 2):06d}"

    tickets = []
    for i in range(args.tickets):
        if rng.random() < 0.02:
            opened = dt.datetime.fromisoformat(rng.choice(DST_TIMES))
        else:
            opened = START + dt.timedelta(seconds=rng.randrange(span))
        row = {"ticket_id": f"ZG-{i:07d}" if rng.random() < 0.95 else f"zg-{i}",
               "customer_id": customer(), "opened_at": fmt(opened, rng)}
        opened_eff = parse_local(row["opened_at"])
        if rng.random() < 0.85:
            row["first_response_at"] = fmt_after(later(opened_eff, rng, 0.5), opened_eff, rng)
        answered = later(opened_eff, rng, 5) if rng.random() < 0.7 else None
        if answered is not None:
            row["answered_at"] = fmt_after(answered, opened_eff, rng)
            answered = parse_local(row["answered_at"])
        if rng.random() < 0.8:
            base = answered or opened_eff
            row["resolved_at"] = fmt_after(later(base, rng, 4), opened_eff, rng)
        row["channel"] = rng.choice(CHANNELS)
        row["category"] = rng.choice(CATEGORIES)
        if rng.random() < 0.85:
            row["client_type"] = rng.choice(DEFAULT_CLIENT_TYPES)
        if rng.random() < 0.9:
            row["justified"] = rng.choice(["yes", "no"])
        if rng.random() < 0.85:
            row["outcome"] = rng.choice(OUTCOMES)
        if row.get("resolved_at") and rng.random() < 0.5:
            row["csat"] = str(rng.randint(1, 5))
        if rng.random() < 0.9:
            row["handling_minutes"] = rng.choice([str(rng.randint(0, 240)),
                                                  f"{rng.uniform(0, 300):.2f}", "0.5"])
        if rng.random() < 0.15:
            row["compensation"] = rng.choice(["50", "99.99", "0", f"{rng.uniform(1, 500):.2f}"])
        if rng.random() < 0.2:
            row["refund"] = rng.choice(["granted", "refused"])
            if rng.random() < 0.8:
                row["refund_amount"] = f"{rng.uniform(10, 3000):.2f}"
            if rng.random() < 0.9:
                d = rng.choice([0, 5, 13, 14, 15, 16, 29, 30, 31, 32, 60, rng.randint(0, 90)])
                row["purchased_at"] = (opened_eff.date() - dt.timedelta(days=d)).isoformat()
        if rng.random() < 0.9:
            row["agent"] = rng.choice(AGENTS)
        for flag, p in (("escalated", 0.1), ("reopened", 0.08), ("public", 0.05)):
            if rng.random() < 0.8:
                row[flag] = "yes" if rng.random() < p else "no"
        if rng.random() < 0.6:
            row["retained"] = rng.choice(["yes", "no"])
        tickets.append(row)
    rng.shuffle(tickets)
    from reference_metrics import TICKET_COLUMNS, ORDER_COLUMNS
    with open(os.path.join(args.out, "data", "tickets.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=TICKET_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(tickets)

    orders_path = os.path.join(args.out, "data", "orders.csv")
    if args.no_orders:
        if os.path.exists(orders_path):
            os.remove(orders_path)
    else:
        # Orders placed right at the retention-window edges of resolved tickets, plus noise.
        orders = []
        resolved = [t for t in tickets if t.get("resolved_at")]
        for i in range(n_orders):
            if resolved and rng.random() < 0.15:
                t = rng.choice(resolved)
                base = t["resolved_at"] if len(t["resolved_at"]) > 10 \
                    else t["resolved_at"] + "T00:00:00"
                at = dt.datetime.fromisoformat(base.replace(" ", "T")) + dt.timedelta(
                    days=rng.choice([0, 1, 89, 90, 91]), seconds=rng.choice([0, 1, -1]))
                cust = t["customer_id"]
                at_s = at.strftime("%Y-%m-%dT%H:%M:%S")
            else:
                cust = customer() if rng.random() < 0.7 else f"KL-{rng.randrange(n_customers * 2):06d}"
                at_s = fmt(START + dt.timedelta(seconds=rng.randrange(span)), rng)
            amount = rng.choice(["0", "0.00", f"{rng.uniform(5, 2000):.2f}", str(rng.randint(1, 900))])
            orders.append({"order_id": f"ZAM-{i:08d}", "customer_id": cust,
                           "ordered_at": at_s, "amount": amount})
        rng.shuffle(orders)
        with open(orders_path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=ORDER_COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(orders)

    as_of_line = "" if args.as_of == "none" else f"as_of: {args.as_of}\n"
    with open(os.path.join(args.out, "site.yml"), "w", encoding="utf-8") as f:
        f.write(f'title: "Crosscheck {args.seed}"\ntimezone: Europe/Warsaw\n{as_of_line}')

    # A few playbooks and cases, so the playbook figures are exercised.
    os.makedirs(os.path.join(args.out, "playbooks"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "cases"), exist_ok=True)
    slugs = ["b-zwroty", "a-cztery-kroki", "c-pusty"]
    for k, slug in enumerate(slugs):
        with open(os.path.join(args.out, "playbooks", f"{slug}.md"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: \"Playbook {slug}\"\norder: {k}\nsteps:\n"
                    f"  - {{ key: krok_{k}, label: \"Krok {k}\" }}\n---\nTreść.\n")
    by_customer = {}
    for t in tickets:
        by_customer.setdefault(t["customer_id"], []).append(t["ticket_id"])
    customers = sorted(by_customer)
    for k in range(12):
        cust = customers[rng.randrange(len(customers))] if customers else None
        ids = by_customer.get(cust, [])[:rng.randint(0, 3)]
        books = [s for s in slugs[:2] if rng.random() < 0.6]
        lines = ["---", f'title: "Sprawa {k}"', "date: 2026-01-15"]
        if cust:
            lines.append(f"customer: {cust}")
        if ids:
            lines.append("tickets: [" + ", ".join(ids) + "]")
        if books:
            lines.append("playbooks: [" + ", ".join(books) + "]")
        if rng.random() < 0.5:
            lines.append("retained: " + rng.choice(["yes", "no"]))
        if k == 11:
            lines.append("draft: true")
        lines += ["---", "", f"Opis sprawy {k}.", ""]
        with open(os.path.join(args.out, "cases", f"sprawa-{k}.md"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))


if __name__ == "__main__":
    main()
