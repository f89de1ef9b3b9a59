-- Every combine step's consistency check, in a parallel plan: for each
-- aggregate of the extension with a combine function (pg_aggregate), two
-- partitions each hold one consistent half of a group, so that with partial
-- partitionwise aggregation each partial state (one per partition, built by
-- parallel workers and sent to the leader) sees one kind only, and the
-- combine step alone sees the mix, as when a distributed engine's nodes each
-- aggregate one half.  Each half aggregates cleanly alone; the mix must raise
-- the combine's error with its SQLSTATE.  Aggregates with nothing that could
-- disagree (a rate, a level, a grade, a class) are listed with the reason;
-- the catalog check below fails when an aggregate with a combine function has
-- neither.
SET extra_float_digits = 0;
CREATE TABLE cm_rows (k text, part int, d date, ts timestamp, x float8, item text,
					  label text, n int, a aqi, s air_summary, r rectification_summary)
	PARTITION BY LIST (part);
CREATE TABLE cm_rows_1 PARTITION OF cm_rows FOR VALUES IN (1);
CREATE TABLE cm_rows_2 PARTITION OF cm_rows FOR VALUES IN (2);

-- the halves of each case: partition 1 one kind, partition 2 the other
INSERT INTO cm_rows (k, part, d, x)			-- days of 2015 and of 2016
SELECT 'year', p, make_date(2014 + p, 1, 1) + i, 10 + i FROM generate_series(1, 2) p, generate_series(0, 9) i;
INSERT INTO cm_rows (k, part, d, x, label)	-- one year, AQI by HJ 633-2012 and by HJ 633-2026
SELECT 'standard', p, make_date(2015, 1, 1) + i, 10 + i, (ARRAY['hj633-2012', 'hj633-2026'])[p]
FROM generate_series(1, 2) p, generate_series(0, 9) i;
INSERT INTO cm_rows (k, part, s)			-- summaries of 2015 and of 2016
SELECT 'summary year', p, air_summary(make_date(2014 + p, 3, 1) + i, 5, 20, 50, 0.5, 80, 30)
FROM generate_series(1, 2) p, generate_series(0, 4) i GROUP BY p, i;
INSERT INTO cm_rows (k, part, a)			-- daily AQIs by HJ 633-2012 and by HJ 633-2026
SELECT 'aqi standard', p, aqi_daily(5, 20, 50 + i, 0.5, 80, 30, standard => (ARRAY['hj633-2012', 'hj633-2026'])[p])
FROM generate_series(1, 2) p, generate_series(0, 4) i;
INSERT INTO cm_rows (k, part, ts, x, label)	-- hours of PM2.5 and of PM10
SELECT 'pollutant', p, timestamp '2020-06-01 00:00' + make_interval(hours => i), 20 + i, (ARRAY['pm2.5', 'pm10'])[p]
FROM generate_series(1, 2) p, generate_series(0, 11) i;
INSERT INTO cm_rows (k, part, x, n)			-- values counted by 3 and by 4
SELECT 'min_count', p, 10 + i, 2 + p FROM generate_series(1, 2) p, generate_series(0, 4) i;
INSERT INTO cm_rows (k, part, ts, x, label)	-- hours stamped by their start and by their end
SELECT 'hour label', p, timestamp '2020-06-01 01:00' + make_interval(hours => i), 100 + i, (ARRAY['start', 'end'])[p]
FROM generate_series(1, 2) p, generate_series(0, 9) i;
INSERT INTO cm_rows (k, part, ts, x)		-- hours of two air days
SELECT 'o3 day', p, timestamp '2020-06-01 00:00' + make_interval(days => p, hours => i), 100 + i
FROM generate_series(1, 2) p, generate_series(0, 9) i;
INSERT INTO cm_rows (k, part, item, x, label)	-- a river section and a lake
SELECT 'waterbody', p, item, v, (ARRAY['river', 'lake'])[p]
FROM generate_series(1, 2) p, (VALUES ('DO', 6.5), ('COD', 18), ('TP', 0.12), ('NH3-N', 0.8)) i(item, v);
INSERT INTO cm_rows (k, part, d, r)			-- rectification counted on two dates
SELECT 'as_of', p, make_date(2022, 3, 1) + i, rectification(date '2022-03-01' + i, date '2022-02-01' + i, make_date(2021 + p, 12, 31))
FROM generate_series(1, 2) p, generate_series(0, 4) i GROUP BY p, i;
INSERT INTO cm_rows (k, part, d)			-- rectification counted on two dates, from rows
SELECT 'as_of rows', p, make_date(2021 + p, 12, 31) FROM generate_series(1, 2) p, generate_series(0, 4) i;
-- a second group of many rows, not aggregated (FILTER), in each partition:
-- sorting each partition apart is then cheaper than sorting them together,
-- so the planner aggregates each partition on its own (a parallel scan of
-- both partitions could give one worker rows of both halves, where the
-- transition function would meet the mix before the combine step)
INSERT INTO cm_rows (k, part) SELECT 'filler', p FROM generate_series(1, 2) p, generate_series(1, 10000) i;
ANALYZE cm_rows;

