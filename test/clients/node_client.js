// make test-clients, node-pg (npm package pg, installed by run.sh): reports
// what it sees.
//
//   node node_client.js CHECKS.json
//
// Connects as libpq does (PGHOST, PGPORT, PGDATABASE, PGUSER) and prints one
// JSON object a line (test/clients/judge.py reads them): for every column of
// the report views its type OID and type modifier (node-pg describes no
// precision or scale: the judge decodes the modifier) and the JavaScript type
// of a value read; for every check the answer to the query with its
// parameter as a JavaScript value (node-pg sends every parameter untyped, as
// text), and the answer without parameters.  As every parameter is read as
// the type of the column it meets, only the kinds whose value is an integer
// or a name are run (200.5 would ask for an aqi of 200.5).
'use strict';
const fs = require('fs');
const { Client } = require('pg');

const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const emit = (o) => console.log(JSON.stringify(Object.assign({ client: 'node-pg' }, o)));
const VALUE = {
  untyped: (v) => [String(v), 'string'],
  int4: (v) => [Number(v), 'number'],
  varchar: (v) => [String(v), 'string'],
  text: (v) => [String(v), 'string'],
};

(async () => {
  const client = new Client();
  await client.connect();
  for (const view of spec.reports) {
    const r = await client.query(`SELECT * FROM ${view} ORDER BY 1`);
    const row = r.rows[0];
    for (const f of r.fields) {
      emit({ view, column: f.name, type_oid: f.dataTypeID, typmod: f.dataTypeModifier,
        value_type: row ? typeof row[f.name] : null });
    }
  }
  for (const c of spec.checks) {
    if (!(c.kind in VALUE)) continue;
    const [v, how] = VALUE[c.kind](c.value);
    let got = null, error = null;
    const sql = c.sql.replace('?', '$1');
    try {
      // a named statement: prepared once, as a pooled BI connection does
      got = Object.values((await client.query({ name: 'q' + spec.checks.indexOf(c), text: sql,
        values: [v] })).rows[0])[0];
    } catch (e) {
      error = `${e.code} ${e.message}`;
    }
    const expect = Object.values((await client.query(c.expect)).rows[0])[0];
    emit({ check: c.name, kind: c.kind, sent: `${how} (untyped)`, got, expect, error });
  }
  await client.end();
})().catch((e) => { console.error(e); process.exit(1); });
