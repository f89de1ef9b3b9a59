-- The rounding option of the daily AQI: aqi_daily(..., rounding) and the
-- day counts of an air summary with a rounding argument.  'reporting' (the
-- default) reads the concentrations at reporting precision (GB/T 8170 half
-- to even: integer µg/m³, CO 0.1 mg/m³), as bulletins count the published
-- daily values and as HJ 633-2026 §4.2.2 writes it; 'as_given' reads HJ
-- 633-2012 literally.  Both paths agree by default and under either option.
\set VERBOSITY sqlstate

-- PM2.5 75.4: 100 at reporting precision (75), 101 as given
SELECT aqi_daily(NULL, NULL, NULL, NULL, NULL, 75.4, standard => 'hj633-2012')::text AS "default",
       aqi_daily(NULL, NULL, NULL, NULL, NULL, 75.4, NULL, 'hj633-2012', NULL, 'reporting')::text AS reporting,
       aqi_daily(NULL, NULL, NULL, NULL, NULL, 75.4, o3_1h => NULL, standard => 'hj633-2012',
                 so2_24h => NULL, rounding => 'as_given')::text AS as_given;
SELECT good_days(s) AS "default", good_days(s, 'reporting') AS reporting,
       good_days(s, rounding => 'as_given') AS as_given,
       aqi_days(s, 'as_given') AS aqi_days, heavy_days(s, 'as_given') AS heavy_days,
       days_at_level(s, 2, 'reporting') AS level2_reporting, days_at_level(s, 3, 'as_given') AS level3_as_given,
       good_day_ratio(s, 'reporting')::text AS ratio_reporting, good_day_ratio(s, 'as_given')::text AS ratio_as_given
FROM (SELECT air_summary(date '2016-05-01', NULL, NULL, NULL, NULL, NULL, 75.4) AS s) t;

-- at, just below and just above the halves, every pollutant, both options;
-- the summary of each day agrees with aqi_daily under each option
CREATE TEMP TABLE rd (id int, so2 float8, no2 float8, pm10 float8, co float8,
                      o3_8h float8, pm25 float8);
INSERT INTO rd VALUES
  (1, 150.5, 80, 150, 2, 160, 75),    -- SO2 150.5 -> 150 (half to even): 100 | 101
  (2, 150.4999, 80, 150, 2, 160, 75), -- 150: 100 | 101
  (3, 150.5001, 80, 150, 2, 160, 75), -- 151: 101 | 101
  (4, 149.5, 80.5, 150, 2, 160, 75),  -- 150, 80 (half to even): 100 | 101
  (5, 5, 20, 150.5, 2, 160, 74.5),    -- PM10 150, PM2.5 74: 100 | 101
  (6, 5, 20, 50, 4.05, 160, 30),      -- CO 4.0 (half to even): 100 | 101
  (7, 5, 20, 50, 4.15, 160, 30),      -- CO 4.2 (half to even): 101 | 101
  (8, 5, 20, 50, 1, 160.5, 30),       -- O3 160: 100 | 101
  (9, 5, 20, 50, 1, 100, 115.5),      -- PM2.5 116 (half to even): 152 | 151
  (10, 5, 20, 50, 1, 100, 75);        -- integers: 100 both
SELECT id, value(aqi_daily(so2, no2, pm10, co, o3_8h, pm25, standard => 'hj633-2012')) AS "default",
       value(aqi_daily(so2, no2, pm10, co, o3_8h, pm25, NULL, 'hj633-2012', NULL, 'reporting')) AS reporting,
       value(aqi_daily(so2, no2, pm10, co, o3_8h, pm25, NULL, 'hj633-2012', NULL, 'as_given')) AS as_given
