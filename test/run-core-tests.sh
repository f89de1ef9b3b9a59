#!/usr/bin/env bash
# Builds and runs the core unit tests (test/core/test_*.c) and the fuzz
# targets (test/fuzz/fuzz_*.c, driven deterministically by test/fuzz/driver.c;
# `make fuzz` runs them under libFuzzer) against the pure C core alone: no
# PostgreSQL headers, strict C99, warnings as errors.  The core is compiled
# once a run (two at a time) and linked into every binary: compiling it
# into each of them anew took most of this stage's time.
set -u
cd "$(dirname "$0")/.."
out=test/.build
cflags="-std=c99 -O2 -Wall -Wextra -Werror -pedantic -Isrc"
mkdir -p "$out"
rm -rf "$out/core"
mkdir -p "$out/core"
status=0
core=
if ls src/core/*.c | xargs -P 2 -I{} sh -c 'gcc '"$cflags"' -c -o "'"$out"'/core/$(basename {} .c).o" {}'; then
	core=$(ls "$out"/core/*.o)
fi
for t in test/core/test_*.c; do
	[ -e "$t" ] || continue
	name=$(basename "$t" .c)
	if [ -z "$core" ] || ! gcc $cflags -Itest/core -o "$out/$name" "$t" $core -lm; then
		echo "$name: 0 passed, 1 failed"
		status=1
		continue
	fi
	"$out/$name" || status=1
done
for t in test/fuzz/fuzz_*.c; do
	[ -e "$t" ] || continue
	name=$(basename "$t" .c)
	if [ -z "$core" ] || ! gcc $cflags -Itest/fuzz -o "$out/$name" test/fuzz/driver.c "$t" $core -lm ||
		! "$out/$name" "${FUZZ_ITERATIONS:-200000}" "$name"; then
		echo "$name: 0 passed, 1 failed"
		status=1
	fi
done
exit $status
