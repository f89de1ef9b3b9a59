#!/usr/bin/env python3
"""Generates the test realtime_bands (sql/, expected/ and its cases in
test/data/gen/, test/gen/regress_file.py) from the banded real-time indices
and the US NowCast's truncation boundaries.

    python3 test/gen/gen_realtime_tests.py [reference-dir, default test/reference]

The core carries its own transcription of the European Air Quality Index
(2024 bands and the previous ones) and the UK DAQI (src/core/aqi_tables.c);
this script reads the repository's CSV copies (test/reference/eaqi-2024.csv,
eaqi-2021.csv, uk-daqi.csv) and computes the expected level itself, so the
two check each other.  The rules (docs/realtime.md):

* EEA: a band "lo-hi" includes its upper edge (PM2.5 = 5 is Good); above the
  last finite edge is the top level, also above the 2021 table's printed
  ends (800, 1200, ...).
* DAQI: the index is that of the first band whose printed upper edge is not
  below the value (67 -> 1, 67.5 -> 2, 68 -> 2): the bands' gaps of one unit
  go to the higher index, without any rounding; above index 9, 10.

Points: every band edge, +/- 1 unit of the last printed digit, +/- 0.001,
each band's middle, and far above the top.  The test prints mismatches
only, so the expected output is counts, computed here too, and empty lists.

NowCast (docs/realtime.md, AirNow-Tech): windows of hours whose NowCast lies
on, just below or just above a truncation step (0.1 ug/m3 for PM2.5, 1 for
PM10), at the US AQI 24-hour PM breakpoints of test/reference/
aqi-us-epa-2024.csv: steady values (w = 1), the cases near a truncation step (steady
35.4999999 -> 35.4, PM10 54.9999999 -> 54, steady 12.3 -> 12.3), windows
with w = 1/2 exactly whose NowCast is a step, and windows with a missing
hour.  The expected value is computed here with exact fractions of the
decimals written, then truncated.
"""
import csv
import os
import sys
from fractions import Fraction as F

from regress_file import RegressTest

STANDARDS = [
    ("eea-2024", "eaqi-2024.csv", "level"),
    ("eea-2021", "eaqi-2021.csv", "level"),
    ("uk-daqi", "uk-daqi.csv", "index"),
]


def read_table(path, level_field):
    cols = {}
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            key = (r["pollutant"], r["period"])
            hi = F(r["c_hi"]) if r["c_hi"] else None
            cols.setdefault(key, []).append((int(r[level_field]), F(r["c_lo"]), hi))
    return cols


def expected(bands, c):
    for level, _, hi in bands:
        if hi is not None and c <= hi:
            return level
    return bands[-1][0]


def fmt(c):
    s = f"{float(c):.6f}".rstrip("0").rstrip(".")
    assert F(s) == c, (s, c)
    return s


# Plausibility limits (docs/aqi.md, "Plausibility limits"), µg/m³: above
# them a concentration is error 22003, so the far points stop at the limit.
PLAUSIBLE = {"SO2": 5000, "NO2": 5000, "PM10": 20000, "O3": 2000, "PM2.5": 10000}


def points(bands, pollutant):
    pts = set()
    for _, lo, hi in bands:
        for edge in (lo, hi):
            if edge is None:
                continue
            for d in (0, 1, -1, F(1, 1000), -F(1, 1000), F(1, 2)):
                if edge + d >= 0:
                    pts.add(edge + d)
        if hi is not None:
            pts.add((lo + hi) / 2)
    top = max(b[1] for b in bands)
    limit = F(PLAUSIBLE[pollutant])
    pts.update(min(c, limit) for c in (top * 2, top * 10, limit))
    return sorted(pts)


NOWCAST_STEP = {"pm2.5": F(1, 10), "pm10": F(1)}


def nowcast_expected(pollutant, hours):
    """hours: latest first, None for an hour without a value; the decimal
    strings' exact NowCast, truncated; None when not reported."""
    vals = [None if h is None else F(h) for h in hours]
    if sum(v is not None for v in vals[:3]) < 2:
        return None
    valid = [(i, v) for i, v in enumerate(vals) if v is not None]
    cmax = max(v for _, v in valid)
    if cmax == 0:
        return F(0)
    w = max(min(v for _, v in valid) / cmax, F(1, 2))
    first = valid[0][0]
    num = sum(w ** (i - first) * v for i, v in valid)
    den = sum(w ** (i - first) for i, _ in valid)
    step = NOWCAST_STEP[pollutant]
    return (num / den / step).__floor__() * step


