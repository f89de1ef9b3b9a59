#!/usr/bin/env python3
"""Plants one-line bugs, one at a time, and counts how many the tests catch.

    python3 test/mutation/plant.py [--count N] [--seed S] [--test CMD] FILE...

For each FILE (C sources of the core or the glue) it lists the places where a
one-line bug can be planted the way a slip of the hand plants it: a
comparison turned (< for <=, == for !=), a logical operator swapped, an
arithmetic sign flipped, an integer constant off by one, a boolean return
inverted, a statement line dropped.  It draws N of them (default 20 per
file, seeded, so that a run can be repeated), plants each in turn, runs the
test command (default: the core unit tests with a short fuzz run) and
counts the bug caught when the command fails.  A plant that does not compile
(--build; by default the core file alone with the core's warnings, or make)
is not a bug a test could miss and is left out of the count.  The sources
are restored after every plant, also when interrupted.

Prints one line per plant and ends "mutation: N caught, N survived (P %)".
Not part of make test: a trial takes minutes (docs/contributing.md).
"""
import argparse, random, re, subprocess, sys, os

DEFAULT_TEST = "make -s -f test/mutation/core.mk -j2 check"
CORE_BUILD = "gcc -std=c99 -Wall -Wextra -Werror -pedantic -Isrc -fsyntax-only %s"
GLUE_BUILD = "make -s -j2 WERROR=1"

OPERATORS = [
    (r"(?<![<>=!])<=(?!=)", "<"), (r"(?<![<>=!-])<(?![<=])", "<="),
    (r"(?<![<>=!-])>=(?!=)", ">"), (r"(?<![<>=!-])>(?![>=])", ">="),
    (r"==", "!="), (r"!=", "=="), (r"&&", "||"), (r"\|\|", "&&"),
    (r"(?<=[\w)\]] )\+(?= [\w(])", "-"), (r"(?<=[\w)\]] )-(?= [\w(])", "+"),
    (r"(?<=[\w)\]] )\*(?= [\w(])", "/"),
]
SKIP = re.compile(r"^\s*(#|/\*|\*|//)|^\s*$|static_assert|StaticAssert|ereport|errmsg|errhint|errdetail|elog")


def sites(lines):
    out = []
    in_comment = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if in_comment:
            if "*/" in stripped:
                in_comment = False
            continue
        if stripped.startswith("/*") and "*/" not in stripped:
            in_comment = True
            continue
        if SKIP.search(line) or '"' in line:
            continue
        code = line.split("/*")[0]
        for pattern, repl in OPERATORS:
            for m in re.finditer(pattern, code):
                out.append((i, m.start(), m.end(), repl, f"{m.group(0)} -> {repl}"))
        for m in re.finditer(r"(?<![\w.])(\d+)(?![\w.])", code):
            n = int(m.group(1))
            if n <= 1000000:
                out.append((i, m.start(), m.end(), str(n + 1), f"{n} -> {n + 1}"))
        for word, other in (("true", "false"), ("false", "true")):
            for m in re.finditer(r"\breturn %s\b" % word, code):
                out.append((i, m.start(), m.end(), "return " + other, f"return {word} -> {other}"))
        if stripped.endswith(";") and not stripped.startswith(("return", "break", "case", "default")) \
                and "=" in stripped and "(" not in stripped.split("=")[0]:
            out.append((i, 0, len(line), "", "line dropped"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=20)
    ap.add_argument("--seed", type=int, default=8170)
    ap.add_argument("--test", default=DEFAULT_TEST)
    ap.add_argument("--build", help="compile check (default: the core file alone, or make for glue)")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    caught = survived = 0
    for path in args.files:
        original = open(path).read()
        lines = original.split("\n")
        candidates = sites(lines)
        rng = random.Random(f"{args.seed}:{path}")
        rng.shuffle(candidates)
        planted = 0
        try:
            for (i, start, end, repl, what) in candidates:
                if planted >= args.count:
                    break
                mutated = lines[:]
                mutated[i] = lines[i][:start] + repl + lines[i][end:]
                open(path, "w").write("\n".join(mutated))
                build = args.build or (CORE_BUILD % path if "/core/" in path else GLUE_BUILD)
                if subprocess.run(build, shell=True, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL).returncode != 0:
                    continue  # does not compile: not a plant
                run = subprocess.run(args.test, shell=True, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True)
                planted += 1
                where = f"{path}:{i + 1}: {what}"
                if run.returncode != 0:
                    caught += 1
                    print(f"caught   {where}")
                else:
                    survived += 1
                    print(f"SURVIVED {where}: {lines[i].strip()}")
                sys.stdout.flush()
        finally:
            open(path, "w").write(original)
    total = caught + survived
    print(f"mutation: {caught} caught, {survived} survived ({100 * caught / total if total else 0:.0f} %)")


if __name__ == "__main__":
    main()
