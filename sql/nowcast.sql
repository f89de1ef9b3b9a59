--
-- nowcast(observed_at, value, pollutant): the US EPA NowCast (AirNow) as an
-- aggregate; its worked examples, completeness, windows, parallel plans,
-- bad input, and its results on the AQI.
--
SET extra_float_digits = 0;

-- EPA's PM fact sheet: a day of zeros and one hour of 71 ug/m3.  At the
-- pulse the NowCast is 71 / (1 + 0.5 + ... + 0.5^11) = 35.508.., truncated
-- to 35.5 (AQI 101); then it halves every hour.
CREATE TABLE nc_pulse AS
SELECT '2024-06-01 00:00'::timestamp + g * interval '1 hour' AS observed_at,
       CASE WHEN g = 12 THEN 71 ELSE 0 END::float8 AS pm25
FROM generate_series(0, 23) AS g;
SELECT observed_at, pm25, nowcast, iaqi('pm2.5', nowcast, NULL, 'us-epa-2024') AS aqi
FROM (SELECT observed_at, pm25,
             nowcast(observed_at, pm25, 'pm2.5') OVER (ORDER BY observed_at
                 RANGE BETWEEN '11 hours' PRECEDING AND CURRENT ROW) AS nowcast
      FROM nc_pulse) AS w
WHERE observed_at BETWEEN '2024-06-01 10:00' AND '2024-06-01 18:00'
ORDER BY observed_at;
-- the pulse hour itself as a plain aggregate over all rows up to it
SELECT nowcast(observed_at, pm25, 'PM25') AS at_pulse
FROM nc_pulse WHERE observed_at <= '2024-06-01 12:00';
-- PM10 truncates to 1 ug/m3: 35.508.. gives 35
SELECT nowcast(observed_at, pm25, 'pm10') AS pm10_at_pulse
FROM nc_pulse WHERE observed_at <= '2024-06-01 12:00';

