-- valid_avg / mean_24h / mean_8h: GB 3095-2012 and GB 3095-2026 Table 4
-- validity counts, exact means, moving windows, parallel plans, bad input.

-- the count rule: NULLs are hours not measured and do not count
SELECT valid_avg(v, 3) AS three_of_three, valid_avg(v, 4) AS needs_four
FROM (VALUES (1.0::float8), (2.0), (NULL), (6.0)) AS t(v);
SELECT valid_avg(v, 1) AS all_null FROM (VALUES (NULL::float8), (NULL)) AS t(v);
SELECT valid_avg(v, 1) AS no_rows FROM (VALUES (1.0::float8)) AS t(v) WHERE false;

-- GB 3095 Table 4: a daily mean needs 20 hourly values (19 is not enough)
SELECT n, mean_24h(CASE WHEN h < n THEN h + 1 END) AS daily_mean
FROM generate_series(19, 21) AS n, generate_series(0, 23) AS h
GROUP BY n ORDER BY n;
-- an 8-hour mean needs 6 hourly values (5 is not enough)
SELECT n, mean_8h(CASE WHEN h < n THEN h + 1 END) AS mean_8h
FROM generate_series(5, 6) AS n, generate_series(0, 7) AS h
GROUP BY n ORDER BY n;
-- mean_24h and mean_8h are valid_avg with those counts
SELECT mean_24h(v) IS NOT DISTINCT FROM valid_avg(v, 20) AS same_24,
       mean_8h(v) IS NOT DISTINCT FROM valid_avg(v, 6) AS same_8
FROM (SELECT (h * 7 % 13) + 0.5 AS v FROM generate_series(1, 22) AS h) AS t;

-- exact: the mean of exact decimals is the double nearest to the exact mean
SELECT valid_avg(v, 1) = 0.15 AS exact_015
FROM (VALUES (0.1::float8), (0.2)) AS t(v);
SELECT valid_avg(v, 1) AS exact_third, 1.0::float8 / 3 AS one_third
FROM (VALUES (0::float8), (0), (1)) AS t(v);
SELECT avg(v) AS builtin_avg, valid_avg(v, 1) AS valid_avg
FROM (VALUES (0.1::float8), (0.1), (0.1)) AS t(v);
-- values are read in 10^-6 units (GB/T 8170 fixed point): finer digits round
SELECT valid_avg(v, 1) AS micro_units FROM (VALUES (0.0000004::float8), (0.0000006)) AS t(v);
-- the largest accepted value, and sums past 2^64 units
SELECT valid_avg(1e12, 20) AS max_value FROM generate_series(1, 40);