def nowcast_cases(ref):
    edges = {"pm2.5": set(), "pm10": set()}
    with open(os.path.join(ref, "aqi-us-epa-2024.csv"), newline="") as f:
        for r in csv.DictReader(f):
            if r["period"] == "24h" and r["pollutant"] in ("PM2.5", "PM10"):
                p = r["pollutant"].lower()
                edges[p].update((F(r["c_lo"]), F(r["c_hi"])))
    cases = []
    # steady values a hair below a truncation step, and one on it
    cases.append(("pm2.5", ["35.4999999"] * 12))
    cases.append(("pm10", ["54.9999999"] * 12))
    cases.append(("pm2.5", ["12.3"] * 12))
    for p in ("pm2.5", "pm10"):
        step = NOWCAST_STEP[p]
        for e in sorted(edges[p]):
            for d in (0, F(1, 10**7), -F(1, 10**7), step / 2, -step / 2, F(1, 10**12), -F(1, 10**12)):
                c = e + d
                if c < 0:
                    continue
                for n in (3, 12):
                    cases.append((p, [fmt_exact(c)] * n))
            # w = 1/2 exactly: c1 = 2x, c2 = x gives 5x/3, a step for x = 3k/5 steps
            k = e / step
            for kk in (k - 1, k, k + 1):
                if kk > 0:
                    x = F(3, 5) * kk * step
                    cases.append((p, [fmt_exact(2 * x), fmt_exact(x)]))
            # a missing hour keeps its place
            if e > 0:
                cases.append((p, [fmt_exact(e), None, fmt_exact(e), fmt_exact(e)]))
    return cases


def fmt_exact(c):
    """c as a decimal string (c has a finite decimal expansion)."""
    places = 0
    while (c * 10 ** places).denominator != 1:
        places += 1
        assert places <= 30, c
    n = str((c * 10 ** places).numerator).rjust(places + 1, "0")
    if places == 0:
        return n
    return (n[:-places] + "." + n[-places:]).rstrip("0").rstrip(".")


def write_nowcast(t, ref):
    rows = []
    wants = []
    for case, (p, hours) in enumerate(nowcast_cases(ref), start=1):
        want = nowcast_expected(p, hours)
        wants.append(want)
        for i, h in enumerate(hours):
            rows.append((case, p, i, h, None if want is None else fmt_exact(want)))
    t.text("",
           "-- NowCast truncation, decided on the exact decimal values of the inputs",
           "-- windows at the US AQI 24-hour PM breakpoints; hour 0 is the",
           "-- latest.  Mismatches (none expected).",
           "CREATE TEMP TABLE nowcast_case (id integer, pollutant text, hour integer,",
           "    v double precision, want double precision);")
    t.copy("nowcast_case", rows)
    t.text("SELECT count(DISTINCT id) AS windows, count(DISTINCT id) FILTER (WHERE want IS NULL) AS not_reported",
           "FROM nowcast_case;")
    t.result(["windows", "not_reported"], [(len(wants), sum(w is None for w in wants))])
    t.text("SELECT id, pollutant, min(want) AS want,",
           "       nowcast(timestamp '2024-01-01 12:00' - hour * interval '1 hour', v, pollutant) AS got",
           "FROM nowcast_case GROUP BY id, pollutant",
           "HAVING nowcast(timestamp '2024-01-01 12:00' - hour * interval '1 hour', v, pollutant)",
           "       IS DISTINCT FROM min(want)",
           "ORDER BY id;")
    t.result(["id", "pollutant", "want", "got"], [])


MISMATCHES = """-- iaqi() with the period given and with the standard's default period:
-- mismatches (none expected)
SELECT standard, pollutant, period, conc, want,
       iaqi(pollutant, conc, period, standard) AS got,
       iaqi(pollutant, conc, NULL, standard) AS got_default_period
FROM band_case
WHERE iaqi(pollutant, conc, period, standard) IS DISTINCT FROM want
   OR iaqi(pollutant, conc, NULL, standard) IS DISTINCT FROM want;"""

HOURLY_MISMATCHES = """-- aqi_hourly() with that one pollutant: the same level, that pollutant
-- primary; mismatches (none expected)
SELECT standard, pollutant, conc, want, a
FROM (SELECT c.*, aqi_hourly(
          so2 => CASE WHEN pollutant = 'SO2' THEN conc END,
          no2 => CASE WHEN pollutant = 'NO2' THEN conc END,
          pm10 => CASE WHEN pollutant = 'PM10' AND period = '1h' THEN conc END,
          co => NULL,
          o3 => CASE WHEN pollutant = 'O3' AND period = '1h' THEN conc END,
          pm25 => CASE WHEN pollutant = 'PM2.5' AND period = '1h' THEN conc END,
          o3_8h => CASE WHEN pollutant = 'O3' AND period = '8h' THEN conc END,
          pm10_24h => CASE WHEN pollutant = 'PM10' AND period = '24h' THEN conc END,
          pm25_24h => CASE WHEN pollutant = 'PM2.5' AND period = '24h' THEN conc END,
          standard => standard) AS a
      FROM band_case AS c) AS t
WHERE value(a) IS DISTINCT FROM want
   OR primary_pollutants(a) IS DISTINCT FROM
      ARRAY[CASE WHEN pollutant = 'O3' THEN 'O3_' || period ELSE pollutant END];"""

