--
-- The banded real-time indices as AQI standards: the European AQI
-- ('eea-2024', 'eea-2021') and the UK DAQI ('uk-daqi').  iaqi() returns the
-- level; the aqi type carries the level as its value.  Every band edge is in
-- the generated test realtime_bands; this file checks the choices made where
-- the reference is open, the type, the labels, the call paths and errors.
--

-- UNCONFIRMED edges, as chosen (docs/realtime.md):
-- EEA: an edge belongs to the lower (better) band
SELECT iaqi('pm2.5', 5, NULL, 'eea-2024') AS "PM2.5 5",
       iaqi('pm2.5', 5.001, NULL, 'eea-2024') AS "PM2.5 5.001",
       iaqi('pm2.5', 140, NULL, 'eea-2024') AS "PM2.5 140",
       iaqi('pm2.5', 140.001, NULL, 'eea-2024') AS "PM2.5 140.001",
       iaqi('o3', 180, NULL, 'eea-2024') AS "O3 180",
       iaqi('o3', 181, NULL, 'eea-2024') AS "O3 181";
-- the previous bands' printed top (PM2.5 75-800) is not a cap
SELECT iaqi('pm2.5', 800, NULL, 'eea-2021') AS "PM2.5 800",
       iaqi('pm2.5', 5000, NULL, 'eea-2021') AS "PM2.5 5000",
       iaqi('pm10', 20, NULL, 'eea-2021') AS "PM10 20",
       iaqi('pm10', 20.5, '24h', 'eea-2021') AS "PM10 20.5";
-- DAQI: a value between two printed bands goes to the higher index; PM2.5
-- index 5 ends at 47 (not 46); SO2 follows the 0-88, 89-177, 178-266 column
SELECT iaqi('no2', 67, NULL, 'uk-daqi') AS "NO2 67",
       iaqi('no2', 67.4, NULL, 'uk-daqi') AS "NO2 67.4",
       iaqi('no2', 68, NULL, 'uk-daqi') AS "NO2 68",
       iaqi('pm2.5', 46, NULL, 'uk-daqi') AS "PM2.5 46",
       iaqi('pm2.5', 47, NULL, 'uk-daqi') AS "PM2.5 47",
       iaqi('pm2.5', 47.5, NULL, 'uk-daqi') AS "PM2.5 47.5",
       iaqi('so2', 177, NULL, 'uk-daqi') AS "SO2 177",
       iaqi('so2', 178, '15min', 'uk-daqi') AS "SO2 178",
       iaqi('so2_15min', 1065, NULL, 'uk-daqi') AS "SO2 1065",
       iaqi('o3', 241, NULL, 'uk-daqi') AS "O3 241",
       iaqi('o3', 0, NULL, 'uk-daqi') AS "O3 0";

-- every level's label and colour
SELECT s.standard, l AS level,
       category(a, 'en') AS category, category(a) AS category_zh, color(a) AS colour
FROM (VALUES ('eea-2024', 6), ('eea-2021', 6), ('uk-daqi', 10)) AS s(standard, n),
     generate_series(1, 10) AS l,
     LATERAL (SELECT (l || ' ' || s.standard || ' primary=NO2')::aqi AS a) AS x
WHERE l <= s.n
ORDER BY s.standard, l;

-- aqi_hourly: the worst pollutant, all pollutants at the worst level primary
SELECT a, value(a), level(a), category(a, 'en'), color(a), primary_pollutants(a), standard(a),
       a::integer AS as_integer
FROM (VALUES
	(aqi_hourly(so2 => 10, no2 => 30, pm10 => 20, co => NULL, o3 => 70, pm25 => 16,
				standard => 'eea-2024')),
	(aqi_hourly(so2 => 10, no2 => 61, pm10 => 20, co => NULL, o3 => 70, pm25 => 16,
				standard => 'eea-2024')),
	(aqi_hourly(so2 => 10, no2 => 30, pm10 => NULL, co => NULL, o3 => 70, pm25 => NULL,
				pm10_24h => 45, pm25_24h => 22, standard => 'eea-2021')),
	(aqi_hourly(so2 => 100, no2 => 150, pm10 => NULL, co => NULL, o3 => NULL, pm25 => NULL,
				o3_8h => 90, pm10_24h => 60, pm25_24h => 40, standard => 'uk-daqi')),
	(aqi_hourly(so2 => 100, no2 => 150, pm10 => NULL, co => NULL, o3 => NULL, pm25 => NULL,
				o3_8h => 90, pm10_24h => 101, pm25_24h => 40, standard => 'UK-DAQI'))
) AS t(a);
-- only some pollutants measured: the index of those; none: NULL
SELECT aqi_hourly(NULL, 12, NULL, NULL, NULL, NULL, standard => 'eea-2024') AS only_no2,
       aqi_hourly(NULL, NULL, NULL, NULL, NULL, NULL, standard => 'uk-daqi') AS nothing;

