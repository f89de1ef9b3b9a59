"""What the test generators share: one generated pg_regress test written as
its three parts,

    sql/NAME.sql               the queries, with \\copy lines for the data
    test/data/gen/NAME-T.csv   the cases of each table T (pg_regress runs
                               from the checkout's root: the relative path
                               holds, as for test/data/)
    expected/NAME.out          what psql -a prints for them: the script
                               echoed, and after each query the result the
                               generator computed itself, from the reference
                               tables, independently of the extension

so that make regen-tests checks the expected outputs too, and a change of a
case is a change of a line in a CSV file rather than of the script.

    t = RegressTest('noise_hj640_boundaries')
    t.text('CREATE TEMP TABLE c (kind text, level float8);')
    t.copy('c', [('regional', '50.0'), ...])      # None is SQL NULL
    t.text('SELECT count(*) AS cases FROM c;')
    t.result(['cases'], [(168,)])                 # psql's aligned format
    t.write()
"""
import os
from decimal import Decimal

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
DATA_DIR = 'test/data/gen'


def _is_number(v):
    return isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)


def _csv_field(v):
    """PostgreSQL's CSV: NULL is an empty field without quotes, text is
    quoted (so that an empty string is not NULL)"""
    if v is None:
        return ''
    if _is_number(v):
        return str(v)
    return '"' + str(v).replace('"', '""') + '"'


def aligned(columns, rows):
    """A result as psql prints it in its default aligned format (psql -X -a,
    border 1): names centred, numbers (int, float and Decimal values) to the
    right, booleans as t and f,
    text to the left and the last column not padded, then "(N rows)" and an
    empty line.  Only for ASCII cells: widths are counted in characters."""
    cells = [['' if v is None else ('t' if v else 'f') if isinstance(v, bool) else str(v) for v in r] for r in rows]
    right = [bool(rows) and all(_is_number(r[i]) or r[i] is None for r in rows) for i in range(len(columns))]
    for r in cells:
        for v in r:
            assert v.isascii(), v
    width = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    head = []
    for c, w in zip(columns, width):
        left = (w - len(c)) // 2
        head.append(' ' * left + c + ' ' * (w - len(c) - left))
    lines = [' ' + ' | '.join(head) + ' ', '+'.join('-' * (w + 2) for w in width)]
    for r in cells:
        out = []
        for i, (v, w) in enumerate(zip(r, width)):
            if right[i]:
                out.append(v.rjust(w))
            elif i == len(r) - 1:
                out.append(v)
            else:
                out.append(v.ljust(w))
        lines.append(' ' + ' | '.join(out))
    lines.append('(1 row)' if len(rows) == 1 else f'({len(rows)} rows)')
    lines.append('')
    return lines


class RegressTest:
    def __init__(self, name):
        self.name = name
        self.sql = []
        self.out = []
        self.data = {}

    def text(self, *lines):
        """Lines of the script, echoed into the expected output."""
        for chunk in lines:
            for line in chunk.split('\n'):
                self.sql.append(line)
                # psql -a echoes every line but the empty ones (outside a
                # quoted string: the generated scripts have none in one)
                if line:
                    self.out.append(line)

    def copy(self, table, rows):
        """The rows of TABLE (tuples of str, int, float or None for NULL) as
        test/data/gen/NAME-TABLE.csv, loaded by a \\copy line."""
        path = f'{DATA_DIR}/{self.name}-{table}.csv'
        self.data[path] = ''.join(','.join(_csv_field(v) for v in r) + '\n' for r in rows)
        self.text(f"\\copy {table} FROM '{path}' WITH (FORMAT csv)")

    def result(self, columns, rows):
        """The result of the query just written, into the expected output."""
        self.out.extend(aligned(columns, rows))

    def files(self):
        """{path relative to the checkout: content}"""
        files = {f'sql/{self.name}.sql': '\n'.join(self.sql) + '\n',
                 f'expected/{self.name}.out': '\n'.join(self.out) + '\n'}
        files.update(self.data)
        return files

    def write(self):
        for path, content in self.files().items():
            with open(os.path.join(ROOT, path), 'w', encoding='utf-8') as f:
                f.write(content)