-- AirNow's 2016 ozone example: 63, 69, 80, 74, 60, -, 35, 22 ppb (latest
-- first): range 58, w = 22/80 = 0.275, NowCast 65.27.. ppb (not truncated:
-- the unit is the caller's)
CREATE TABLE nc_o3 (observed_at timestamp, o3_ppb float8);
INSERT INTO nc_o3 VALUES
	('2016-07-01 15:00', 63), ('2016-07-01 14:00', 69), ('2016-07-01 13:00', 80),
	('2016-07-01 12:00', 74), ('2016-07-01 11:00', 60), ('2016-07-01 10:00', NULL),
	('2016-07-01 09:00', 35), ('2016-07-01 08:00', 22),
	-- older than the 8-hour window: no effect
	('2016-07-01 07:00', 500), ('2016-07-01 06:00', 0);
SELECT round(nowcast(observed_at, o3_ppb, 'o3-2016')::numeric, 2) AS o3_nowcast_ppb,
       round(((63 + 69 * 0.275 + 80 * 0.275^2 + 74 * 0.275^3 + 60 * 0.275^4
               + 35 * 0.275^6 + 22 * 0.275^7)
              / (1 + 0.275 + 0.275^2 + 0.275^3 + 0.275^4 + 0.275^6 + 0.275^7))::numeric, 2)
         AS by_hand
FROM nc_o3;
-- the row of the missing hour dropped instead: the same (it keeps its place)
SELECT round(nowcast(observed_at, o3_ppb, 'o3-2016')::numeric, 2) AS without_null_row
FROM nc_o3 WHERE o3_ppb IS NOT NULL;
-- on the 8-h ozone table in ppm: 0.06527 truncates to 0.065: 51 + 49/0.015 * 0.010 = 83.7 -> 84
SELECT iaqi('o3', nowcast(observed_at, o3_ppb / 1000, 'o3-2016'), '8h', 'us-epa-2024') AS o3_aqi
FROM nc_o3;
-- 2016 ozone has no minimum weight: a zero hour makes w = 0, the latest valid value
SELECT nowcast(t, v, 'o3-2016') AS w_zero
FROM (VALUES ('2020-01-01 03:00'::timestamp, 40::float8), ('2020-01-01 02:00', 0)) AS r(t, v);
-- while PM keeps w at 0.5: (40 + 0.5 * 0) / 1.5
SELECT nowcast(t, v, 'pm10') AS pm_floor
FROM (VALUES ('2020-01-01 03:00'::timestamp, 40::float8), ('2020-01-01 02:00', 0)) AS r(t, v);

-- all-equal hours: the plain mean; all-zero hours: 0
SELECT nowcast(t, 12.34, 'pm2.5') AS all_equal,
       nowcast(t, 0, 'pm2.5') AS all_zero,
       nowcast(t, CASE WHEN t = '2020-01-01 05:00' THEN 12.34 END, 'pm2.5') AS one_hour
FROM generate_series('2020-01-01 00:00'::timestamp, '2020-01-01 11:00', '1 hour') AS t;

-- completeness: 2 of the 3 latest hours (c1, c2, c3) valid, else NULL
SELECT label, nowcast(t, v, 'pm2.5') AS nowcast
FROM (VALUES
	('c1 c2 c3', 1, 10::float8), ('c1 c2 c3', 2, 20), ('c1 c2 c3', 3, 30),
	('c2 c3', 1, NULL), ('c2 c3', 2, 20), ('c2 c3', 3, 30),
	('c1 c3', 1, 10), ('c1 c3', 3, 30),
	('c1 only', 1, 10), ('c1 only', 4, 40), ('c1 only', 5, 50),
	('c3 only', 1, NULL), ('c3 only', 3, 30), ('c3 only', 4, 40)
) AS r(label, age, v),
LATERAL (SELECT '2020-01-01 12:00'::timestamp - (age - 1) * interval '1 hour' AS t) AS x
GROUP BY label ORDER BY label;
-- missing hours keep their place: 20 at hour 1, 10 at hours 3 and 5 gives
-- (20 + 0.5^2 * 10 + 0.5^4 * 10) / (1 + 0.5^2 + 0.5^4) = 17.61..
SELECT nowcast(t, v, 'pm2.5') AS gaps,
       trunc((20 + 0.25 * 10 + 0.0625 * 10) / (1 + 0.25 + 0.0625), 1) AS by_hand
FROM (VALUES ('2020-01-01 12:00'::timestamp, 20::float8), ('2020-01-01 10:00', 10),
             ('2020-01-01 08:00', 10)) AS r(t, v);
-- the window is latest - 11 h .. latest: 01:00 is its 12th hour, with
-- weight 0.5^11: (10 + 5 + 1000 * 0.5^11) / (1.5 + 0.5^11) = 10.32..
SELECT nowcast(t, v, 'pm2.5') AS twelfth_hour_counts
FROM (VALUES ('2020-01-01 12:00'::timestamp, 10::float8), ('2020-01-01 11:00', 10),
             ('2020-01-01 01:00', 1000)) AS r(t, v);
-- hours older than latest - 11 are not inputs; no rows: NULL
SELECT nowcast(t, v, 'pm2.5') AS old_hours_ignored
FROM (VALUES ('2020-01-01 12:00'::timestamp, 10::float8), ('2020-01-01 11:00', 10),
             ('2020-01-01 00:00', 1000), ('2019-12-31 12:00', 5000)) AS r(t, v);
SELECT nowcast(t, v, 'pm2.5') AS no_rows
FROM (VALUES ('2020-01-01 12:00'::timestamp, 10::float8)) AS r(t, v) WHERE false;

-- window and plain aggregate agree at every hour of several stations with
-- gaps (missing rows) and NULL values, in any input order
CREATE TABLE nc_obs AS
SELECT s AS station, '2024-01-01'::timestamp + h * interval '1 hour' AS observed_at,
       CASE WHEN (h * 7 + s) % 11 = 0 THEN NULL
            ELSE ((h * 37 + s * 101) % 173) / 1.7 END::float8 AS pm25
FROM generate_series(1, 4) AS s, generate_series(0, 199) AS h
WHERE (h * 13 + s) % 17 <> 0;
CREATE TABLE nc_window AS
SELECT station, observed_at,
       nowcast(observed_at, pm25, 'pm2.5') OVER (PARTITION BY station ORDER BY observed_at
           RANGE BETWEEN '11 hours' PRECEDING AND CURRENT ROW) AS w
FROM nc_obs;
SELECT count(*) AS hours,
       count(w) AS reported,
       count(*) FILTER (WHERE w IS DISTINCT FROM p) AS differ
FROM nc_window AS n,
LATERAL (SELECT nowcast(o.observed_at, o.pm25, 'pm2.5') AS p
         FROM (SELECT * FROM nc_obs ORDER BY random()) AS o
         WHERE o.station = n.station AND o.observed_at <= n.observed_at) AS x;
-- the whole table grouped by station: the NowCast at each station's last hour
SELECT station, max(observed_at) AS latest, nowcast(observed_at, pm25, 'pm2.5')
FROM nc_obs GROUP BY station ORDER BY station;

-- parallel plans (combine, serial and deserial) give the serial answer
CREATE TABLE nc_par AS
SELECT s AS station, '2024-01-01'::timestamp + h * interval '1 hour' AS observed_at,
       CASE WHEN (h + s) % 9 = 0 THEN NULL ELSE ((h * 31 + s * 7) % 300) / 3.0 END::float8 AS v
FROM generate_series(1, 40) AS s, generate_series(0, 499) AS h;
ANALYZE nc_par;
CREATE TABLE nc_par_serial AS
SELECT station, nowcast(observed_at, v, 'pm10') AS pm10, nowcast(observed_at, v, 'pm2.5') AS pm25,
       nowcast(observed_at, v, 'o3-2016') AS o3
FROM nc_par GROUP BY station;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT nowcast(observed_at, v, 'pm10') FROM nc_par WHERE station = 3;
SELECT nowcast(observed_at, v, 'pm10') AS station_3 FROM nc_par WHERE station = 3;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE p.pm10 IS DISTINCT FROM s.pm10 OR p.pm25 IS DISTINCT FROM s.pm25
                           OR p.o3 IS DISTINCT FROM s.o3) AS differ,
       count(p.pm25) AS reported
