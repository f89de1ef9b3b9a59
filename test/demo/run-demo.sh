#!/usr/bin/env bash
# The README's main job (make demo): builds and installs ecoinsp, starts a
# throwaway cluster, loads the bundled real Beijing data and prints the
# report.  As root it installs into the system's PostgreSQL (so that
# CREATE EXTENSION ecoinsp works in your own clusters afterwards); otherwise
# into a throwaway copy of the installation.
set -u
cd "$(dirname "$0")/../.."
. test/lib.sh
ensure_build_deps
make -s -j2 >/dev/null || die "build failed (run make to see why)"
work=$(mktemp -d "${TMPDIR:-/tmp}/ecoinsp-demo.XXXXXX")
trap 'cluster_stop; rm -rf "$work"' EXIT
if [ "$(id -u)" = 0 ]; then
	make -s install >/dev/null || die "make install failed"
	echo "installed ecoinsp into $($PG_CONFIG --pkglibdir) and $($PG_CONFIG --sharedir)/extension"
	bin=$PG_BIN
else
	stage_install "$work/pg"
	bin=$STAGE_BIN
fi
cluster_start "$bin" "$work"
echo "started a throwaway PostgreSQL $PG_MAJOR cluster; loading test/data/beijing-2014-2016.csv.gz ..."
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE demo" || die "createdb failed"
psql -X -q -v ON_ERROR_STOP=1 -d demo -f test/demo/demo.sql
