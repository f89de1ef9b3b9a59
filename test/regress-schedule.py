#!/usr/bin/env python3
"""Writes the pg_regress schedule that make test runs, from the Makefile's
REGRESS list (the order make installcheck and a serial run use):

    python3 test/regress-schedule.py TEST...      (make -s regress-list)

  first, alone   SETUP: tests that load what later tests read
                 (beijing_data: the bundled Beijing data, loaded once);
  then           the other tests in parallel groups as large as pg_regress
                 takes (100 tests, and a line of 1,023 bytes in 15's): a
                 group waits for its slowest test, so the fewer groups the
                 better, and the slowest tests (SLOW, by their times in
                 make test) go first, into the first group;
  last, alone    SERIAL_LAST, in this order: bi_binding plants overloads in
                 the extension's own schema (another session would resolve
                 its calls to them); comments, catalog and security read
                 every object the others created.

Tests of one group run at the same time in one database, so two tests that
create an object of the same name outside pg_temp (a table, a view, a
function, a schema...) never share a group: a test whose names collide
with a test already in the group goes to a later group.  Exit status 2 when
a SETUP or SERIAL_LAST test is not in the list (renamed without this file).
"""
import os
import re
import sys

SETUP = ["beijing_data"]
SERIAL_LAST = ["bi_binding", "comments", "catalog", "security"]
GROUP_SIZE = 100
LINE_BYTES = 1000
SLOW = ["plan_invariance", "yoy_change", "noise_adversarial", "callsite_paths", "aqi_breakpoints",
        "airsum_findings", "rectification_summary", "noise_levels"]

CREATED = re.compile(
    r"^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:UNLOGGED\s+)?"
    r"(TABLE|VIEW|MATERIALIZED\s+VIEW|FUNCTION|PROCEDURE|AGGREGATE|TYPE|DOMAIN|SCHEMA|SEQUENCE|DATABASE|ROLE|USER)\s+"
    r"(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_.\"]*)", re.I | re.M)


def created_names(test, sql_dir):
    """The names a test creates outside pg_temp (lower case, kind-qualified)."""
    try:
        text = open(os.path.join(sql_dir, test + ".sql"), encoding="utf-8").read()
    except OSError:
        return set()
    names = set()
    for kind, name in CREATED.findall(text):
        name = name.strip('"').lower()
        if name.startswith("pg_temp."):
            continue
        kind = re.sub(r"\s+", " ", kind.upper())
        kind = {"USER": "ROLE", "VIEW": "TABLE", "MATERIALIZED VIEW": "TABLE", "SEQUENCE": "TABLE",
                "PROCEDURE": "FUNCTION", "AGGREGATE": "FUNCTION", "DOMAIN": "TYPE"}.get(kind, kind)
        names.add((kind, name.split(".")[-1] if kind != "SCHEMA" else name))
    return names


def schedule(tests, sql_dir):
    missing = [t for t in SETUP + SERIAL_LAST if t not in tests]
    if missing:
        sys.exit(f"regress-schedule: {' '.join(missing)} not in REGRESS (update test/regress-schedule.py)")
    lines = [f"test: {t}" for t in SETUP]
    groups = []                     # [(tests, names)]
    ordered = [t for t in SLOW if t in tests] + [t for t in tests if t not in SLOW]
    for t in ordered:
        if t in SETUP or t in SERIAL_LAST:
            continue
        names = created_names(t, sql_dir)
        for members, taken in groups:
            if (len(members) < GROUP_SIZE and not names & taken
                    and len("test: " + " ".join(members + [t])) <= LINE_BYTES):
                members.append(t)
                taken |= names
                break
        else:
            groups.append(([t], set(names)))
    lines += [f"test: {' '.join(members)}" for members, _ in groups]
    lines += [f"test: {t}" for t in SERIAL_LAST]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sql_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sql")
    sys.stdout.write(schedule(sys.argv[1:], sql_dir))
