#!/usr/bin/env bash
# A developer's quick loop: build, install into a throwaway copy of
# PostgreSQL, and run only the named pg_regress tests (default: all) in a
# throwaway cluster; prints their diffs.  make test runs everything.
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
tests=${*:-$(make -s regress-list)}
rm -rf results regression.diffs regression.out
/usr/lib/postgresql/$PG_MAJOR/lib/pgxs/src/test/regress/pg_regress \
	--inputdir=. --outputdir=. --bindir="$STAGE_BIN" --host="$PGHOST" --port="$PGPORT" \
	--user=postgres --dbname=ecoinsp_regress --load-extension=ecoinsp --encoding=UTF8 $tests
status=$?
[ -f regression.diffs ] && head -300 regression.diffs
exit $status