FROM rd ORDER BY id;
SELECT count(*) AS days,
       count(*) FILTER (WHERE level(aqi_daily(so2, no2, pm10, co, o3_8h, pm25, standard => 'hj633-2012')) <= 2) AS daily_good,
       good_days(air_summary(date '2016-01-01' + id, so2, no2, pm10, co, o3_8h, pm25)) AS summary_good,
       count(*) FILTER (WHERE level(aqi_daily(so2, no2, pm10, co, o3_8h, pm25, NULL, 'hj633-2012', NULL, 'as_given')) <= 2) AS daily_good_as_given,
       good_days(air_summary(date '2016-01-01' + id, so2, no2, pm10, co, o3_8h, pm25), 'as_given') AS summary_good_as_given
FROM rd;

-- HJ 633-2026 rounds itself (§4.2.2) and US EPA truncates itself: the option
-- changes nothing there
SELECT value(aqi_daily(5, 20, 50, 1, 100, 60.5, NULL, 'hj633-2026', NULL, 'as_given')) AS hj2026_as_given,
       value(aqi_daily(5, 20, 50, 1, 100, 60.5, NULL, 'hj633-2026', NULL, 'reporting')) AS hj2026_reporting,
       value(aqi_daily(5, 20, 50, 1, 0.05, 35.45, NULL, 'us-epa-2024', NULL, 'as_given')) AS us_as_given,
       value(aqi_daily(5, 20, 50, 1, 0.05, 35.45, NULL, 'us-epa-2024', NULL, 'reporting')) AS us_reporting,
       value(aqi_daily(5, 20, 50, 1, 0.05, 35.45, standard => 'us-epa-2024')) AS us_default;
-- a 2026 summary: the same counts both ways; by date, the days before
-- 2026-03-01 only
SELECT good_days(s, 'reporting') AS reporting, good_days(s, 'as_given') AS as_given
FROM (SELECT air_summary(day, 5, 20, 50, 1, 100, pm25) AS s
      FROM (VALUES (date '2026-02-28', 75.4::float8), ('2026-03-01', 60.4), ('2026-03-02', 60.5)) v(day, pm25)) t;

-- the names: case and separators folded like every name argument
SELECT value(aqi_daily(NULL, NULL, NULL, NULL, NULL, 75.4, NULL, 'hj633-2012', NULL, 'AS-Given')) AS "AS-Given",
       value(aqi_daily(NULL, NULL, NULL, NULL, NULL, 75.4, NULL, 'hj633-2012', NULL, ' Reporting')) AS " Reporting";

-- bad option values: 22023 with the accepted names, NULL 22004; the message
-- quotes at most 100 characters
\set VERBOSITY default
SELECT aqi_daily(1, 2, 3, 4, 5, 6, NULL, 'hj633-2012', NULL, 'half_even');
\echo :LAST_ERROR_SQLSTATE
SELECT good_days(air_summary(date '2016-05-01', 1, 2, 3, 0.4, 5, 6), 'round');
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY sqlstate
SELECT aqi_daily(1, 2, 3, 4, 5, 6, NULL, 'hj633-2012', NULL, NULL);
SELECT aqi_daily(1, 2, 3, 4, 5, 6, NULL, 'hj633-2012', NULL, '');
SELECT good_days(NULL::air_summary, NULL);
SELECT aqi_days(air_summary(date '2016-05-01', 1, 2, 3, 0.4, 5, 6), NULL);
SELECT heavy_days(air_summary(date '2016-05-01', 1, 2, 3, 0.4, 5, 6), 'reportingx');
SELECT days_at_level(air_summary(date '2016-05-01', 1, 2, 3, 0.4, 5, 6), 2, NULL);
SELECT good_day_ratio(air_summary(date '2016-05-01', 1, 2, 3, 0.4, 5, 6), 'as given?');
SELECT days_at_level(air_summary(date '2016-05-01', 1, 2, 3, 0.4, 5, 6), 7, 'as_given');
SELECT days_at_level(air_summary(date '2016-05-01', 1, 2, 3, 0.4, 5, 6), 0, 'reporting');
\set VERBOSITY default
SELECT aqi_daily(1, 2, 3, 4, 5, 6, NULL, 'hj633-2012', NULL, repeat('x', 150));
\echo :LAST_ERROR_SQLSTATE
SELECT heavy_days(air_summary(date '2016-05-01', 1, 2, 3, 0.4, 5, 6), NULL);
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY sqlstate
-- a NULL summary or level with a valid option: NULL
SELECT good_days(NULL::air_summary, 'as_given') IS NULL AS null_summary,
       days_at_level(air_summary(date '2016-05-01', 1, 2, 3, 0.4, 5, 6), NULL, 'as_given') IS NULL AS null_level,
       good_day_ratio(NULL::air_summary, 'reporting') IS NULL AS null_ratio;
