#!/usr/bin/env python3
"""Expected annual figures of Beijing (12 stations, 2014-2016) for sql/airsum_beijing.sql.

Computed independently of the extension, in exact rational arithmetic, from
test/data/beijing-2014-2016.csv.gz and the HJ 633-2012 breakpoint table
test/reference/aqi-hj633.csv:

  station day   mean of >= 20 hourly values (GB 3095 Table 4); O3: the
                maximum of the 8-hour means over the windows ending 08:00 to
                24:00 (each >= 6 hours), valid with >= 14 windows or when the
                maximum exceeds 160 (HJ 663-2013 §6.1.2);
                rounded to 6 decimals (half up) as the SQL pipeline does
  city day      mean of the valid station values, rounded half to even to
                integer µg/m³ (CO 0.1 mg/m³) (HJ 663; GB/T 8170)
  daily AQI     HJ 633-2012 (ceil of the exact interpolation), primary
                pollutants when AQI > 50 (ties all count)
  annual        means, HJ 663 percentiles (k = 1 + (n-1)p/100), composite
                index (S_i 60 40 70 4 160 35), good days, shares

Writes the test airsum_beijing (test/gen/regress_file.py): the pipeline of
test/gen/airsum_beijing.sql.in, the expected figures in
test/data/gen/airsum_beijing-expected.csv, and the expected output with the
results of its queries, computed here too.
Usage: python3 test/gen/gen_airsum_expected.py [reference-dir]
"""
import csv
import gzip
import math
import os
import sys
from collections import defaultdict
from decimal import Decimal
from fractions import Fraction as F

from regress_file import RegressTest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
REF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'reference')
POLS = ['so2', 'no2', 'pm10', 'co', 'o3', 'pm25']
CSV_POL = {'so2': 'SO2', 'no2': 'NO2', 'pm10': 'PM10', 'co': 'CO', 'o3': 'O3', 'pm25': 'PM2.5'}


def half_up(x, decimals):
    q = F(10) ** decimals
    return F(math.floor(x * q + F(1, 2)), q)


def half_even(x):
    """x rounded half to even to an integer."""
    f = math.floor(x)
    r = x - f
    if r > F(1, 2) or (r == F(1, 2) and f % 2 == 1):
        f += 1
    return f


def breakpoints():
    table = defaultdict(list)
    with open(os.path.join(REF, 'aqi-hj633.csv')) as f:
        for row in csv.DictReader(f):
            key = (row['pollutant'], row['period'])
            table[key].append((F(row['c_lo']), F(row['c_hi']), int(row['iaqi_lo']), int(row['iaqi_hi'])))
    columns = {'so2': ('SO2', '24h'), 'no2': ('NO2', '24h'), 'pm10': ('PM10', '24h'),
               'co': ('CO', '24h'), 'o3': ('O3', '8h'), 'pm25': ('PM2.5', '24h')}
    return {p: sorted(table[columns[p]]) for p in POLS}


BP = breakpoints()


def iaqi(p, c):
    for lo, hi, ilo, ihi in BP[p]:
        if lo <= c <= hi:
            return ilo + math.ceil(F(ihi - ilo) / (hi - lo) * (c - lo))
    if p == 'o3' and c > BP[p][-1][1]:
        raise SystemExit('O3 8-h above 800: HJ 633-2012 note 3 case not expected in these data')
    return 500


def dec(x):
    return F(x) if x != 'NA' else None


