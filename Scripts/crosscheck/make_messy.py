#!/usr/bin/env python3
"""Turn a plain content folder into a messy but equivalent one.

    make_messy.py PLAIN_DIR MESSY_DIR [--seed N]

The messy tickets.csv/orders.csv hold the same records as the plain ones, written the way real
exports come: a BOM, CRLF, `;` (tickets) and TAB (orders) delimiters, decimal commas, quoted
fields with embedded line breaks, delimiters and quotes, renamed headers mapped back with
site.yml `columns`, headers in other letter case, shuffled columns, extra unknown columns,
Polish and mixed-case booleans, and timestamps written as `Z` or `±HH:MM` instants (the same
instants as the plain naive local times). cases/, playbooks/ and static/ are copied as they are.
Same seed, same bytes.
"""

import argparse
import csv
import datetime as dt
import io
import os
import random
import shutil

import yaml

from reference_metrics import EPOCH, US, load_config, parse_instant, read_table

TIMESTAMPS = {"opened_at", "first_response_at", "answered_at", "resolved_at", "ordered_at"}
NUMBERS = {"handling_minutes", "compensation", "refund_amount", "amount"}
BOOLEANS = {"justified", "escalated", "reopened", "public", "retained"}
# Helpdesk-style names (a Zendesk/Freshdesk flavour) for some of the columns.
TICKET_RENAMES = {
    "ticket_id": "Numer zgłoszenia", "customer_id": "Requester ID", "opened_at": "Created at",
    "resolved_at": "Solved at", "first_response_at": "First reply time",
    "answered_at": "Data decyzji", "handling_minutes": "Czas pracy (min)",
    "refund_amount": "Kwota zwrotu", "agent": "Assignee",
}
ORDER_RENAMES = {"order_id": "Nr zamówienia", "ordered_at": "Data zamówienia", "amount": "Wartość brutto"}
EXTRA_TICKET_COLUMNS = ["Opis", "Tagi", "priority", "Satisfaction comment"]
EXTRA_ORDER_COLUMNS = ["Status", "Uwagi"]
OFFSETS = [0, 60, 120, -300, 330, 840, -720, 345, -570]  # minutes east of UTC


