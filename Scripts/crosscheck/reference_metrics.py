#!/usr/bin/env python3
"""Independent reference implementation of ../shared/spec/metrics.md.

Written from the spec (content.md + metrics.md) alone, not from the Swift code, so that a
figure both agree on is very likely right. Standard library + zoneinfo, PyYAML for site.yml
and front matter.

    reference_metrics.py CONTENT_DIR [--as-of YYYY-MM-DD] [--drafts] [--out FILE]

prints metrics.json (schema 1). The decisions the spec leaves open are listed in the
README ("Metric decisions"); each is marked DECISION below.
"""

import argparse
import bisect
import csv
import datetime as dt
import io
import json
import math
import os
import re
import sys
from zoneinfo import ZoneInfo

import yaml

DEFAULT_CLIENT_TYPES = [
    "justified_slow", "unjustified_claim", "emotional", "perfectionist", "narcissist",
    "debtor", "envious", "dislikes_us", "confused", "indecisive", "threatening",
]
DEFAULT_POLICY = {
    "response_promise_days": 7,
    "statutory_response_days": 14,
    "statutory_withdrawal_days": 14,
    "refund_guarantee_days": 30,
    "retention_window_days": 90,
    "well_handled_csat": 4,
    "hourly_cost": 80,
    "repeat_complainant_min": 3,
}
DEFAULT_TARGETS = {
    "well_handled_retention": 0.80,
    "within_promise": 0.95,
    "within_statutory": 1.00,
    "handling_cost_share": [0.02, 0.05],
}

TICKET_COLUMNS = [
    "ticket_id", "customer_id", "opened_at", "first_response_at", "answered_at", "resolved_at",
    "channel", "category", "client_type", "justified", "outcome", "csat", "handling_minutes",
    "compensation", "refund", "refund_amount", "purchased_at", "agent", "escalated", "reopened",
    "public", "retained",
]
ORDER_COLUMNS = ["order_id", "customer_id", "ordered_at", "amount"]
TRUE = {"yes", "true", "1", "tak"}
FALSE = {"no", "false", "0", "nie"}
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


class InputError(Exception):
    pass


# ---------------------------------------------------------------- configuration

def load_config(content_dir):
    path = os.path.join(content_dir, "site.yml")
    raw = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8-sig") as f:
            raw = yaml.safe_load(f) or {}
    policy = dict(DEFAULT_POLICY)
    policy.update(raw.get("policy") or {})
    targets = dict(DEFAULT_TARGETS)
    targets.update(raw.get("targets") or {})
    client_types = DEFAULT_CLIENT_TYPES
    if raw.get("client_types") is not None:
        client_types = [str(entry["key"]) for entry in raw["client_types"]]
    as_of = raw.get("as_of")
    if isinstance(as_of, dt.datetime):
        as_of = as_of.date()
    elif isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of)
    tickets = raw.get("tickets") or {}
    orders = raw.get("orders") or {}
    return {
        "timezone": ZoneInfo(str(raw.get("timezone") or "Europe/Warsaw")),
        "as_of": as_of,
        "policy": policy,
        "targets": targets,
        "client_types": client_types,
        "tickets": {
            "file": str(tickets.get("file") or "data/tickets.csv"),
            "delimiter": str(tickets.get("delimiter") or "auto"),
            "columns": {str(k): str(v) for k, v in (tickets.get("columns") or {}).items()},
        },
        "orders": {
            "file": str(orders.get("file") or "data/orders.csv"),
            # a file named in site.yml that is not there is an error, unless it is the default
            "explicit": str(orders.get("file") or "data/orders.csv") != "data/orders.csv",
            "delimiter": str(orders.get("delimiter") or "auto"),
            "columns": {str(k): str(v) for k, v in (orders.get("columns") or {}).items()},
        },
    }


# ---------------------------------------------------------------- CSV

def detect_delimiter(text):
    """The delimiter is the one of , ; TAB that occurs most often in the header line outside
    quotes (DECISION: ties go to , then ; then TAB)."""
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\r\n":
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = ","
    for d in (",", ";", "\t"):
        if counts[d] > counts[best]:
            best = d
    return best