FROM (SELECT station, nowcast(observed_at, v, 'pm10') AS pm10,
             nowcast(observed_at, v, 'pm2.5') AS pm25, nowcast(observed_at, v, 'o3-2016') AS o3
      FROM nc_par GROUP BY station) AS p
JOIN nc_par_serial AS s USING (station);
-- a duplicate hour in a parallel plan (the error may come from a worker,
-- which adds "CONTEXT: parallel worker", or from the leader)
\set SHOW_CONTEXT never
SELECT nowcast(observed_at, v, 'pm10')
FROM (SELECT observed_at, v FROM nc_par WHERE station = 3
      UNION ALL SELECT '2024-01-21 19:00', 1) AS u;
\echo :LAST_ERROR_SQLSTATE
\set SHOW_CONTEXT errors
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
SELECT nowcast(observed_at, v, 'pm10') AS station_3_serial FROM nc_par WHERE station = 3;

-- The same answer in any row order and any plan.  Each station
-- has hours 0..13 (the window: 2..13) and second rows for hours 0 and 1,
-- older than the window: ignored wherever they arrive.  The rows reach the
-- aggregate in three orders (ORDER BY inside the call: the old duplicates
-- first, last, interleaved), and from tables stored in three orders with
-- hash grouping, sort grouping and a parallel plan; every result, as text,
-- is the same.
CREATE TABLE nc_dup AS
SELECT s AS station, '2024-01-01'::timestamp + h * interval '1 hour' AS observed_at,
       CASE WHEN (h * 5 + s) % 13 = 0 THEN NULL
            ELSE ((h * 41 + s * 17) % 211) / 2.3 + 0.05 END::float8 AS v,
       s * 100 + h AS n
