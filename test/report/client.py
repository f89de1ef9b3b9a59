#!/usr/bin/python3
"""A BI tool's view of the report layer, through psycopg 3 (python3-psycopg).

    client.py DATABASE

Connects as libpq does (PGHOST, PGPORT, PGUSER), finds the report views of
docs/report-layer.md (every view named *_report in schema public), and reads
each one (up to ROWS rows) in text and in binary format, as a BI tool does.
Checks that every column has a type the driver knows and that is a number,
date, boolean or text, that every value arrives as the matching Python type,
that a parameterised query works, and that to_jsonb() of a report row parses
into an object of plain JSON values.  Prints "ok"/"not ok" lines and
"N passed, N failed".
"""
import datetime
import decimal
import sys

import psycopg

# The built-in types a report view may expose, and what psycopg returns for
# each (psycopg's default loaders).
PLAIN = {
    'int2': int, 'int4': int, 'int8': int,
    'numeric': decimal.Decimal, 'float4': float, 'float8': float,
    'bool': bool,
    'text': str, 'varchar': str, 'bpchar': str,
    'date': datetime.date, 'timestamp': datetime.datetime, 'timestamptz': datetime.datetime,
}
JSON_SCALARS = (int, float, bool, str, type(None))
# Rows read per view and format: all of the city views, three stations' years
# of station_day_report (the pure-Python driver takes 1.5 s for all 13 152).
ROWS = 3000

passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print('ok - ' + what)
    else:
        failed += 1
        print('not ok - ' + what)


def read_view(conn, view, binary):
    """Checks one report view read in one format; returns its rows."""
    fmt = 'binary' if binary else 'text'
    with conn.cursor(binary=binary) as cur:
        cur.execute('SELECT * FROM %s ORDER BY 1, 2 LIMIT %d' % (view, ROWS))
        rows = cur.fetchall()
        bad = []
        for col in cur.description:
            info = conn.adapters.types.get(col.type_code)
            if info is None or info.name not in PLAIN:
                bad.append('%s (OID %s%s)' % (col.name, col.type_code,
                                              ', ' + info.name if info else ', unknown to psycopg'))
        check(not bad, '%s (%s): %d columns, each a number, date, boolean or text psycopg knows%s'
              % (view, fmt, len(cur.description), ('; not: ' + ', '.join(bad)) if bad else ''))
        wants = []
        for col in cur.description:
            info = conn.adapters.types.get(col.type_code)
            wants.append(PLAIN.get(info.name) if info else None)
        wrong = set()
        for row in rows:
            for col, want, value in zip(cur.description, wants, row):
                if value is not None and type(value) is not want:
                    wrong.add('%s: %s' % (col.name, type(value).__name__))
        check(rows and not wrong, '%s (%s): %d rows, every value a %s'
              % (view, fmt, len(rows), 'plain Python value' if not wrong else 'plain value; not: ' + ', '.join(sorted(wrong))))
    return rows


def main():
    database = sys.argv[1]
    with psycopg.connect(dbname=database, autocommit=True) as conn:
        views = [r[0] for r in conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'v' AND c.relname LIKE '%\\_report' ORDER BY 1")]
        check(views == ['city_month_report', 'city_year_report', 'station_day_report'],
              'the report views: ' + ', '.join(views))
        for view in views:
            text_rows = read_view(conn, view, binary=False)
            binary_rows = read_view(conn, view, binary=True)
            check(text_rows == binary_rows, '%s: text and binary format give the same values' % view)

        # A dashboard filter: a parameter bound by the driver (extended protocol).
        rows = conn.execute('SELECT month, pm25, good_pct FROM city_month_report WHERE month BETWEEN %s AND %s ORDER BY month',
                            [datetime.date(2016, 10, 1), datetime.date(2016, 12, 1)]).fetchall()
        check([r[0] for r in rows] == [datetime.date(2016, m, 1) for m in (10, 11, 12)]
              and all(isinstance(r[1], decimal.Decimal) for r in rows),
              'a parameterised query: %d months of 2016-10..12, PM2.5 %s' % (len(rows), [str(r[1]) for r in rows]))

        # The JSON form of a report row: an object of plain JSON values, with
        # the numbers as numbers and the booleans as booleans.
        for view in views:
            with conn.cursor() as cur:
                cur.execute('SELECT * FROM %s LIMIT 1' % view)
                columns = [c.name for c in cur.description]
            docs = [r[0] for r in conn.execute('SELECT to_jsonb(r) FROM %s r ORDER BY 1 LIMIT %d' % (view, ROWS))]
            bad = [d for d in docs if not isinstance(d, dict) or list(sorted(d)) != sorted(columns)
                   or not all(isinstance(v, JSON_SCALARS) for v in d.values())]
            check(docs and not bad, '%s: to_jsonb(row) parses into %d objects of %d plain values'
                  % (view, len(docs), len(columns)))
        year = conn.execute('SELECT to_jsonb(r) FROM city_year_report r WHERE year = 2016').fetchone()[0]
        check(type(year['composite_index']) is float and type(year['good_days']) is int
              and type(year['compliant']) is bool and type(year['max_subindex']) is str,
              'the JSON of 2016: composite index %r, %r good days, compliant %r, %r'
              % (year['composite_index'], year['good_days'], year['compliant'], year['max_subindex']))

        # The JSON of ecoinsp's own types: to_jsonb() of a row that holds an
        # aqi, a rate or an air_summary gives a JSON object for that column
        # (the types' casts to json), not the type's text.
        doc = conn.execute('SELECT to_jsonb(r) FROM (SELECT station, day, aqi FROM station_day_aqi '
                           'WHERE aqi IS NOT NULL ORDER BY station, day LIMIT 1) r').fetchone()[0]
        check(isinstance(doc.get('aqi'), dict) and isinstance(doc['aqi'].get('value'), int),
              'to_jsonb of a row holding an aqi: the aqi is an object with an integer value: %r' % doc)
        doc = conn.execute('SELECT to_jsonb(r) FROM (SELECT year, s FROM city_year WHERE year = 2016) r').fetchone()[0]
        check(isinstance(doc.get('s'), dict) and doc['s'].get('good_days') == year['good_days'],
              'to_jsonb of a row holding an air_summary: an object whose good days (%r) are the report view\'s'
              % (doc.get('s') or {}).get('good_days'))
        doc = conn.execute("SELECT to_jsonb(t) FROM (SELECT rate_agg(good, 1) AS good_days FROM "
                           "(SELECT (level(aqi) <= 2)::int AS good FROM station_day_aqi "
                           "WHERE aqi IS NOT NULL) d) t").fetchone()[0]
        check(isinstance(doc.get('good_days'), dict) and isinstance(doc['good_days'].get('denominator'), int),
              'to_jsonb of a row holding a rate: an object with its parts: %r' % doc)

    print('%d passed, %d failed' % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
