#!/usr/bin/env python3
"""Generates the test aqi_breakpoints (sql/, expected/ and its cases in
test/data/gen/, test/gen/regress_file.py) from the reference breakpoint
tables.

    python3 test/gen/gen_aqi_tests.py [reference-dir, default test/reference]

The core carries its own transcription of HJ 633-2012 Table 1, HJ 633-2026
Table 3 and the US EPA 2024 table (src/core/aqi_tables.c); this script reads
the independent CSV transcriptions and computes the expected IAQI itself with
exact rational arithmetic (fractions), so the two check each other:

1. every breakpoint of every pollutant, period and standard: at the
   breakpoint, one resolution step below and above, tiny offsets (0.001),
   the middle of each segment, the top end and beyond it;
2. the CSV rows themselves as a table, over which the test scans every
   column at 1 ug/m3 (0.1 mg/m3 for CO) steps, comparing iaqi() with the
   same formula in exact numeric arithmetic.

Only mismatches are printed, so the expected output is counts, computed
here too, and empty lists.
"""
import csv
import math
import os
import sys
from fractions import Fraction as F

from regress_file import RegressTest

STANDARDS = [
    ("hj633-2012", "aqi-hj633.csv"),
    ("hj633-2026", "aqi-hj633-2026.csv"),
    ("us-epa-2024", "aqi-us-epa-2024.csv"),
]


def read_table(path):
    cols = {}
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            key = (r["pollutant"], r["period"])
            cols.setdefault(key, []).append(
                (F(r["c_lo"]), F(r["c_hi"]), int(r["iaqi_lo"]), int(r["iaqi_hi"]), r["c_lo"], r["c_hi"]))
    return cols


def round_half_even(c, q):
    n = c / q
    fl = math.floor(n)
    r = n - fl
    if r > F(1, 2) or (r == F(1, 2) and fl % 2 == 1):
        fl += 1
    return fl * q


def step(standard, pollutant):
    if standard.startswith("hj633"):
        return F(1, 10) if pollutant == "CO" else F(1)
    return {"O3": F(1, 1000), "PM2.5": F(1, 10), "PM10": F(1), "CO": F(1, 10),
            "SO2": F(1), "NO2": F(1)}[pollutant]


def expected(standard, pollutant, period, rows, c):
    """The IAQI, None for 'no index' (SQL NULL), or 'error'."""
    q = step(standard, pollutant)
    if standard == "hj633-2026":
        c = round_half_even(c, q)
    elif standard == "us-epa-2024":
        c = math.floor(c / q) * q
    if c < rows[0][0]:
        return None
    for lo, hi, ilo, ihi, _, _ in rows:
        if c <= hi:
            v = F(ihi - ilo) / (hi - lo) * (c - lo) + ilo
            if standard == "us-epa-2024":
                return math.floor(v + F(1, 2))
            return math.ceil(v)
    # above the top of the column
    if standard == "hj633-2012" and (pollutant, period) in (("SO2", "1h"), ("O3", "8h")):
        return "error"      # notes 2 and 3: the other period's sub-index
    if standard == "hj633-2026" and (pollutant, period) == ("SO2", "1h"):
        return 200          # note b
    if standard == "hj633-2026" and (pollutant, period) == ("O3", "8h"):
        return 300          # note c
    if standard == "us-epa-2024" and (pollutant, period) in (("SO2", "1h"), ("O3", "8h")):
        return "error"      # 24-h SO2 / 1-h O3 table
    return 500


def fmt(c):
    s = f"{float(c):.6f}".rstrip("0").rstrip(".")
    assert F(s) == c, (s, c)
    return s


# Plausibility limits (docs/aqi.md, "Plausibility limits"): above them a
# concentration is error 22003, so above-top points stop at the limit.
PLAUSIBLE = {"SO2": 5000, "NO2": 5000, "PM10": 20000, "CO": 200, "O3": 2000, "PM2.5": 10000}
PLAUSIBLE_US = {"SO2": 5000, "NO2": 5000, "PM10": 20000, "CO": 200, "O3": 1, "PM2.5": 10000}


