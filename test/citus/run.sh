#!/usr/bin/env bash
# make test-citus: every cross-entity aggregate of ecoinsp on a Citus
# coordinator with two workers, coordinator row-gathering disabled
# (citus.coordinator_aggregation_strategy = 'disabled'): EXPLAIN must show
# worker partials (worker_partial_agg) and the answers must equal a single
# node's.  Citus is not a Debian package: without it installed in the
# PostgreSQL that pg_config names this prints one line and succeeds.
# (Citus can be built by hand: see docs/distributed.md.)
#
# The aggregates are taken from the catalog: each has a case below, or is one
# of the per-station time-window aggregates, which need one station's rows
# and keep internal states (docs/distributed.md); any other makes the test
# fail.  Ends with "citus: N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
. test/lib.sh
if [ ! -f "$(pg_config --pkglibdir)/citus.so" ]; then
	echo "test-citus: skipped: Citus is not installed in $(pg_config --pkglibdir)"
	exit 0
fi
make -s -j2 WERROR=1 >/dev/null || { echo "citus: the build failed"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/ecoinsp-citus.XXXXXX")
chmod 755 "$work"
stage_install "$work/pg"
user=$(cluster_user)
CLUSTER_USER=$user
base=$((20000 + RANDOM % 20000))
nodes="coordinator worker1 worker2"
stop_all() {
	for n in $nodes; do
		[ -f "$work/$n/postmaster.pid" ] &&
			as_cluster_user "$STAGE_BIN/pg_ctl" -D "$work/$n" -m immediate stop >/dev/null 2>&1
	done
	rm -rf "$work"
}
trap stop_all EXIT
[ "$(id -u)" = 0 ] && chown "$user" "$work"
i=0
for n in $nodes; do
	mkdir -p "$work/$n"
	[ "$(id -u)" = 0 ] && chown "$user" "$work/$n"
	as_cluster_user "$STAGE_BIN/initdb" -D "$work/$n" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
		>"$work/$n.initdb.log" 2>&1 || { echo "citus: initdb failed"; cat "$work/$n.initdb.log"; exit 1; }
	as_cluster_user "$STAGE_BIN/pg_ctl" -D "$work/$n" -l "$work/$n.log" -w \
		-o "-p $((base + i)) -c listen_addresses=localhost -k $work -c shared_preload_libraries=citus -c fsync=off -c max_worker_processes=16" \
		start >/dev/null || { cat "$work/$n.log"; exit 1; }
	i=$((i + 1))
done
export PGHOST=localhost PGUSER=postgres PGDATABASE=postgres PGCLIENTENCODING=UTF8
co() { psql -X -q -v ON_ERROR_STOP=1 -p "$base" "$@"; }
for p in "$base" $((base + 1)) $((base + 2)); do
	psql -X -q -v ON_ERROR_STOP=1 -p "$p" -c "CREATE EXTENSION citus" >/dev/null || exit 1
done
co -c "SELECT citus_set_coordinator_host('localhost', $base)" \
	-c "SELECT citus_add_node('localhost', $((base + 1)))" \
	-c "SELECT citus_add_node('localhost', $((base + 2)))" \
	-c "CREATE EXTENSION ecoinsp" >/dev/null || exit 1
echo "citus: $(co -At -c "SELECT 'Citus ' || extversion FROM pg_extension WHERE extname = 'citus'"), a coordinator and $(co -At -c "SELECT count(*) FROM pg_dist_node WHERE groupid > 0") workers"

# the rows: entities (monitoring points, road segments, sections, stations)
# spread over the shards by entity; zone groups many entities
co -f - >/dev/null <<'SQL' || exit 1
SET extra_float_digits = 0;
SELECT setseed(0.4);
CREATE TABLE obs_local AS
SELECT 'e' || (i % 40) AS entity, i % 3 AS zone, date '2016-01-01' + i / 40 AS day,
	   5 + random() * 20 AS so2, 20 + random() * 50 AS no2, 40 + random() * 150 AS pm10,
	   0.4 + random() * 2 AS co, 60 + random() * 180 AS o3_8h, 15 + random() * 160 AS pm25,
	   30 + random() * 60 AS level, random() * 3 AS road_km, random() * 40 AS num, 40 + random() * 60 AS den,
	   (ARRAY['DO', 'COD', 'TP', 'NH3-N', 'pH'])[1 + i % 5] AS item,
	   (ARRAY[6.1, 18, 0.12, 0.9, 7.2])[1 + i % 5] * (0.5 + random()) AS value,
	   CASE WHEN i % 3 = 1 THEN 'lake' ELSE 'river' END AS wb,
	   (ARRAY['TP', 'NH3-N', '铁', 'COD'])[1 + i % 4] AS dw_item,
	   (ARRAY[0.2, 1.0, 0.3, 20])[1 + i % 4] * (0.5 + random()) AS dw_value,
	   (ARRAY['NH3-N', 'As', 'Pb'])[1 + i % 3] AS gw_item,
	   (ARRAY[0.5, 0.01, 0.01])[1 + i % 3] * random() * 3 AS gw_value, i % 7 <> 0 AS detected,
	   date '2016-01-01' + (i * 5) % 400 AS deadline,
	   CASE WHEN i % 3 = 0 THEN NULL ELSE date '2016-01-01' + (i * 7) % 380 END AS completed_on
FROM generate_series(0, 3999) AS i;
ALTER TABLE obs_local ADD COLUMN summary air_summary, ADD COLUMN rect rectification_summary;
UPDATE obs_local SET summary = (SELECT air_summary(b.day, b.so2, b.no2, b.pm10, b.co, b.o3_8h, b.pm25) FROM (SELECT obs_local.*) AS b),
					 rect = (SELECT rectification(b.deadline, b.completed_on, date '2016-12-31') FROM (SELECT obs_local.*) AS b);
CREATE TABLE obs (LIKE obs_local);
SELECT create_distributed_table('obs', 'entity');
INSERT INTO obs SELECT * FROM obs_local;
SQL

# aggregate | expression over the rows (grouped by zone)
cases=$(cat <<'CASES'
max(aqi)|max(aqi_daily(so2, no2, pm10, co, o3_8h, pm25))::text
min(aqi)|min(aqi_daily(so2, no2, pm10, co, o3_8h, pm25))::text
avg(aqi)|avg(aqi_daily(so2, no2, pm10, co, o3_8h, pm25))::text
max(rate)|max(rate(round(num), round(den)))::float8::text
min(rate)|min(rate(round(num), round(den)))::float8::text
sum(rate)|sum(rate(num, den))::text
rate_agg(boolean)|rate_agg(pm25 <= 75)::text
rate_agg(double precision,double precision)|rate_agg(num, den)::text
rectification(date,date,date)|rectification(deadline, completed_on, date '2016-12-31')::text
rollup(rectification_summary)|rollup(rect)::text
rollup(air_summary)|rollup(summary)::text
max(noise_grade)|max(noise_grade(level))::text
min(noise_grade)|min(noise_grade(level))::text
leq_mean(double precision)|leq_mean(level)::text
length_weighted_mean(double precision,double precision)|length_weighted_mean(level, road_km)::text
max(water_class)|max(water_class(item, value))::text
min(water_class)|min(water_class(item, value))::text
section_class(text,double precision)|section_class(item, value)::text
section_class(text,double precision,text)|section_class(item, value, wb)::text
exceeding_items(text,double precision)|exceeding_items(item, value)
exceeding_items(text,double precision,text)|exceeding_items(item, value, wb)
section_report(text,double precision)|section_report(item, value)::text
section_report(text,double precision,text)|section_report(item, value, wb)::text
main_pollution_items(text,double precision)|main_pollution_items(item, value)
main_pollution_items(text,double precision,text)|main_pollution_items(item, value, wb)
water_status(water_class)|water_status(water_class(item, value))
max(groundwater_class)|max(groundwater_class(gw_item, gw_value))::text
min(groundwater_class)|min(groundwater_class(gw_item, gw_value))::text
groundwater_sample_class(text,double precision)|groundwater_sample_class(gw_item, gw_value)::text
groundwater_sample_class(text,double precision,boolean)|groundwater_sample_class(gw_item, gw_value, detected)::text
groundwater_worst_items(text,double precision)|groundwater_worst_items(gw_item, gw_value)::text
groundwater_worst_items(text,double precision,boolean)|groundwater_worst_items(gw_item, gw_value, detected)::text
drinking_water_compliant(text,double precision)|drinking_water_compliant(dw_item, dw_value)::text
drinking_water_compliant(text,double precision,text)|drinking_water_compliant(dw_item, dw_value, wb)::text
drinking_water_failures(text,double precision)|drinking_water_failures(dw_item, dw_value)::text
drinking_water_failures(text,double precision,text)|drinking_water_failures(dw_item, dw_value, wb)::text
CASES
)
passed=0 failed=0
pass() { echo "citus: ok: $*"; passed=$((passed + 1)); }
fail() { echo "citus: FAILED: $*"; failed=$((failed + 1)); }
# the per-station time-window aggregates (one station's hours; internal states)
per_station='^(valid_avg|mean_24h|mean_8h|o3_max8h|nowcast|air_summary)\('
missing=$(co -At -c "SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
	JOIN pg_extension e ON d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid
	WHERE e.extname = 'ecoinsp' AND d.deptype = 'e' AND p.prokind = 'a' ORDER BY 1::text" |
	sed 's/timestamp without time zone/timestamp/g' | grep -vE "$per_station" |
	while read -r agg; do grep -qxF "$agg" <(cut -d'|' -f1 <<<"$cases") || echo "$agg"; done)
if [ -z "$missing" ]; then
	pass "every cross-entity aggregate of the catalog has a case ($(wc -l <<<"$cases"))"
else
	fail "aggregates without a case: $(echo $missing)"
fi
while IFS='|' read -r agg expr; do
	q="SELECT zone, $expr FROM %s GROUP BY zone ORDER BY zone"
	# shellcheck disable=SC2059
	plan=$(co -c "SET citus.coordinator_aggregation_strategy = 'disabled'" \
		-c "EXPLAIN (VERBOSE, COSTS OFF) $(printf "$q" obs)" 2>&1)
	# shellcheck disable=SC2059
	dist=$(co -At -c "SET citus.coordinator_aggregation_strategy = 'disabled'" -c "SET extra_float_digits = 0" \
		-c "$(printf "$q" obs)" 2>&1)
	# shellcheck disable=SC2059
	local_=$(co -At -c "SET extra_float_digits = 0" -c "$(printf "$q" obs_local)" 2>&1)
	if ! grep -q 'worker_partial_agg' <<<"$plan"; then
		fail "$agg: no worker partials in the plan: $(grep -m1 -E 'ERROR|Task Count' <<<"$plan")"
	elif [ "$dist" != "$local_" ] || [ -z "$local_" ] || grep -q ERROR <<<"$local_"; then
		fail "$agg: distributed [$(head -c 300 <<<"$dist")] single node [$(head -c 300 <<<"$local_")]"
	else
		pass "$agg: worker partials, the single node's answer ($(wc -l <<<"$local_") zones)"
	fi
done <<<"$cases"
# a combine step with mixed inputs is refused on the coordinator as on one node
out=$(co -c "SET citus.coordinator_aggregation_strategy = 'disabled'" -c "\\set VERBOSITY sqlstate" \
	-c "SELECT drinking_water_compliant(dw_item, dw_value, wb) FROM obs" 2>&1)
if grep -q 'ERROR:  22023' <<<"$out"; then
	pass "rows of a river and a lake in one group are refused (22023) when the coordinator combines them"
else
	fail "mixed waterbodies: $out"
fi
echo "citus: $passed passed, $failed failed"
[ "$failed" = 0 ]
