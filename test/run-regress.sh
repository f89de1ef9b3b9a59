#!/usr/bin/env bash
# A developer's quick loop: build, install into a throwaway copy of
# PostgreSQL, and run only the named pg_regress tests (default: all, from
# the parallel schedule) in a throwaway cluster; prints their diffs.  make
# test runs everything.
#
#   bash test/run-regress.sh aqi_type rate_agg
set -u
cd "$(dirname "$0")/.."
. test/lib.sh
ensure_build_deps
make -s -j2 WERROR=1 >/dev/null || { make WERROR=1 2>&1 | grep -E 'error|warning' | head -40; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/ecoinsp-regress.XXXXXX")
trap 'cluster_stop; rm -rf "$work"' EXIT
stage_install "$work/pg"
cluster_start "$STAGE_BIN" "$work"
# no names: the whole parallel schedule, as make test runs it; names: those
# tests one after the other, after sql/beijing_data.sql when one of them
# reads the Beijing data it loads
if [ $# = 0 ]; then
	python3 test/regress-schedule.py $(make -s regress-list) >"$work/schedule" || exit 2
	tests=--schedule=$work/schedule
else
	tests=$*
	case " $tests " in *" beijing_data "*) ;; *)
		for t in $tests; do
			if grep -q 'beijing_hourly\|beijing_station_day' "sql/$t.sql" 2>/dev/null; then
				tests="beijing_data $tests"
				break
			fi
		done ;;
	esac
fi
rm -rf results regression.diffs regression.out
/usr/lib/postgresql/$PG_MAJOR/lib/pgxs/src/test/regress/pg_regress \
	--inputdir=. --outputdir=. --bindir="$STAGE_BIN" --host="$PGHOST" --port="$PGPORT" \
	--user=postgres --dbname=ecoinsp_regress --load-extension=ecoinsp --encoding=UTF8 $tests
status=$?
[ -f regression.diffs ] && head -300 regression.diffs
exit $status