PAIRS = """
-- The overall index is the worst pollutant's: every pair of two pollutants
-- of a standard at two band edges; mismatches (none expected)
SELECT count(*) AS pairs FROM band_case a JOIN band_case b
  ON a.standard = b.standard AND a.pollutant < b.pollutant AND a.conc::int % 7 = 0
     AND b.conc::int % 5 = 0;"""

PAIR_MISMATCHES = """SELECT a.standard, a.pollutant, a.conc, b.pollutant, b.conc, agg
FROM band_case a JOIN band_case b
  ON a.standard = b.standard AND a.pollutant < b.pollutant AND a.conc::int % 7 = 0
     AND b.conc::int % 5 = 0,
LATERAL (SELECT aqi_hourly(
          so2 => CASE 'SO2' WHEN a.pollutant THEN a.conc WHEN b.pollutant THEN b.conc END,
          no2 => CASE 'NO2' WHEN a.pollutant THEN a.conc WHEN b.pollutant THEN b.conc END,
          pm10 => CASE WHEN a.standard = 'eea-2024' THEN
                  CASE 'PM10' WHEN a.pollutant THEN a.conc WHEN b.pollutant THEN b.conc END END,
          co => NULL,
          o3 => CASE WHEN a.standard <> 'uk-daqi' THEN
                  CASE 'O3' WHEN a.pollutant THEN a.conc WHEN b.pollutant THEN b.conc END END,
          pm25 => CASE WHEN a.standard = 'eea-2024' THEN
                  CASE 'PM2.5' WHEN a.pollutant THEN a.conc WHEN b.pollutant THEN b.conc END END,
          o3_8h => CASE WHEN a.standard = 'uk-daqi' THEN
                  CASE 'O3' WHEN a.pollutant THEN a.conc WHEN b.pollutant THEN b.conc END END,
          pm10_24h => CASE WHEN a.standard <> 'eea-2024' THEN
                  CASE 'PM10' WHEN a.pollutant THEN a.conc WHEN b.pollutant THEN b.conc END END,
          pm25_24h => CASE WHEN a.standard <> 'eea-2024' THEN
                  CASE 'PM2.5' WHEN a.pollutant THEN a.conc WHEN b.pollutant THEN b.conc END END,
          standard => a.standard) AS agg) AS x
WHERE value(agg) IS DISTINCT FROM greatest(a.want, b.want);"""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ref = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "reference")
    cases = []
    for standard, fname, field in STANDARDS:
        for (pollutant, period), bands in read_table(os.path.join(ref, fname), field).items():
            for c in points(bands, pollutant):
                cases.append((standard, pollutant, period, fmt(c), expected(bands, c)))
    t = RegressTest("realtime_bands")
    t.text("-- GENERATED by test/gen/gen_realtime_tests.py from test/reference/eaqi-2024.csv,",
           "-- eaqi-2021.csv and uk-daqi.csv; do not edit.  Every band edge of every",
           "-- pollutant of the European AQI (2024 and previous bands) and the UK DAQI,",
           "-- +/- one unit of the last printed digit and +/- 0.001.",
           "CREATE TEMP TABLE band_case (standard text, pollutant text, period text,",
           "    conc double precision, want integer);")
    t.copy("band_case", cases)
    t.text("SELECT standard, count(*) AS cases, count(DISTINCT pollutant) AS pollutants,",
           "       min(want) AS lowest, max(want) AS highest",
           "FROM band_case GROUP BY standard ORDER BY standard;")
    per = {}
    for s, p, _, _, w in cases:
        per.setdefault(s, []).append((p, w))
    t.result(["standard", "cases", "pollutants", "lowest", "highest"],
             [(s, len(v), len({p for p, _ in v}), min(w for _, w in v), max(w for _, w in v))
              for s, v in sorted(per.items())])
    t.text(MISMATCHES)
    t.result(["standard", "pollutant", "period", "conc", "want", "got", "got_default_period"], [])
    t.text(HOURLY_MISMATCHES)
    t.result(["standard", "pollutant", "conc", "want", "a"], [])
    t.text(PAIRS)
    # conc::int rounds half to even, as Python's round() of a float does
    pairs = sum(1 for a in cases for b in cases
                if a[0] == b[0] and a[1] < b[1] and round(float(a[3])) % 7 == 0 and round(float(b[3])) % 5 == 0)
    t.result(["pairs"], [(pairs,)])
    t.text(PAIR_MISMATCHES)
    t.result(["standard", "pollutant", "conc", "pollutant", "conc", "agg"], [])
    write_nowcast(t, ref)
    t.write()
    print(f"{len(cases)} cases")


if __name__ == "__main__":
    main()
