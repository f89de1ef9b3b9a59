#!/usr/bin/python3
"""make test-clients: judges what the clients saw (test/clients/run.sh).

    judge.py CATALOG.tsv CLIENT-OUTPUT...

CATALOG.tsv: view, column, type name, type OID, declared typmod (from
pg_attribute) of every column of the report views.  Each CLIENT-OUTPUT is
the JSON lines one client printed (psycopg_client.py, odbc_client.py,
ClientMeta.java, node_client.js).

For each client and report view: every column has the catalog's type as
that client names it, no report column is an unconstrained numeric or a
bigint, and the precision and scale the client describes are the declared
ones (node-pg describes the type modifier itself).  For each check: the
parameterised query ran and gave the answer of the query without
parameters.  Prints "ok"/"not ok" lines, the table of what each client sees
for each column of air_report, and "clients: N passed, N failed".
"""
import decimal
import json
import sys

# The Python type pyodbc gives for each PostgreSQL type under psqlODBC's
# defaults (BoolsAsChar=1 describes a boolean as varchar(5): 'true'/'false'
# arrive as str, as in every ODBC tool with the default DSN).
PYTYPE = {'numeric': 'Decimal', 'int2': 'int', 'int4': 'int', 'int8': 'int', 'text': 'str',
          'varchar': 'str', 'bool': 'str', 'float8': 'float', 'date': 'date'}
CLIENTS = ['psqlODBC', 'pgjdbc', 'node-pg', 'psycopg']
TABLE_VIEW = 'air_report_view'

passed = failed = 0


def check(ok, what, why=''):
    global passed, failed
    if ok:
        passed += 1
        print('ok - ' + what)
    else:
        failed += 1
        print('not ok - ' + what + (': ' + why if why else ''))


def declared(typmod):
    """(precision, scale) of a numeric typmod, None when unconstrained."""
    if typmod < 4:
        return None
    return (typmod - 4) >> 16, (typmod - 4) & 0xffff


def same_type(client, seen, typname, oid):
    if client == 'node-pg':
        return seen.get('type_oid') == oid
    if client == 'psqlODBC':
        return seen['type'] == PYTYPE.get(typname, typname)
    return seen['type'] == typname


def scale_seen(client, seen):
    if client == 'node-pg':
        return declared(seen['typmod'])
    return seen['precision'], seen['scale']


def describe(client, seen):
    """What a client sees of one column, for the table."""
    if seen is None:
        return '(not read)'
    if client == 'node-pg':
        d = declared(seen['typmod'])
        return 'oid %s mod %s%s, %s' % (seen['type_oid'], seen['typmod'],
                                        ' (%d,%d)' % d if d else '', seen['value_type'])
    return '%s %s,%s, %s' % (seen['type'], seen['precision'], seen['scale'], seen['value_type'])


def same_value(a, b):
    if a == b:
        return True
    try:
        return decimal.Decimal(str(a)) == decimal.Decimal(str(b))
    except (decimal.InvalidOperation, TypeError, ValueError):
        return str(a) == str(b)


catalog = {}
order = {}
for line in open(sys.argv[1], encoding='utf-8'):
    view, col, typname, oid, typmod, fmt = line.rstrip('\n').split('\t')
    catalog[view, col] = (typname, int(oid), int(typmod), fmt)
    order.setdefault(view, []).append(col)

seen = {}
checks = []
for path in sys.argv[2:]:
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line.startswith('{'):
            continue
        o = json.loads(line)
        if 'column' in o:
            seen[o['client'], o['view'], o['column']] = o
        elif 'check' in o:
            checks.append(o)

for client in CLIENTS:
    for view, cols in order.items():
        bad = []
        for col in cols:
            typname, oid, typmod, fmt = catalog[view, col]
            s = seen.get((client, view, col))
            if s is None:
                bad.append('%s not read' % col)
                continue
            if not same_type(client, s, typname, oid):
                bad.append('%s is %s, seen as %s' % (col, fmt, describe(client, s)))
            if typname == 'int8':
                bad.append('%s is a bigint' % col)
            if typname == 'numeric':
                d = declared(typmod)
                if d is None:
                    bad.append('%s is numeric with no declared scale (seen %s)' % (col, describe(client, s)))
                elif scale_seen(client, s) != d:
                    bad.append('%s is %s, seen %s' % (col, fmt, describe(client, s)))
        check(not bad, '%s: %s: %d columns as the catalog declares them' % (client, view, len(cols)),
              '; '.join(bad[:8]) + (' ... (%d columns)' % len(bad) if len(bad) > 8 else ''))

for client in CLIENTS:
    mine = [c for c in checks if c['client'] == client]
    if not mine:
        check(False, '%s: the parameterised checks' % client, 'none ran (see the client\'s output)')
    for c in mine:
        ok = c['error'] is None and same_value(c['got'], c['expect'])
        check(ok, '%s: %s, as %s: %s' % (client, c['check'], c['sent'], c['got'] if ok else ''),
              c['error'] or 'got %s, expected %s' % (c['got'], c['expect']))

print()
print('air_report (%s) as each client sees it: type, precision,scale, value read' % TABLE_VIEW)
rows = [['column', 'catalog'] + CLIENTS]
for col in order.get(TABLE_VIEW, []):
    rows.append([col, catalog[TABLE_VIEW, col][3]] +
                [describe(cl, seen.get((cl, TABLE_VIEW, col))) for cl in CLIENTS])
widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
for r in rows:
    print(' | '.join(v.ljust(w) for v, w in zip(r, widths)).rstrip())
print()
print('clients: %d passed, %d failed' % (passed, failed))
sys.exit(1 if failed else 0)
