#!/usr/bin/python3
"""make test-clients, psycopg 3 (python3-psycopg): reports what it sees.

    psycopg_client.py CHECKS.json

Connects as libpq does (PGHOST, PGPORT, PGDATABASE, PGUSER) and prints one
JSON object a line (test/clients/judge.py reads them): for every column of
the report views its type and the precision and scale psycopg describes, and
the type of a value it reads; for every check the answer to the query with
its parameter bound as psycopg binds that kind of Python value, and the
answer to the query without parameters.
"""
import decimal
import json
import sys

import psycopg
from psycopg.types.numeric import Int2, Int4, Int8
from psycopg.types.string import StrDumper

CLIENT = 'psycopg'
spec = json.load(open(sys.argv[1]))


def emit(**kw):
    print(json.dumps(dict(client=CLIENT, **kw), ensure_ascii=False, default=str))


class VarcharDumper(StrDumper):
    oid = psycopg.adapters.types['varchar'].oid


def bind(kind, value):
    """The parameter and the cursor setup that make psycopg send KIND, and
    how it is sent.  psycopg sends str as unknown, Int2/Int4/Int8 as those, Decimal as numeric, float as
    float8."""
    if kind == 'untyped':
        return str(value), None, 'str (unknown)'
    if kind in ('int2', 'int4', 'int8'):
        cls = {'int2': Int2, 'int4': Int4, 'int8': Int8}[kind]
        return cls(int(value)), None, '%s wrapper' % cls.__name__
    if kind == 'numeric':
        return decimal.Decimal(value), None, 'Decimal'
    if kind == 'float8':
        return float(value), None, 'float'
    if kind == 'text':
        return value, StrDumper, 'str, text dumper'
    if kind == 'varchar':
        return value, VarcharDumper, 'str, varchar dumper'
    return None, None, None


with psycopg.connect(autocommit=True) as conn:
    for view in spec['reports']:
        with conn.cursor() as cur:
            cur.execute('SELECT * FROM %s ORDER BY 1 LIMIT 1' % view)
            row = cur.fetchone()
            for i, col in enumerate(cur.description):
                info = conn.adapters.types.get(col.type_code)
                emit(view=view, column=col.name, type=info.name if info else str(col.type_code),
                     precision=col.precision, scale=col.scale,
                     value_type=type(row[i]).__name__ if row else None)
    for c in spec['checks']:
        p, dumper, how = bind(c['kind'], c['value'])
        if how is None:
            continue
        got = err = expect = None
        try:
            with conn.cursor() as cur:
                if dumper:
                    cur.adapters.register_dumper(str, dumper)
                cur.execute(c['sql'].replace('?', '%s'), (p,), prepare=True)
                got = cur.fetchone()[0]
        except psycopg.Error as e:
            err = '%s %s' % (e.sqlstate, str(e).splitlines()[0])
        with conn.cursor() as cur:
            cur.execute(c['expect'])
            expect = cur.fetchone()[0]
        emit(check=c['name'], kind=c['kind'], sent=how, got=got, expect=expect, error=err)
