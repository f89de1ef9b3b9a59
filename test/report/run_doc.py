#!/usr/bin/python3
"""Runs a docs/ page as a test, in one psql session, and compares every output.

    run_doc.py PAGE DATABASE [--hook NAME=FILE ...] [--show]

Every ```sql block of PAGE runs in order, in one session, from the repository
root (so that \\copy ... 'test/data/...' finds the data).  A ```sql block
immediately followed by a plain ``` block must print exactly that block
(psql's aligned output, footers off); a ```sql block without one must print
nothing.  A line `<!-- test: NAME -->` in PAGE runs the SQL file given by
--hook NAME=FILE at that point, in the same session: its lines starting
"ok " pass, "not ok " fail (everything else is shown).  Prints one "ok" or
"not ok" line per block and hook check, then "N passed, N failed".
--show prints what each block printed instead (to write a page).
"""
import difflib
import os
import re
import subprocess
import sys

SEPARATOR = '-----8<----- '


def parse(page):
    """The page's items in order: ('sql', line, text, expected or None) and
    ('hook', line, name)."""
    items = []
    lines = open(page, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r'^<!-- test: (\S+) -->$', line)
        if m:
            items.append(('hook', i + 1, m.group(1)))
        if line.strip() == '```sql':
            start = i + 1
            j = i + 1
            while lines[j].strip() != '```':
                j += 1
            sql = '\n'.join(lines[i + 1:j])
            expected = None
            if j + 1 < len(lines) and lines[j + 1].strip() == '```':
                k = j + 2
                while lines[k].strip() != '```':
                    k += 1
                expected = '\n'.join(lines[j + 2:k])
                j = k
            items.append(('sql', start, sql, expected))
            i = j
        i += 1
    return items


def normalise(text):
    out = [line.rstrip() for line in text.split('\n')]
    while out and out[0] == '':
        out.pop(0)
    while out and out[-1] == '':
        out.pop()
    return out


def main():
    args = sys.argv[1:]
    show = '--show' in args
    args = [a for a in args if a != '--show']
    hooks = {}
    while '--hook' in args:
        k = args.index('--hook')
        name, path = args[k + 1].split('=', 1)
        hooks[name] = os.path.abspath(path)
        del args[k:k + 2]
    page, database = args
    items = parse(page)

    script = ['\\set ON_ERROR_STOP 1', '\\pset footer off']
    for n, item in enumerate(items):
        script.append("\\echo '%s%d'" % (SEPARATOR, n))
        if item[0] == 'sql':
            script.append(item[2])
        elif item[2] in hooks:
            script.append('\\i %s' % hooks[item[2]])
    script.append("\\echo '%send'" % SEPARATOR)
    env = dict(os.environ, PGOPTIONS='-c client_min_messages=warning')
    run = subprocess.run(['psql', '-X', '-q', '-d', database, '-f', '-'],
                         input='\n'.join(script) + '\n', stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, env=env, encoding='utf-8')
    segments = {}
    current = None
    for line in run.stdout.split('\n'):
        if line.startswith(SEPARATOR):
            current = line[len(SEPARATOR):]
            segments[current] = []
        elif current is not None:
            segments[current].append(line)
        else:
            print(line)

    passed = failed = 0
    for n, item in enumerate(items):
        got = segments.get(str(n))
        if item[0] == 'hook':
            if item[2] not in hooks:
                continue
            if got is None:
                print('not ok - hook %s (line %d) did not run' % (item[2], item[1]))
                failed += 1
                continue
            for line in got:
                if line.startswith('ok '):
                    passed += 1
                elif line.startswith('not ok '):
                    failed += 1
                if line.strip():
                    print(line)
            continue
        if show:
            print('==== %s line %d' % (page, item[1]))
            print('\n'.join(normalise('\n'.join(got or ['(did not run)']))))
            continue
        want = normalise(item[3] or '')
        if got is None:
            print('not ok - %s line %d did not run' % (page, item[1]))
            failed += 1
        elif normalise('\n'.join(got)) == want:
            print('ok - %s line %d' % (page, item[1]))
            passed += 1
        else:
            print('not ok - %s line %d' % (page, item[1]))
            for d in difflib.unified_diff(want, normalise('\n'.join(got)), 'page', 'psql', lineterm=''):
                print('    ' + d)
            failed += 1
    if segments.get('end') is None and not show:
        # psql stopped early (ON_ERROR_STOP): what it printed last says why
        print('not ok - %s: psql stopped early; its last output:' % page)
        print('\n'.join('    ' + l for l in run.stdout.strip().split('\n')[-10:]))
        failed += 1
    print('%d passed, %d failed' % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