def read_table(path, source, known_columns):
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = source["delimiter"]
    if delimiter == "auto":
        delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                        doublequote=True, strict=True)
    rows = list(reader)
    if not rows:
        raise InputError(f"{path}: no header row")
    header = rows[0]
    # canonical name -> the header it is read from (after the `columns` mapping).
    wanted = {name: source["columns"].get(name, name).strip().lower() for name in known_columns}
    index = {}
    for i, h in enumerate(header):
        h = h.strip(" \t").lower()
        for name, want in wanted.items():
            if h == want and name not in index:
                index[name] = i
    out = []
    for line_no, row in enumerate(rows[1:], start=2):
        if row == []:
            continue  # a blank line (e.g. a trailing one) is no record
        if len(row) != len(header):
            out.append(InputError(f"{path}: row {line_no} has {len(row)} fields, header {len(header)}"))
            continue
        rec = {}
        for name, i in index.items():
            cell = row[i].strip(" \t")  # spaces and tabs only, as casebook trims
            rec[name] = cell if cell != "" else None
        out.append(rec)
    return out, index


# ---------------------------------------------------------------- values

# content.md's forms, plus (DECISION, as exports write them) a lowercase t/z, ±HHMM and ±HH
# offsets, and a fraction of a second, kept to the microsecond (further digits dropped).
TS_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?"
    r"([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$")
US = 1_000_000


def parse_instant(text, tz):
    """Microseconds since the epoch (an integer) of a timestamp."""
    m = TS_RE.match(text)
    if not m:
        raise InputError(f"bad timestamp {text!r}")
    y, mo, d, hh, mm, ss, frac, zone = m.groups()
    micro = int((frac or "0")[:6].ljust(6, "0"))
    local = dt.datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0), micro)
    if zone is not None and zone not in "Zz":
        zone = zone[:3] + ":" + (zone[3:].lstrip(":") or "00")
    if zone is None:
        # fold=0: an ambiguous time is its first (summer) occurrence, a nonexistent one is
        # read with the offset before the change (PEP 495 semantics, exactly content.md's).
        aware = local.replace(tzinfo=tz, fold=0)
    elif zone in ("Z", "z"):
        aware = local.replace(tzinfo=dt.timezone.utc)
    else:
        sign = 1 if zone[0] == "+" else -1
        # DECISION: offsets past ±14:00 (no zone has one) or with minutes past 59 are impossible.
        if int(zone[4:6]) > 59 or int(zone[1:3]) * 60 + int(zone[4:6]) > 14 * 60:
            raise InputError(f"impossible offset in {text!r}")
        off = dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
        aware = local.replace(tzinfo=dt.timezone(sign * off))
    delta = aware - EPOCH
    return (delta.days * 86400 + delta.seconds) * US + delta.microseconds


def local_date(instant, tz):
    return (EPOCH + dt.timedelta(microseconds=instant)).astimezone(tz).date()


def parse_date(text, tz):
    """A date; DECISION: a full timestamp is read as its local date (its written date when naive)."""
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", text)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = TS_RE.match(text)
    if not m:
        raise InputError(f"bad date {text!r}")
    if m.group(8) is None:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    return local_date(parse_instant(text, tz), tz)