def plausible_limit(standard, pollutant):
    table = PLAUSIBLE_US if standard == "us-epa-2024" else PLAUSIBLE
    return F(table["O3" if pollutant.startswith("O3") else pollutant])


def points(standard, pollutant, rows):
    q = step(standard, pollutant)
    tiny = F(1, 1000) if q >= F(1, 100) else F(1, 10**6)
    pts = set()
    for lo, hi, _, _, _, _ in rows:
        for c in (lo, hi, hi - q, hi + q, lo + q, lo - q, hi - tiny, hi + tiny,
                  lo + tiny, (lo + hi) / 2, hi + q / 2, hi - q / 2):
            if c >= 0:
                pts.add(c)
    top = rows[-1][1]
    limit = plausible_limit(standard, pollutant)
    for c in (top, top + q, top + tiny, top * 2, top * 10, limit):
        pts.add(min(c, limit))
    return sorted(pts)


SCAN_TABLE = """
-- Every HJ 633 column at 1 ug/m3 steps (CO: 0.1 mg/m3) up to its top:
-- iaqi() against ceil() of the formula in exact numeric arithmetic, and, to
-- show the trap is real, how often ceil() over binary doubles would be wrong.
CREATE TEMP TABLE aqi_scan AS
SELECT b.standard, b.pollutant, b.period, s.c,
       ceil((b.i_hi - b.i_lo) * (s.c - b.c_lo) / (b.c_hi - b.c_lo) + b.i_lo)::integer AS exact,
       ceil((b.i_hi - b.i_lo)::float8 * (s.c::float8 - b.c_lo::float8)
            / (b.c_hi - b.c_lo)::float8 + b.i_lo)::integer AS naive_float
FROM aqi_bp b
CROSS JOIN LATERAL (
    SELECT g * CASE WHEN b.pollutant = 'CO' THEN 0.1 ELSE 1 END AS c
    FROM generate_series(0, 60000) g) s
WHERE b.standard LIKE 'hj633-%'
  AND s.c <= b.c_hi
  AND (s.c > b.c_lo OR b.c_lo = 0);
SELECT standard, count(*) AS values_scanned,
       count(*) FILTER (WHERE naive_float <> exact) AS naive_float_wrong
FROM aqi_scan GROUP BY standard ORDER BY standard;"""

SCAN_MISMATCHES = """-- mismatches (none expected)
SELECT standard, pollutant, period, c, exact,
       iaqi(pollutant, c::float8, period, standard) AS got
FROM aqi_scan
WHERE iaqi(pollutant, c::float8, period, standard) IS DISTINCT FROM exact;
"""

DAILY_SCAN = """-- The same scan through aqi_daily() (its indexes are tabulated per column):
-- one daily indicator at the scanned value, the others 0.
CREATE TEMP TABLE aqi_daily_scan AS
SELECT standard, pollutant, period, c, greatest(exact, CASE standard WHEN 'hj633-2026' THEN 1 ELSE 0 END) AS want,
       value(aqi_daily(
           CASE WHEN pollutant = 'SO2' THEN c ELSE 0 END,
           CASE WHEN pollutant = 'NO2' THEN c ELSE 0 END,
           CASE WHEN pollutant = 'PM10' THEN c ELSE 0 END,
           CASE WHEN pollutant = 'CO' THEN c ELSE 0 END,
           CASE WHEN pollutant = 'O3' AND period = '8h' THEN c ELSE 0 END,
           CASE WHEN pollutant = 'PM2.5' THEN c ELSE 0 END,
           CASE WHEN standard = 'hj633-2026' THEN NULL
                WHEN pollutant = 'O3' AND period = '1h' THEN c ELSE 0 END,
           standard)) AS got
FROM aqi_scan
WHERE (period = '24h' OR (pollutant = 'O3' AND period = '8h')
       OR (pollutant = 'O3' AND period = '1h' AND standard = 'hj633-2012'));
SELECT standard, count(*) AS daily_values_scanned FROM aqi_daily_scan GROUP BY standard ORDER BY standard;"""


