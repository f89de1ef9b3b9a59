#!/usr/bin/env bash
# make regen-tests: runs every test generator (test/gen/*.py) against the
# reference tables the repository carries (test/reference/) and the bundled
# data (test/data/), writing the generated tests in place, and fails when any
# generated file differs from what it was before (so a committed generated
# test always matches its generator and its table).  On a difference the
# regenerated files stay in place, for `git diff` to show and to commit.
set -u
cd "$(dirname "$0")/../.."

generated="sql/aqi_breakpoints.sql
sql/airday_beijing.sql
expected/airday_beijing.out
sql/airsum_beijing.sql
sql/noise_hj640_boundaries.sql
sql/water_gb3838_boundaries.sql
sql/water_item_names.sql
sql/drinking_water_gb3838_boundaries.sql
sql/groundwater_gbt14848_boundaries.sql
sql/realtime_bands.sql"

before=$(mktemp -d "${TMPDIR:-/tmp}/ecoinsp-regen.XXXXXX")
trap 'rm -rf "$before"' EXIT
for f in $generated; do
	mkdir -p "$before/$(dirname "$f")"
	cp "$f" "$before/$f" 2>/dev/null || : >"$before/$f.missing"
done

status=0
for g in gen_aqi_tests.py gen_airday_expected.py gen_airsum_expected.py gen_noise_water_tests.py gen_groundwater_tests.py gen_realtime_tests.py gen_item_names_tests.py; do
	if ! out=$(python3 "test/gen/$g" 2>&1); then
		echo "$g: FAILED"; echo "$out" | tail -20
		status=1
	fi
done

changed=0
for f in $generated; do
	if ! cmp -s "$before/$f" "$f"; then
		echo "regenerated $f differs from the committed one:"
		diff -u "$before/$f" "$f" | head -40
		changed=$((changed + 1))
	fi
done
echo "regen-tests: $(echo "$generated" | wc -l) generated files, $changed changed"
[ "$status" = 0 ] && [ "$changed" = 0 ]