FROM generate_series(1, 30) AS s, generate_series(0, 13) AS h
UNION ALL
SELECT s, '2024-01-01'::timestamp + h * interval '1 hour', 500 + s, s * 100 + 50 + h
FROM generate_series(1, 30) AS s, generate_series(0, 1) AS h;
CREATE TABLE nc_dup_asc AS SELECT * FROM nc_dup ORDER BY n;
CREATE TABLE nc_dup_desc AS SELECT * FROM nc_dup ORDER BY n DESC;
CREATE TABLE nc_dup_mixed AS SELECT * FROM nc_dup ORDER BY (n * 7919) % 1009;
ANALYZE nc_dup_asc;
ANALYZE nc_dup_desc;
ANALYZE nc_dup_mixed;
CREATE TABLE nc_dup_results (how text, result text);
INSERT INTO nc_dup_results
SELECT 'order ' || o, string_agg(station || '=' || coalesce(pm25::text, 'NULL') || '/' ||
                                 coalesce(pm10::text, 'NULL'), ' ' ORDER BY station)
FROM (SELECT 'old duplicates first' AS o, station,
             nowcast(observed_at, v, 'pm2.5' ORDER BY observed_at, n) AS pm25,
             nowcast(observed_at, v, 'pm10' ORDER BY observed_at, n) AS pm10
      FROM nc_dup GROUP BY station
      UNION ALL
      SELECT 'old duplicates last', station,
             nowcast(observed_at, v, 'pm2.5' ORDER BY observed_at DESC, n),
             nowcast(observed_at, v, 'pm10' ORDER BY observed_at DESC, n)
      FROM nc_dup GROUP BY station
      UNION ALL
      SELECT 'interleaved', station,
             nowcast(observed_at, v, 'pm2.5' ORDER BY (n * 7919) % 1009),
             nowcast(observed_at, v, 'pm10' ORDER BY (n * 7919) % 1009)
      FROM nc_dup GROUP BY station) AS r
