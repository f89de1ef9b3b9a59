#!/usr/bin/env bash
# make fuzz: runs every fuzz target (test/fuzz/fuzz_*.c) coverage-guided under
# libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer, seeded with
# the targets' own valid inputs, for FUZZ_SECONDS (default 60) each.
# Needs clang and libclang-rt-14-dev (installed when missing, as root).
set -u -o pipefail
cd "$(dirname "$0")/.."
if ! command -v clang >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
	[ "$(id -u)" = 0 ] || { echo "error: needs clang and libclang-rt-14-dev" >&2; exit 2; }
	apt-get update -qq >/dev/null && apt-get install -y -qq clang libclang-rt-14-dev >/dev/null
fi
out=test/.build/fuzz
mkdir -p "$out"
status=0
for t in test/fuzz/fuzz_*.c; do
	name=$(basename "$t" .c)
	corpus=$out/$name-corpus
	mkdir -p "$corpus"
	gcc -std=c99 -Isrc -Itest/fuzz -o "$out/$name-seeds" test/fuzz/driver.c "$t" src/core/*.c -lm &&
		"$out/$name-seeds" --write-seeds "$corpus" || { echo "$name: seeds failed"; status=1; continue; }
	clang -std=c99 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-Isrc -Itest/fuzz -o "$out/$name" "$t" src/core/*.c -lm || { status=1; continue; }
	echo "== $name (${FUZZ_SECONDS:-60} s)"
	"$out/$name" -max_total_time="${FUZZ_SECONDS:-60}" -max_len=65536 "$corpus" 2>&1 | tail -3 || status=1
done
exit $status
