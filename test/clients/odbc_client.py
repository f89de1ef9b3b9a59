#!/usr/bin/python3
"""make test-clients, psqlODBC (odbc-postgresql, the Unicode driver) through
pyodbc (python3-pyodbc), with the driver's default DSN settings: reports what
it sees.

    odbc_client.py CHECKS.json

Connects to PGHOST (a socket directory or a host), PGPORT, PGDATABASE as
PGUSER with a connection string that names only those, and prints one JSON
object a line (test/clients/judge.py reads them): for every column of the
report views the Python type and the precision and scale that SQLDescribeCol
gives, and the type of a value read; for every check the answer to the
query with its parameter bound as pyodbc binds the Python value of that kind
(str as SQL_WVARCHAR, int as SQL_INTEGER), and the answer without
parameters.
"""
import json
import os
import sys

import pyodbc

CLIENT = 'psqlODBC'
spec = json.load(open(sys.argv[1]))


def emit(**kw):
    print(json.dumps(dict(client=CLIENT, **kw), ensure_ascii=False, default=str))


# What pyodbc sends for each kind.  Under psqlODBC's defaults
# (UseServerSidePrepare=1) every parameter reaches the server untyped, an
# int, a Decimal or a float as its text, so that the server reads it as the
# type of the column it meets: only the kinds whose value is an integer or a
# name are run (a Decimal 200.5 would ask for an aqi of 200.5).
BIND = {
    'untyped': (str, 'str'),
    'int4': (int, 'int'),
    'varchar': (str, 'str'),
    'text': (str, 'str'),
}

conn = pyodbc.connect('Driver={PostgreSQL Unicode};Servername=%s;Port=%s;Database=%s;UID=%s' % (
    os.environ['PGHOST'], os.environ['PGPORT'], os.environ['PGDATABASE'], os.environ['PGUSER']),
    autocommit=True)
for view in spec['reports']:
    cur = conn.cursor()
    cur.execute('SELECT * FROM %s ORDER BY 1' % view)
    row = cur.fetchone()
    for i, d in enumerate(cur.description):
        emit(view=view, column=d[0], type=d[1].__name__, precision=d[4], scale=d[5],
             value_type=type(row[i]).__name__ if row else None)
    cur.close()
for c in spec['checks']:
    if c['kind'] not in BIND:
        continue
    cls, how = BIND[c['kind']]
    got = err = None
    cur = conn.cursor()
    try:
        cur.execute(c['sql'], cls(c['value']))
        got = cur.fetchone()[0]
    except pyodbc.Error as e:
        err = ' '.join(str(a) for a in e.args)[:300]
    cur.close()
    cur = conn.cursor()
    cur.execute(c['expect'])
    expect = cur.fetchone()[0]
    cur.close()
    emit(check=c['name'], kind=c['kind'], sent=how, got=got, expect=expect, error=err)
