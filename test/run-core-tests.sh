#!/usr/bin/env bash
# Builds and runs the core unit tests (test/core/test_*.c) and the fuzz
# targets (test/fuzz/fuzz_*.c, driven deterministically by test/fuzz/driver.c;
# `make fuzz` runs them under libFuzzer) against the pure C core alone: no
# PostgreSQL headers, strict C99, warnings as errors.
set -u
cd "$(dirname "$0")/.."
out=test/.build
mkdir -p "$out"
status=0
for t in test/core/test_*.c; do
	[ -e "$t" ] || continue
	name=$(basename "$t" .c)
	if ! gcc -std=c99 -O2 -Wall -Wextra -Werror -pedantic -Isrc -Itest/core \
		-o "$out/$name" "$t" src/core/*.c -lm; then
		echo "$name: 0 passed, 1 failed"
		status=1
		continue
	fi
	"$out/$name" || status=1
done
for t in test/fuzz/fuzz_*.c; do
	[ -e "$t" ] || continue
	name=$(basename "$t" .c)
	if ! gcc -std=c99 -O2 -Wall -Wextra -Werror -pedantic -Isrc -Itest/fuzz \
		-o "$out/$name" test/fuzz/driver.c "$t" src/core/*.c -lm ||
		! "$out/$name" "${FUZZ_ITERATIONS:-200000}" "$name"; then
		echo "$name: 0 passed, 1 failed"
		status=1
	fi
done
exit $status
