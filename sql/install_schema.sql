-- Installing ecoinsp into a schema of its own (CREATE EXTENSION ecoinsp
-- SCHEMA stats; docs/schema.md), in a database of its own: which names need
-- the schema when it is not on the search_path (functions, aggregates that
-- share a built-in name, operators, types) and which are found through the
-- type whatever the search_path (casts, operator classes: ORDER BY, DISTINCT,
-- GROUP BY, indexes, REFRESH ... CONCURRENTLY, and views, which store OIDs).
SELECT current_database() AS regress_db \gset
CREATE DATABASE ecoinsp_install_schema;
\c ecoinsp_install_schema
SET client_min_messages = warning;

-- The control file names no schema, so CREATE EXTENSION does not create one;
-- relocatable = false does not forbid choosing the schema once, only moving
-- it afterwards.
CREATE EXTENSION ecoinsp SCHEMA stats;
\echo :LAST_ERROR_SQLSTATE
CREATE SCHEMA stats;
CREATE EXTENSION ecoinsp SCHEMA stats;
SELECT e.extname, e.extnamespace::regnamespace AS schema, e.extrelocatable
FROM pg_extension e WHERE e.extname = 'ecoinsp';
ALTER EXTENSION ecoinsp SET SCHEMA public;
\echo :LAST_ERROR_SQLSTATE
-- every function, type and operator of the extension is in stats (expected: 0)
SELECT count(*) AS outside_stats
FROM pg_depend d
LEFT JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
LEFT JOIN pg_type t ON d.classid = 'pg_type'::regclass AND t.oid = d.objid
LEFT JOIN pg_operator o ON d.classid = 'pg_operator'::regclass AND o.oid = d.objid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'ecoinsp')
  AND coalesce(p.pronamespace, t.typnamespace, o.oprnamespace) IS DISTINCT FROM 'stats'::regnamespace
  AND d.classid IN ('pg_proc'::regclass, 'pg_type'::regclass, 'pg_operator'::regclass);
SHOW search_path;

-- Qualified names work with stats off the search_path.
CREATE TABLE days (station text, day date, a stats.aqi, pm25 float8, o3 float8);
INSERT INTO days
SELECT s, date '2016-01-01' + d, stats.aqi_daily(8, 30, 60, 0.6, o3, pm25, standard => 'hj633-2012'), pm25, o3
FROM unnest(ARRAY['A', 'B']) s, generate_series(0, 9) d,
     LATERAL (SELECT 20 + 13 * d + (s = 'B')::int * 5 AS pm25, 60 + 17 * d AS o3) v;
SELECT station, stats.max(a) AS worst, stats.value(stats.min(a)) AS best
FROM days GROUP BY station ORDER BY station;
SELECT count(*) FILTER (WHERE a OPERATOR(stats.>) '100 hj633-2012 primary=PM2.5'::stats.aqi) AS above_100
FROM days;
SELECT stats.pct(stats.sum(r)) AS pct, stats.pct(stats.rate(1, 4) OPERATOR(stats.+) stats.rate(2, 4)) AS pct_plus
FROM (VALUES (stats.rate(1, 4)), (stats.rate(2, 4))) v(r);
SELECT stats.good_days(stats.rollup(s)) AS good_days, stats.pct(stats.good_day_ratio(stats.rollup(s))) AS good_pct
FROM (SELECT stats.air_summary(day, 8, 30, 60, 0.6, o3, pm25) AS s FROM days GROUP BY station) x;

-- Unqualified, they are not found (an aggregate named like a built-in
-- included: max(aqi) is not max(integer)).
SELECT NULL::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT max(a) FROM days;
\echo :LAST_ERROR_SQLSTATE
SELECT sum(r) FROM (VALUES (stats.rate(1, 4))) v(r);
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) FROM days WHERE a > a;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) FROM days WHERE a = a;
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(8, 30, 60, 0.6, 100, 40);
\echo :LAST_ERROR_SQLSTATE
SELECT value(a) FROM days LIMIT 1;
\echo :LAST_ERROR_SQLSTATE

-- Found through the type, whatever the search_path: casts, the btree and
-- hash operator classes.
SELECT a::integer AS aqi, a FROM days ORDER BY a DESC, station LIMIT 3;
SELECT count(DISTINCT a) AS distinct_values, count(*) AS days FROM days;
SELECT count(*) AS groups FROM (SELECT a FROM days GROUP BY a) g;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT a FROM days GROUP BY a;
SELECT count(*) AS groups_by_hash FROM (SELECT a FROM days GROUP BY a) g;
RESET enable_sort;
CREATE INDEX days_a ON days (a);
CREATE UNIQUE INDEX days_key ON days (station, a, day);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT station, day FROM days ORDER BY a LIMIT 1;
SELECT station, day, a::integer AS aqi FROM days ORDER BY a LIMIT 1;
RESET enable_seqscan;

-- A materialized view keyed on an ecoinsp type refreshes concurrently.
CREATE MATERIALIZED VIEW worst_day AS
SELECT station, stats.max(a) AS worst, count(*) AS days FROM days GROUP BY station;
CREATE UNIQUE INDEX worst_day_key ON worst_day (station, worst);
UPDATE days SET a = stats.aqi_daily(8, 30, 60, 0.6, 60, 300, standard => 'hj633-2012')
WHERE station = 'A' AND day = '2016-01-05';
REFRESH MATERIALIZED VIEW CONCURRENTLY worst_day;
SELECT station, worst, days FROM worst_day ORDER BY station;

-- The extension's own SQL functions and aggregates resolve their names
-- without the search_path (they name @extschema@ and pg_catalog).
SET search_path = pg_catalog;
SELECT public.days.station, stats.pct(stats.primary_pollutant_share(stats.air_summary(day, 8, 30, 60, 0.6, o3, pm25), 'pm2.5')) AS pm25_primary_pct,
       stats.pct(stats.good_day_ratio(stats.air_summary(day, 8, 30, 60, 0.6, o3, pm25))) AS good_pct
FROM public.days GROUP BY 1 ORDER BY 1;
SELECT y, round(stats.improvement(v, y) OVER (ORDER BY y), 1) AS improvement_pct
FROM (VALUES (2014, 80.0), (2015, 72.0), (2016, 60.0)) t(y, v) ORDER BY y;
RESET search_path;

-- A view stores the objects it was created with: created with stats on the
-- search_path, it is read by anyone, whatever their search_path (a BI tool's
-- connection included).
SET search_path = public, stats;
CREATE VIEW day_report AS
SELECT station, day, value(a) AS aqi, category(a, 'en') AS category,
       a > '100 hj633-2012 primary=PM2.5' AS over_100
FROM days;
SELECT station, max(a) AS worst FROM days GROUP BY station ORDER BY station;
RESET search_path;
SHOW search_path;
SELECT station, day, aqi, category, over_100 FROM day_report
WHERE day BETWEEN '2016-01-04' AND '2016-01-06' ORDER BY station, day;

-- The database default puts it on every connection's path (pg_cron jobs and
-- BI tools included).
ALTER DATABASE ecoinsp_install_schema SET search_path = "$user", public, stats;
\c ecoinsp_install_schema
SELECT station, value(max(a)) AS worst FROM days GROUP BY station ORDER BY station;

\c :regress_db
DROP DATABASE ecoinsp_install_schema;
