#!/usr/bin/env python3
"""The pgindent typedefs list of the project's C code, and its check.

pgindent needs every typedef name to lay out declarations; PostgreSQL's own
list covers the server's types, test/typedefs.list the project's.

    python3 test/typedefs.py          check test/typedefs.list is current
    python3 test/typedefs.py --write  rewrite it from the sources

pgindent --typedefs=test/typedefs.list (with PostgreSQL's list appended)
then formats src/.  The check also holds the layout of .editorconfig for C:
indentation by tabs, no trailing blanks, a final newline.
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIST = os.path.join(ROOT, 'test', 'typedefs.list')
SOURCES = sorted(glob.glob(os.path.join(ROOT, 'src', '**', '*.[ch]'), recursive=True) +
                 glob.glob(os.path.join(ROOT, 'test', 'core', '*.[ch]')) +
                 glob.glob(os.path.join(ROOT, 'test', 'fuzz', '*.[ch]')))


def typedef_names():
    names = set()
    for path in SOURCES:
        text = open(path, encoding='utf-8').read()
        text = re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)
        # typedef struct/enum/union ... { ... } Name;  (braces balanced)
        for m in re.finditer(r'\btypedef\b', text):
            i = m.end()
            depth = 0
            j = i
            while j < len(text):
                c = text[j]
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                elif c == ';' and depth == 0:
                    break
                j += 1
            decl = text[i:j]
            decl = re.sub(r'\{.*\}', ' ', decl, flags=re.S)
            fp = re.search(r'\(\s*\*\s*(\w+)\s*\)', decl)   # function pointer
            if fp:
                names.add(fp.group(1))
                continue
            last = re.findall(r'(\w+)\s*(?:\[[^\]]*\]\s*)*$', decl.strip())
            if last:
                names.add(last[0])
    return sorted(names)


def layout_faults():
    faults = []
    for path in SOURCES:
        rel = os.path.relpath(path, ROOT)
        text = open(path, encoding='utf-8').read()
        if text and not text.endswith('\n'):
            faults.append(f'{rel}: no final newline')
        for n, line in enumerate(text.split('\n'), 1):
            if line.rstrip() != line:
                faults.append(f'{rel}:{n}: trailing blanks')
            if re.match(r' {2,}[^ *]', line):
                faults.append(f'{rel}:{n}: indented by spaces, not tabs')
    return faults


def main():
    names = typedef_names()
    body = ''.join(n + '\n' for n in names)
    if '--write' in sys.argv:
        open(LIST, 'w').write(body)
        print(f'{len(names)} typedefs written to test/typedefs.list')
        return 0
    status = 0
    current = open(LIST).read() if os.path.exists(LIST) else ''
    if current != body:
        have = set(current.split())
        print('test/typedefs.list is not current (python3 test/typedefs.py --write):')
        for n in sorted(set(names) - have):
            print('  missing', n)
        for n in sorted(have - set(names)):
            print('  stale', n)
        status = 1
    faults = layout_faults()
    for f in faults[:50]:
        print(f)
    if faults:
        status = 1
    print(f'format-check: {len(names)} typedefs, {len(SOURCES)} C files, '
          f'{len(faults)} layout faults')
    return status


if __name__ == '__main__':
    sys.exit(main())
