#!/usr/bin/env bash
# make regen-tests: runs every test generator (test/gen/gen_*.py) against the
# reference tables the repository carries (test/reference/) and the bundled
# data (test/data/), writing the generated tests in place, and fails when any
# generated file differs from what it was before: the scripts (sql/), the
# cases they load (test/data/gen/) and the expected outputs (expected/),
# whose results the generators compute themselves, independently of the
# extension.  So a committed generated test always matches its generator and
# its table, and pg_regress then checks the extension against both.  On a
# difference the regenerated files stay in place, for `git diff` to show and
# to commit.
set -u
cd "$(dirname "$0")/../.."

generators="gen_aqi_tests.py gen_airday_expected.py gen_airsum_expected.py gen_noise_water_tests.py
gen_groundwater_tests.py gen_realtime_tests.py gen_item_names_tests.py"
tests="aqi_breakpoints airday_beijing airsum_beijing noise_hj640_boundaries water_gb3838_boundaries
water_item_names drinking_water_gb3838_boundaries groundwater_gbt14848_boundaries realtime_bands"

# every file a generator writes: its test's script and expected output, and
# the CSV files of its cases (those of the checkout, and any new ones)
generated() {
	for t in $tests; do
		echo "sql/$t.sql"
		echo "expected/$t.out"
	done
	ls test/data/gen/*.csv 2>/dev/null
}

before=$(mktemp -d "${TMPDIR:-/tmp}/ecoinsp-regen.XXXXXX")
trap 'rm -rf "$before"' EXIT
for f in $(generated); do
	mkdir -p "$before/$(dirname "$f")"
	cp "$f" "$before/$f" 2>/dev/null || : >"$before/$f.missing"
done

# the generators write every case file anew: one no generator writes any
# more is then missing, and reported
committed_csv=$(ls test/data/gen/*.csv 2>/dev/null)
rm -f test/data/gen/*.csv
status=0
for g in $generators; do
	if ! out=$(python3 "test/gen/$g" 2>&1); then
		echo "$g: FAILED"; echo "$out" | tail -20
		status=1
	fi
done

changed=0 n=0
for f in $( (generated; echo "$committed_csv") | sort -u); do
	n=$((n + 1))
	if [ -e "$before/$f.missing" ] || [ ! -e "$before/$f" ]; then
		echo "regenerated $f is new"
		changed=$((changed + 1))
	elif [ ! -e "$f" ]; then
		echo "$f: no generator writes it any more"
		changed=$((changed + 1))
	elif ! cmp -s "$before/$f" "$f"; then
		echo "regenerated $f differs from the committed one:"
		diff -u "$before/$f" "$f" | head -40
		changed=$((changed + 1))
	fi
done
echo "regen-tests: $n generated files, $changed changed"
[ "$status" = 0 ] && [ "$changed" = 0 ]
