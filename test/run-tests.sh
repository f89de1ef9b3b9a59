#!/usr/bin/env bash
# The README's test command (make test).  Builds with warnings as errors, runs
# the core unit tests, installs ecoinsp into a throwaway copy of PostgreSQL,
# runs the whole pg_regress suite (and the benchmarks once on tiny data, so
# that they cannot rot) in a throwaway cluster run by an ordinary user, and
# runs every SQL example of the documentation against the output it shows;
# prints each suite's count on its own line and ends with one line
# "N passed, N failed", their sum.  Exit status 1 on any failure.
#
# The suites that need no cluster of the main one (the core unit tests, the
# report layer with its wait for pg_cron, the upgrade from each released
# version) run in the background beside the pg_regress suite, each in its
# own cluster; their output is printed when they are collected, after the
# main cluster's suites.  The stage times at the end give each suite's wall
# time and, under test/cpu-time.sh, its CPU time.
set -u
cd "$(dirname "$0")/.."
. test/lib.sh

ensure_build_deps
ensure_test_deps
passed=0
failed=0

work=$(mktemp -d "${TMPDIR:-/tmp}/ecoinsp-test.XXXXXX")
chmod 755 "$work"
trap 'kill $(jobs -p) 2>/dev/null; wait; cluster_stop; rm -rf "$work"' EXIT

# Each stage's wall time, and its CPU time when the run has a cpuacct cgroup
# of its own (bash test/cpu-time.sh make test; the servers' CPU included):
# this shell in the child cgroup "main", each background suite in one of its
# own, so that suites running side by side are measured apart.
cgroup=${ECOINSP_CPUACCT:-}
[ -n "$cgroup" ] && [ -w "$cgroup" ] || cgroup=
# cgroup_enter NAME: the calling (sub)shell and what it starts from now on
cgroup_enter() {
	[ -n "$cgroup" ] && mkdir -p "$cgroup/$1" && echo "$BASHPID" >"$cgroup/$1/cgroup.procs"
}
cgroup_usage() {
	if [ -n "$cgroup" ]; then cat "$cgroup/$1/cpuacct.usage"; else echo 0; fi
}
cgroup_enter main
stage_wall=$(date +%s.%N) stage_cpu=$(cgroup_usage main)
stage_times=
# stage_line NAME WALL_SECONDS CPU_NANOSECONDS [NOTE]
stage_line() {
	local line
	line=$(awk -v w="$2" -v c="$3" -v g="$cgroup" -v n="${4:-}" \
		'BEGIN {printf "%.1f s wall%s%s", w, g == "" ? "" : sprintf(", %.1f s CPU", c / 1e9), n}')
	stage_times="$stage_times$(printf '%-16s %s' "$1:" "$line")
"
}
stage_done() {
	local now cpu
	now=$(date +%s.%N) cpu=$(cgroup_usage main)
	stage_line "$1" "$(awk -v a="$stage_wall" -v b="$now" 'BEGIN {print b - a}')" $((cpu - stage_cpu))
	stage_wall=$now stage_cpu=$cpu
}
# background NAME COMMAND...: runs COMMAND beside the others, its output into
# $work/NAME.out; collect NAME waits for it and prints nothing.
declare -A background_pid
background() {
	local name=$1
	shift
	(
		cgroup_enter "$name"
		start=$(date +%s.%N)
		"$@" >"$work/$name.out" 2>&1
		echo "$start $(date +%s.%N)" >"$work/$name.wall"
	) &
	background_pid[$name]=$!
}
collect() {
	wait "${background_pid[$1]}"
	stage_line "$1" "$(awk '{print $2 - $1}' "$work/$1.wall" 2>/dev/null || echo 0)" "$(cgroup_usage "$1")" " (beside the others)"
}

make -s clean >/dev/null 2>&1
if ! make -s -j2 WERROR=1 >/dev/null; then
	make WERROR=1 2>&1 | grep -E 'error|warning' | head -40
	echo "build: FAILED"
	echo "0 passed, 1 failed"
	exit 1
fi
echo "build: ok"
stage_done build