GROUP BY o;
-- the result of a table of rows, or of a table of results (nc_dup_par_*)
CREATE FUNCTION nc_dup_result(tab text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	r text;
BEGIN
	EXECUTE format($q$SELECT string_agg(station || '=' || coalesce(pm25::text, 'NULL') || '/' ||
	                                    coalesce(pm10::text, 'NULL'), ' ' ORDER BY station)
	                  FROM (%s) AS g$q$,
	               CASE WHEN tab LIKE 'nc_dup_par_%' THEN format('TABLE %I', tab)
	                    ELSE format($f$SELECT station, nowcast(observed_at, v, 'pm2.5') AS pm25,
	                                    nowcast(observed_at, v, 'pm10') AS pm10
	                                    FROM %I GROUP BY station$f$, tab) END) INTO r;
	RETURN r;
END $$;
-- the plan of each kind, shown once
SET enable_sort = off;
EXPLAIN (COSTS OFF)
SELECT station, nowcast(observed_at, v, 'pm2.5') FROM nc_dup_asc GROUP BY station;
INSERT INTO nc_dup_results SELECT 'hash ' || t, nc_dup_result(t)
FROM unnest(ARRAY['nc_dup_asc', 'nc_dup_desc', 'nc_dup_mixed']) AS t;
RESET enable_sort;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF)
SELECT station, nowcast(observed_at, v, 'pm2.5') FROM nc_dup_asc GROUP BY station;
INSERT INTO nc_dup_results SELECT 'sort ' || t, nc_dup_result(t)
FROM unnest(ARRAY['nc_dup_asc', 'nc_dup_desc', 'nc_dup_mixed']) AS t;
RESET enable_hashagg;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT station, nowcast(observed_at, v, 'pm2.5') FROM nc_dup_asc GROUP BY station;
-- (CREATE TABLE AS runs the query in parallel; INSERT ... SELECT would not)
CREATE TABLE nc_dup_par_asc AS
SELECT station, nowcast(observed_at, v, 'pm2.5') AS pm25, nowcast(observed_at, v, 'pm10') AS pm10
FROM nc_dup_asc GROUP BY station;
CREATE TABLE nc_dup_par_desc AS
SELECT station, nowcast(observed_at, v, 'pm2.5') AS pm25, nowcast(observed_at, v, 'pm10') AS pm10
FROM nc_dup_desc GROUP BY station;
CREATE TABLE nc_dup_par_mixed AS
SELECT station, nowcast(observed_at, v, 'pm2.5') AS pm25, nowcast(observed_at, v, 'pm10') AS pm10
FROM nc_dup_mixed GROUP BY station;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
INSERT INTO nc_dup_results
SELECT 'parallel ' || t, nc_dup_result(t)
FROM unnest(ARRAY['nc_dup_par_asc', 'nc_dup_par_desc', 'nc_dup_par_mixed']) AS t;
-- 12 ways, one answer; and that answer is the one without the old duplicates
SELECT count(*) AS ways, count(DISTINCT result) AS answers,
       min(result) = (SELECT string_agg(station || '=' || coalesce(pm25::text, 'NULL') || '/' ||
                                        coalesce(pm10::text, 'NULL'), ' ' ORDER BY station)
                      FROM (SELECT station, nowcast(observed_at, v, 'pm2.5') AS pm25,
                                   nowcast(observed_at, v, 'pm10') AS pm10
                            FROM nc_dup WHERE n % 100 < 50 GROUP BY station) AS g) AS as_without_them
FROM nc_dup_results;
SELECT station, nowcast(observed_at, v, 'pm2.5') AS pm25, nowcast(observed_at, v, 'pm10') AS pm10
FROM nc_dup WHERE station <= 3 GROUP BY station ORDER BY station;
-- a second row for hour 5 of station 7, inside the window: error 22023 in
-- every order and plan
INSERT INTO nc_dup_asc VALUES (7, '2024-01-01 05:00', 1, 9999);
INSERT INTO nc_dup_desc SELECT * FROM nc_dup_asc WHERE n = 9999;
INSERT INTO nc_dup_mixed SELECT * FROM nc_dup_asc WHERE n = 9999;
\set VERBOSITY sqlstate
SELECT nowcast(observed_at, v, 'pm2.5' ORDER BY n) FROM nc_dup_asc WHERE station = 7;
SELECT nowcast(observed_at, v, 'pm2.5' ORDER BY n DESC) FROM nc_dup_asc WHERE station = 7;
SELECT nowcast(observed_at, v, 'pm2.5' ORDER BY (n * 7919) % 1009) FROM nc_dup_asc WHERE station = 7;
SET enable_sort = off;
SELECT nc_dup_result('nc_dup_asc');
SELECT nc_dup_result('nc_dup_desc');
SELECT nc_dup_result('nc_dup_mixed');
RESET enable_sort;
SET enable_hashagg = off;
SELECT nc_dup_result('nc_dup_asc');
SELECT nc_dup_result('nc_dup_desc');
SELECT nc_dup_result('nc_dup_mixed');
RESET enable_hashagg;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT station, nowcast(observed_at, v, 'pm2.5') FROM nc_dup_asc GROUP BY station;
SELECT station, nowcast(observed_at, v, 'pm2.5') FROM nc_dup_desc GROUP BY station;
SELECT station, nowcast(observed_at, v, 'pm2.5') FROM nc_dup_mixed GROUP BY station;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
\set VERBOSITY default
-- the duplicate of hour 5 is older than the window once hours 16 and 17
-- are there: the NowCast of the rows without it, in either order
INSERT INTO nc_dup_asc VALUES (7, '2024-01-01 16:00', 20, 10000), (7, '2024-01-01 17:00', 21, 10001);
SELECT nowcast(observed_at, v, 'pm2.5' ORDER BY n) AS dup_left_window,
       nowcast(observed_at, v, 'pm2.5' ORDER BY n DESC) AS either_order,
       nowcast(observed_at, v, 'pm2.5') FILTER (WHERE n <> 9999) AS without_it
