-- air_day and o3_max8h: HJ 663-2013 / HJ 663-2026 §6.1.2 O3 daily maximum
-- 8-hour mean, GB 3095 Table 4 (6 of 8 hours), hour labels, bad input.

-- air_day: 'start' (default) stamps open the hour, 'end' stamps close it
SELECT t AS observed_at, air_day(t) AS start_day, air_day(t, 'start') AS start_day2,
       air_day(t, 'end') AS end_day
FROM (VALUES ('2014-05-01 00:00'::timestamp), ('2014-05-01 01:00'), ('2014-05-01 23:00'),
             ('2014-05-02 00:00'), ('2000-01-01 00:00'), ('1999-12-31 23:00'),
             ('0044-03-15 00:00 BC')) AS v(t);
SELECT air_day('2014-05-01 00:00', 'END') AS case_insensitive;
SELECT air_day(NULL, 'start') AS null_stamp, air_day('2014-05-01', NULL) AS null_label;

-- a day of O3 given as slot -> value (NULL: not measured; absent: no row)
CREATE FUNCTION pg_temp.o3_hours(day date, vals float8[], label text DEFAULT 'start')
RETURNS TABLE (observed_at timestamp, o3 float8)
LANGUAGE sql AS $$
	SELECT day + (h - 1) * interval '1 hour' + CASE label WHEN 'end' THEN interval '1 hour' ELSE interval '0' END,
	       vals[h]
	FROM generate_series(1, 24) AS h
$$;

-- a full day of 100: 100
SELECT o3_max8h(observed_at, o3) FROM pg_temp.o3_hours('2014-05-01', array_fill(100::float8, ARRAY[24]));
-- the 17 windows end at 08:00 .. 24:00: the first is hours 0..7, the last 16..23
SELECT o3_max8h(observed_at, o3) AS first_window
FROM pg_temp.o3_hours('2014-05-01', array_fill(200::float8, ARRAY[8]) || array_fill(100::float8, ARRAY[16]));
SELECT o3_max8h(observed_at, o3) AS last_window
FROM pg_temp.o3_hours('2014-05-01', array_fill(100::float8, ARRAY[16]) || array_fill(200::float8, ARRAY[8]));
-- no window straddles midnight: hours 17..23 and 0 at 200 give 7 of 8 at most
SELECT o3_max8h(observed_at, o3) AS no_wraparound
FROM pg_temp.o3_hours('2014-05-01', ARRAY[200::float8] || array_fill(100::float8, ARRAY[16]) || array_fill(200::float8, ARRAY[7]));

-- 6 of 8 hours (GB 3095 Table 4): hours 0..5 measured give exactly one valid
-- window (ending 08:00), hours 0..4 none; with the max above 160 the first
-- counts through the exception, with 100 neither is a valid day
SELECT n AS measured_hours, o3_max8h(observed_at, o3) AS mda8
FROM generate_series(5, 6) AS n,
     pg_temp.o3_hours('2014-05-01', array_fill(170::float8, ARRAY[n]) || array_fill(NULL::float8, ARRAY[24 - n]))
GROUP BY n ORDER BY n;
-- NULL o3 rows and absent rows are the same: missing hours
SELECT o3_max8h(observed_at, o3) AS with_null_rows,
       o3_max8h(observed_at, o3) FILTER (WHERE o3 IS NOT NULL) AS without_them
FROM pg_temp.o3_hours('2014-05-01', array_fill(170::float8, ARRAY[6]) || array_fill(NULL::float8, ARRAY[18]));
-- 5 of 8 inside one window: hours 8..12 at 300, the rest at 100
SELECT o3_max8h(observed_at, o3) AS five_high_hours
FROM pg_temp.o3_hours('2014-05-01', array_fill(100::float8, ARRAY[8]) || array_fill(300::float8, ARRAY[5]) || array_fill(100::float8, ARRAY[11]));

-- 14 valid windows make a valid day: hours 0..18 measured give the windows
-- ending 08:00 .. 21:00 (14); hours 0..17 give 13
SELECT n AS measured_hours, o3_max8h(observed_at, o3) AS mda8
FROM generate_series(18, 19) AS n,
     pg_temp.o3_hours('2014-05-01', array_fill(100::float8, ARRAY[n]) || array_fill(NULL::float8, ARRAY[24 - n]))