CREATE TEMP TABLE cm_cases (agg regprocedure, k text, query text);
INSERT INTO cm_cases VALUES
	('air_summary(date, float8, float8, float8, float8, float8, float8)', 'year',
	 'air_summary(d, x, x, x, x / 100, x, x)'),
	('air_summary(date, float8, float8, float8, float8, float8, float8, text)', 'standard',
	 'air_summary(d, x, x, x, x / 100, x, x, label)'),
	('rollup(air_summary)', 'summary year', 'rollup(s)'),
	('max(aqi)', 'aqi standard', 'max(a)'),
	('min(aqi)', 'aqi standard', 'min(a)'),
	('avg(aqi)', 'aqi standard', 'avg(a)'),
	('nowcast(timestamp, float8, text)', 'pollutant', 'nowcast(ts, x, label)'),
	('valid_avg(float8, integer)', 'min_count', 'valid_avg(x, n)'),
	('o3_max8h(timestamp, float8, text)', 'hour label', 'o3_max8h(ts, x, label)'),
	('o3_max8h(timestamp, float8)', 'o3 day', 'o3_max8h(ts, x)'),
	('section_class(text, float8, text)', 'waterbody', 'section_class(item, x, label)'),
	('exceeding_items(text, float8, text)', 'waterbody', 'exceeding_items(item, x, label)'),
	('section_report(text, float8, text)', 'waterbody', 'section_report(item, x, label)'),
	('drinking_water_compliant(text, float8, text)', 'waterbody', 'drinking_water_compliant(item, x, label)'),
	('drinking_water_failures(text, float8, text)', 'waterbody', 'drinking_water_failures(item, x, label)'),
	('rollup(rectification_summary)', 'as_of', 'rollup(r)'),
	('rectification(date, date, date)', 'as_of rows', 'rectification(NULL, NULL, d)');
-- nothing that could disagree: the reason instead of a case
CREATE TEMP TABLE cm_nothing_to_mix (agg regprocedure, reason text);
INSERT INTO cm_nothing_to_mix VALUES
	('mean_24h(float8)', 'the count rule is fixed (20 hours)'),
	('mean_8h(float8)', 'the count rule is fixed (6 hours)'),
	('rate_agg(boolean)', 'counts'), ('rate_agg(float8, float8)', 'sums'), ('sum(rate)', 'sums'),
	('min(rate)', 'rates compare across denominators'), ('max(rate)', 'rates compare across denominators'),
	('leq_mean(float8)', 'levels'), ('length_weighted_mean(float8, float8)', 'levels and lengths'),
	('min(noise_grade)', 'grades'), ('max(noise_grade)', 'grades'),
	('min(water_class)', 'classes'), ('max(water_class)', 'classes'), ('water_status(water_class)', 'classes'),
	('min(groundwater_class)', 'classes'), ('max(groundwater_class)', 'classes'),
	('section_class(text, float8)', 'a river section: the 2-argument form has no waterbody to mix'),
	('exceeding_items(text, float8)', 'a river section: the 2-argument form has no waterbody to mix'),
	('section_report(text, float8)', 'a river section: the 2-argument form has no waterbody to mix'),
	('main_pollution_items(text, float8)', 'each row is classed on its own: a city''s sections are rivers and lakes'),
	('main_pollution_items(text, float8, text)', 'each row is classed by its own waterbody: a city''s sections are rivers and lakes'),
	('drinking_water_compliant(text, float8)', 'a river source: the 2-argument form has no waterbody to mix'),
	('drinking_water_failures(text, float8)', 'a river source: the 2-argument form has no waterbody to mix'),
	('groundwater_sample_class(text, float8)', 'one table (GB/T 14848)'),
	('groundwater_sample_class(text, float8, boolean)', 'one table (GB/T 14848); detection is per value'),
	('groundwater_worst_items(text, float8)', 'one table (GB/T 14848)'),
	('groundwater_worst_items(text, float8, boolean)', 'one table (GB/T 14848); detection is per value');

-- catalog: every aggregate of the extension with a combine function has a
-- case or a reason (expected: none listed), and no case names another
SELECT a.aggfnoid::regprocedure AS without_case
FROM pg_aggregate a
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = a.aggfnoid
	AND d.refclassid = 'pg_extension'::regclass AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'ecoinsp')
WHERE a.aggcombinefn <> 0
	AND a.aggfnoid NOT IN (SELECT agg FROM cm_cases UNION ALL SELECT agg FROM cm_nothing_to_mix)
ORDER BY 1::text;
SELECT agg FROM cm_cases JOIN pg_aggregate a ON a.aggfnoid = agg WHERE a.aggcombinefn = 0;

-- a query's result: 'ok', or its error's SQLSTATE and message with the
-- values it names left out (which half the combine step takes first varies)
CREATE FUNCTION pg_temp.cm_run(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	state text;
	msg text;
BEGIN
	EXECUTE query;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
	RETURN state || ': ' || regexp_replace(msg, '\m\d[\d-]*|"[^"]*"|''[^'']*''', '_', 'g');
END $$;

-- each half alone aggregates cleanly
SELECT agg, k AS mix,
	   pg_temp.cm_run(format('SELECT %s FROM cm_rows WHERE k = %L AND part = 1', query, k)) AS half_1,
	   pg_temp.cm_run(format('SELECT %s FROM cm_rows WHERE k = %L AND part = 2', query, k)) AS half_2
FROM cm_cases ORDER BY agg::text;

SET enable_partitionwise_aggregate = on;
SET enable_hashagg = off;
SET parallel_setup_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
-- the mix, case by case: the aggregate, its plan (a Finalize GroupAggregate
-- over a Gather of one Partial GroupAggregate per partition), its error's
-- SQLSTATE
\set VERBOSITY sqlstate
SELECT format('SELECT %L AS aggregate', agg),
	   format('EXPLAIN (COSTS OFF) SELECT k, %s FILTER (WHERE k <> ''filler'') FROM cm_rows WHERE k IN (%L, ''filler'') GROUP BY k',
			  query, k),
	   format('SELECT k, %s FILTER (WHERE k <> ''filler'') FROM cm_rows WHERE k IN (%L, ''filler'') GROUP BY k',
			  query, k)
FROM cm_cases ORDER BY agg::text \gexec
\set VERBOSITY default
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_setup_cost;
RESET enable_hashagg;
RESET enable_partitionwise_aggregate;
DROP TABLE cm_rows;