FROM nc_dup_asc WHERE station = 7;

-- Truncation on the inputs' decimal values; more cases in the
-- generated realtime_bands
SELECT p, v, nowcast(t, v, p)
FROM (VALUES ('pm2.5', 35.4999999::float8), ('pm10', 54.9999999), ('pm2.5', 12.3),
             ('pm2.5', 0.3), ('pm10', 0.3)) AS c(p, v),
     generate_series(timestamp '2024-01-01 00:00', '2024-01-01 11:00', '1 hour') AS t
GROUP BY p, v ORDER BY p, v;
-- out of range: 22003, no Infinity
\set VERBOSITY sqlstate
SELECT nowcast(t, 1.7e308, 'pm2.5')
FROM generate_series(timestamp '2024-01-01 00:00', '2024-01-01 02:00', '1 hour') AS t;
SELECT nowcast(t, 1.0000001e12, 'o3-2016')
FROM generate_series(timestamp '2024-01-01 00:00', '2024-01-01 02:00', '1 hour') AS t;
\set VERBOSITY default
SELECT nowcast(t, 1e12, 'pm2.5') AS largest
FROM generate_series(timestamp '2024-01-01 00:00', '2024-01-01 02:00', '1 hour') AS t;
DROP TABLE nc_dup, nc_dup_asc, nc_dup_desc, nc_dup_mixed, nc_dup_results,
           nc_dup_par_asc, nc_dup_par_desc, nc_dup_par_mixed;
DROP FUNCTION nc_dup_result(text);

-- call paths: PL/pgSQL, SQL function, prepared statement (generic plan), cursor
CREATE FUNCTION nc_plpgsql(p text) RETURNS float8 LANGUAGE plpgsql AS $$
BEGIN
	RETURN (SELECT nowcast(observed_at, pm25, p) FROM nc_pulse WHERE observed_at <= '2024-06-01 12:00');
END $$;
CREATE FUNCTION nc_sql(p text) RETURNS float8 LANGUAGE sql AS $$
	SELECT nowcast(observed_at, pm25, p) FROM nc_pulse WHERE observed_at <= '2024-06-01 12:00'
$$;
SELECT nc_plpgsql('pm2.5') AS plpgsql_pm25, nc_plpgsql('pm10') AS plpgsql_pm10,
       nc_plpgsql('pm2.5') AS again, nc_sql('pm10') AS sql_pm10;
SET plan_cache_mode = force_generic_plan;
PREPARE nc_prep(text, timestamp) AS
SELECT nowcast(observed_at, pm25, $1) FROM nc_pulse WHERE observed_at <= $2;
EXECUTE nc_prep('pm2.5', '2024-06-01 12:00');
EXECUTE nc_prep('pm10', '2024-06-01 13:00');
EXECUTE nc_prep('pm2.5', '2024-06-01 14:00');
DEALLOCATE nc_prep;
RESET plan_cache_mode;
BEGIN;
DECLARE nc_cur CURSOR FOR
SELECT * FROM (SELECT observed_at, nowcast(observed_at, pm25, 'pm2.5') OVER (ORDER BY observed_at
                      RANGE BETWEEN '11 hours' PRECEDING AND CURRENT ROW) FROM nc_pulse) AS w