-- the errors name the concentration as given, not as rounded
\set VERBOSITY default
SELECT aqi_daily(-0.4, 2, 3, 4, 5, 6, standard => 'hj633-2012');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(1, 2, 3, 4, 850.4, 6, standard => 'hj633-2012');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(1, 2, 3, 200.04, 5, 6, standard => 'hj633-2012');
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY sqlstate

-- every call shape of 1.2's aqi_daily still reaches the nine-argument
-- function (positional, named, untyped literals, NULLs); rounding reaches
-- the ten-argument one
CREATE FUNCTION pg_temp.arguments_of_call(call text) RETURNS smallint
LANGUAGE plpgsql AS $$
DECLARE
  n smallint;
BEGIN
  EXECUTE format('CREATE TEMP VIEW shape AS SELECT %s AS a', call);
  SELECT p.pronargs INTO n
  FROM pg_depend d JOIN pg_rewrite r ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
  JOIN pg_proc p ON d.refclassid = 'pg_proc'::regclass AND d.refobjid = p.oid
  WHERE r.ev_class = 'shape'::regclass AND p.proname = 'aqi_daily';
  DROP VIEW shape;
  RETURN n;
END $$;
SELECT pg_temp.arguments_of_call(c) AS args, c AS call FROM (VALUES
  ($$aqi_daily(1, 2, 3, 4, 5, 6)$$),
  ($$aqi_daily(1, 2, 3, 4, 5, 6, 7)$$),
  ($$aqi_daily(1, 2, 3, 4, 5, 6, NULL, 'hj633-2012')$$),
  ($$aqi_daily(1, 2, 3, 4, 5, 6, NULL, 'hj633-2012', NULL)$$),
  ($$aqi_daily('1', '2', '3', '4', '5', '6', NULL)$$),
  ($$aqi_daily(NULL, NULL, NULL, NULL, NULL, '75.4', NULL, 'hj633-2012', NULL)$$),
  ($$aqi_daily(1, 2, 3, 4, 5, 6, standard => 'hj633-2012')$$),
  ($$aqi_daily(so2 => 1, no2 => 2, pm10 => 3, co => 4, o3_8h => 5, pm25 => 6)$$),
  ($$aqi_daily(1, 2, 3, 4, 5, 6, so2_24h => NULL, standard => 'us-epa-2024')$$),
  ($$aqi_daily(1, 2, 3, 4, 5, 6, NULL, 'hj633-2012', NULL, 'as_given')$$),
  ($$aqi_daily(1, 2, 3, 4, 5, 6, o3_1h => NULL, standard => 'hj633-2012', so2_24h => NULL, rounding => 'as_given')$$),
  ($$aqi_daily('1', '2', '3', '4', '5', '6', NULL, NULL, NULL, NULL)$$)) v(c);
-- a call that is neither: no aqi_daily takes rounding without so2_24h
\set VERBOSITY default
SELECT aqi_daily(1, 2, 3, 4, 5, 6, standard => 'hj633-2012', rounding => 'as_given');
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY sqlstate

-- a generic plan: the option is a parameter that changes between executions
PREPARE rd_daily(float8, text) AS
  SELECT value(aqi_daily(NULL, NULL, NULL, NULL, NULL, $1, NULL, 'hj633-2012', NULL, $2));
