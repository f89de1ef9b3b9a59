-- Surface drinking-water sources under GB 3838-2002 Tables 1-3: compliance
-- (达标) and failing items with 超标倍数; hand-checked cases (the generated
-- boundary test is drinking_water_gb3838_boundaries).

CREATE FUNCTION pg_temp.try(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	hint text;
BEGIN
	EXECUTE query;
	RETURN 'no error';
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS hint = PG_EXCEPTION_HINT;
	RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' | ' || nullif(hint, ''), '');
END $$;

CREATE TABLE dw_samples (source text, sampled date, item text, value float8);
INSERT INTO dw_samples VALUES
	-- A: every item within class III and the Table 2/3 limits; 水温, 总氮 and
	-- 粪大肠菌群 are reference items, left out however high
	('A', '2024-01-10', 'pH', 7.6), ('A', '2024-01-10', 'DO', 6.5), ('A', '2024-01-10', 'CODMn', 3.1),
	('A', '2024-01-10', 'NH3-N', 0.4), ('A', '2024-01-10', 'TP', 0.2), ('A', '2024-01-10', '水温', 31.0),
	('A', '2024-01-10', 'TN', 4.0), ('A', '2024-01-10', '粪大肠菌群', 50000), ('A', '2024-01-10', '铁', 0.3),
	('A', '2024-01-10', '锰', 0.1), ('A', '2024-01-10', '硝酸盐', 10), ('A', '2024-01-10', '苯', 0.01),
	-- B: TP class IV (0.25 against III 0.2: 0.25), pH out of 6-9 (no multiple),
	-- iron 0.45 against 0.3 (0.50), benzo(a)pyrene 2.9e-6 against 2.8e-6 (0.04)
	('B', '2024-01-10', 'pH', 9.2), ('B', '2024-01-10', 'TP', 0.25), ('B', '2024-01-10', 'Fe', 0.45),
	('B', '2024-01-10', 'BaP', 0.0000029), ('B', '2024-01-10', 'NH3-N', 0.2),
	-- C: two samples; iron 0.2 and 0.5, mean 0.35 (0.17 over); DO 4 (class IV, no multiple)
	('C', '2024-01-10', '铁', 0.2), ('C', '2024-04-10', '铁', 0.5), ('C', '2024-01-10', '溶解氧', 4.0),
	('C', '2024-04-10', '溶解氧', 4.0),
	-- D: only reference items: nothing to judge
	('D', '2024-01-10', '水温', 20.0), ('D', '2024-01-10', 'TN', 0.5),
	-- E: NULL rows are skipped
	('E', '2024-01-10', NULL, 5.0), ('E', '2024-01-10', 'TP', NULL), ('E', '2024-01-10', 'TP', 0.1);
SELECT source, drinking_water_compliant(item, value) AS compliant, drinking_water_failures(item, value) AS failures
FROM dw_samples GROUP BY source ORDER BY source;
-- per sample rather than per source: C's January sample fails only by DO
SELECT source, sampled, drinking_water_compliant(item, value) AS compliant, drinking_water_failures(item, value) AS failures
FROM dw_samples WHERE source = 'C' GROUP BY source, sampled ORDER BY sampled;
-- no rows: NULL
SELECT drinking_water_compliant(item, value) IS NULL AS none, drinking_water_failures(item, value) IS NULL AS no_list
FROM dw_samples WHERE source = 'Z';

-- lakes and reservoirs: their own TP column of Table 1 (III 0.05)
SELECT wb, tp, drinking_water_compliant(i, v, wb) AS compliant, drinking_water_failures(i, v, wb) AS failures
FROM (VALUES ('lake', 0.05), ('湖泊', 0.06), ('reservoir', 0.1), ('river', 0.1)) s(wb, tp),
	LATERAL (VALUES ('TP', tp), ('铁', 0.1)) r(i, v)
GROUP BY wb, tp ORDER BY tp, wb;

-- names: Table 1 first (F is fluoride), then Tables 2 and 3 by Chinese or English name
SELECT i, drinking_water_failures(i, v) AS failures
FROM (VALUES ('F', 2.0), ('硝酸盐（以N计）', 20.0), ('nitrate', 20.0), ('sulfate', 500.0), ('氯化物', 500.0),
			 ('chloroform', 0.12), ('三氯甲烷', 0.12), ('methylmercury', 0.000002), ('DEHP', 0.016),
			 ('阿特拉津', 0.006), ('atrazine', 0.006), ('microcystin-LR', 0.002)) t(i, v)
GROUP BY i ORDER BY i;

