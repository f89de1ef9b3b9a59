#!/usr/bin/env bash
# make bench: builds, installs ecoinsp into a throwaway copy of PostgreSQL,
# starts a throwaway cluster and runs every test/bench/bench_*.sql at full
# scale.  Each prints its ratios against a baseline measured in the same run.
# BENCH=name runs only test/bench/bench_name.sql.
set -u
cd "$(dirname "$0")/../.."
. test/lib.sh
ensure_build_deps
make -s -j2 >/dev/null || die "build failed"
work=$(mktemp -d "${TMPDIR:-/tmp}/ecoinsp-bench.XXXXXX")
trap 'cluster_stop; rm -rf "$work"' EXIT
stage_install "$work/pg"
cluster_start "$STAGE_BIN" "$work"
psql -X -q -c "ALTER SYSTEM SET shared_buffers = '2GB'" -c "ALTER SYSTEM SET work_mem = '256MB'" \
	-c "ALTER SYSTEM SET max_parallel_workers_per_gather = 2" >/dev/null
as_cluster_user "$CLUSTER_BIN/pg_ctl" -D "$CLUSTER_DATA" -w restart -l "$work/server.log" >/dev/null
psql -X -q -c "CREATE DATABASE bench" && psql -X -q -d bench -c "CREATE EXTENSION ecoinsp"
status=0
for b in test/bench/bench_${BENCH:-*}.sql; do
	echo "== $(basename "$b" .sql)"
	(cd test/bench && psql -X -q -A -t -v ON_ERROR_STOP=1 -v scale=full -d bench -f "$(basename "$b")") || status=1
done
exit $status
