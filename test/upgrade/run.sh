#!/usr/bin/env bash
# The upgrade test from one released version, run by test/run-tests.sh after
# the build for every released script (src/sql/released/):
#
#   upgrade/run.sh STAGE WORK FROM
#
# STAGE is the throwaway PostgreSQL copy with the new ecoinsp installed
# (test/lib.sh stage_install), WORK a scratch directory.  Checks, in order:
#
#  1. the library exports every C symbol (and its pg_finfo_ record) that a
#     released or the current script names: an update first runs the old
#     script's definitions against the new library;
#  2. ecoinsp FROM installs (CREATE EXTENSION ecoinsp VERSION 'FROM') and
#     values of every type are stored in tables and a materialized view
#     (values-FROM.sql).  When this is a git checkout of PostgreSQL 15, FROM's
#     own library (built from the commit that froze the FROM script, kept in
#     test/.build for the next run) writes
#     them and the cluster is then restarted with the new library, as a
#     package upgrade does; otherwise (or with ECOINSP_UPGRADE_OLD_LIBRARY=0)
#     the new library writes them;
#  3. ALTER EXTENSION ecoinsp UPDATE reaches the control file's version;
#  4. the catalog of the updated database (catalog.sql: functions,
#     aggregates, operators, operator classes and families with their
#     operators and support functions, casts, types, relations, comments,
#     the member list) is identical to a fresh install's;
#  5. every stored value reads back unchanged, in text and binary form;
#     FROM's text and binary COPY output loads back into the same values;
#     the btree indexes still agree with the operator classes (amcheck);
#     the materialized view refreshes to the same values.
#
# Ends with "upgrade: N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
. test/lib.sh
stage=$1 work=$2 from=$3
here=test/upgrade
passed=0 failed=0
pass() { echo "upgrade from $from: ok: $*"; passed=$((passed + 1)); }
fail() { echo "upgrade from $from: FAILED: $*"; failed=$((failed + 1)); }
finish() {
	cluster_stop
	echo "upgrade from $from: $passed passed, $failed failed"
	[ "$failed" = 0 ]
	exit
}
mkdir -p "$work"
trap cluster_stop EXIT
new_version=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" ecoinsp.control)

# 1. exported symbols
exported=$(nm -D --defined-only ecoinsp.so | awk '{print $3}')
missing=
for script in src/sql/released/ecoinsp--*.sql ecoinsp--"$new_version".sql; do
	for sym in $(tr '\n' ' ' <"$script" | grep -oE "'MODULE_PATHNAME' *, *'[A-Za-z0-9_]+'" |
			sed -E "s/.*'([A-Za-z0-9_]+)'$/\1/" | sort -u); do
		for s in "$sym" "pg_finfo_$sym"; do
			grep -qx "$s" <<<"$exported" ||
				missing="$missing $(basename "$script"):$s"
		done
	done
done
if [ -z "$missing" ]; then
	pass "ecoinsp.so exports every symbol the scripts name"
else
	fail "ecoinsp.so does not export:$missing"
fi

# 2. the FROM library when it can be built (git checkout, PostgreSQL <= 15)
old_bin=$stage/usr/lib/postgresql/$PG_MAJOR/bin
new_bin=$old_bin
writer="the new library"
old_ref=${ECOINSP_OLD_REF:-$(git log --diff-filter=A --format=%H -- src/sql/released/ecoinsp--$from.sql 2>/dev/null | tail -1)}
if [ -n "$old_ref" ] && [ "$PG_MAJOR" -le 15 ] && [ "${ECOINSP_UPGRADE_OLD_LIBRARY:-1}" = 1 ]; then
	# built once per commit and PostgreSQL version, kept in test/.build
	old_src=test/.build/ecoinsp-${old_ref:0:12}-pg$PG_MAJOR
	if [ -f "$old_src/ecoinsp.so" ] ||
		{ rm -rf "$old_src" && mkdir -p "$old_src" && git archive "$old_ref" | tar -x -C "$old_src" &&
			make -s -C "$old_src" -j2 >"$work/build-$from.log" 2>&1; }; then
		stage_install "$work/pg-$from" "$old_src"
		old_bin=$STAGE_BIN
		writer="the $from library (${old_ref:0:7})"
		pass "$from library built from ${old_ref:0:7}"
	else
		tail -20 "$work/build-$from.log"
		rm -rf "$old_src"
		fail "building the $from library from ${old_ref:0:7}"
	fi