def main():
    hours = defaultdict(dict)           # (station, date) -> {hour: {pol: value}}
    path = os.path.join(ROOT, 'test', 'data', 'beijing-2014-2016.csv.gz')
    with gzip.open(path, 'rt') as f:
        for row in csv.DictReader(f):
            key = (row['station'], (int(row['year']), int(row['month']), int(row['day'])))
            hours[key][int(row['hour'])] = {p: dec(row[p]) for p in POLS}

    city = defaultdict(lambda: defaultdict(list))    # date -> pol -> station values
    for (station, day), h in hours.items():
        for p in POLS:
            if p == 'o3':
                windows = []
                for t in range(8, 25):
                    vals = [h[x]['o3'] for x in range(t - 8, t) if x in h and h[x]['o3'] is not None]
                    if len(vals) >= 6:
                        windows.append(F(sum(vals), len(vals)))
                if windows and (len(windows) >= 14 or max(windows) > 160):
                    city[day][p].append(half_up(max(windows), 6))
            else:
                vals = [v[p] for v in h.values() if v[p] is not None]
                if len(vals) >= 20:
                    m = F(sum(vals), len(vals))
                    if p == 'co':
                        m /= 1000
                    city[day][p].append(half_up(m, 6))

    years = defaultdict(dict)                        # year -> date -> {pol: reporting units}
    for day, per in city.items():
        values = {}
        for p, vals in per.items():
            mean = sum(vals) / len(vals)
            values[p] = half_even(mean * 10 if p == 'co' else mean)
        years[day[0]][day] = values

    S = {'so2': 60, 'no2': 40, 'pm10': 70, 'co': 40, 'o3': 160, 'pm25': 35}
    out = []
    bulletin = []
    for year in sorted(years):
        days = years[year]
        series = {p: sorted(v[p] for v in days.values() if p in v) for p in POLS}

        def pct(p, q):
            x = series[p]
            k = 1 + F(len(x) - 1) * q / 100
            s = math.floor(k)
            nxt = x[s] if s < len(x) else x[s - 1]
            return x[s - 1] + (nxt - x[s - 1]) * (k - s)

        ev = {}
        for p in POLS:
            if p == 'co':
                ev[p] = half_even(pct(p, 95))
            elif p == 'o3':
                ev[p] = half_even(pct(p, 90))
            else:
                ev[p] = half_even(F(sum(series[p]), len(series[p])))
        composite = half_even(sum(F(ev[p], S[p]) for p in POLS) * 100)
        aqi_days = good = heavy = exceed = above50 = 0
        primary = defaultdict(int)
        primary_exceed = defaultdict(int)
        for day, v in days.items():
            if not v:
                continue
            idx = {p: iaqi(p, F(v[p], 10) if p == 'co' else F(v[p])) for p in v}
            aqi = max(idx.values())
            aqi_days += 1
            good += aqi <= 100
            heavy += aqi > 200
            exceed += aqi > 100
            if aqi > 50:
                above50 += 1
                for p in idx:
                    if idx[p] == aqi:
                        primary[p] += 1
                        if aqi > 100:
                            primary_exceed[p] += 1

        def fmt(units, p):
            return '%d.%d' % divmod(units, 10) if p == 'co' else str(units)
        figures = [('composite_index', '%d.%02d' % divmod(composite, 100))]
        for p in POLS:
            figures.append(('evaluation_value ' + p, fmt(ev[p], p)))
        figures.append(('pm25 p95 (24h)', str(half_even(pct('pm25', 95)))))
        figures.append(('so2 p98 (24h)', str(half_even(pct('so2', 98)))))
        for p in POLS:
            figures.append(('valid_days ' + p, str(len(series[p]))))
        figures += [('aqi_days', str(aqi_days)), ('good_days', str(good)),
                    ('heavy_days', str(heavy)), ('exceedance_days', str(exceed))]
        for p in ('pm25', 'o3', 'pm10', 'no2'):
            figures.append(('primary days ' + p, str(primary[p])))
            figures.append(('primary exceedance days ' + p, str(primary_exceed[p])))
        figures.append(('days with AQI > 50', str(above50)))
        for name, value in figures:
            out.append((year, name, value))
        # the bulletin line: GB 3095 Table 4 validity (324 daily values a
        # year and 27 in each month, 25 in February, for each pollutant);
        # compliant when every evaluation value is within its limit (the
        # composite index's S_i are the grade II limits); the pollutants of
        # the largest C_i/S_i
        months = {p: defaultdict(int) for p in POLS}
        for day, v in days.items():
            for p in v:
                months[p][day[1]] += 1
        valid = all(len(series[p]) >= 324 and all(months[p][m] >= (25 if m == 2 else 27) for m in range(1, 13))
                    for p in POLS)
        ratio = {p: F(ev[p], S[p]) for p in POLS}
        names = {'so2': 'SO2', 'no2': 'NO2', 'pm10': 'PM10', 'co': 'CO', 'o3': 'O3', 'pm25': 'PM2.5'}
        bulletin.append((year, Decimal('%d.%02d' % divmod(composite, 100)), ev['pm25'], good,
                         pct1(F(100 * good, aqi_days)), pct1(F(100 * primary_exceed['o3'], exceed)),
                         ','.join(names[p] for p in POLS if ratio[p] == max(ratio.values())),
                         all(ev[p] <= S[p] for p in POLS), valid))
    return out, bulletin, len(hours), sorted(years)


def pct1(x):
    """x rounded half away from zero to one decimal, as numeric round(x, 1)"""
    return Decimal(math.floor(x * 10 + F(1, 2))) / 10


def write(figures, bulletin, station_days, years):
    """sql/airsum_beijing.sql from the template: @EXPECTED@ becomes the
    figures' \\copy, each @RESULT@ line the next query's result."""
    template = open(os.path.join(ROOT, 'test', 'gen', 'airsum_beijing.sql.in')).read()
    results = [
        (['year', 'same_by_rollup'], [(y, True) for y in years]),
        (['year', 'figure', 'computed', 'expected', 'agree'],
         [(y, f, v, v, True) for y, f, v in sorted(figures)]),
        (['year', 'composite', 'pm25', 'good_days', 'good_pct', 'o3_share_of_exceedance_days',
          'max_subindex_pollutant', 'compliant', 'is_valid_year'], bulletin),
        (['station_days', 'disagreeing'], [(station_days, 0)]),
        (['year', 'same_summary'], [(y, True) for y in years]),
    ]
    t = RegressTest('airsum_beijing')
    for line in template.rstrip('\n').split('\n'):
        if line == '@RESULT@':
            t.result(*results.pop(0))
        elif line == '@EXPECTED@':
            t.copy('expected', figures)
        else:
            t.text(line)
    assert not results, 'fewer @RESULT@ lines in the template than results'
    t.write()


if __name__ == '__main__':
    write(*main())
