#!/usr/bin/env bash
# The report-layer suites of the test command, in a throwaway cluster of their
# own with pg_cron loaded:
#   report layer    every SQL block of docs/report-layer.md, run in order and
#                   compared with the output shown, with the hooks that check a
#                   real pg_cron run (cron_check.sql) and the incremental
#                   refresh (incremental_check.sql);
#   schema page     docs/schema.md in a database without ecoinsp;
#   psycopg client  client.py reading the report views as a BI tool does.
# Each ends with "NAME: N passed, N failed".  test/run-tests.sh calls it with
# the bin directory of its staged installation; run alone, it builds and
# stages its own.
set -u
cd "$(dirname "$0")/../.."
. test/lib.sh

stage=
if [ $# -ge 1 ]; then
	bin=$1
else
	ensure_build_deps
	ensure_test_deps
	make -s -j2 >/dev/null || die "build failed (run make to see why)"
	stage=$(mktemp -d "${TMPDIR:-/tmp}/ecoinsp-report-stage.XXXXXX")
	chmod 755 "$stage"
	stage_install "$stage/pg"
	bin=$STAGE_BIN
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/ecoinsp-report.XXXXXX")
trap 'cluster_stop; rm -rf "$work" ${stage:+"$stage"}' EXIT
cluster_start "$bin" "$work"
psql -X -q -c "CREATE DATABASE report_layer" -c "CREATE DATABASE report_schema" ||
	die "createdb failed"
# pg_cron runs its jobs in report_layer, through libpq on the cluster's socket
# directory (the throwaway cluster trusts local connections).  Its settings
# exist only once the library is loaded, so they go into postgresql.conf
# rather than through ALTER SYSTEM.
[ -f "$(dirname "$bin")/lib/pg_cron.so" ] || die "pg_cron is not in $(dirname "$bin")/lib: run ensure_test_deps before stage_install"
printf "shared_preload_libraries = 'pg_cron'\ncron.database_name = 'report_layer'\ncron.host = '%s'\n" "$work" |
	as_cluster_user tee -a "$CLUSTER_DATA/postgresql.conf" >/dev/null
as_cluster_user "$CLUSTER_BIN/pg_ctl" -D "$CLUSTER_DATA" -w restart -l "$work/server.log" >/dev/null ||
	{ tail -20 "$work/server.log"; die "the cluster did not restart with pg_cron"; }

# suite NAME COMMAND...: runs a test program that prints "ok"/"not ok" lines
# and ends with "N passed, N failed"; shows all but its "ok" lines and ends
# with "NAME: N passed, N failed" (a program that ends otherwise failed once).
suite() {
	local name=$1 out last
	shift
	out=$("$@" 2>&1)
	last=$(echo "$out" | tail -1)
	echo "$out" | sed '$d' | grep -v '^ok ' | sed "s/^/$name: /"
	if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
		echo "$name: ${BASH_REMATCH[1]} passed, ${BASH_REMATCH[2]} failed"
	else
		echo "$name: $last"
		echo "$name: 0 passed, 1 failed"
	fi
}

SECONDS=0
suite "report layer" "$PYTHON" test/report/run_doc.py docs/report-layer.md report_layer \
	--hook cron=test/report/cron_check.sql --hook incremental=test/report/incremental_check.sql
suite "schema page" "$PYTHON" test/report/run_doc.py docs/schema.md report_schema
suite "psycopg client" "$PYTHON" test/report/client.py report_layer
echo "report layer: the three suites took ${SECONDS} s (the pg_cron wait included)"