-- bad input: 22003 for values, 22023 for min_count, 22004 for NULL min_count
\set VERBOSITY default
SELECT valid_avg(v, 1) FROM (VALUES (1.0::float8), (-0.5)) AS t(v);
\echo :LAST_ERROR_SQLSTATE
SELECT valid_avg('NaN'::float8, 1);
\echo :LAST_ERROR_SQLSTATE
SELECT valid_avg('Infinity'::float8, 1);
\echo :LAST_ERROR_SQLSTATE
SELECT valid_avg('-Infinity'::float8, 1);
\echo :LAST_ERROR_SQLSTATE
SELECT valid_avg(1e12 + 1e6, 1);
\echo :LAST_ERROR_SQLSTATE
SELECT mean_24h(-1);
\echo :LAST_ERROR_SQLSTATE
SELECT mean_8h('NaN');
\echo :LAST_ERROR_SQLSTATE
SELECT valid_avg(1.0, 0);
\echo :LAST_ERROR_SQLSTATE
SELECT valid_avg(1.0, -5);
\echo :LAST_ERROR_SQLSTATE
SELECT valid_avg(1.0, NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT valid_avg(h, h) FROM generate_series(1, 3) AS h;
\echo :LAST_ERROR_SQLSTATE
SELECT valid_avg(-0.0::float8, 1) AS negative_zero_is_zero;
\set VERBOSITY terse
DO $$ BEGIN PERFORM valid_avg(-1, 1); EXCEPTION WHEN numeric_value_out_of_range THEN RAISE NOTICE '22003 for a negative value'; END $$;
DO $$ BEGIN PERFORM valid_avg(1, 0); EXCEPTION WHEN invalid_parameter_value THEN RAISE NOTICE '22023 for min_count 0'; END $$;
\set VERBOSITY default

-- the moving window: hourly rows with gaps and long runs, some NULLs and
-- values that make a floating-point running sum drift (1e12 next to 10^-6)
CREATE TABLE airday_series (ts timestamp PRIMARY KEY, v float8);
INSERT INTO airday_series
SELECT '2014-05-01'::timestamp + h * interval '1 hour',
       CASE WHEN h % 17 = 3 THEN NULL
            WHEN h BETWEEN 200 AND 260 THEN 1e12 - (h % 7) * 0.000001
            WHEN h % 5 = 0 THEN 0.000001 * (h % 11)
            ELSE ((h * 7919) % 100003) / 1000.0 END
FROM generate_series(0, 699) AS h
WHERE NOT (h BETWEEN 40 AND 43            -- a 4-hour gap
        OR h BETWEEN 100 AND 101          -- a 2-hour gap
        OR h BETWEEN 300 AND 330          -- more than a day missing
        OR h % 23 = 11);                  -- scattered single hours
SELECT count(*) AS hours, count(v) AS measured FROM airday_series;

-- RANGE '7 hours' PRECEDING over rows keyed by their hour covers exactly the
-- 8 clock hours ending with the current one, gaps or not: compare with a
-- fresh valid_avg over those hours, bit for bit
CREATE TABLE airday_moving AS
SELECT ts,
       valid_avg(v, 6) OVER w8 AS moving8,
       (SELECT valid_avg(s.v, 6) FROM airday_series AS s
         WHERE s.ts > o.ts - interval '8 hours' AND s.ts <= o.ts) AS fresh8,
       mean_24h(v) OVER w24 AS moving24,
       (SELECT mean_24h(s.v) FROM airday_series AS s
         WHERE s.ts > o.ts - interval '24 hours' AND s.ts <= o.ts) AS fresh24,
       valid_avg(v, 1) OVER wlong AS moving_long,
       (SELECT valid_avg(s.v, 1) FROM airday_series AS s
         WHERE s.ts > o.ts - interval '300 hours' AND s.ts <= o.ts) AS fresh_long
FROM airday_series AS o
WINDOW w8 AS (ORDER BY ts RANGE BETWEEN '7 hours' PRECEDING AND CURRENT ROW),
       w24 AS (ORDER BY ts RANGE BETWEEN '23 hours' PRECEDING AND CURRENT ROW),
       wlong AS (ORDER BY ts RANGE BETWEEN '299 hours' PRECEDING AND CURRENT ROW);
SELECT count(*) AS rows,
       count(moving8) AS valid8, count(*) FILTER (WHERE moving8 IS DISTINCT FROM fresh8) AS differ8,
       count(moving24) AS valid24, count(*) FILTER (WHERE moving24 IS DISTINCT FROM fresh24) AS differ24,
       count(moving_long) AS valid_long,
       count(*) FILTER (WHERE moving_long IS DISTINCT FROM fresh_long) AS differ_long,
       count(*) FILTER (WHERE float8send(moving_long) IS DISTINCT FROM float8send(fresh_long)) AS bytes_differ
FROM airday_moving;
-- mean_8h is the same window
SELECT count(*) FILTER (WHERE m IS DISTINCT FROM moving8) AS differ
FROM (SELECT ts, mean_8h(v) OVER (ORDER BY ts RANGE BETWEEN '7 hours' PRECEDING AND CURRENT ROW) AS m
      FROM airday_series) AS t JOIN airday_moving USING (ts);
-- windows across the 4-hour gap (hours 40..43, 16:00-20:00, are missing):
-- those ending with hours 44..48 have fewer than 6 of their 8 hours
SELECT ts, moving8, fresh8 FROM airday_moving
WHERE ts BETWEEN '2014-05-02 14:00' AND '2014-05-03 01:00' ORDER BY ts;
-- the built-in float8 avg over the same long window is not exact here
SELECT count(*) FILTER (WHERE a IS DISTINCT FROM moving_long) > 0 AS builtin_avg_differs
FROM (SELECT ts, avg(v) OVER (ORDER BY ts RANGE BETWEEN '299 hours' PRECEDING AND CURRENT ROW) AS a
      FROM airday_series) AS t JOIN airday_moving USING (ts);

-- parallel plans give the serial answer
CREATE TABLE airday_par AS
SELECT g % 97 AS station, CASE WHEN g % 13 = 0 THEN NULL ELSE (g * 31 % 1000) / 10.0 END AS v
FROM generate_series(1, 20000) AS g;
ANALYZE airday_par;
CREATE TABLE airday_par_serial AS
SELECT station, valid_avg(v, 191) AS va, mean_24h(v) AS m24, mean_8h(v) AS m8
FROM airday_par GROUP BY station;
SELECT valid_avg(v, 18000) AS all_va, mean_24h(v) AS all_m24 FROM airday_par;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT valid_avg(v, 18000) FROM airday_par;
SELECT valid_avg(v, 18000) AS all_va, mean_24h(v) AS all_m24 FROM airday_par;
EXPLAIN (COSTS OFF)
SELECT station, valid_avg(v, 191), mean_24h(v), mean_8h(v) FROM airday_par GROUP BY station;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE p.va IS DISTINCT FROM s.va OR p.m24 IS DISTINCT FROM s.m24
                           OR p.m8 IS DISTINCT FROM s.m8) AS differ,
       count(p.va) AS valid_va
FROM (SELECT station, valid_avg(v, 191) AS va, mean_24h(v) AS m24, mean_8h(v) AS m8
      FROM airday_par GROUP BY station) AS p
JOIN airday_par_serial AS s USING (station);
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

DROP TABLE airday_series, airday_moving, airday_par, airday_par_serial;