PREPARE rd_summary(float8, text) AS
  SELECT good_days(air_summary(date '2016-05-01', NULL, NULL, NULL, NULL, NULL, $1), $2);
SET plan_cache_mode = force_generic_plan;
EXECUTE rd_daily(75.4, 'reporting');
EXECUTE rd_daily(75.4, 'as_given');
EXECUTE rd_daily(75.4, 'reporting');
EXECUTE rd_summary(75.4, 'as_given');
EXECUTE rd_summary(75.4, 'reporting');
EXECUTE rd_daily(75.4, 'nearest');
EXECUTE rd_summary(75.4, NULL);
RESET plan_cache_mode;

-- PL/pgSQL: the option in a variable, changing inside one loop
CREATE FUNCTION pg_temp.both_ways(pm25 float8) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  r text;
  out text := '';
BEGIN
  FOREACH r IN ARRAY ARRAY['reporting', 'as_given', 'reporting'] LOOP
    out := out || r || '=' || value(aqi_daily(NULL, NULL, NULL, NULL, NULL, pm25, NULL, 'hj633-2012', NULL, r))
               || '/' || good_days(air_summary(date '2016-05-01', NULL, NULL, NULL, NULL, NULL, pm25), r) || ' ';
  END LOOP;
  RETURN out;
END $$;
SELECT pg_temp.both_ways(75.4), pg_temp.both_ways(75);

-- a station-year of the bundled Beijing data (Dongsi, 2016): the good days
-- of aqi_daily and of the station's air_summary agree under each option,
-- in a forced parallel plan as in a serial one
CREATE TEMP TABLE rd_hourly (station text, year int, month int, day int, hour int,
                             pm25 float8, pm10 float8, so2 float8, no2 float8, co float8, o3 float8);
\copy rd_hourly FROM PROGRAM 'gzip -dc test/data/beijing-2014-2016.csv.gz | grep -E "^Dongsi,2016,"' WITH (FORMAT csv, NULL 'NA')
CREATE TABLE rd_day AS
SELECT air_day(ts) AS day, mean_24h(so2) AS so2, mean_24h(no2) AS no2, mean_24h(pm10) AS pm10,
       mean_24h(co / 1000) AS co, o3_max8h(ts, o3) AS o3_8h, mean_24h(pm25) AS pm25
FROM (SELECT make_timestamp(year, month, day, hour, 0, 0) AS ts, * FROM rd_hourly) h
GROUP BY 1;
ANALYZE rd_day;
CREATE TEMP VIEW rd_counts AS
SELECT count(*) FILTER (WHERE level(aqi_daily(so2, no2, pm10, co, o3_8h, pm25, standard => 'hj633-2012')) <= 2) AS daily_default,
       good_days(air_summary(day, so2, no2, pm10, co, o3_8h, pm25)) AS summary_default,
       count(*) FILTER (WHERE level(aqi_daily(so2, no2, pm10, co, o3_8h, pm25, NULL, 'hj633-2012', NULL, 'as_given')) <= 2) AS daily_as_given,
       good_days(air_summary(day, so2, no2, pm10, co, o3_8h, pm25), 'as_given') AS summary_as_given,
       count(*) FILTER (WHERE value(aqi_daily(so2, no2, pm10, co, o3_8h, pm25, NULL, 'hj633-2012', NULL, 'as_given'))
                        IS DISTINCT FROM value(aqi_daily(so2, no2, pm10, co, o3_8h, pm25, standard => 'hj633-2012'))) AS days_differing,
       heavy_days(air_summary(day, so2, no2, pm10, co, o3_8h, pm25)) AS heavy_default,
       heavy_days(air_summary(day, so2, no2, pm10, co, o3_8h, pm25), 'as_given') AS heavy_as_given
FROM rd_day;
SELECT * FROM rd_counts;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT * FROM rd_counts;
SELECT * FROM rd_counts;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP VIEW rd_counts;
DROP TABLE rd_day;