-- the type: text round trip, order within a standard, max/min
SELECT '3 eea-2024 primary=NO2'::aqi AS t1, '10 uk-daqi primary=PM10,PM2.5'::aqi AS t2,
       '1 eea-2021 primary=O3_1h'::aqi::text::aqi = '1 eea-2021 primary=O3_1h'::aqi AS round_trip;
SELECT max(a), min(a)
FROM (VALUES ('3 eea-2024 primary=NO2'::aqi), ('5 eea-2024 primary=PM2.5'),
             ('1 eea-2024 primary=O3_1h')) AS t(a);
SELECT '7 eea-2024 primary=NO2'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '0 uk-daqi primary=NO2'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '11 uk-daqi primary=NO2'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '4 uk-daqi'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '6 eea-2024 primary=NO2 beyond'::aqi;
\echo :LAST_ERROR_SQLSTATE

-- call paths: the standard changing under PL/pgSQL, a SQL function, a
-- prepared statement with a generic plan, a parallel plan
CREATE FUNCTION rt_level(std text, no2 float8) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
	RETURN iaqi('no2', no2, NULL, std);
END $$;
CREATE FUNCTION rt_hourly(std text, no2 float8) RETURNS aqi LANGUAGE sql AS $$
	SELECT aqi_hourly(NULL, no2, NULL, NULL, NULL, NULL, standard => std)
$$;
SELECT std, rt_level(std, 100) AS plpgsql, rt_hourly(std, 100) AS sql_function
FROM (VALUES ('eea-2024'), ('eea-2021'), ('uk-daqi'), ('hj633-2026'), ('eea-2024')) AS s(std);
SET plan_cache_mode = force_generic_plan;
PREPARE rt_prep(text, float8) AS SELECT iaqi('pm25', $2, NULL, $1), aqi_hourly(NULL, NULL, NULL,
	NULL, NULL, NULL, pm25_24h => $2, standard => $1);
EXECUTE rt_prep('eea-2021', 30);
EXECUTE rt_prep('uk-daqi', 30);
DEALLOCATE rt_prep;
RESET plan_cache_mode;
CREATE TABLE rt_hours AS
SELECT g AS id, (g * 37 % 400)::float8 AS no2, (g * 11 % 250)::float8 AS o3, (g * 7 % 170)::float8 AS pm25
FROM generate_series(1, 20000) AS g;
ANALYZE rt_hours;
CREATE TABLE rt_serial AS
SELECT level(max(aqi_hourly(NULL, no2, NULL, NULL, o3, pm25, standard => 'eea-2024'))) AS worst,
       sum(iaqi('no2', no2, NULL, 'eea-2024')) AS level_sum
FROM rt_hours;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT sum(iaqi('no2', no2, NULL, 'eea-2024')) FROM rt_hours;
SELECT p.worst = s.worst AND p.level_sum = s.level_sum AS parallel_equals_serial, p.*
FROM (SELECT level(max(aqi_hourly(NULL, no2, NULL, NULL, o3, pm25, standard => 'eea-2024'))) AS worst,
             sum(iaqi('no2', no2, NULL, 'eea-2024')) AS level_sum
      FROM rt_hours) AS p, rt_serial AS s;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- errors: periods and inputs the standards do not define
SELECT iaqi('pm2.5', 10, '24h', 'eea-2024');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('pm2.5', 10, '1h', 'eea-2021');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('co', 1, NULL, 'eea-2024');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('so2', 100, '1h', 'uk-daqi');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('o3', 100, '1h', 'uk-daqi');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('so2', 100, '15 minutes', 'uk-daqi');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('no2', -1, NULL, 'uk-daqi');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('no2', 'NaN', NULL, 'eea-2024');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_hourly(NULL, NULL, NULL, NULL, NULL, 10, standard => 'eea-2021');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_hourly(NULL, NULL, NULL, 1, NULL, NULL, standard => 'eea-2024');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_hourly(NULL, NULL, NULL, NULL, 80, NULL, standard => 'uk-daqi');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(10, 20, 30, 0.5, 100, 30, standard => 'eea-2024');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(10, 20, 30, 0.5, 100, 30, standard => 'uk-daqi');
\echo :LAST_ERROR_SQLSTATE

DROP TABLE rt_hours, rt_serial;
DROP FUNCTION rt_level(text, float8), rt_hourly(text, float8);