GROUP BY n ORDER BY n;
-- the exception: 13 valid windows still count when their maximum exceeds 160
SELECT v AS hourly, o3_max8h(observed_at, o3) AS mda8_13_windows
FROM (VALUES (161::float8), (160.000001), (160), (159)) AS t(v),
     pg_temp.o3_hours('2014-05-01', array_fill(v, ARRAY[18]) || array_fill(NULL::float8, ARRAY[6]))
GROUP BY v ORDER BY v DESC;
-- with 13 windows, one of them above 160 is enough: hours 0..17 at 100,
-- except hours 10..17 at 165 (the window ending 18:00 is 165)
SELECT o3_max8h(observed_at, o3) AS one_window_above
FROM pg_temp.o3_hours('2014-05-01', array_fill(100::float8, ARRAY[10]) || array_fill(165::float8, ARRAY[8]) || array_fill(NULL::float8, ARRAY[6]));
-- the maximum of unequal windows, unrounded (rounding is for reporting)
SELECT o3_max8h(observed_at, o3) AS mda8
FROM pg_temp.o3_hours('2014-05-01', ARRAY[10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120,
                                          130, 140, 150, 160, 170, 180, 190, 200, 210, 220, 230, 241]::float8[]);
SELECT o3_max8h(observed_at, o3) AS seven_hours
FROM pg_temp.o3_hours('2014-05-01', array_fill(100::float8, ARRAY[16]) || ARRAY[NULL, 1, 2, 3, 4, 5, 6, 8]::float8[]);
SELECT o3_max8h(NULL::timestamp, NULL::float8) FROM generate_series(1, 0) AS g;

-- the same data stamped by the end of each hour gives the same MDA8
CREATE TABLE airday_o3 (station text, observed_at timestamp, o3 float8, PRIMARY KEY (station, observed_at));
INSERT INTO airday_o3
SELECT s, '2014-06-01'::timestamp + h * interval '1 hour',
       CASE WHEN (h * 37 + length(s)) % 11 = 0 THEN NULL
            ELSE 20 + ((h * 7919 + length(s) * 104729) % 2000) / 10.0 END
FROM unnest(ARRAY['A', 'BB', 'CCC']) AS s, generate_series(0, 24 * 20 - 1) AS h
WHERE NOT (h % 24 BETWEEN 9 AND 14 AND (h / 24) % 4 = 1);
-- (the planner needs the number of station-days to see that partial
-- aggregation pays off in the parallel test below)
CREATE STATISTICS airday_o3_station_days (ndistinct) ON station, air_day(observed_at) FROM airday_o3;
ANALYZE airday_o3;
CREATE TABLE airday_o3_days AS
SELECT station, air_day(observed_at) AS day, o3_max8h(observed_at, o3) AS mda8,
       count(o3) AS hours
FROM airday_o3 GROUP BY station, air_day(observed_at);
SELECT count(*) AS station_days, count(mda8) AS valid, min(hours), max(hours),
       round(sum(mda8)::numeric, 6) AS sum_mda8
FROM airday_o3_days;
SELECT count(*) AS station_days,
       count(*) FILTER (WHERE e.mda8 IS DISTINCT FROM s.mda8) AS differ
FROM (SELECT station, air_day(observed_at + interval '1 hour', 'end') AS day,
             o3_max8h(observed_at + interval '1 hour', o3, 'end') AS mda8
      FROM airday_o3 GROUP BY 1, 2) AS e
JOIN airday_o3_days AS s USING (station, day);
-- across midnight under 'end': the row stamped 00:00 closes the day before
SELECT air_day(t, 'end') AS day, count(*) AS hours, min(t), max(t)
FROM generate_series('2014-06-01 01:00'::timestamp, '2014-06-03 00:00', '1 hour') AS t
GROUP BY 1 ORDER BY 1;

-- a plain-SQL MDA8 in exact numeric: the 8-hour moving mean over RANGE
-- '7 hours' at every clock hour of the day (a calendar of hours, so that
-- windows ending at an hour without a row exist too), windows ending
-- 08:00..24:00 (rows starting 07:00..23:00), >= 6 hours, >= 14 windows or
-- max > 160: the same days
CREATE TABLE airday_o3_plain AS
SELECT station, day,
       CASE WHEN count(m8) >= 14 OR max(m8) > 160 THEN max(m8) END AS mda8
