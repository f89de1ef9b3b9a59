#!/usr/bin/env bash
# Builds and runs the core unit tests (test/core/test_*.c) against the pure C
# core alone: no PostgreSQL headers, strict C99, warnings as errors.
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
exit $status