def scan(bp_rows):
    """What the scan queries count, computed here: per standard the values
    scanned, those where ceil() over doubles differs from the exact ceil(),
    and the values the aqi_daily() scan takes."""
    counts = {}
    for s, pol, p, lo, hi, ilo, ihi in bp_rows:
        if not s.startswith("hj633-"):
            continue
        q = F(1, 10) if pol == "CO" else F(1)
        lo, hi = F(lo), F(hi)
        n = wrong = 0
        for g in range(0, 60001):
            c = g * q
            if c > hi:
                break
            if not (c > lo or lo == 0):
                continue
            n += 1
            exact = math.ceil(F(ihi - ilo) * (c - lo) / (hi - lo) + ilo)
            naive = math.ceil(float(ihi - ilo) * (float(c) - float(lo)) / float(hi - lo) + ilo)
            wrong += naive != exact
        daily = p == "24h" or (pol == "O3" and p == "8h") or (pol == "O3" and p == "1h" and s == "hj633-2012")
        c = counts.setdefault(s, [0, 0, 0])
        c[0] += n
        c[1] += wrong
        c[2] += n if daily else 0
    return counts


def main():
    ref = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'reference')
    cases = []
    bp_rows = []
    for standard, fname in STANDARDS:
        cols = read_table(os.path.join(ref, fname))
        for (pollutant, period), rows in cols.items():
            for lo, hi, ilo, ihi, slo, shi in rows:
                bp_rows.append((standard, pollutant, period, slo, shi, ilo, ihi))
            periods = [period]
            if standard.startswith("hj633") and pollutant in ("PM10", "PM2.5"):
                periods.append("1h")    # hourly PM on the daily breakpoints
            for p in periods:
                for c in points(standard, pollutant, rows):
                    want = expected(standard, pollutant, period, rows, c)
                    if want == "error":
                        continue        # tested in sql/aqi_rules.sql
                    cases.append((standard, pollutant, p, fmt(c), want))
    t = RegressTest("aqi_breakpoints")
    t.text("-- GENERATED by test/gen/gen_aqi_tests.py from the reference CSVs; do not edit.",
           "-- Every breakpoint of every pollutant, period and standard, the expected",
           "-- IAQI computed in exact rational arithmetic from the CSV transcription",
           "-- (the cases in test/data/gen/aqi_breakpoints-aqi_case.csv).",
           "CREATE TEMP TABLE aqi_case (standard text, pollutant text, period text,",
           "    conc double precision, want integer);")
    t.copy("aqi_case", cases)
    t.text("SELECT count(*) AS cases, count(DISTINCT (standard, pollutant, period)) AS columns FROM aqi_case;")
    t.result(["cases", "columns"], [(len(cases), len({c[:3] for c in cases}))])
    t.text("-- mismatches (none expected)",
           "SELECT standard, pollutant, period, conc, want,",
           "       iaqi(pollutant, conc, period, standard) AS got",
           "FROM aqi_case",
           "WHERE iaqi(pollutant, conc, period, standard) IS DISTINCT FROM want;")
    t.result(["standard", "pollutant", "period", "conc", "want", "got"], [])
    t.text("",
           "-- The CSV rows, for an exhaustive scan in exact numeric arithmetic.",
           "CREATE TEMP TABLE aqi_bp (standard text, pollutant text, period text,",
           "    c_lo numeric, c_hi numeric, i_lo integer, i_hi integer);")
    t.copy("aqi_bp", bp_rows)
    counts = scan(bp_rows)
    t.text(SCAN_TABLE)
    t.result(["standard", "values_scanned", "naive_float_wrong"], [(s, c[0], c[1]) for s, c in sorted(counts.items())])
    t.text(SCAN_MISMATCHES)
    t.result(["standard", "pollutant", "period", "c", "exact", "got"], [])
    t.text(DAILY_SCAN)
    t.result(["standard", "daily_values_scanned"], [(s, c[2]) for s, c in sorted(counts.items())])
    t.text("-- mismatches (none expected)",
           "SELECT * FROM aqi_daily_scan WHERE got IS DISTINCT FROM want;")
    t.result(["standard", "pollutant", "period", "c", "want", "got"], [])
    t.write()
    print(f"{len(cases)} cases, {len(bp_rows)} breakpoint rows")


if __name__ == "__main__":
    main()
