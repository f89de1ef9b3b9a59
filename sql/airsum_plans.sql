-- Issue 8 §3 for air_summary: the same stored bytes in any plan.  Serial,
-- parallel with 1, 2 and 4 workers, hash and sort grouping, hash grouping
-- that spills, ordered aggregates in any order, window frames, rollup of
-- months in any order and of partial summaries: every summary is compared
-- byte for byte (air_summary_send, the binary form) with the serial one.
SET client_min_messages = warning;
SELECT setseed(0.2013);
-- fractional daily means, as mean_24h gives them (sums of 24 hourly
-- integers over 24), 8 stations of one city, the days in random order
CREATE TABLE plans_days AS
SELECT station, day,
	   floor(random() * 24 * 30) / 24 AS so2, floor(random() * 24 * 60) / 24 AS no2,
	   floor(random() * 24 * 200) / 24 AS pm10, floor(random() * 24 * 30) / 240 AS co,
	   floor(random() * 24 * 250) / 24 AS o3_8h,
	   CASE WHEN random() < 0.03 THEN NULL ELSE floor(random() * 24 * 150) / 24 END AS pm25
FROM generate_series(1, 8) AS station,
	 LATERAL (SELECT (date '2024-01-01' + d) AS day FROM generate_series(0, 365) AS d) AS days
ORDER BY random();
ANALYZE plans_days;
CREATE TABLE plans_result (plan text, grp integer, b bytea);

-- the reference: serial, sorted input per group, no parallelism
SET max_parallel_workers_per_gather = 0;
SET enable_hashagg = off;
INSERT INTO plans_result
SELECT 'serial sort', station, air_summary_send(air_summary(day, so2, no2, pm10, co, o3_8h, pm25))
FROM plans_days GROUP BY station
UNION ALL
SELECT 'serial sort', 0, air_summary_send(air_summary(day, so2, no2, pm10, co, o3_8h, pm25)) FROM plans_days;
RESET enable_hashagg;

-- hash grouping, in memory and spilling
SET enable_sort = off;
INSERT INTO plans_result
SELECT 'hash', station, air_summary_send(air_summary(day, so2, no2, pm10, co, o3_8h, pm25))
FROM plans_days GROUP BY station;
SET work_mem = '64kB';
INSERT INTO plans_result
SELECT 'hash spilling', station, air_summary_send(air_summary(day, so2, no2, pm10, co, o3_8h, pm25))
FROM plans_days GROUP BY station;
RESET work_mem;
RESET enable_sort;

-- ordered aggregates: day order (the appendable path), reversed and random
-- (the dense path)
INSERT INTO plans_result
SELECT 'ordered by day', station, air_summary_send(air_summary(day, so2, no2, pm10, co, o3_8h, pm25 ORDER BY day))
FROM plans_days GROUP BY station
UNION ALL
SELECT 'ordered by day', 0, air_summary_send(air_summary(day, so2, no2, pm10, co, o3_8h, pm25 ORDER BY day, station))
FROM plans_days
UNION ALL
SELECT 'reversed', station, air_summary_send(air_summary(day, so2, no2, pm10, co, o3_8h, pm25 ORDER BY day DESC))
FROM plans_days GROUP BY station
UNION ALL
SELECT 'random order', station, air_summary_send(air_summary(day, so2, no2, pm10, co, o3_8h, pm25 ORDER BY md5(day::text)))
FROM plans_days GROUP BY station;

-- window frames: the whole partition, and a running frame at its last row
INSERT INTO plans_result
SELECT DISTINCT 'window partition', station,
	   air_summary_send(air_summary(day, so2, no2, pm10, co, o3_8h, pm25) OVER (PARTITION BY station))
FROM plans_days;
INSERT INTO plans_result
SELECT 'window running', station, b FROM (
	SELECT station, day, air_summary_send(air_summary(day, so2, no2, pm10, co, o3_8h, pm25)
										  OVER (PARTITION BY station ORDER BY day)) AS b
	FROM plans_days) w
WHERE day = date '2024-12-31';

-- rollup of station-months in month order, reversed, and of station-years
CREATE TABLE plans_months AS
SELECT station, extract(month FROM day)::int AS month, air_summary(day, so2, no2, pm10, co, o3_8h, pm25) AS s
FROM plans_days GROUP BY 1, 2;
INSERT INTO plans_result
SELECT 'rollup months', station, air_summary_send(rollup(s ORDER BY month)) FROM plans_months GROUP BY station
UNION ALL
SELECT 'rollup months reversed', station, air_summary_send(rollup(s ORDER BY month DESC)) FROM plans_months GROUP BY station
UNION ALL
SELECT 'rollup months', 0, air_summary_send(rollup(s ORDER BY month, station)) FROM plans_months
UNION ALL
SELECT 'rollup station-years', 0, air_summary_send(rollup(s))
FROM (SELECT air_summary(day, so2, no2, pm10, co, o3_8h, pm25) AS s FROM plans_days GROUP BY station) y;

-- parallel plans with 1, 2 and 4 workers (partial aggregation, then the
-- combine function in the leader), with and without the leader's share
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET force_parallel_mode = on;
CREATE FUNCTION plans_parallel(workers integer, leader boolean) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
	PERFORM set_config('max_parallel_workers_per_gather', workers::text, true);
	PERFORM set_config('parallel_leader_participation', leader::text, true);
	EXECUTE format('ALTER TABLE plans_days SET (parallel_workers = %s)', workers);
	EXECUTE format('ALTER TABLE plans_months SET (parallel_workers = %s)', workers);
	INSERT INTO plans_result
	SELECT format('parallel %s%s', workers, CASE WHEN leader THEN '' ELSE ' no leader' END), station,
		   air_summary_send(air_summary(day, so2, no2, pm10, co, o3_8h, pm25))
	FROM plans_days GROUP BY station;
	INSERT INTO plans_result
	SELECT format('parallel %s%s', workers, CASE WHEN leader THEN '' ELSE ' no leader' END), 0,
		   air_summary_send(air_summary(day, so2, no2, pm10, co, o3_8h, pm25))
	FROM plans_days;
	INSERT INTO plans_result
	SELECT format('parallel %s%s rollup', workers, CASE WHEN leader THEN '' ELSE ' no leader' END), 0,
		   air_summary_send(rollup(s))
	FROM plans_months;
END $$;
SELECT plans_parallel(1, true), plans_parallel(2, true), plans_parallel(4, true), plans_parallel(2, false);
-- the plans were parallel, with partial aggregation
SET max_parallel_workers_per_gather = 4;
EXPLAIN (COSTS OFF) SELECT air_summary(day, so2, no2, pm10, co, o3_8h, pm25) FROM plans_days;
RESET force_parallel_mode;
RESET max_parallel_workers_per_gather;

-- every plan's bytes equal the serial ones, group by group
SELECT r.plan, count(*) AS groups,
	   count(*) FILTER (WHERE r.b = s.b) AS identical
FROM plans_result r JOIN plans_result s USING (grp)
WHERE s.plan = 'serial sort' AND r.plan <> 'serial sort'
GROUP BY r.plan ORDER BY r.plan;
-- and equal summaries compare equal: one distinct value per group
SELECT grp, count(*) AS plans, count(DISTINCT b) AS distinct_values
FROM plans_result GROUP BY grp ORDER BY grp;
DROP FUNCTION plans_parallel(integer, boolean);
DROP TABLE plans_days, plans_months, plans_result;