# fn_extra belongs to src/callsite.c: a hand-written call-site cache that
# trusted get_fn_expr_arg_stable() served a stale AQI standard under PL/pgSQL.
if grep -n 'fn_extra\|get_fn_expr_arg_stable' src/*.c src/*.h | grep -v '^src/callsite\.[ch]:'; then
	echo "call-site caches outside src/callsite.c: FAILED"
	failed=$((failed + 1))
else
	passed=$((passed + 1))
fi

# The committed upgrade script is its pieces put together (make upgrade-script).
if make -s upgrade-script-check; then
	passed=$((passed + 1))
else
	echo "upgrade script: FAILED"
	failed=$((failed + 1))
fi

# Layout (make format-check): the typedefs list is current and no C file has
# trailing blanks or mixed indentation; it rotted while it ran by hand only.
if make -s format-check >/dev/null 2>&1; then
	passed=$((passed + 1))
else
	make -s format-check 2>&1 | tail -20
	echo "format-check: FAILED"
	failed=$((failed + 1))
fi

# Every glue file reads the server's API through src/compat.h (the varlena
# macros moved to varatt.h in 16): a file without it builds on 15 only.
if grep -L '#include "compat.h"' src/*.c | grep .; then
	echo "glue files without compat.h: FAILED"
	failed=$((failed + 1))
else
	passed=$((passed + 1))
fi

# PostgreSQL 18 removed pg_attribute_noreturn(): glue declares functions that
# do not return with pg_noreturn in front (src/compat.h defines it before 18).
if grep -n 'pg_attribute_noreturn' src/*.c src/*.h | grep -v '^src/compat\.h:'; then
	echo "pg_attribute_noreturn outside src/compat.h (PostgreSQL 18 has none): FAILED"
	failed=$((failed + 1))
else
	passed=$((passed + 1))
fi

stage_done checks

# Core unit tests: each binary ends with "NAME: N passed, N failed".
background "core tests" bash test/run-core-tests.sh

# Every error the pg_regress tests provoke shows its SQLSTATE in the
# expected output (test/check-sqlstates.py), not only its message.
sqlstate_out=$(python3 test/check-sqlstates.py 2>&1)
echo "$sqlstate_out" | grep -v '^sqlstates: [0-9]* passed, 0 failed$'
read -r sp sf < <(echo "$sqlstate_out" | sed -n 's/^sqlstates: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p')
[ -n "${sp:-}" ] || { sp=0; sf=1; }
if [ "$sf" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

# META.json against the control file, the Makefile and debian/.
if command -v python3 >/dev/null; then
	meta_out=$(python3 test/package/check-meta.py 2>&1)
	echo "$meta_out"
	read -r mp mf < <(echo "$meta_out" | sed -n 's/^meta: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p')
	[ -n "${mp:-}" ] || { mp=0; mf=1; }
	passed=$((passed + mp)); failed=$((failed + mf))
else
	echo "meta: not checked (no python3)"
fi
stage_done meta

stage_install "$work/pg"
stage_done install

# The report layer (docs/report-layer.md, docs/schema.md, the psycopg
# client), in a cluster of its own with pg_cron loaded: each suite ends with
# "NAME: N passed, N failed".  Most of its time is the wait for pg_cron's
# next minute.
background "report layer" bash test/report/run-report-layer.sh "$STAGE_BIN"
# The upgrade from every released version (test/upgrade/run.sh, each in a
# cluster of its own): symbols, catalog against a fresh install, stored
# values read back.
upgrades=
for script in src/sql/released/ecoinsp--*.sql; do
	from=$(basename "$script" .sql); from=${from#ecoinsp--}
	background "upgrade $from" bash test/upgrade/run.sh "$work/pg" "$work/upgrade-$from" "$from"
	upgrades="$upgrades $from"
done

mkdir -p "$work/main"
cluster_start "$STAGE_BIN" "$work/main"
stage_done initdb

tests=$(make -s regress-list)
rm -rf results regression.diffs regression.out
# PostgreSQL 16 renamed force_parallel_mode, which the tests set to force
# parallel plans, to debug_parallel_query: from 16 on pg_regress runs in a
# copy of sql/ and expected/ that uses the new name (the rest of the checkout
# linked in, for the tests' relative paths).
regress_dir=.
if [ "$PG_MAJOR" -ge 16 ]; then
	regress_dir=$work/regress
	mkdir -p "$regress_dir"
	cp -r sql expected "$regress_dir/"
	sed -i 's/force_parallel_mode/debug_parallel_query/g' "$regress_dir"/sql/*.sql "$regress_dir"/expected/*.out
	for f in *; do
		case $f in sql | expected | results) ;; *) ln -s "$PWD/$f" "$regress_dir/$f" ;; esac
	done
fi
# The parallel schedule (test/regress-schedule.py): the setup first, groups
# of tests that do not interfere, the catalog checks last and alone.
python3 test/regress-schedule.py $tests >"$work/schedule" || exit 2
regress_out=$(cd "$regress_dir" && /usr/lib/postgresql/$PG_MAJOR/lib/pgxs/src/test/regress/pg_regress \
	--inputdir=. --outputdir=. --bindir="$STAGE_BIN" --host="$PGHOST" --port="$PGPORT" \
	--user=postgres --dbname=ecoinsp_regress --load-extension=ecoinsp \
	--encoding=UTF8 --schedule="$work/schedule" 2>&1)
echo "$regress_out" | grep -E '^(test|     |ok|not ok)' | grep -vE '\.\.\. ok|^ok '
rp=$(echo "$regress_out" | grep -cE '\.\.\. ok|^ok ')
# A test counts as passed only on an explicit "ok"; anything else (a
# difference, a missing expected file, a crash) is a failure.
rf=$(( $(echo "$tests" | wc -w) - rp ))
echo "pg_regress: $rp passed, $rf failed"
[ "$rf" -gt 0 ] && [ -f "$regress_dir/regression.diffs" ] && head -200 "$regress_dir/regression.diffs"
passed=$((passed + rp)); failed=$((failed + rf))
stage_done pg_regress

# Dump and restore: every type's values, made by the functions that make
# them, must read back identical after pg_dump | psql into a new database.
if psql -X -q -d postgres -c "CREATE DATABASE dump_source" -c "CREATE DATABASE dump_restored" &&
	psql -X -q -v ON_ERROR_STOP=1 -d dump_source -f test/dump/values.sql >"$work/dump.out" 2>&1 &&
	"$STAGE_BIN/pg_dump" -d dump_source >"$work/dump.sql" 2>>"$work/dump.out" &&
	psql -X -q -v ON_ERROR_STOP=1 -d dump_restored -f "$work/dump.sql" >>"$work/dump.out" 2>&1 &&
	before=$(psql -X -A -t -d dump_source -c "TABLE digest") &&
	after=$(psql -X -A -t -d dump_restored -c "TABLE digest") &&
	[ -n "$before" ] && [ "$before" = "$after" ]; then
	echo "dump/restore: 1 passed, 0 failed ($(echo "$before" | wc -l) kinds of values)"
	passed=$((passed + 1))
else
	echo "dump/restore: FAILED"; tail -20 "$work/dump.out"
	echo "before: ${before:-}"; echo "after: ${after:-}"
	echo "dump/restore: 0 passed, 1 failed"
	failed=$((failed + 1))
fi
stage_done dump/restore

# The benchmarks, once, on tiny data: each script exits non-zero when its
# queries fail or its answers disagree with the baseline.
bp=0; bf=0
for b in test/bench/bench_*.sql; do
	[ -e "$b" ] || continue
	if (cd test/bench && psql -X -q -v ON_ERROR_STOP=1 -v scale=tiny -d ecoinsp_regress -f "$(basename "$b")") >"$work/bench.out" 2>&1; then
		bp=$((bp + 1))
	else
		bf=$((bf + 1)); echo "benchmark $b: FAILED"; tail -20 "$work/bench.out"
	fi
done
echo "benchmarks: $bp passed, $bf failed"
stage_done benchmarks
passed=$((passed + bp)); failed=$((failed + bf))

# The documentation's SQL examples against the output they show
# (test/doc/doc_examples.py; each page in a fresh database).
doc_out=$(python3 test/doc/doc_examples.py --psql "$STAGE_BIN/psql" 2>&1)
echo "$doc_out"
if dl=$(echo "$doc_out" | sed -n 's/^doc examples: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p') && [ -n "$dl" ]; then
	read -r dp df <<<"$dl"
else
	dp=0; df=1; echo "doc examples: the runner ended without its count"
fi
passed=$((passed + dp)); failed=$((failed + df))
stage_done "doc examples"

# The suites that ran beside: their output now, in this order.
collect "core tests"
core_out=$(cat "$work/core tests.out")
echo "$core_out" | grep -v ': [0-9]* passed, 0 failed$'
cp=0; cf=0
while read -r p f; do
	cp=$((cp + p)); cf=$((cf + f))
done < <(echo "$core_out" | sed -n 's/^.*: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p')
# A core test binary that did not get to its count line is a failure too.
[ "$cp" -gt 0 ] || cf=$((cf + 1))
echo "core unit tests: $cp passed, $cf failed"
passed=$((passed + cp)); failed=$((failed + cf))

collect "report layer"
report_out=$(cat "$work/report layer.out")
echo "$report_out"
while read -r p f; do
	passed=$((passed + p)); failed=$((failed + f))
done < <(echo "$report_out" | sed -n 's/^[a-z ]*: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p')
echo "$report_out" | grep -qE '^psycopg client: [0-9]+ passed' || { echo "report layer: did not finish"; failed=$((failed + 1)); }

for from in $upgrades; do
	collect "upgrade $from"
	upgrade_out=$(cat "$work/upgrade $from.out")
	echo "$upgrade_out" | grep -v ': ok: '
	up= uf=
	read -r up uf < <(echo "$upgrade_out" | sed -n 's/^upgrade from [0-9.]*: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p')
	[ -n "${up:-}" ] || { up=0; uf=1; echo "upgrade from $from: the test did not finish"; }
	passed=$((passed + up)); failed=$((failed + uf))
done

# .ci/run's stages before this command (ECOINSP_CI_STAGES, "stage=passed"
# or "stage=failed" words): one check each, so that CI's last line and
# status are this command's
if [ -n "${ECOINSP_CI_STAGES:-}" ]; then
	sp=0 sf=0
	for s in $ECOINSP_CI_STAGES; do
		case $s in
		*=passed) sp=$((sp + 1)) ;;
		*) sf=$((sf + 1)); echo "ci stage failed: ${s%=*}" ;;
		esac
	done
	echo "ci stages: $sp passed, $sf failed"
	passed=$((passed + sp)); failed=$((failed + sf))
fi

printf "stage times:\n%s" "$stage_times"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