WHERE observed_at >= '2024-06-01 12:00' ORDER BY observed_at;
FETCH 2 FROM nc_cur;
COMMIT;
-- the pollutant may change between groups (parsed once per call site)
SELECT p, nowcast(observed_at, pm25, p)
FROM nc_pulse, (VALUES ('pm2.5'), ('pm10'), ('PM2_5')) AS v(p)
WHERE observed_at <= '2024-06-01 12:00' GROUP BY p ORDER BY p;

-- NowCast concentrations on the US AQI: aqi_hourly accepts them for pm25,
-- pm10 (24-h table) and o3_8h (8-h table), with SO2 and NO2 1-h values
SELECT aqi_hourly(so2 => 20, no2 => 40, pm10 => 60, co => NULL, o3 => NULL, pm25 => 35.5,
                  o3_8h => 0.065, standard => 'us-epa-2024') AS hourly_us;
SELECT aqi_hourly(NULL, NULL, NULL, NULL, NULL,
                  (SELECT nowcast(observed_at, pm25, 'pm2.5') FROM nc_pulse
                   WHERE observed_at <= '2024-06-01 13:00'),
                  standard => 'us-epa-2024') AS one_hour_after_pulse;
-- CO and the 24-h PM means are not inputs of the US hourly report
SELECT aqi_hourly(10, 80, 150, 1.2, NULL, 115, standard => 'us-epa-2024');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_hourly(NULL, NULL, NULL, NULL, NULL, NULL, pm25_24h => 12, standard => 'us-epa-2024');
\echo :LAST_ERROR_SQLSTATE

-- bad input
SELECT nowcast(t, -1, 'pm2.5') FROM (VALUES ('2020-01-01 00:00'::timestamp)) AS r(t);
\echo :LAST_ERROR_SQLSTATE
SELECT nowcast(t, 'NaN', 'pm2.5') FROM (VALUES ('2020-01-01 00:00'::timestamp)) AS r(t);
\echo :LAST_ERROR_SQLSTATE
SELECT nowcast(t, 'Infinity', 'pm2.5') FROM (VALUES ('2020-01-01 00:00'::timestamp)) AS r(t);
\echo :LAST_ERROR_SQLSTATE
SELECT nowcast(t, 1, 'o3') FROM (VALUES ('2020-01-01 00:00'::timestamp)) AS r(t);
\echo :LAST_ERROR_SQLSTATE
SELECT nowcast(t, 1, 'so2') FROM (VALUES ('2020-01-01 00:00'::timestamp)) AS r(t);
\echo :LAST_ERROR_SQLSTATE
SELECT nowcast(t, 1, NULL) FROM (VALUES ('2020-01-01 00:00'::timestamp)) AS r(t);
\echo :LAST_ERROR_SQLSTATE
SELECT nowcast(t, 1, 'pm2.5') FROM (VALUES ('2020-01-01 00:30'::timestamp)) AS r(t);
\echo :LAST_ERROR_SQLSTATE
SELECT nowcast(t, 1, 'pm2.5') FROM (VALUES ('infinity'::timestamp)) AS r(t);
\echo :LAST_ERROR_SQLSTATE
SELECT nowcast(t, 1, 'pm2.5')
FROM (VALUES ('2020-01-01 00:00'::timestamp), ('2020-01-01 00:00')) AS r(t);
\echo :LAST_ERROR_SQLSTATE
SELECT nowcast(t, 1, p)
FROM (VALUES ('2020-01-01 00:00'::timestamp, 'pm2.5'), ('2020-01-01 01:00', 'pm10')) AS r(t, p);
\echo :LAST_ERROR_SQLSTATE
-- a NULL time is no hour
SELECT nowcast(t, v, 'pm2.5') AS null_time_ignored
FROM (VALUES ('2020-01-01 01:00'::timestamp, 10::float8), ('2020-01-01 00:00', 10),
             (NULL, 1000)) AS r(t, v);

DROP TABLE nc_pulse, nc_o3, nc_obs, nc_window, nc_par, nc_par_serial;
DROP FUNCTION nc_plpgsql(text), nc_sql(text);
