#!/usr/bin/env python3
"""Runs every SQL example of the documentation and compares it with the
output shown, so that the documentation cannot drift from the product.

    python3 test/doc/doc_examples.py [--psql PATH] [--write] [FILE.md ...]

--write replaces each output block that differs with the actual output
(for writing a new example: open an empty output block after it, run with
--write, then read the diff line by line before committing).

Without files: README.md and docs/*.md.  Needs a running server with ecoinsp
installed (libpq environment: PGHOST, PGPORT, PGUSER); psql runs in the
repository root (examples may read test/data/ with \\copy).  Each page runs
in a fresh database (doc_<page>) in one psql session, so its examples run in
order and build on each other.

The convention (docs/contributing.md):

  ```sql            an example: executed; when the very next line opens a
  ...               plain ``` block, that block is psql's output of the
  ```               example and must match (a blank line in between is an
                    error: the output would go unchecked)
  ```
  ...output...
  ```

  ```sql            without an output block: executed, must not raise an
  ...               error (setup the reader sees)
  ```

  <!-- setup       hidden setup: executed, not shown, not compared
  SQL ...
  -->

  ```sql norun      shown only (a recipe over the reader's own tables)

psql runs as `psql -X -q` with `\\pset footer off` (no "(N rows)" line) and
stderr merged into stdout (an example may show its ERROR/DETAIL/HINT lines).
Lines are compared with trailing blanks removed and without leading or
trailing empty lines.  Prints one line per failure with the diff and ends
with "doc examples: N passed, N failed".

Without files it also runs the checks that need no server
(test/doc/doc_checks.py: every documented function's version, the file
layout in docs/contributing.md) and counts them in the same line.
"""
import difflib
import glob
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

RUN_ELSEWHERE = '<!-- doc examples: run by '

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MARK = '<<<doc-example %d>>>'
MARK_RE = re.compile(r'^<<<doc-example (\d+)>>>$')


class Block:
    def __init__(self, line, sql, expected, kind, out_range=None):
        self.line = line            # line number of the opening fence
        self.out_range = out_range  # lines [a, b) of the output block's body
        self.sql = sql
        self.expected = expected    # list of lines, or None
        self.kind = kind            # 'example', 'run', 'setup'


def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    blocks = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith('<!--') and stripped[4:].strip().startswith('setup'):
            start = i
            body = [stripped[4:].strip()[len('setup'):]]
            while '-->' not in body[-1]:
                i += 1
                if i >= n:
                    raise SystemExit(f'{path}:{start + 1}: unterminated setup comment')
                body.append(lines[i])
            body[-1] = body[-1][:body[-1].index('-->')]
            blocks.append(Block(start + 1, '\n'.join(body).strip('\n'), None, 'setup'))
            i += 1
            continue
        m = re.match(r'^(\s*)```+\s*(\S*)\s*(.*)$', line)
        if not m:
            i += 1
            continue
        indent, lang, rest = m.group(1), m.group(2), m.group(3).strip()
        start = i
        body, i = fenced_body(lines, i + 1, indent)
        if lang.lower() != 'sql' or rest == 'norun':
            continue
        expected = None
        out_range = None
        k = i
        while k < n and lines[k].strip() == '':
            k += 1
        if k > i and k < n and re.match(r'^\s*```\s*$', lines[k]):
            # an output block separated by blank lines would silently go
            # unchecked
            blocks.append(Block(start + 1, None, None, 'misplaced'))
            continue
        if i < n and re.match(r'^' + re.escape(indent) + r'```\s*$', lines[i]):
            a = i + 1
            expected, i = fenced_body(lines, a, indent)
            out_range = (a, i - 1)
        blocks.append(Block(start + 1, '\n'.join(body), expected,
                            'example' if expected is not None else 'run', out_range))
    return blocks


def fenced_body(lines, i, indent):
    """Lines of a fenced block starting at i, up to its closing fence; returns
    (lines without the fence indentation, index after the closing fence)."""
    body = []
    while i < len(lines) and not re.match(r'^\s*```\s*$', lines[i]):
        line = lines[i]
        body.append(line[len(indent):] if line.startswith(indent) else line.lstrip())
        i += 1
    return body, i + 1


def normalize(lines):
    out = [l.rstrip() for l in lines]
    while out and out[0] == '':
        out.pop(0)
    while out and out[-1] == '':
        out.pop()
    return out


