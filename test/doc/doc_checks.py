#!/usr/bin/env python3
"""Checks of the documentation that need no server, run with the examples
(test/doc/doc_examples.py calls them; make doc-test and make test run it).

    python3 test/doc/doc_checks.py [--list] [--fix]

versions: every signature a reference page documents carries the version
  that added it, written "(1.1)" after it on the same line (in a table, in the
  same cell; one mark after several signatures marks them all).  A
  documented signature is a code span `name(...)` naming a function or
  aggregate of the extension in a heading or in the first cell of a table
  row, and a type named by a heading or first cell "`name` type".  The
  version is derived from the frozen scripts: the first of
  src/sql/released/ecoinsp--VERSION.sql whose CREATE
  FUNCTION / AGGREGATE / TYPE has that name and argument types; an object
  only in the current pieces (src/sql/NNN_*.sql) is new in EXTVERSION.  A
  signature is matched by its number of arguments (optional ones in [...] or
  with DEFAULT) and by the types it writes ("aqi", "rate", "p double
  precision"); untyped names (`valid_days(s)`) match any type.  Reference
  pages: the ones README.md's "The reference" table links.
  --list prints every documented signature with its version; --fix writes
  the missing marks of headings and first cells (read the diff).

layout: docs/contributing.md#layout names every file of src/core/ under its
  "src/core/" line and every file of src/ under its "src/*.c" line ("rate.c,
  .h" names both), and no file that does not exist.

citations: README.md, CHANGELOG.md, docs/, the core, the SQL pieces and the
  core tests cite no text the repository does not hold ("issue 9", "reference
  §2.3", "R4", "S7"): the rule itself and the standard's clause instead.

links: every link to a heading of README.md or docs/*.md finds it (a
  version mark in a heading changes the heading's anchor).

Ends with "doc checks: N passed, N failed" (one per page and check).
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# The frozen scripts, oldest first (a freeze adds one; nothing to edit here).
RELEASED = sorted((m.group(1) for m in (re.match(r'ecoinsp--(\d+\.\d+)\.sql$', f)
                                         for f in os.listdir(os.path.join(ROOT, 'src/sql/released')))
                   if m), key=lambda v: tuple(map(int, v.split('.'))))

TYPE_ALIASES = {
    'double precision': 'float8', 'float': 'float8', 'real': 'float4',
    'integer': 'int4', 'int': 'int4', 'bigint': 'int8', 'smallint': 'int2',
    'boolean': 'bool', 'character varying': 'varchar',
    'timestamp without time zone': 'timestamp', 'timestamp with time zone': 'timestamptz',
    'time without time zone': 'time',
}
BUILTIN_TYPES = {'float8', 'float4', 'int4', 'int8', 'int2', 'bool', 'text', 'varchar',
                 'numeric', 'date', 'timestamp', 'timestamptz', 'time', 'interval', 'bytea',
                 'json', 'jsonb', 'cstring', 'internal', 'anyelement'}


def norm_type(t):
    t = t.strip().lower()
    t = t.replace('@extschema@.', '').replace('pg_catalog.', '')
    t = re.sub(r'\s+', ' ', t)
    t = re.sub(r'\(.*\)$', '', t).strip()        # numeric(10,2)
    arr = t.endswith('[]')
    if arr:
        t = t[:-2].strip()
    t = TYPE_ALIASES.get(t, t)
    return t + ('[]' if arr else '')


def split_args(s):
    """Top-level comma split."""
    out, depth, cur = [], 0, ''
    for ch in s:
        if ch in '([':
            depth += 1
        elif ch in ')]':
            depth -= 1
        if ch == ',' and depth == 0:
            out.append(cur)
            cur = ''
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return [a.strip() for a in out]


def balanced(text, i):
    """text[i] == '('; returns the inside and the index after ')'."""
    depth = 0
    for j in range(i, len(text)):
        if text[j] == '(':
            depth += 1
        elif text[j] == ')':
            depth -= 1
            if depth == 0:
                return text[i + 1:j], j + 1
    raise ValueError('unbalanced parentheses')


def strip_sql_comments(text):
    return re.sub(r'--[^\n]*', '', text)


def script_objects(text):
    """{('f', name, (types...)): ndefaults, ('t', name, ()): 0} of a script."""
    text = strip_sql_comments(text)
    objs = {}
    for m in re.finditer(r'\bCREATE\s+(?:OR\s+REPLACE\s+)?(FUNCTION|AGGREGATE)\s+@extschema@\.(\w+)\s*\(',
                         text, re.I):
        inside, _ = balanced(text, m.end() - 1)
        types, ndef = [], 0
        if inside.strip() == '*':
            inside = ''
        for a in split_args(inside.replace(' ORDER BY ', ', ')):
            a = re.sub(r'\s+', ' ', a)
            d = re.split(r'\s+(?:DEFAULT|=)\s+', a, flags=re.I)
            if len(d) > 1:
                ndef += 1
            a = d[0].strip()
            mode = re.match(r'(IN|OUT|INOUT|VARIADIC)\s+', a, re.I)
            if mode:
                if mode.group(1).upper() == 'OUT':
                    continue
                a = a[mode.end():]
            types.append(arg_type(a, declared=True))
        objs[('f', m.group(2).lower(), tuple(types))] = ndef
    for m in re.finditer(r'\bCREATE\s+TYPE\s+@extschema@\.(\w+)', text, re.I):
        objs[('t', m.group(1).lower(), ())] = 0
    for m in re.finditer(r'\bCREATE\s+DOMAIN\s+@extschema@\.(\w+)', text, re.I):
        objs[('t', m.group(1).lower(), ())] = 0
    return objs


def arg_type(a, declared=False, known=None):
    """The normalized type of an argument declaration 'name type' or 'type';
    None when a documented argument names no type."""
    a = re.sub(r'\s+', ' ', a.strip())
    low = a.lower()
    for alias in sorted(TYPE_ALIASES, key=len, reverse=True):
        if low.endswith(' ' + alias) or low == alias:
            return TYPE_ALIASES[alias]
    words = a.split(' ')
    if declared:
        return norm_type(words[-1]) if len(words) <= 2 else norm_type(' '.join(words[1:]))
    t = norm_type(words[-1])
    if t.rstrip('[]') in BUILTIN_TYPES or (known and t.rstrip('[]') in known):
        return t
    return None


class Catalog:
    def __init__(self, root):
        self.version_of = {}     # key -> first version
        self.ndefaults = {}
        scripts = [(v, open(os.path.join(root, f'src/sql/released/ecoinsp--{v}.sql'),
                            encoding='utf-8').read()) for v in RELEASED]
        mk = open(os.path.join(root, 'Makefile'), encoding='utf-8').read()
        self.current = re.search(r'^EXTVERSION\s*=\s*(\S+)', mk, re.M).group(1)
        pieces = ''.join(open(p, encoding='utf-8').read()
                         for p in sorted(glob.glob(os.path.join(root, 'src/sql/[0-9]*.sql'))))
        scripts.append((self.current, pieces))
        for v, text in scripts:
            for k, nd in script_objects(text).items():
                self.version_of.setdefault(k, v)
                if v == self.current or k not in self.ndefaults:
                    self.ndefaults[k] = nd
        cur = script_objects(pieces)
        self.live = set(cur)     # objects of the current version
        self.types = {k[1] for k in self.live if k[0] == 't'}
        self.functions = {k[1] for k in self.live if k[0] == 'f'}
        self.commented = set()
        for kind, name in re.findall(r'COMMENT ON (FUNCTION|AGGREGATE|TYPE|DOMAIN) @extschema@\.(\w+)',
                                     pieces):
            self.commented.add(('type' if kind in ('TYPE', 'DOMAIN') else 'function', name.lower()))
        self.composites = {m.lower() for m in
                           re.findall(r'CREATE\s+TYPE\s+@extschema@\.(\w+)\s+AS\s*\(', pieces, re.I)}

    def user_facing(self):
        """Commented functions other than support ones; commented base types
        and domains (a report composite is documented with its function)."""
        return {(k, n) for k, n in self.commented
                if (k == 'function' and not SUPPORT.search(n))
                or (k == 'type' and n not in self.composites)}

    def match(self, name, docargs):
        """The current overloads (catalog keys) a documented call matches."""
        lo = hi = 0
        wanted = []
        for a in docargs:
            opt = a.startswith('[') or re.search(r'\bDEFAULT\b', a, re.I) is not None
            if a.startswith('['):
                a = a[1:-1] if a.endswith(']') else a[1:]
            a = re.split(r'\s+DEFAULT\s+', a, flags=re.I)[0]
            hi += 1
            if not opt:
                lo += 1
            wanted.append(arg_type(a, known=self.types))
        cands = []
        for k in self.live:
            if k[0] != 'f' or k[1] != name:
                continue
            n, nd = len(k[2]), self.ndefaults[k]
            if hi < n - nd or lo > n:
                continue
            if any(w is not None and w != t for w, t in zip(wanted, k[2])):
                continue
            cands.append(k)
        return cands


def reference_pages(root):
    text = open(os.path.join(root, 'README.md'), encoding='utf-8').read()
    sec = text.split('## The reference', 1)[1].split('\n## ', 1)[0]
    table = '\n'.join(l for l in sec.split('\n') if l.startswith('|'))
    return sorted(set(re.findall(r'\]\((docs/[\w.-]+\.md)\)', table)))


MARK = re.compile(r'\((\d+\.\d+)\)')
IMMEDIATE = re.compile(r'\s*\((\d+\.\d+)\)')
SPAN = re.compile(r'`([^`]+)`')
# Functions a user does not call: type I/O, operator and index support,
# aggregate support, the functions behind casts.
SUPPORT = re.compile(r'_(in|out|recv|send|cmp|eq|ne|lt|le|gt|ge|hash|hash_extended|transfn|'
                     r'trans|final|combine|serialize|deserialize|larger|smaller|json|jsonb|'
                     r'to_integer|invfn|merge)$|^(float8|numeric|int4_.*|int8_.*|aqi_.*_int[48])$'
                     r'|^bulletin_(lang|change|pp_change)$')  # the sentences' support functions


def lines_of(path):
    """(line number, text, required, offset of text in the line): headings
    and first table cells need their marks; the rest of a table row and any
    other line are checked where a mark follows a signature."""
    fence = False
    for n, line in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        if re.match(r'^\s*```', line):
            fence = not fence
            continue
        if fence:
            continue
        if line.startswith('#'):
            yield n, line, True, 0
        elif line.startswith('|'):
            cells = line.split('|')
            if len(cells) > 2 and not re.match(r'^\s*:?-+', cells[1]):
                yield n, cells[1], True, 1
                yield n, '|'.join(cells[2:]), False, len(cells[1]) + 2
        else:
            yield n, line, False, 0


def signatures(text, cat):
    """(end offset, span text, name, args): args is the argument list of a
    function, None for a type named with "type" after it, () for a type
    named alone."""
    for m in SPAN.finditer(text):
        span = m.group(1)
        c = re.match(r'(\w+)\(', span)
        if c and c.group(1).lower() in cat.functions:
            try:
                args, _ = balanced(span, c.end() - 1)
            except ValueError:
                continue
            # `value()`: a family; `aqi_hash('200')`: an example call
            if args.strip() == '' or re.match(r"\s*['\d]", args):
                continue
            args = re.sub(r'\s*\[\s*,\s*', ', [', args)
            yield m.end(), m.group(0), c.group(1).lower(), split_args(args)
        elif span.lower() in cat.types:
            # a type: defined where a heading or first cell says "`name` type"
            typed = re.match(r'\s+type\b', text[m.end():])
            yield (m.end() + typed.end() if typed else m.end()), m.group(0), span.lower(), \
                None if typed else ()


def check_versions(root, cat, listing=False, fix=False):
    results = []
    marked = set()
    missing = {}
    for page in reference_pages(root):
        problems = []
        for n, text, required, offset in lines_of(os.path.join(root, page)):
            for end, what, name, args in signatures(text, cat):
                if args == ():
                    # a type named without "type": checked only where marked
                    # (in a heading or first cell, by the mark after a run)
                    mark = MARK.search(text, end) if required else IMMEDIATE.match(text, end)
                    if not mark:
                        continue
                    args = None
                elif required:
                    mark = MARK.search(text, end)
                else:
                    mark = IMMEDIATE.match(text, end)
                    if not mark:
                        continue
                if args is None:
                    versions = {cat.version_of[('t', name, ())]}
                    keys = [('t', name, ())]
                else:
                    keys = cat.match(name, args)
                    if not keys:
                        problems.append(f'{page}:{n}: {what} matches no function of the '
                                        'extension (its argument count or types)')
                        continue
                    versions = {cat.version_of[k] for k in keys}
                if len(versions) > 1:
                    problems.append(f'{page}:{n}: {what} matches overloads of versions '
                                    f'{", ".join(sorted(versions))}: write its argument types')
                    continue
                v = versions.pop()
                if listing:
                    print(f'{page}:{n}: {what} {v}')
                if not mark:
                    problems.append(f'{page}:{n}: {what} has no version mark; add ({v})')
                    missing.setdefault(page, []).append((n, offset + end, v))
                elif mark.group(1) != v:
                    problems.append(f'{page}:{n}: {what} is marked ({mark.group(1)}), '
                                    f'the scripts say ({v})')
                else:
                    marked.add(('type' if args is None else 'function', name))
        results.append((f'versions {page}', problems))
    # Every function a user calls, and every type of values, is documented
    # with its version on some reference page.
    problems = [f'{name} ({kind}) has no signature with a version mark on any reference page '
                '(document it; a function users do not call belongs in SUPPORT in this script)'
                for kind, name in sorted(cat.user_facing()) if (kind, name) not in marked]
    results.append(('versions: every function and type documented', problems))
    if fix:
        add_marks(root, missing)
    return results


def add_marks(root, missing):
    """--fix: writes the missing marks of headings and first cells, one
    after each run of signatures of the same version."""
    for page, items in missing.items():
        path = os.path.join(root, page)
        lines = open(path, encoding='utf-8').read().split('\n')
        by_line = {}
        for n, pos, v in items:
            by_line.setdefault(n, []).append((pos, v))
        for n, marks in by_line.items():
            marks.sort()
            keep = [m for i, m in enumerate(marks)
                    if i + 1 == len(marks) or marks[i + 1][1] != m[1]]
            line = lines[n - 1]
            for pos, v in reversed(keep):
                line = line[:pos] + f' ({v})' + line[pos:]
            lines[n - 1] = line
        open(path, 'w', encoding='utf-8').write('\n'.join(lines))
        print(f'{page}: version marks added on {len(by_line)} lines')


def check_layout(root):
    text = open(os.path.join(root, 'docs/contributing.md'), encoding='utf-8').read()
    sec = text.split('\n## Layout\n', 1)[1].split('\n## ', 1)[0]
    groups = {'src/core/': set(), 'src/*.c': set()}
    current = None
    indent = None
    for line in sec.split('\n'):
        if not line.startswith('    '):
            continue
        body = line[4:]
        ind = len(body) - len(body.lstrip())
        head = body.strip().split(' ')[0]
        if ind == 0:
            current = head if head in groups else None
            indent = None
            continue
        if current is None:
            continue
        if indent is None:
            indent = ind
        if ind != indent:
            continue
        names = body.strip()
        names = re.split(r'\s{2,}', names)[0]
        stem = None
        for f in re.split(r',\s*', names):
            f = f.strip()
            if f.startswith('.') and stem:
                f = stem + f            # "rate.c, .h"
            stem = os.path.splitext(f)[0]
            groups[current].add(f)
    problems = []
    for g, d in (('src/core/', 'src/core'), ('src/*.c', 'src')):
        have = {f for f in os.listdir(os.path.join(root, d))
                if f.endswith(('.c', '.h')) and os.path.isfile(os.path.join(root, d, f))}
        for f in sorted(have - groups[g]):
            problems.append(f'docs/contributing.md#layout: {d}/{f} is not listed under "{g}"')
        for f in sorted(groups[g] - have):
            problems.append(f'docs/contributing.md#layout: lists {d}/{f}, which does not exist')
    return [('layout docs/contributing.md', problems)]


def slug(heading):
    """The anchor GitHub gives a heading."""
    h = heading.strip().lower()
    h = re.sub(r'[^\w\- ]', '', h)
    return h.replace(' ', '-')


def check_links(root):
    """Every link to a heading of README.md or docs/*.md finds it (a version
    mark in a heading changes its anchor)."""
    pages = ['README.md'] + sorted(os.path.relpath(p, root)
                                   for p in glob.glob(os.path.join(root, 'docs/*.md')))
    anchors = {}
    for page in pages:
        fence = False
        found = set()
        for line in open(os.path.join(root, page), encoding='utf-8'):
            if re.match(r'^\s*```', line):
                fence = not fence
            elif not fence and line.startswith('#'):
                found.add(slug(line.lstrip('#')))
        anchors[page] = found
    problems = []
    for page in pages:
        text = open(os.path.join(root, page), encoding='utf-8').read()
        for m in re.finditer(r'\]\(([^)\s#]*)#([^)\s]+)\)', text):
            target = os.path.normpath(os.path.join(os.path.dirname(page), m.group(1))) \
                if m.group(1) else page
            if target in anchors and m.group(2) not in anchors[target]:
                line = text.count('\n', 0, m.start()) + 1
                problems.append(f'{page}:{line}: no heading of {target} has the anchor #{m.group(2)}')
    return [('links to headings', problems)]


# A citation of a text a reader of the repository cannot open: an issue by
# number, the research notes' sections and source labels.  The standards'
# own clauses (HJ 663-2013 §6.1.2) are what to write instead.
CITATION = re.compile(r'issue [0-9]+|[Rr]eference §|\b[RS][0-9]+\b(?![-.])')


def check_citations(root):
    files = ['README.md', 'CHANGELOG.md'] + sorted(
        os.path.relpath(p, root) for pattern in
        ('docs/*.md', 'src/core/*.[ch]', 'src/sql/[0-9]*.sql', 'test/core/*.[ch]')
        for p in glob.glob(os.path.join(root, pattern)))
    problems = []
    for f in files:
        for n, line in enumerate(open(os.path.join(root, f), encoding='utf-8'), 1):
            for m in CITATION.finditer(line):
                problems.append(f'{f}:{n}: "{m.group(0)}" cites a text the repository does not '
                                'hold: state the rule and its clause instead')
    return [('no citations of outside notes', problems)]


def run(root=ROOT, listing=False, fix=False):
    """Prints each failure; returns (passed, failed)."""
    cat = Catalog(root)
    passed = failed = 0
    for what, problems in check_versions(root, cat, listing, fix) + check_layout(root) + check_links(root) + check_citations(root):
        if problems:
            failed += 1
            print(f'doc check {what}: FAILED')
            for p in problems:
                print('    ' + p)
        else:
            passed += 1
    return passed, failed


if __name__ == '__main__':
    p, f = run(listing='--list' in sys.argv[1:], fix='--fix' in sys.argv[1:])
    print(f'doc checks: {p} passed, {f} failed')
    sys.exit(1 if f else 0)
