-- Adversarial inputs for the hours-to-days functions: min_count in moving
-- windows, non-finite and negative values, the 'end' label at midnight, and
-- empty groups in parallel plans.

-- valid_avg as a window: min_count must agree among the rows of a frame,
-- not among all rows the window has ever seen.  Blocks of hours separated by
-- gaps longer than the frame, each block with its own min_count; every
-- frame's answer equals a fresh valid_avg over the same rows.
CREATE TEMP TABLE blocks AS
SELECT timestamp '2016-05-01' + (b * 10 + h) * interval '1 hour' AS ts,
	CASE WHEN (b + h) % 4 = 0 THEN NULL ELSE (b * 7 + h * 3) % 11 + 0.5 END AS v,
	1 + b % 3 AS m
FROM generate_series(0, 5) b, generate_series(0, 5) h;
SELECT ts, v, m,
	valid_avg(v, m) OVER (ORDER BY ts RANGE BETWEEN '2 hours' PRECEDING AND CURRENT ROW) AS moving,
	(SELECT valid_avg(i.v, i.m) FROM blocks i WHERE i.ts BETWEEN o.ts - interval '2 hours' AND o.ts) AS fresh
FROM blocks o ORDER BY ts LIMIT 14;
SELECT count(*) AS frames,
	count(*) FILTER (WHERE moving IS DISTINCT FROM fresh) AS differ, count(moving) AS valid
FROM (SELECT valid_avg(v, m) OVER (ORDER BY ts RANGE BETWEEN '2 hours' PRECEDING AND CURRENT ROW) AS moving,
			 (SELECT valid_avg(i.v, i.m) FROM blocks i WHERE i.ts BETWEEN o.ts - interval '2 hours' AND o.ts) AS fresh
	  FROM blocks o) t;
-- a frame of one row: every row its own min_count
SELECT h, v, m, valid_avg(v, m) OVER (ORDER BY h ROWS BETWEEN CURRENT ROW AND CURRENT ROW) AS own
FROM (VALUES (1, 1.0::float8, 1), (2, NULL, 2), (3, 3.0, 3), (4, 4.0, 1)) t(h, v, m);
-- two min_counts inside one frame are still an error, also when the row
-- carrying the other one has a NULL value
SELECT h, valid_avg(v, m) OVER (ORDER BY h ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
FROM (VALUES (1, 1.0::float8, 2), (2, 2.0, 3)) t(h, v, m);
\echo :LAST_ERROR_SQLSTATE
SELECT h, valid_avg(v, m) OVER (ORDER BY h ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
FROM (VALUES (1, 1.0::float8, 2), (2, NULL, 2), (3, 3.0, 3)) t(h, v, m);
\echo :LAST_ERROR_SQLSTATE
SELECT h, valid_avg(v, m) OVER (ORDER BY h ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
FROM (VALUES (1, 1.0::float8, 2), (2, 2.0, 0)) t(h, v, m);
\echo :LAST_ERROR_SQLSTATE

-- every double argument: NaN, ±Infinity, negative are 22003; -0 is 0
\set VERBOSITY terse
SELECT o3_max8h(ts, o3) FROM (VALUES (timestamp '2016-05-01 00:00', 'NaN'::float8)) t(ts, o3);
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h(ts, o3, 'end') FROM (VALUES (timestamp '2016-05-01 01:00', '-Infinity'::float8)) t(ts, o3);
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h(ts, o3) FROM (VALUES (timestamp '2016-05-01 00:00', -0.5::float8)) t(ts, o3);
\echo :LAST_ERROR_SQLSTATE
SELECT valid_avg(v, 1) OVER (ORDER BY h ROWS 1 PRECEDING) FROM (VALUES (1, 1.0::float8), (2, 'Infinity')) t(h, v);
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY default
SELECT o3_max8h(timestamp '2016-05-01' + h * interval '1 hour', '-0'::float8) AS negative_zero_day
FROM generate_series(0, 23) h;

-- 'end' stamps at midnight: the row stamped 00:00 is the 24th hour of the
-- day before, so a day runs from 01:00 to the next 00:00
SELECT air_day(ts, 'end') AS day, count(*) AS hours, min(ts) AS first_stamp, max(ts) AS last_stamp,
	o3_max8h(ts, 100 + extract(hour FROM ts - interval '1 hour'), 'end') AS mda8
FROM generate_series(timestamp '2016-05-01 01:00', '2016-05-03 00:00', '1 hour') ts
GROUP BY 1 ORDER BY 1;
-- the same hours stamped by their start give the same days and values
SELECT air_day(ts) AS day, count(*) AS hours,
	o3_max8h(ts, 100 + extract(hour FROM ts)) AS mda8
FROM generate_series(timestamp '2016-05-01 00:00', '2016-05-02 23:00', '1 hour') ts
GROUP BY 1 ORDER BY 1;
-- the first hour of the timestamp range, stamped by its end, would close a
-- day before the first date: an error, not a date out of range
SELECT air_day('4714-11-24 01:00:00 BC', 'end') AS first_date, air_day('4714-11-24 00:00:00 BC') AS first_start;
SELECT air_day('4714-11-24 00:00:00 BC', 'end');
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h(ts, 1, 'end') FROM (VALUES ('4714-11-24 00:00:00 BC'::timestamp)) t(ts);
\echo :LAST_ERROR_SQLSTATE
-- a midnight 'end' row grouped with the wrong day is rejected
SELECT o3_max8h(ts, 100, 'end')
FROM generate_series(timestamp '2016-05-01 00:00', '2016-05-01 03:00', '1 hour') ts;
\echo :LAST_ERROR_SQLSTATE

-- empty and all-NULL groups, in a parallel plan
CREATE TABLE airday_empty (ts timestamp, v float8);
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT valid_avg(v, 1), o3_max8h(ts, v) FROM airday_empty;
SELECT valid_avg(v, 1), mean_24h(v), mean_8h(v), o3_max8h(ts, v), o3_max8h(ts, v, 'end') FROM airday_empty;
INSERT INTO airday_empty SELECT timestamp '2016-05-01' + h * interval '1 hour', NULL FROM generate_series(0, 23) h;
ANALYZE airday_empty;
SELECT valid_avg(v, 1), mean_24h(v), mean_8h(v), o3_max8h(ts, v) FROM airday_empty;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE airday_empty;