fi

cluster_start "$old_bin" "$work"
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
if q -d postgres -c "CREATE DATABASE upg_old" -c "CREATE DATABASE upg_fresh" &&
	q -d upg_old -c "CREATE EXTENSION ecoinsp VERSION '$from'" &&
	[ "$(q -At -d upg_old -c "SELECT extversion FROM pg_extension WHERE extname = 'ecoinsp'")" = "$from" ] &&
	q -d upg_old -f $here/values-$from.sql >"$work/values.out" 2>&1 &&
	q -d upg_old -v rel_prefix= -f $here/digest.sql >"$work/before.digest" 2>&1 &&
	q -d upg_old -f $here/views.sql >"$work/before.views" 2>&1 &&
	! grep -q '^missing' "$work/before.digest" && ! grep -q '|0|' "$work/before.digest" &&
	q -d upg_old -c "\\copy upg.stored TO '$work/stored.bin' (FORMAT binary)" \
		-c "\\copy upg.stored TO '$work/stored.txt'"; then
	pass "$from installed; $(wc -l <"$work/before.digest") columns of every type stored by $writer"
else
	cat "$work/values.out" "$work/before.digest" 2>/dev/null | grep -E 'ERROR|missing|\|0\|' | head -20
	fail "installing $from and storing values"
	finish
fi

# 3. the update, with the new library (a restart, as after a package upgrade)
if [ "$old_bin" != "$new_bin" ]; then
	as_cluster_user "$CLUSTER_BIN/pg_ctl" -D "$CLUSTER_DATA" -m fast -w stop >/dev/null
	cluster_run "$new_bin"
fi
if q -d upg_old -c "ALTER EXTENSION ecoinsp UPDATE" 2>"$work/update.err" &&
	got=$(q -At -d upg_old -c "SELECT extversion FROM pg_extension WHERE extname = 'ecoinsp'") &&
	[ "$got" = "$new_version" ]; then
	pass "ALTER EXTENSION ecoinsp UPDATE: $from -> $got"
else
	cat "$work/update.err"
	fail "ALTER EXTENSION ecoinsp UPDATE to $new_version (got ${got:-nothing})"
	finish
fi

# 4. the catalog against a fresh install
q -d upg_fresh -c "CREATE EXTENSION ecoinsp" &&
	q -d upg_old -f $here/catalog.sql >"$work/catalog.updated" 2>&1 &&
	q -d upg_fresh -f $here/catalog.sql >"$work/catalog.fresh" 2>&1
if diff -u "$work/catalog.fresh" "$work/catalog.updated" >"$work/catalog.diff"; then
	pass "catalog after the update = fresh $new_version install ($(wc -l <"$work/catalog.fresh") facts)"
else
	fail "catalog after the update differs from a fresh install (- fresh, + updated):"
	grep -E '^[-+][^-+]' "$work/catalog.diff" | head -60
fi

# 5. the stored values
# (types new since FROM have no stored values: "missing" lines are FROM's concern, checked above)
q -d upg_old -v rel_prefix= -f $here/digest.sql 2>&1 | grep -v '^missing' >"$work/after.digest"
if diff "$work/before.digest" "$work/after.digest"; then
	pass "every stored value reads back unchanged (text and binary forms)"
else
	fail "stored values read back differently (< before, > after)"
