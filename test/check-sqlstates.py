#!/usr/bin/env python3
"""Every error a pg_regress test provokes shows its SQLSTATE in the expected
output, not only its message: a message can stay right while the code beside
it goes wrong (22023 where 22003 is due), and clients branch on the code.

An ERROR line passes when it is the code itself (\\set VERBOSITY sqlstate),
or when, after its DETAIL/HINT/CONTEXT/LINE lines, the test prints the code
with \\echo :LAST_ERROR_SQLSTATE.  Prints each failing line and ends with
"sqlstates: N passed, N failed" (N counted in expected files).

    python3 test/check-sqlstates.py [expected/NAME.out ...]
"""
import glob
import os
import re
import sys

CODE = re.compile(r'^[0-9A-Z]{5}$')
CODE_ONLY = re.compile(r'^ERROR:  [0-9A-Z]{5}$')
ECHO = '\\echo :LAST_ERROR_SQLSTATE'
# lines psql prints as part of one error report
CONTINUATION = re.compile(r'^(DETAIL|HINT|CONTEXT|QUERY|LINE \d+):|^\s|^"|'
                          r'^(PL/pgSQL function|SQL function|SQL statement) ')

# Tests whose errors are compared in a separate sqlstate section, owned by
# the generated and Beijing-data tests' conversion: listed here until they
# show each error's code beside its message, and reported, not skipped.
PENDING = set()


def check(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    good, bad = 0, []
    for k, line in enumerate(lines):
        if not line.startswith('ERROR:'):
            continue
        if CODE_ONLY.match(line):
            good += 1
            continue
        j = k + 1
        while j < len(lines) and CONTINUATION.match(lines[j]):
            j += 1
        if (j + 1 < len(lines) and lines[j] == ECHO
                and CODE.match(lines[j + 1])):
            good += 1
        else:
            bad.append((k + 1, line))
    return good, bad


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(root, 'expected', '*.out')))
    passed = failed = 0
    for path in paths:
        name = os.path.basename(path)[:-4]
        good, bad = check(path)
        if bad and name in PENDING:
            print(f'{name}: {len(bad)} errors without their SQLSTATE '
                  '(pending, not counted)')
            bad = []
        passed += good
        for lineno, line in bad:
            print(f'{os.path.relpath(path, root)}:{lineno}: no SQLSTATE: {line[:100]}')
        failed += len(bad)
    print(f'sqlstates: {passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