def parse_number(text):
    if not re.match(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$", text):
        raise InputError(f"bad number {text!r}")
    return float(text.replace(",", "."))


def parse_bool(text):
    t = text.lower()
    if t in TRUE:
        return True
    if t in FALSE:
        return False
    raise InputError(f"bad boolean {text!r}")


class Ticket:
    pass


OUTCOMES = ("accepted", "rejected", "partial", "withdrawn")
REFUNDS = ("granted", "refused")


def choice(text, allowed, what):
    for a in allowed:
        if text.lower() == a.lower():
            return a
    raise InputError(f"{what} {text!r} is not one of {allowed}")


def amount(text):
    v = parse_number(text)
    if v < 0:
        raise InputError(f"negative number {text!r}")
    return v


def parse_ticket(r, tz, client_types):
    if isinstance(r, InputError):
        raise r
    t = Ticket()
    t.id = r["ticket_id"]
    t.customer = r["customer_id"]
    if t.id is None or t.customer is None or r.get("opened_at") is None:
        raise InputError("ticket without id, customer or opened_at")
    t.opened = parse_instant(r["opened_at"], tz)
    for name in ("first_response_at", "answered_at", "resolved_at"):
        v = r.get(name)
        setattr(t, name[:-3], parse_instant(v, tz) if v is not None else None)
    ct = r.get("client_type")
    t.client_type = choice(ct, client_types, "client_type") if ct is not None else None
    t.justified = parse_bool(r["justified"]) if r.get("justified") is not None else None
    t.outcome = choice(r["outcome"], OUTCOMES, "outcome") if r.get("outcome") is not None else None
    t.csat = None
    if r.get("csat") is not None:
        if not re.match(r"^-?\d+$", r["csat"]) or not 1 <= int(r["csat"]) <= 5:
            raise InputError(f"csat {r['csat']!r}")
        t.csat = int(r["csat"])
    t.minutes = amount(r["handling_minutes"]) if r.get("handling_minutes") else None
    t.compensation = amount(r["compensation"]) if r.get("compensation") else None
    t.refund = choice(r["refund"], REFUNDS, "refund") if r.get("refund") is not None else None
    t.refund_amount = amount(r["refund_amount"]) if r.get("refund_amount") else None
    t.purchased = parse_date(r["purchased_at"], tz) if r.get("purchased_at") else None
    t.agent = r.get("agent")
    for name in ("escalated", "reopened", "public", "retained"):
        v = r.get(name)
        setattr(t, name, parse_bool(v) if v is not None else None)
    for name in ("first_response", "answered", "resolved"):
        if getattr(t, name) is not None and getattr(t, name) < t.opened:
            raise InputError(f"ticket {t.id}: {name}_at before opened_at")
    # DECISION: a purchase dated after the complaint is only a warning in casebook; the row counts
    # (d < 0 falls in the statutory window).
    return t


def parse_rows(rows, parse_one, id_column, lenient):
    """Parses every row; a bad row is an error, or with lenient skipped and counted.
    DECISION (lenient): an id seen on an earlier row, even a skipped one, makes the later row a
    duplicate, so it is skipped too; the first row with the id is the one that speaks."""
    out, seen, skipped = [], set(), 0
    for r in rows:
        rid = r.get(id_column) if isinstance(r, dict) else None
        try:
            if rid is not None and rid in seen:
                raise InputError(f"duplicate {id_column} {rid!r}")
            item = parse_one(r)
        except (InputError, ValueError) as e:
            if not lenient:
                raise InputError(str(e))
            skipped += 1
            item = None
        finally:
            if rid is not None:
                seen.add(rid)
        if item is not None:
            out.append(item)
    return out, skipped


def parse_order(r, tz):
    if isinstance(r, InputError):
        raise r
    if r.get("order_id") is None or r.get("customer_id") is None or r.get("ordered_at") is None \
            or r.get("amount") is None:
        raise InputError("order without id, customer, ordered_at or amount")
    return (r["customer_id"], parse_instant(r["ordered_at"], tz), amount(r["amount"]), r["order_id"])


# ---------------------------------------------------------------- cases and playbooks

def front_matter(path):
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r") != "---":
        return {}
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r") in ("---", "..."):
            # BaseLoader: every scalar stays a string, so ids are the file's own text.
            return yaml.load("\n".join(lines[1:i]), Loader=yaml.BaseLoader) or {}
    raise InputError(f"{path}: unterminated front matter")


def load_cases(content_dir, drafts):
    cases = []
    root = os.path.join(content_dir, "cases")
    for dirpath, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".md"):
                continue
            fm = front_matter(os.path.join(dirpath, name))
            draft = parse_bool(fm["draft"]) if fm.get("draft") not in (None, "") else False
            if draft and not drafts:
                continue
            retained = fm.get("retained")
            cases.append({
                "draft": draft,
                "date": dt.date.fromisoformat(str(fm["date"])[:10]) if fm.get("date") else None,
                "tickets": [str(x) for x in (fm.get("tickets") or [])],
                "playbooks": [str(x) for x in (fm.get("playbooks") or [])],
                "retained": parse_bool(retained) if retained not in (None, "") else None,
            })
    return cases


def load_playbooks(content_dir):
    slugs = []
    root = os.path.join(content_dir, "playbooks")
    if os.path.isdir(root):
        for name in sorted(os.listdir(root)):
            if name.endswith(".md"):
                fm = front_matter(os.path.join(root, name))
                slugs.append(str(fm.get("slug") or name[:-3]))
    return slugs


# ---------------------------------------------------------------- statistics

def rate(count, n):
    return {"n": n, "count": count, "rate": (count / n) if n else None}