def run_page(psql, path, blocks):
    db = 'doc_' + re.sub(r'[^a-z0-9]+', '_', os.path.splitext(os.path.basename(path))[0].lower()).strip('_')
    admin = [psql, '-X', '-q', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1']
    subprocess.run(admin + ['-c', 'SET client_min_messages = warning',
                            '-c', f'DROP DATABASE IF EXISTS {db}', '-c', f'CREATE DATABASE {db}'],
                   check=True, stdout=subprocess.DEVNULL)
    script = ['\\set ON_ERROR_STOP 0', '\\pset footer off', 'CREATE EXTENSION ecoinsp;']
    for k, b in enumerate(blocks):
        if b.kind == 'misplaced':
            continue
        script.append('\\echo ' + MARK % k)
        script.append(b.sql)
        # a statement left unterminated must not swallow the next marker
        script.append(';' if not b.sql.rstrip().endswith(';') and b.sql.strip() else '')
    script.append('\\echo ' + MARK % len(blocks))
    proc = subprocess.run([psql, '-X', '-q', '-d', db], input='\n'.join(script) + '\n',
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          encoding='utf-8', env=dict(os.environ, PGCLIENTENCODING='UTF8'))
    outputs = {}
    current = None
    preamble = []
    for line in proc.stdout.split('\n'):
        m = MARK_RE.match(line)
        if m:
            current = int(m.group(1))
            outputs[current] = []
        elif current is None:
            preamble.append(line)
        else:
            outputs[current].append(line)
    subprocess.run(admin + ['-c', f'DROP DATABASE IF EXISTS {db}'], stdout=subprocess.DEVNULL)
    if any(l.strip() for l in preamble):
        outputs['setup failed'] = preamble
    return outputs


def main(argv):
    psql = 'psql'
    files = []
    write = False
    it = iter(argv)
    for a in it:
        if a == '--psql':
            psql = next(it)
        elif a == '--write':
            write = True
        else:
            files.append(a)
    # Examples read test/data/ relative to the checkout's root.
    files = [os.path.relpath(os.path.abspath(f), ROOT) for f in files]
    os.chdir(ROOT)
    checks = not files
    if not files:
        files = ['README.md'] + sorted(glob.glob('docs/*.md'))
        # Pages that need a cluster of their own (pg_cron, a database without
        # ecoinsp) say so and are run by the suite they name.
        files = [f for f in files if RUN_ELSEWHERE not in open(f, encoding='utf-8').read()]
    passed = failed = 0
    # pages two at a time (each in its own database; DOC_JOBS to change
    # it), their results read in page order
    pages = [(path, blocks) for path, blocks in ((p, parse(p)) for p in files) if blocks]
    with ThreadPoolExecutor(max_workers=int(os.environ.get('DOC_JOBS', '2'))) as pool:
        results = list(pool.map(lambda page: run_page(psql, *page), pages))
    for (path, blocks), outputs in zip(pages, results):
        if 'setup failed' in outputs:
            print(f'{path}: the page setup failed:\n' + '\n'.join(outputs['setup failed']))
        rewrite = []
        for k, b in enumerate(blocks):
            where = f'{path}:{b.line}'
            if b.kind == 'misplaced':
                failed += 1
                print(f'{where}: a blank line separates the example from its output block '
                      '(the output block must open on the next line)')
                continue
            got = outputs.get(k)
            if got is None:
                failed += 1
                print(f'{where}: not run (the session ended before it)')
                continue
            got = normalize(got)
            if b.kind == 'example':
                want = normalize(b.expected)
                if got == want:
                    passed += 1
                else:
                    failed += 1
                    rewrite.append((b, got))
                    print(f'{where}: the output differs from the one shown')
                    for d in difflib.unified_diff(want, got, 'shown', 'actual', lineterm='', n=2):
                        print('    ' + d)
            elif any(re.match(r'^(psql:.*: )?(ERROR|FATAL|PANIC):', l) for l in got):
                failed += 1
                print(f'{where}: the {"hidden setup" if b.kind == "setup" else "example"} raised an error:')
                for l in got[:20]:
                    print('    ' + l)
            else:
                passed += 1
        if write and rewrite:
            lines = open(path, encoding='utf-8').read().split('\n')
            for b, got in sorted(rewrite, key=lambda r: -r[0].line):
                a, z = b.out_range
                indent = re.match(r'^(\s*)', lines[a - 1]).group(1)
                lines[a:z] = [(indent + l).rstrip() if l else '' for l in got]
            open(path, 'w', encoding='utf-8').write('\n'.join(lines))
            print(f'{path}: {len(rewrite)} output blocks rewritten')
    if checks:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import doc_checks
        p, f = doc_checks.run(ROOT)
        passed += p
        failed += f
    print(f'doc examples: {passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
