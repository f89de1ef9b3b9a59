-- air_summary and rollup in parallel plans give the serial answers.
CREATE TABLE airsum_par AS
SELECT st AS station, d::date AS day,
	   ((st * 7 + extract(doy FROM d)::int * 3) % 40)::float8 AS so2,
	   ((st * 5 + extract(doy FROM d)::int) % 80)::float8 + 0.5 AS no2,
	   ((st * 11 + extract(doy FROM d)::int * 13) % 300)::float8 AS pm10,
	   ((st + extract(doy FROM d)::int * 7) % 50 / 10.0)::float8 AS co,
	   ((st * 13 + extract(doy FROM d)::int * 17) % 280)::float8 AS o3,
	   ((st * 3 + extract(doy FROM d)::int * 19) % 250)::float8 + 0.25 AS pm25
FROM generate_series(1, 40) st, generate_series('2016-01-01'::date, '2016-12-31', '1 day') d;
ANALYZE airsum_par;
CREATE TABLE airsum_par_month AS
SELECT station, extract(month FROM day)::int AS month, air_summary(day, so2, no2, pm10, co, o3, pm25) s
FROM airsum_par GROUP BY 1, 2;
ANALYZE airsum_par_month;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial AS
SELECT (SELECT air_summary(day, so2, no2, pm10, co, o3, pm25)::text FROM airsum_par) AS city,
	   (SELECT air_summary(day, so2, no2, pm10, co, o3, pm25, 'hj633-2026')::text FROM airsum_par) AS city_2026,
	   (SELECT rollup(s)::text FROM airsum_par_month) AS rolled;

SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT air_summary(day, so2, no2, pm10, co, o3, pm25) FROM airsum_par;
EXPLAIN (COSTS OFF) SELECT rollup(s) FROM airsum_par_month;
SELECT (SELECT air_summary(day, so2, no2, pm10, co, o3, pm25)::text FROM airsum_par) = city AS city_same,
	   (SELECT air_summary(day, so2, no2, pm10, co, o3, pm25, 'hj633-2026')::text FROM airsum_par) = city_2026 AS city_2026_same,
	   (SELECT rollup(s)::text FROM airsum_par_month) = rolled AS rollup_same
FROM serial;
SELECT composite_index(s), good_days(s), evaluation_value(s, 'o3'), percentile(s, 'pm25', 95)
FROM (SELECT air_summary(day, so2, no2, pm10, co, o3, pm25) s FROM airsum_par) x;
-- grouped, per station: every station's summary equals its serial one
CREATE TEMP TABLE par_station AS
SELECT station, air_summary(day, so2, no2, pm10, co, o3, pm25)::text s FROM airsum_par GROUP BY station;
RESET force_parallel_mode;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) AS stations_equal FROM par_station p
JOIN (SELECT station, air_summary(day, so2, no2, pm10, co, o3, pm25)::text s FROM airsum_par GROUP BY station) q
USING (station) WHERE p.s = q.s;
