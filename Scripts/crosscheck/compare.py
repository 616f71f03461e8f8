#!/usr/bin/env python3
"""Compare two metrics.json files figure by figure.

    compare.py EXPECTED.json ACTUAL.json [--tolerance 1e-9] [--max N]

Numbers agree when |a - b| <= tolerance * max(|a|, |b|) (exactly when one is 0); strings,
booleans and null must be equal; objects must have the same keys in the same order; lists the
same length and order. Every difference is printed with its JSON path; exit status 1 if any.
"""

import argparse
import json
import sys


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def diff(a, b, path, tol, out):
    if is_number(a) and is_number(b):
        scale = max(abs(a), abs(b))
        if abs(a - b) > tol * scale:
            out.append(f"{path}: {a!r} != {b!r}")
        return
    if isinstance(a, dict) and isinstance(b, dict):
        ka, kb = list(a), list(b)
        if ka != kb:
            missing = [k for k in ka if k not in b]
            extra = [k for k in kb if k not in a]
            if missing or extra:
                out.append(f"{path}: keys differ: missing {missing}, unexpected {extra}")
            else:
                out.append(f"{path}: key order differs: expected {ka}, got {kb}")
        for k in ka:
            if k in b:
                diff(a[k], b[k], f"{path}.{k}", tol, out)
        return
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path}: length {len(a)} != {len(b)}")
        for i, (x, y) in enumerate(zip(a, b)):
            diff(x, y, f"{path}[{i}]", tol, out)
        return
    if type(a) is not type(b) or a != b:
        out.append(f"{path}: {json.dumps(a, ensure_ascii=False)} != "
                   f"{json.dumps(b, ensure_ascii=False)}")


def main():
    ap = argparse.ArgumentParser(description="compare two metrics.json files")
    ap.add_argument("expected")
    ap.add_argument("actual")
    ap.add_argument("--tolerance", type=float, default=1e-9)
    ap.add_argument("--max", type=int, default=200, help="differences to print (0 = all)")
    args = ap.parse_args()
    with open(args.expected, encoding="utf-8") as f:
        a = json.load(f)
    with open(args.actual, encoding="utf-8") as f:
        b = json.load(f)
    out = []
    diff(a, b, "$", args.tolerance, out)
    shown = out if args.max == 0 else out[:args.max]
    for line in shown:
        print(line)
    if len(out) > len(shown):
        print(f"… and {len(out) - len(shown)} more")
    print(f"{len(out)} difference(s)" if out else "metrics agree", file=sys.stderr)
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main())