def messy_timestamp(text, tz, rng):
    r = rng.random()
    if r < 0.3:
        return text  # naive local stays naive
    instant = parse_instant(text, tz)
    if r < 0.55:
        offset = None  # Z
    elif r < 0.8:
        offset = int((EPOCH + dt.timedelta(microseconds=instant)).astimezone(tz).utcoffset()
                     .total_seconds() // 60)
    else:
        offset = rng.choice(OFFSETS)
    minutes = offset or 0
    wall = EPOCH.replace(tzinfo=None) + dt.timedelta(microseconds=instant + minutes * 60 * US)
    sep = rng.choice(["T", " "])
    body = wall.strftime(f"%Y-%m-%d{sep}%H:%M") + \
        (wall.strftime(":%S") if wall.second or wall.microsecond or rng.random() < 0.5 else "")
    if wall.microsecond:
        body += "." + f"{wall.microsecond:06d}".rstrip("0")
    if offset is None:
        return body + "Z"
    if offset == 0 and rng.random() < 0.5:
        return body + rng.choice(["+00:00", "-00:00"])
    sign = "+" if offset >= 0 else "-"
    return body + f"{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"


def messy_bool(text, rng):
    truthy = text.lower() in ("yes", "true", "1", "tak")
    choices = ["tak", "Tak", "TAK", "true", "TRUE", "1", "yes"] if truthy else \
        ["nie", "Nie", "NIE", "false", "False", "0", "no"]
    return rng.choices(choices, weights=[6, 2, 1, 1, 1, 1, 1])[0]


def messy_number(text, rng):
    if rng.random() < 0.85 and "." in text:
        return text.replace(".", ",")
    return text


def free_text(rng, delimiter):
    parts = ["Klient dzwonił dwa razy", f"kwota 12{delimiter}50 zł", 'napisał "pilne!"',
             "linia pierwsza\r\nlinia druga", "a\nb", "", "ok", f"x{delimiter}y{delimiter}z"]
    return rng.choice(parts) + (rng.choice(parts) if rng.random() < 0.3 else "")


def write_messy(rows, columns, renames, extras, delimiter, tz, rng, path):
    """rows: dicts canonical -> text or None. Returns the `columns` mapping for site.yml."""
    mapping = {}
    headers = []
    for name in columns:
        if name in renames and rng.random() < 0.8:
            mapping[name] = renames[name]
            headers.append((name, renames[name]))
        else:
            shown = rng.choice([name, name.upper(), name.title().replace("_", "_"),
                                name[0].upper() + name[1:]])
            headers.append((name, shown))
    headers += [(None, x) for x in extras]
    rng.shuffle(headers)
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow([h for _, h in headers])
    for row in rows:
        cells = []
        for name, _ in headers:
            if name is None:
                cells.append(free_text(rng, delimiter))
                continue
            v = row.get(name)
            if v is None:
                cells.append("")
            elif name in TIMESTAMPS:
                cells.append(messy_timestamp(v, tz, rng))
            elif name in NUMBERS:
                cells.append(messy_number(v, rng))
            elif name in BOOLEANS:
                cells.append(messy_bool(v, rng))
            else:
                cells.append(v)
        w.writerow(cells)
    text = out.getvalue()
    # Quote some plain fields too, as spreadsheet exports do ("ZG-1";"KL-2";…).
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + text)
    return mapping


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("plain")
    ap.add_argument("messy")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    cfg = load_config(args.plain)
    tz = cfg["timezone"]
    with open(os.path.join(args.plain, "site.yml"), encoding="utf-8") as f:
        site_text = f.read()
    site = yaml.safe_load(site_text) or {}
    if "tickets" in site or "orders" in site:
        # The messy copy gets its own sources; the rest of the settings stay (comments are lost).
        site.pop("tickets", None)
        site.pop("orders", None)
        site_text = yaml.safe_dump(site, allow_unicode=True, sort_keys=False)

    if os.path.exists(args.messy):
        shutil.rmtree(args.messy)
    os.makedirs(os.path.join(args.messy, "data"))
    for sub in ("cases", "playbooks", "static"):
        src = os.path.join(args.plain, sub)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(args.messy, sub))

    from reference_metrics import ORDER_COLUMNS, TICKET_COLUMNS
    tickets_path = os.path.join(args.plain, cfg["tickets"]["file"])
    site_extra = []
    if os.path.exists(tickets_path):
        rows, index = read_table(tickets_path, cfg["tickets"], TICKET_COLUMNS)
        present = [c for c in TICKET_COLUMNS if c in index]
        mapping = write_messy(rows, present, TICKET_RENAMES, EXTRA_TICKET_COLUMNS, ";", tz, rng,
                              os.path.join(args.messy, "data", "zgloszenia.csv"))
        site_extra.append(("tickets", "data/zgloszenia.csv", "auto", mapping))
    orders_path = os.path.join(args.plain, cfg["orders"]["file"])
    if os.path.exists(orders_path):
        rows, index = read_table(orders_path, cfg["orders"], ORDER_COLUMNS)
        present = [c for c in ORDER_COLUMNS if c in index]
        mapping = write_messy(rows, present, ORDER_RENAMES, EXTRA_ORDER_COLUMNS, "\t", tz, rng,
                              os.path.join(args.messy, "data", "zamowienia.tsv"))
        site_extra.append(("orders", "data/zamowienia.tsv",
                           rng.choice(["auto", "\t"]), mapping))

    lines = [site_text.rstrip("\n"), ""]
    for key, file, delimiter, mapping in site_extra:
        lines.append(f"{key}:")
        lines.append(f"  file: {file}")
        lines.append("  delimiter: " + ('"\\t"' if delimiter == "\t" else delimiter))
        if mapping:
            lines.append("  columns:")
            for canonical, header in mapping.items():
                lines.append(f"    {canonical}: \"{header}\"")
        else:
            lines.append("  columns: {}")
    with open(os.path.join(args.messy, "site.yml"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    main()