FROM (SELECT s.station, air_day(hour) AS day, hour,
             CASE WHEN count(o3) OVER w >= 6 THEN avg(o3::numeric) OVER w END AS m8
      FROM (SELECT DISTINCT station FROM airday_o3) AS s
           CROSS JOIN generate_series('2014-06-01'::timestamp, '2014-06-20 23:00', '1 hour') AS hour
           LEFT JOIN airday_o3 AS o ON o.station = s.station AND o.observed_at = hour
      WINDOW w AS (PARTITION BY s.station, air_day(hour) ORDER BY hour
                   RANGE BETWEEN '7 hours' PRECEDING AND CURRENT ROW)) AS w
WHERE extract(hour FROM hour) >= 7
GROUP BY station, day;
SELECT count(*) AS station_days, count(s.mda8) AS valid,
       count(*) FILTER (WHERE round(p.mda8, 9) IS DISTINCT FROM round(s.mda8::numeric, 9)) AS differ
FROM airday_o3_plain AS p JOIN airday_o3_days AS s USING (station, day);
-- without the calendar, the windows ending at the hours with no row are lost
-- (a day of the test data lacks the rows of 09:00-15:00 every fourth day)
SELECT count(*) FILTER (WHERE round(p.mda8, 9) IS DISTINCT FROM round(s.mda8::numeric, 9)) AS differ
FROM (SELECT station, day,
             CASE WHEN count(m8) >= 14 OR max(m8) > 160 THEN max(m8) END AS mda8
      FROM (SELECT station, air_day(observed_at) AS day, observed_at,
                   CASE WHEN count(o3) OVER w >= 6 THEN avg(o3::numeric) OVER w END AS m8
            FROM airday_o3
            WINDOW w AS (PARTITION BY station, air_day(observed_at) ORDER BY observed_at
                         RANGE BETWEEN '7 hours' PRECEDING AND CURRENT ROW)) AS w
      WHERE extract(hour FROM observed_at) >= 7
      GROUP BY station, day) AS p
JOIN airday_o3_days AS s USING (station, day);
-- parallel plans give the serial answer
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT station, air_day(observed_at), o3_max8h(observed_at, o3) FROM airday_o3 GROUP BY 1, 2;
SELECT count(*) AS station_days,
       count(*) FILTER (WHERE p.mda8 IS DISTINCT FROM s.mda8) AS differ
FROM (SELECT station, air_day(observed_at) AS day, o3_max8h(observed_at, o3, 'start') AS mda8
      FROM airday_o3 GROUP BY 1, 2) AS p
JOIN airday_o3_days AS s USING (station, day);
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- bad input
SELECT o3_max8h(observed_at, o3) FROM airday_o3 WHERE station = 'A';
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h(t, 100) FROM (VALUES ('2014-06-01 23:00'::timestamp), ('2014-06-02 00:00')) AS v(t);
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h(t, 100, 'end') FROM (VALUES ('2014-06-02 00:00'::timestamp), ('2014-06-02 01:00')) AS v(t);
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h(t, v) FROM (VALUES ('2014-06-01 03:00'::timestamp, 1::float8), ('2014-06-01 03:00', NULL)) AS v(t, v);
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h(t, 100, l) FROM (VALUES ('2014-06-01 03:00'::timestamp, 'start'), ('2014-06-01 04:00', 'end')) AS v(t, l);
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h('2014-06-01 03:30', 100);
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h('2014-06-01 03:00:00.000001', 100);
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h('infinity', 100);
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h(NULL, 100);
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h('2014-06-01 03:00', -1);
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h('2014-06-01 03:00', 'NaN');
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h('2014-06-01 03:00', 100, 'begin');
\echo :LAST_ERROR_SQLSTATE
SELECT o3_max8h('2014-06-01 03:00', 100, NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT air_day('2014-06-01 03:15');
\echo :LAST_ERROR_SQLSTATE
SELECT air_day('-infinity');
\echo :LAST_ERROR_SQLSTATE
SELECT air_day('2014-06-01', 'midpoint');
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY terse
DO $$ BEGIN PERFORM o3_max8h('2014-06-01 03:00', 100, 'x'); EXCEPTION WHEN invalid_parameter_value THEN RAISE NOTICE '22023 for an unknown hour_label'; END $$;
DO $$ BEGIN PERFORM o3_max8h(t, 1) FROM (VALUES ('2014-06-01 23:00'::timestamp), ('2014-06-02 00:00')) AS v(t); EXCEPTION WHEN invalid_parameter_value THEN RAISE NOTICE '22023 for two days'; END $$;
\set VERBOSITY default

DROP TABLE airday_o3, airday_o3_days, airday_o3_plain;
