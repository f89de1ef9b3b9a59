#!/usr/bin/env python3
"""Writes test/data/platform-export-2016-03.csv.gz, a sample of the national
platform's wide hourly export, from the bundled Beijing data, for
docs/import.md.

The layout of the platform's daily files (china_sites_YYYYMMDD.csv), their
header once at the top (a month of daily files with their headers dropped):

    date,hour,type,1001A,1002A,...        one column per station code
    20160301,0,PM2.5,12,15,...            blank = not measured

- hour h of the file of day D is the hour ENDING at h:00 of D, so hour 0 is
  the last hour of D-1 (the Beijing data stamp the START of the hour: their
  hour h of D is hour h+1 of the file of D, their hour 23 is hour 0 of D+1);
- type rows PM2.5, PM2.5_24h, PM10, PM10_24h, SO2, SO2_24h, NO2, NO2_24h, O3,
  O3_24h, O3_8h, O3_8h_24h, CO, CO_24h, AQI; the hourly inputs are PM2.5,
  PM10, SO2, NO2, O3 and CO; the _24h rows are means over the 24 hours ending
  then (O3_24h and O3_8h_24h: maxima), O3_8h the 8-hour moving mean, all
  over the hours present; the AQI row is left blank here (the real export
  carries the hourly AQI; ecoinsp computes it);
- CO in mg/m³ (the Beijing data give µg/m³), the others in µg/m³.

The sample covers the files of 2016-03-01 .. 2016-04-01: every hour of March
2016 (stamped by its end), the last hour of 2016-02-29 (hour 0 of the first
file) and the first hours of 2016-04-01 (that file is cut after hour 0).
Station codes: test/data/platform-stations.csv.
"""
import csv
import gzip
import io
import os
from datetime import datetime, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
STATIONS = [r for r in csv.DictReader(open(os.path.join(HERE, 'platform-stations.csv'), encoding='utf-8'))]
CODE = {r['name_en']: r['code'] for r in STATIONS}
CODES = [r['code'] for r in STATIONS]
POLLUTANTS = [('PM2.5', 'pm25'), ('PM10', 'pm10'), ('SO2', 'so2'), ('NO2', 'no2'), ('O3', 'o3'), ('CO', 'co')]
TYPES = ['PM2.5', 'PM2.5_24h', 'PM10', 'PM10_24h', 'SO2', 'SO2_24h', 'NO2', 'NO2_24h',
         'O3', 'O3_24h', 'O3_8h', 'O3_8h_24h', 'CO', 'CO_24h', 'AQI']
FIRST = datetime(2016, 3, 1, 0)      # the end of the first hour in the sample
LAST = datetime(2016, 4, 1, 0)       # the end of the last hour in the sample


def num(text, scale=1):
    if text == 'NA':
        return None
    return Decimal(text) / scale


def fmt(d, places=None):
    if d is None:
        return ''
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places))
    s = format(d.normalize(), 'f')
    return s


def main():
    # values[(code, pollutant)][end of hour] = Decimal; a day before FIRST for the moving means
    values = {}
    src = gzip.open(os.path.join(HERE, 'beijing-2014-2016.csv.gz'), 'rt', encoding='utf-8')
    for r in csv.DictReader(src):
        start = datetime(int(r['year']), int(r['month']), int(r['day']), int(r['hour']))
        end = start + timedelta(hours=1)
        if not (FIRST - timedelta(hours=31) <= end <= LAST):
            continue
        for _, col in POLLUTANTS:
            v = num(r[col], 1000 if col == 'co' else 1)
            if v is not None:
                values.setdefault((CODE[r['station']], col), {})[end] = v

    def window(code, col, end, hours):
        got = [values.get((code, col), {}).get(end - timedelta(hours=k)) for k in range(hours)]
        return [v for v in got if v is not None]

    def mean(vs):
        return sum(vs) / len(vs) if vs else None

    out = io.StringIO()
    w = csv.writer(out, lineterminator='\n')
    w.writerow(['date', 'hour', 'type'] + CODES)
    t = FIRST
    while t <= LAST:
        row_date, row_hour = t.strftime('%Y%m%d'), t.hour
        for typ in TYPES:
            cells = []
            for code in CODES:
                base = typ.split('_')[0]
                col = dict(POLLUTANTS).get(base)
                places = 3 if base == 'CO' else 0
                if typ == 'AQI':
                    v = None
                elif typ == base:
                    v = values.get((code, col), {}).get(t)
                    places = None
                elif typ == 'O3_8h':
                    v = mean(window(code, 'o3', t, 8))
                elif typ == 'O3_24h':
                    vs = window(code, 'o3', t, 24)
                    v = max(vs) if vs else None
                elif typ == 'O3_8h_24h':
                    vs = [mean(window(code, 'o3', t - timedelta(hours=k), 8)) for k in range(24)]
                    vs = [v for v in vs if v is not None]
                    v = max(vs) if vs else None
                else:
                    v = mean(window(code, col, t, 24))
                cells.append(fmt(v, places))
            w.writerow([row_date, row_hour, typ] + cells)
        t += timedelta(hours=1)
    path = os.path.join(HERE, 'platform-export-2016-03.csv.gz')
    with open(path, 'wb') as f:
        with gzip.GzipFile(filename='', fileobj=f, mode='wb', mtime=0) as g:
            g.write(out.getvalue().encode('utf-8'))


if __name__ == '__main__':
    main()