-- bad input
SELECT pg_temp.try($$SELECT drinking_water_compliant(i, v) FROM (VALUES ('plutonium', 1.0)) t(i, v)$$);
SELECT pg_temp.try(format('SELECT drinking_water_compliant(%L, 1.0)', repeat('x', 150)));
SELECT pg_temp.try($$SELECT drinking_water_compliant(i, v) FROM (VALUES ('铁', -0.1)) t(i, v)$$);
SELECT pg_temp.try($$SELECT drinking_water_compliant(i, v) FROM (VALUES ('铁', 'NaN'::float8)) t(i, v)$$);
SELECT pg_temp.try($$SELECT drinking_water_compliant(i, v) FROM (VALUES ('铁', 2e9)) t(i, v)$$);
SELECT pg_temp.try($$SELECT drinking_water_compliant(i, v) FROM (VALUES ('pH', 15.0)) t(i, v)$$);
SELECT pg_temp.try($$SELECT drinking_water_compliant(i, v, w) FROM (VALUES ('TP', 0.1, 'sea')) t(i, v, w)$$);
SELECT pg_temp.try($$SELECT drinking_water_compliant(i, v, w) FROM (VALUES ('TP', 0.1, NULL)) t(i, v, w)$$);
SELECT pg_temp.try($$SELECT drinking_water_compliant(i, v, w) FROM (VALUES ('TP', 0.1, 'lake'), ('TP', 0.1, 'river')) t(i, v, w)$$);

-- compliance rates, both ways the reports use: by sources and by water volume
CREATE TABLE dw_sources (source text PRIMARY KEY, volume_10k_t float8);
INSERT INTO dw_sources VALUES ('A', 820.5), ('B', 120.0), ('C', 64.3), ('E', 52.5);
WITH judged AS (
	SELECT s.source, s.volume_10k_t, drinking_water_compliant(d.item, d.value) AS ok
	FROM dw_sources s JOIN dw_samples d USING (source) GROUP BY s.source, s.volume_10k_t)
SELECT rate_agg(ok) AS by_sources, pct(rate_agg(ok)) AS "sources %",
	rate_agg(CASE WHEN ok THEN volume_10k_t ELSE 0 END, volume_10k_t) AS by_volume,
	pct(rate_agg(CASE WHEN ok THEN volume_10k_t ELSE 0 END, volume_10k_t)) AS "volume %"
FROM judged;

-- call paths: PL/pgSQL, SQL function, generic plan, cursor, window
CREATE FUNCTION dw_plpgsql(s text) RETURNS text[] LANGUAGE plpgsql AS $$
BEGIN
	RETURN (SELECT drinking_water_failures(item, value) FROM dw_samples WHERE source = s);
END $$;
CREATE FUNCTION dw_sql(s text) RETURNS boolean LANGUAGE sql AS
	$$ SELECT drinking_water_compliant(item, value) FROM dw_samples WHERE source = s $$;
SELECT s, dw_plpgsql(s) AS failures, dw_sql(s) AS compliant FROM unnest(ARRAY['B', 'A', 'C', 'B']) s;
SET plan_cache_mode = force_generic_plan;
PREPARE dw_prep(text, text) AS
	SELECT drinking_water_failures(item, value, $2) FROM dw_samples WHERE source = $1;
EXECUTE dw_prep('B', 'river');
EXECUTE dw_prep('B', 'lake');
EXECUTE dw_prep('A', 'river');
DEALLOCATE dw_prep;
RESET plan_cache_mode;
BEGIN;
DECLARE dw_cur CURSOR FOR
	SELECT source, drinking_water_compliant(item, value) FROM dw_samples GROUP BY source ORDER BY source;
FETCH 3 FROM dw_cur;
FETCH 3 FROM dw_cur;
CLOSE dw_cur;
COMMIT;
-- running: the January sample alone, then both samples' means
SELECT sampled, item, value, drinking_water_failures(item, value) OVER (ORDER BY sampled) AS so_far
FROM dw_samples WHERE source = 'C' ORDER BY sampled, item;

-- parallel plans give the serial answers (sorted and hashed grouping)
CREATE TABLE dw_rows (source integer, item text, value float8);
INSERT INTO dw_rows
SELECT s, item, base * (0.3 + ((s * 7919 + length(item) + m) % 100) / 80.0)
FROM generate_series(1, 2000) s, generate_series(1, 4) m,
	(VALUES ('NH3-N', 0.8), ('TP', 0.15), ('铁', 0.25), ('锰', 0.08), ('苯', 0.008), ('甲醛', 0.7)) v(item, base);
ANALYZE dw_rows;
CREATE TEMP TABLE dw_serial AS
SELECT source, drinking_water_compliant(item, value) AS ok, drinking_water_failures(item, value) AS f
FROM dw_rows GROUP BY source;
SELECT ok, count(*) FROM dw_serial GROUP BY ok ORDER BY ok;
CREATE TEMP TABLE dw_whole_serial AS SELECT drinking_water_failures(item, 1.5 * value) AS f FROM dw_rows WHERE source % 7 = 0;
SELECT f AS whole_region FROM dw_whole_serial;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT source, drinking_water_compliant(item, value) FROM dw_rows GROUP BY source;
SELECT count(*) AS sources, count(*) FILTER (WHERE p.ok = s.ok AND p.f = s.f) AS same
FROM (SELECT source, drinking_water_compliant(item, value) AS ok, drinking_water_failures(item, value) AS f
	  FROM dw_rows GROUP BY source) p JOIN dw_serial s USING (source);
