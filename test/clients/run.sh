#!/usr/bin/env bash
# make test-clients: the report views and the parameterised queries of a BI
# tool through four client libraries, against ecoinsp in a throwaway cluster
# (test/lib.sh):
#   psqlODBC  the Unicode driver with its default DSN settings, through pyodbc
#   pgjdbc    a small Java program printing ResultSetMetaData (ClientMeta.java)
#   node-pg   the npm package pg (node_client.js)
#   psycopg   psycopg 3 (psycopg_client.py)
# Each client loads setup.sql's small data set once (the database is shared),
# describes and reads the report views, and runs the checks of checks.json;
# judge.py compares what they saw with the catalog and the answers without
# parameters, prints what each client sees for each column of air_report, and
# ends with "clients: N passed, N failed".
#
# Installs what is missing, as root: Debian packages (odbc-postgresql,
# python3-pyodbc, python3-psycopg, libpostgresql-jdbc-java, a JDK, nodejs,
# npm) with apt-get, and pg into test/.build/clients with npm.
set -u
cd "$(dirname "$0")/../.."
. test/lib.sh
here=test/clients
cache=$PWD/test/.build/clients

missing=()
"$PYTHON" -c 'import pyodbc' 2>/dev/null || missing+=(python3-pyodbc)
odbcinst -q -d -n 'PostgreSQL Unicode' >/dev/null 2>&1 || missing+=(odbc-postgresql unixodbc)
"$PYTHON" -c 'import psycopg' 2>/dev/null || missing+=(python3-psycopg)
[ -f /usr/share/java/postgresql.jar ] || missing+=(libpostgresql-jdbc-java)
command -v javac >/dev/null || missing+=(default-jdk-headless)
command -v node >/dev/null || missing+=(nodejs)
((${#missing[@]})) && apt_install "${missing[@]}"
# Debian's npm, unless the nodejs installed brings its own.
command -v npm >/dev/null || apt_install npm
mkdir -p "$cache/node"
if ! cmp -s "$here/package.json" "$cache/node/package.json" || [ ! -d "$cache/node/node_modules/pg" ]; then
	cp "$here/package.json" "$cache/node/" &&
		(cd "$cache/node" && npm install --no-audit --no-fund --silent >/dev/null) ||
		die "npm install pg failed"
fi
mkdir -p "$cache/java"
javac -d "$cache/java" "$here/ClientMeta.java" || die "javac ClientMeta.java failed"

ensure_build_deps
make -s -j2 WERROR=1 >/dev/null || die "build failed (run make to see why)"
work=$(mktemp -d "${TMPDIR:-/tmp}/ecoinsp-clients.XXXXXX")
chmod 755 "$work"
trap 'cluster_stop; rm -rf "$work"' EXIT
stage_install "$work/pg"
cluster_start "$STAGE_BIN" "$work"
# pgjdbc speaks TCP only: the cluster listens on the loopback address too.
as_cluster_user "$CLUSTER_BIN/pg_ctl" -D "$CLUSTER_DATA" -w -l "$work/server.log" \
	-o "-k $work -p $PGPORT -c listen_addresses=127.0.0.1 -c fsync=off" restart >/dev/null ||
	{ tail -20 "$work/server.log"; die "the cluster did not restart on 127.0.0.1"; }
export PGDATABASE=clients
psql -X -q -d postgres -c "CREATE DATABASE clients" &&
	psql -X -q -v ON_ERROR_STOP=1 -f "$here/setup.sql" >"$work/setup.out" 2>&1 ||
	{ cat "$work/setup.out"; die "setup.sql failed"; }

views=$("$PYTHON" -c 'import json,sys; print(",".join(json.load(open(sys.argv[1]))["reports"]))' "$here/checks.json")
psql -X -A -t -F $'\t' -v views="$views" >"$work/catalog.tsv" <<'SQL' || die "reading the catalog failed"
SELECT c.relname, a.attname, t.typname, t.oid, a.atttypmod, format_type(a.atttypid, a.atttypmod)
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid
WHERE c.relname = ANY (string_to_array(:'views', ',')) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY array_position(string_to_array(:'views', ','), c.relname::text), a.attnum;
SQL
# The checks for the Java program, which has no JSON reader.
"$PYTHON" - "$here/checks.json" >"$work/checks.tsv" <<'PY'
import json, sys
spec = json.load(open(sys.argv[1]))
for v in spec['reports']:
    print('view\t' + v)
for c in spec['checks']:
    print('\t'.join(['check', c['name'], c['kind'], str(c['value']), c['sql'], c['expect']]))
PY

# client NAME COMMAND...: runs one client into $work/NAME.out; a client that
# printed no JSON line shows its output (the judge then fails it).
client() {
	local name=$1
	shift
	timeout 300 "$@" >"$work/$name.out" 2>&1
	grep -q '^{' "$work/$name.out" || { echo "$name: printed nothing the judge reads:"; tail -20 "$work/$name.out"; }
}
client odbc "$PYTHON" "$here/odbc_client.py" "$here/checks.json"
client jdbc java -cp "/usr/share/java/postgresql.jar:$cache/java" ClientMeta \
	"jdbc:postgresql://127.0.0.1:$PGPORT/clients?user=postgres" "$work/checks.tsv"
client node env NODE_PATH="$cache/node/node_modules" node "$here/node_client.js" "$here/checks.json"
client psycopg "$PYTHON" "$here/psycopg_client.py" "$here/checks.json"
"$PYTHON" "$here/judge.py" "$work/catalog.tsv" "$work"/{odbc,jdbc,node,psycopg}.out
