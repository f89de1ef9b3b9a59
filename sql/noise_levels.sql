-- HJ 640-2012 grades of mean levels, GB 3096-2008 limits, day and night,
-- and the energy and length-weighted means.

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

-- the seed's figures: regional day 54.5 dB is 二级 较好; traffic day 65.8 dB is 一级 好
SELECT noise_grade(54.5) AS grade, label(noise_grade(54.5)) AS label;
SELECT noise_grade(65.8, 'road_traffic', 'day') AS grade, label(noise_grade(65.8, 'road_traffic', 'day')) AS label;
-- the bulletins of the reference: Zhuzhou 54.6 day 二级, 45.6 night 三级; Xuancheng
-- traffic 59.3 day and 51.4 night 好; Yuelu traffic day 69.6 二级 较好
SELECT noise_grade(54.6) AS zhuzhou_day, noise_grade(45.6, 'regional', 'night') AS zhuzhou_night,
	label(noise_grade(59.3, 'traffic')) AS xuancheng_day, label(noise_grade(51.4, 'traffic', 'night')) AS xuancheng_night,
	noise_grade(69.6, '道路交通', '昼间') AS yuelu_day;

-- GB/T 8170 rounding to 0.1 dB before the inclusive comparison
SELECT level_db, noise_grade(level_db) AS regional_day
FROM (VALUES (50.0), (50.04), (50.05), (50.06), (50.1), (50.15), (50.25), (55.05), (55.051)) t(level_db);

-- kinds and periods, Chinese and English, any case
SELECT kind, period, noise_grade(58.5, kind, period)
FROM (VALUES ('regional', 'day'), ('区域', '夜间'), ('Road_Traffic', 'NIGHT'), ('traffic', 'day'),
			 ('道路交通', '夜间')) t(kind, period);
SELECT noise_grade(NULL), noise_grade(50, NULL), noise_grade(50, 'regional', NULL);

-- bad input
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT noise_grade(-0.1)'),
	('SELECT noise_grade(200.1)'),
	('SELECT noise_grade(''NaN''::float8)'),
	('SELECT noise_grade(''Infinity''::float8)'),
	('SELECT noise_grade(50, ''industrial'')'),
	('SELECT noise_grade(50, ''regional'', ''evening'')'),
	('SELECT noise_limit(''4'', ''day'')'),
	('SELECT noise_limit(''4a'', ''dusk'')'),
	('SELECT noise_compliant(-1, ''1'', ''day'')'),
	('SELECT noise_compliant(50, ''5'', ''day'')')
) t(q);

-- GB 3096-2008 Table 1
SELECT zone, noise_limit(zone, 'day') AS day, noise_limit(zone, 'night') AS night
FROM (VALUES ('0'), ('1'), ('2'), ('3'), ('4a'), ('4B'), ('2类')) t(zone);
-- compliance: the level rounded to 0.1 dB at most the limit
SELECT level_db, noise_compliant(level_db, '1', 'day') AS zone1_day,
	noise_compliant(level_db, '4b', '夜间') AS zone4b_night
FROM (VALUES (45.0), (54.9), (55.0), (55.05), (55.06), (60.0), (60.1)) t(level_db);

-- GB 3096-2008 §3: day 06:00-22:00
SELECT ts, noise_period(ts)
FROM (VALUES (timestamp '2024-06-01 05:59:59'), ('2024-06-01 06:00'), ('2024-06-01 21:59:59'),
			 ('2024-06-01 22:00'), ('2024-06-01 00:00')) t(ts);
SELECT pg_temp.try('SELECT noise_period(''infinity''::timestamp)');
-- only a timestamp: a timestamptz has no clock time without a time zone
SELECT pg_temp.try('SELECT noise_period(now())');

-- energy mean 10·lg(mean of 10^(L/10)): equal levels give that level
SELECT round(leq_mean(l)::numeric, 10) AS leq FROM (VALUES (63.0), (63.0), (63.0)) t(l);
SELECT round(leq_mean(l)::numeric, 6) AS leq, round(avg(l)::numeric, 6) AS arithmetic
FROM (VALUES (60.0), (70.0)) t(l);
-- NULLs are not measured; no row gives NULL; bad levels are errors
SELECT leq_mean(l) FROM (VALUES (NULL::float8)) t(l);
SELECT leq_mean(l) FROM (SELECT 1.0::float8 WHERE false) t(l);
SELECT round(leq_mean(l)::numeric, 6) FROM (VALUES (55.0), (NULL)) t(l);
SELECT pg_temp.try('SELECT leq_mean(l) FROM (VALUES (50.0), (-3.0)) t(l)');
-- numerically stable: 2 million rows of 0 dB and one of 200 dB
SELECT round(leq_mean(CASE WHEN n = 1000000 THEN 200.0 ELSE 0.0 END)::numeric, 6) AS leq,
	round((200 + 10 * log(1 / 2000001.0))::numeric, 6) AS exact