def summary(values):
    n = len(values)
    if n == 0:
        return {"n": 0, "median": None, "p90": None, "mean": None}
    v = sorted(values)
    median = v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
    p90 = v[(9 * n + 9) // 10 - 1]  # ceil(0.9 n) - 1 in exact integer arithmetic
    return {"n": n, "median": median, "p90": p90, "mean": math.fsum(v) / n}


def month_of(d):
    return f"{d.year:04d}-{d.month:02d}"


def next_month(y, m):
    return (y + 1, 1) if m == 12 else (y, m + 1)


# ---------------------------------------------------------------- metrics

def compute(content_dir, cli_as_of=None, drafts=False, lenient=False):
    cfg = load_config(content_dir)
    tz = cfg["timezone"]
    policy = cfg["policy"]
    targets = cfg["targets"]

    tickets_path = os.path.join(content_dir, cfg["tickets"]["file"])
    ticket_rows, _ = read_table(tickets_path, cfg["tickets"], TICKET_COLUMNS) \
        if os.path.exists(tickets_path) else ([], {})
    tickets, skipped = parse_rows(ticket_rows, lambda r: parse_ticket(r, tz, cfg["client_types"]),
                                  "ticket_id", lenient)
    orders_path = os.path.join(content_dir, cfg["orders"]["file"])
    has_orders = os.path.exists(orders_path)
    if not has_orders and cfg["orders"].get("explicit"):
        raise InputError(f"{orders_path}: file not found")
    orders, skipped_orders = parse_rows(read_table(orders_path, cfg["orders"], ORDER_COLUMNS)[0],
                                        lambda r: parse_order(r, tz), "order_id", lenient) \
        if has_orders else ([], 0)
    cases = load_cases(content_dir, drafts)
    playbooks = load_playbooks(content_dir)

    # as_of: site.yml, else --as-of, else the latest local date of any timestamp
    # (DECISION: opened/first response/answered/resolved and ordered_at; purchased_at is a date).
    as_of = cfg["as_of"] or (dt.date.fromisoformat(cli_as_of) if cli_as_of else None)
    if as_of is None:
        instants = [o[1] for o in orders]
        for t in tickets:
            instants += [x for x in (t.opened, t.first_response, t.answered, t.resolved)
                         if x is not None]
        if instants:
            as_of = local_date(max(instants), tz)
        else:
            # DECISION: a site without data takes its newest (built) case's date.
            dates = [c["date"] for c in cases if c["date"] is not None]
            if not dates:
                raise InputError("no as_of and no timestamps")
            as_of = max(dates)

    promise_days = policy["response_promise_days"]
    statutory_days = policy["statutory_response_days"]
    window = policy["retention_window_days"]
    hourly = policy["hourly_cost"]
    band = list(targets["handling_cost_share"])

    def deadline(t, days):
        """True met, False missed, None not counted."""
        opened = local_date(t.opened, tz)
        due = opened + dt.timedelta(days=days)
        if t.answer is not None:
            return local_date(t.answer, tz) <= due
        if due < as_of:
            return False
        return None

    orders_by_customer = {}
    for customer, at, amount, _ in orders:
        orders_by_customer.setdefault(customer, []).append(at)
    for lst in orders_by_customer.values():
        lst.sort()

    for t in tickets:
        t.answer = t.answered if t.answered is not None else t.resolved
        t.promise = deadline(t, promise_days)
        t.statutory = deadline(t, statutory_days)
        t.cost_handling = (t.minutes or 0) / 60 * hourly
        t.cost = t.cost_handling + (t.compensation or 0)
        t.well = None
        if t.resolved is not None:
            if t.csat is not None:
                t.well = t.csat >= policy["well_handled_csat"]
            else:
                t.well = t.outcome in ("accepted", "partial") and t.promise is True
        t.retention = None
        if t.resolved is not None and \
                local_date(t.resolved, tz) + dt.timedelta(days=window) <= as_of:
            if has_orders:
                ats = orders_by_customer.get(t.customer, [])
                i = bisect.bisect_right(ats, t.resolved)
                t.retention = i < len(ats) and ats[i] <= t.resolved + window * 86400 * US
            else:
                t.retention = t.retained

    def rate_of(items, pred_n, pred_c):
        sel = [x for x in items if pred_n(x)]
        return rate(sum(1 for x in sel if pred_c(x)), len(sel))

    def deadline_rate(items, attr):
        return rate_of(items, lambda t: getattr(t, attr) is not None,
                       lambda t: getattr(t, attr) is True)

    def well_rate(items):
        return rate_of(items, lambda t: t.well is not None, lambda t: t.well)

    def retention_rate(items):
        return rate_of(items, lambda t: t.retention is not None, lambda t: t.retention)

    def answer_days(items):
        return summary([(t.answer - t.opened) / US / 86400 for t in items if t.answer is not None])

    def overdue(attr):
        sel = [t for t in tickets if t.resolved is None and t.answer is None
               and getattr(t, attr) is False]
        sel.sort(key=lambda t: (t.opened, t.id.encode()))
        return [t.id for t in sel]

    outcomes = {k: 0 for k in ("accepted", "rejected", "partial", "withdrawn", "unknown")}
    for t in tickets:
        outcomes[t.outcome if t.outcome in outcomes else "unknown"] += 1
    justified = {"yes": 0, "no": 0, "unknown": 0}
    for t in tickets:
        justified["unknown" if t.justified is None else ("yes" if t.justified else "no")] += 1

    # DECISION: "column" when orders.csv is absent and at least one ticket has `retained`.
    if has_orders:
        source = "orders"
    elif any(t.retained is not None for t in tickets):
        source = "column"
    else:
        source = "none"
    retention = {
        "source": source,
        "window_days": window,
        "all": retention_rate(tickets),
        "well_handled": retention_rate([t for t in tickets if t.well is True]),
        "not_well_handled": retention_rate([t for t in tickets if t.well is False]),
        "target": targets["well_handled_retention"],
    }

    handling = math.fsum(t.cost_handling for t in tickets)
    compensation = math.fsum(t.compensation or 0 for t in tickets)
    total = handling + compensation
    revenue = math.fsum(o[2] for o in orders) if has_orders else None
    costs = {
        "handling": handling,
        "compensation": compensation,
        "total": total,
        "refunds": math.fsum(t.refund_amount or 0 for t in tickets if t.refund == "granted"),
        "revenue": revenue,
        "share": (total / revenue) if revenue else None,
        "target_band": band,
    }

    refunds = {w: {"granted": 0, "refused": 0} for w in ("statutory", "guarantee", "outside")}
    exceptions, violations = [], []
    for t in tickets:
        if t.refund is None or t.purchased is None:
            continue
        d = (local_date(t.opened, tz) - t.purchased).days
        if d <= policy["statutory_withdrawal_days"]:
            w = "statutory"
        elif d <= policy["refund_guarantee_days"]:
            w = "guarantee"
        else:
            w = "outside"
        refunds[w][t.refund] += 1
        if t.refund == "granted" and w == "outside":
            exceptions.append(t.id)
        if t.refund == "refused" and w != "outside":
            violations.append(t.id)
    refunds["exceptions"] = sorted(exceptions, key=lambda s: s.encode())
    refunds["violations"] = sorted(violations, key=lambda s: s.encode())

    def flag_rate(attr):
        return rate_of(tickets, lambda t: getattr(t, attr) is not None,
                       lambda t: getattr(t, attr))

    client_rows = []
    for key in list(cfg["client_types"]) + ["unspecified"]:
        want = None if key == "unspecified" else key
        sel = [t for t in tickets if t.client_type == want]
        client_rows.append({
            "key": key,
            "tickets": len(sel),
            "well_handled": well_rate(sel),
            "retention": retention_rate(sel),
            "handling_cost": math.fsum(t.cost for t in sel),
            "answer_days": answer_days(sel),
        })

    # Months: from the earliest local month of opened_at/ordered_at to as_of's month; months
    # after as_of are not listed (their tickets still count in the all-time figures).
    starts = [local_date(t.opened, tz) for t in tickets] + \
             [local_date(o[1], tz) for o in orders]
    monthly = []
    if starts:
        first = min(starts)
        y, m = first.year, first.month
        months = []
        while (y, m) <= (as_of.year, as_of.month):
            months.append(f"{y:04d}-{m:02d}")
            y, m = next_month(y, m)
        opened_in, resolved_in, revenue_in = {}, {}, {}
        for t in tickets:
            opened_in.setdefault(month_of(local_date(t.opened, tz)), []).append(t)
            if t.resolved is not None:
                resolved_in.setdefault(month_of(local_date(t.resolved, tz)), []).append(t)
        for _, at, amount, _ in orders:
            revenue_in.setdefault(month_of(local_date(at, tz)), []).append(amount)
        for month in months:
            op = opened_in.get(month, [])
            rs = resolved_in.get(month, [])
            cost = math.fsum(t.cost for t in op)
            rev = math.fsum(revenue_in.get(month, [])) if has_orders else None
            monthly.append({
                "month": month,
                "opened": len(op),
                "resolved": len(rs),
                "within_promise": deadline_rate(op, "promise"),
                "well_handled": well_rate(rs),
                "handling_cost": cost,
                "revenue": rev,
                "share": (cost / rev) if rev else None,
            })

    by_customer = {}
    for t in tickets:
        by_customer.setdefault(t.customer, []).append(t)
    revenue_by_customer = {}
    for customer, _, amount, _ in orders:
        revenue_by_customer.setdefault(customer, []).append(amount)
    repeat = [{"customer_id": c, "tickets": len(ts)} for c, ts in by_customer.items()
              if len(ts) >= policy["repeat_complainant_min"]]
    repeat.sort(key=lambda r: (-r["tickets"], r["customer_id"].encode()))
    cost_rows = []
    if has_orders:  # DECISION: without orders.csv no customer's revenue is known: no rows.
        high = band[1]
        for c, ts in by_customer.items():
            cost = math.fsum(t.cost for t in ts)
            rev = math.fsum(revenue_by_customer.get(c, []))
            if cost > high * rev:
                cost_rows.append({"customer_id": c, "handling_cost": cost, "revenue": rev,
                                  "ratio": (cost / rev) if rev else None})
        cost_rows.sort(key=lambda r: (r["ratio"] is not None, -(r["ratio"] or 0),
                                      r["customer_id"].encode()))
        cost_rows = cost_rows[:50]

    agents = {}
    for t in tickets:
        if t.agent is not None:
            agents.setdefault(t.agent, []).append(t)
    agent_rows = [{
        "agent": a,
        "tickets": len(ts),
        "answer_days": answer_days(ts),
        "within_promise": deadline_rate(ts, "promise"),
        "well_handled": well_rate(ts),
    } for a, ts in sorted(agents.items(), key=lambda kv: kv[0].encode())]

    ticket_by_id = {t.id: t for t in tickets}
    playbook_rows = []
    for slug in sorted(playbooks, key=lambda s: s.encode()):
        applied = [c for c in cases if not c["draft"] and slug in c["playbooks"]]
        values = []
        for c in applied:
            vals = [ticket_by_id[i].retention for i in c["tickets"]
                    if i in ticket_by_id and ticket_by_id[i].retention is not None]
            if vals:
                values.append(any(vals))
            elif c["retained"] is not None:
                values.append(c["retained"])
        playbook_rows.append({"slug": slug, "cases": len(applied),
                              "retained": rate(sum(values), len(values))})

    return {
        "schema": 1,
        "as_of": as_of.isoformat(),
        "inputs": {"tickets": len(tickets), "orders": len(orders) if has_orders else None,
                   "cases": sum(1 for c in cases if not c["draft"]), "playbooks": len(playbooks),
                   "skipped_rows": skipped + skipped_orders},
        "tickets": {"total": len(tickets),
                    "open": sum(1 for t in tickets if t.resolved is None),
                    "resolved": sum(1 for t in tickets if t.resolved is not None)},
        "first_response_hours": summary([(t.first_response - t.opened) / US / 3600 for t in tickets
                                         if t.first_response is not None]),
        "answer_days": answer_days(tickets),
        "resolution_days": summary([(t.resolved - t.opened) / US / 86400 for t in tickets
                                    if t.resolved is not None]),
        "within_promise": deadline_rate(tickets, "promise"),
        "within_statutory": deadline_rate(tickets, "statutory"),
        "overdue": {"promise": overdue("promise"), "statutory": overdue("statutory")},
        "outcomes": outcomes,
        "justified": justified,
        "well_handled": well_rate(tickets),
        "retention": retention,
        "costs": costs,
        "refunds": refunds,
        "escalated": flag_rate("escalated"),
        "reopened": flag_rate("reopened"),
        "public": flag_rate("public"),
        "client_types": client_rows,
        "monthly": monthly,
        "customers": {"complainants": len(by_customer), "repeat": repeat,
                      "cost_to_serve": cost_rows},
        "agents": agent_rows,
        "playbooks": playbook_rows,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("content")
    ap.add_argument("--as-of")
    ap.add_argument("--drafts", action="store_true")
    ap.add_argument("--lenient", action="store_true", help="skip bad rows instead of failing")
    ap.add_argument("--out")
    args = ap.parse_args()
    try:
        metrics = compute(args.content, args.as_of, args.drafts, args.lenient)
    except InputError as e:
        print(f"reference_metrics: {e}", file=sys.stderr)
        return 1
    text = json.dumps(metrics, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