RESET enable_hashagg;
SET enable_sort = off;
SELECT count(*) AS sources, count(*) FILTER (WHERE p.ok = s.ok AND p.f = s.f) AS same
FROM (SELECT source, drinking_water_compliant(item, value) AS ok, drinking_water_failures(item, value) AS f
	  FROM dw_rows GROUP BY source) p JOIN dw_serial s USING (source);
RESET enable_sort;
EXPLAIN (COSTS OFF) SELECT drinking_water_failures(item, value) FROM dw_rows;
SELECT drinking_water_failures(item, 1.5 * value) = (SELECT f FROM dw_whole_serial) AS same
FROM dw_rows WHERE source % 7 = 0;
-- the combine step keeps one waterbody per source too.  Partitioned by
-- waterbody, partitionwise aggregation gives each partition's rows partial
-- states of their own, so only the combine sees a source's river rows and
-- lake rows together: source 1 has both (22023), the others one each.
CREATE TABLE dw_parts (source integer, waterbody text, item text, value float8)
	PARTITION BY LIST (waterbody);
CREATE TABLE dw_parts_river PARTITION OF dw_parts FOR VALUES IN ('river');
CREATE TABLE dw_parts_lake PARTITION OF dw_parts FOR VALUES IN ('lake');
INSERT INTO dw_parts
SELECT s, CASE WHEN s % 2 = 0 OR (s = 1 AND m = 1) THEN 'river' ELSE 'lake' END, item, base * m / 2.0
FROM generate_series(1, 400) s, generate_series(1, 3) m,
	(VALUES ('TP', 0.05), ('NH3-N', 0.9), ('铁', 0.25)) v(item, base);
ANALYZE dw_parts;
CREATE TEMP TABLE dw_parts_serial AS
SELECT source, drinking_water_failures(item, value, waterbody) AS f
FROM dw_parts WHERE source > 1 GROUP BY source;
SET enable_partitionwise_aggregate = on;
CREATE FUNCTION pg_temp.partial_aggregates(query text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
	line text;
	n integer := 0;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		IF line ~ 'Partial (Hash|Group)?Aggregate' THEN
			n := n + 1;
		END IF;
	END LOOP;
	RETURN n;
END $$;
-- a partial aggregate per partition, under a parallel plan
SELECT pg_temp.partial_aggregates('SELECT source, drinking_water_failures(item, value, waterbody)
	FROM dw_parts GROUP BY source') >= 2 AS partial_per_partition;
\set VERBOSITY sqlstate
SELECT source, drinking_water_failures(item, value, waterbody) FROM dw_parts GROUP BY source;
SELECT source, drinking_water_compliant(item, value, waterbody) FROM dw_parts WHERE source < 3 GROUP BY source;
\set VERBOSITY default
SELECT count(*) AS sources, count(*) FILTER (WHERE p.f = s.f) AS same
FROM (SELECT source, drinking_water_failures(item, value, waterbody) AS f
	  FROM dw_parts WHERE source > 1 GROUP BY source) p JOIN dw_parts_serial s USING (source);
RESET enable_partitionwise_aggregate;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
-- the combine function itself, over stored partial states: a river state and
-- a lake state of one source do not combine; states of one waterbody do
CREATE AGGREGATE pg_temp.dw_partial(text, float8, text) (SFUNC = drinking_water_transfn, STYPE = exact_state);
CREATE AGGREGATE pg_temp.dw_combined(exact_state) (SFUNC = drinking_water_combine, STYPE = exact_state,
	FINALFUNC = drinking_water_failures_final);
CREATE TEMP TABLE dw_partials AS
SELECT waterbody, pg_temp.dw_partial(item, value, waterbody) AS s FROM dw_parts WHERE source = 1 GROUP BY waterbody;
SELECT pg_temp.try('SELECT pg_temp.dw_combined(s ORDER BY waterbody) FROM dw_partials') AS river_after_lake;
SELECT pg_temp.try('SELECT pg_temp.dw_combined(s ORDER BY waterbody DESC) FROM dw_partials') AS lake_after_river;
SELECT pg_temp.dw_combined(s) AS lake_twice FROM dw_partials, generate_series(1, 2) WHERE waterbody = 'lake';

DROP TABLE dw_samples, dw_sources, dw_rows, dw_parts;
DROP FUNCTION dw_plpgsql(text), dw_sql(text);