FROM generate_series(1, 2000001) n;

-- road traffic: Σ l·L / Σ l
SELECT length_weighted_mean(l, len) AS weighted, avg(l) AS unweighted
FROM (VALUES (66.0, 3.0), (70.0, 1.0), (80.0, 0.0)) t(l, len);
SELECT length_weighted_mean(l, len) FROM (VALUES (66.0, 0.0)) t(l, len);
SELECT pg_temp.try('SELECT length_weighted_mean(l, len) FROM (VALUES (66.0, -1.0)) t(l, len)');
SELECT pg_temp.try('SELECT length_weighted_mean(l, len) FROM (VALUES (266.0, 1.0)) t(l, len)');
SELECT pg_temp.try('SELECT length_weighted_mean(l, len) FROM (VALUES (66.0, ''Infinity''::float8)) t(l, len)');

-- HJ 640 §3.2: the regional figure is the arithmetic mean of the grid points
-- (avg), then graded; the energy mean is higher and is not the bulletin's figure
CREATE TEMP TABLE grid (point integer, day_leq float8);
INSERT INTO grid SELECT n, 48 + (n % 13) FROM generate_series(1, 120) n;
SELECT round(avg(day_leq)::numeric, 1) AS regional_day, noise_grade(avg(day_leq)) AS grade,
	round(leq_mean(day_leq)::numeric, 1) AS energy_mean
FROM grid;

-- hourly Leq rows to day and night levels: a night runs from 22:00 to 06:00
-- of the next day, so shifting by 6 hours gives every hour the date its
-- day/night pair is reported under
CREATE TEMP TABLE hourly (ts timestamp, leq float8);
INSERT INTO hourly
SELECT ts, CASE WHEN noise_period(ts) = 'day' THEN 58 ELSE 46 END + (extract(hour FROM ts)::int % 3)
FROM generate_series(timestamp '2024-06-01 00:00', '2024-06-03 23:00', interval '1 hour') ts;
SELECT (ts - interval '6 hours')::date AS report_date, noise_period(ts) AS period, count(*) AS hours,
	round(leq_mean(leq)::numeric, 1) AS leq, min(ts) AS first_hour, max(ts) AS last_hour
FROM hourly GROUP BY 1, 2 ORDER BY 1, 2;

-- parallel plans give the serial answers
CREATE TABLE noise_points (zone text, day_leq float8, len float8);
INSERT INTO noise_points
SELECT (ARRAY['0', '1', '2', '3', '4a'])[1 + n % 5], 40 + (n * 7919 % 400) / 10.0, 0.1 + (n % 17) / 10.0
FROM generate_series(1, 20000) n;
ANALYZE noise_points;
CREATE TEMP TABLE serial_answer AS
SELECT zone, leq_mean(day_leq) AS leq, length_weighted_mean(day_leq, len) AS weighted
FROM noise_points GROUP BY zone;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF)
SELECT zone, leq_mean(day_leq), length_weighted_mean(day_leq, len) FROM noise_points GROUP BY zone;
SELECT p.zone, abs(p.leq - s.leq) < 1e-9 AS same_leq, abs(p.weighted - s.weighted) < 1e-9 AS same_weighted
FROM (SELECT zone, leq_mean(day_leq) AS leq, length_weighted_mean(day_leq, len) AS weighted
	  FROM noise_points GROUP BY zone) p
JOIN serial_answer s USING (zone) ORDER BY zone;
EXPLAIN (COSTS OFF) SELECT leq_mean(day_leq) FROM noise_points;
SELECT abs(leq_mean(day_leq) - (SELECT 10 * log(avg(power(10, day_leq / 10))) FROM noise_points)) < 1e-9 AS same
FROM noise_points;
RESET enable_hashagg;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE noise_points;