fi
if q -d upg_old -f $here/views.sql >"$work/after.views" 2>&1 &&
	diff "$work/before.views" "$work/after.views"; then
	pass "the views on the aggregates give the same rows ($(grep -c . "$work/after.views") lines)"
else
	fail "the views give other rows after the update (< before, > after)"
fi
# reloads_same FORM: upg.reload_FORM holds the values of upg.stored
reloads_same() {
	q -d upg_old -v rel_prefix="reload_$1" -f $here/digest.sql | grep -v '^missing' |
		sed "s/^reload_$1\./stored./" >"$work/reload_$1.digest"
	grep '^stored\.' "$work/before.digest" | diff - "$work/reload_$1.digest"
}
if q -d upg_old -c "CREATE TABLE upg.reload_bin (LIKE upg.stored)" -c "CREATE TABLE upg.reload_txt (LIKE upg.stored)" \
		-c "\\copy upg.reload_bin FROM '$work/stored.bin' (FORMAT binary)" \
		-c "\\copy upg.reload_txt FROM '$work/stored.txt'" 2>"$work/reload.err" &&
	reloads_same bin && reloads_same txt; then
	pass "$from's binary and text COPY output loads back into the same values"
else
	cat "$work/reload.err"
	fail "$from's COPY output does not load back into the same values"
fi
# 6. what the update says to rebuild (an index or materialized view whose
# function's results changed: 1.3's aqi_daily under HJ 633-2012), rebuilt as
# the warning says, before amcheck reads the indexes (after the
# stored values were compared: a rebuilt view has new values).  It names every one
# that calls the changed function (upg.stored_mv calls aqi_daily under its
# default standard, which did not change: named all the same); an update
# from 1.3 on, which does not pass through 1.2 -> 1.3, names nothing
rebuild=$(grep -oE "(REINDEX INDEX|REFRESH MATERIALIZED VIEW) [A-Za-z0-9_.\"]+" "$work/update.err" | sort -u)
case $from in
1.0 | 1.1) expected_rebuild="REFRESH MATERIALIZED VIEW upg.stored_mv" ;;
1.2) expected_rebuild="REFRESH MATERIALIZED VIEW upg.days_aqi_2012
REFRESH MATERIALIZED VIEW upg.stored_mv
REINDEX INDEX upg.upg_days_aqi_2012" ;;
*) expected_rebuild= ;;
esac
if [ "$rebuild" = "$expected_rebuild" ] &&
	{ [ -z "$rebuild" ] || q -d upg_old -c "$(echo "$rebuild" | sed 's/$/;/')"; }; then
	[ -z "$rebuild" ] || pass "the update names what to rebuild, and it rebuilds: $(echo $rebuild)"
else
	cat "$work/update.err"
	fail "the update should name, to rebuild: ${expected_rebuild:-nothing}; it named: ${rebuild:-nothing}"
fi

if q -At -d upg_old -c "CREATE EXTENSION IF NOT EXISTS amcheck" >/dev/null 2>&1; then
	if out=$(q -At -d upg_old -c "SELECT i.indexrelid::regclass, bt_index_check(i.indexrelid, true)
			FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
			WHERE c.relnamespace = 'upg'::regnamespace AND am.amname = 'btree'" 2>&1); then
		pass "btree indexes built by $from agree with the new operator classes ($(echo "$out" | wc -l) indexes)"
	else
		fail "btree index check: $out"
	fi
else
	echo "upgrade: amcheck not installed: index check skipped"
fi
if q -d upg_old -c "REFRESH MATERIALIZED VIEW upg.stored_mv" 2>"$work/refresh.err" &&
	q -d upg_old -v rel_prefix=stored_mv -f $here/digest.sql | grep -v '^missing' >"$work/refreshed.digest" &&
	grep '^stored_mv\.' "$work/before.digest" | diff - "$work/refreshed.digest"; then
	pass "the materialized view refreshes to the same values"
else
	cat "$work/refresh.err"
	fail "REFRESH MATERIALIZED VIEW after the update"
fi
finish
