-- Report functions: one call, one flat row of typed, documented
-- columns, for SELECT station, (air_report(s)).* FROM station_year; checked
-- on the Beijing data against the accessors and hand-checked figures.
SET client_min_messages = warning;
-- the station days of the bundled Beijing data (sql/beijing_data.sql)
CREATE TABLE bi_reports_station_year AS
SELECT station, air_summary(day, so2, no2, pm10, co, o3_8h, pm25) AS s
FROM beijing_station_day GROUP BY station, extract(year FROM day);
CREATE TEMP TABLE city_year AS
SELECT rollup(s) AS s FROM bi_reports_station_year GROUP BY year(s);

-- the city's years (README: 7.74/7.27/6.77, PM2.5 84/79/72, good days
-- 172/187/198 of 363/363/365, heavy 48/47/39; 2016 levels 72 126 80 48 30 9,
-- primary shares of the 167 exceedance days: PM2.5 107 (64.1%), O3 54
-- (32.3%), PM10 5 (3.0%), NO2 1 (0.6%))
SELECT (air_report(s)).* FROM city_year ORDER BY 1;
-- hand check of 2016: Σ C_i/S_i = 10/60 + 46/40 + 95/70 + 72/35 + 3.2/4 + 199/160
SELECT round(10/60.0 + 46/40.0 + 95/70.0 + 72/35.0 + 3.2/4 + 199/160.0, 4) AS ci_2016,
	   round(100 * 198 / 365.0, 2) AS good_pct_2016, round(100 * 107 / 167.0, 2) AS pm25_share_2016;

-- every column is the figure its accessor gives, for all 36 station-years
SELECT count(*) AS station_years,
	   count(*) FILTER (WHERE r.year = year(s) AND r.aqi_standard = aqi_standard(s)
		 AND r.valid_days = valid_days(s) AND r.valid_year = is_valid_year(s)
		 AND r.so2 = evaluation_value(s, 'so2') AND r.no2 = evaluation_value(s, 'no2')
		 AND r.pm10 = evaluation_value(s, 'pm10') AND r.co = evaluation_value(s, 'co')
		 AND r.o3 = evaluation_value(s, 'o3') AND r.pm25 = evaluation_value(s, 'pm2.5')
		 AND r.composite_index = composite_index(s)
		 AND r.max_subindex = subindex(s, split_part(max_subindex_pollutant(s), ',', 1))
		 AND r.max_subindex_pollutant = max_subindex_pollutant(s)
		 AND r.aqi_days = aqi_days(s) AND r.good_days = good_days(s)
		 AND r.good_day_pct = pct(good_day_ratio(s))
		 AND r.level1_days = days_at_level(s, 1) AND r.level2_days = days_at_level(s, 2)
		 AND r.level3_days = days_at_level(s, 3) AND r.level4_days = days_at_level(s, 4)
		 AND r.level5_days = days_at_level(s, 5) AND r.level6_days = days_at_level(s, 6)
		 AND r.heavy_days = heavy_days(s) AND r.exceedance_days = exceedance_days(s)
		 AND r.pm25_primary_pct = pct(primary_pollutant_share(s, 'pm2.5'))
		 AND r.o3_primary_pct = pct(primary_pollutant_share(s, 'o3'))
		 AND r.pm10_primary_pct = pct(primary_pollutant_share(s, 'pm10'))
		 AND r.no2_primary_pct = pct(primary_pollutant_share(s, 'no2'))
		 AND r.so2_primary_pct = pct(primary_pollutant_share(s, 'so2'))
		 AND r.co_primary_pct = pct(primary_pollutant_share(s, 'co'))
		 AND r.so2_compliant IS NOT DISTINCT FROM compliant(s, 'so2')
		 AND r.no2_compliant IS NOT DISTINCT FROM compliant(s, 'no2')
		 AND r.pm10_compliant IS NOT DISTINCT FROM compliant(s, 'pm10')
		 AND r.co_compliant IS NOT DISTINCT FROM compliant(s, 'co')
		 AND r.o3_compliant IS NOT DISTINCT FROM compliant(s, 'o3')
		 AND r.pm25_compliant IS NOT DISTINCT FROM compliant(s, 'pm2.5')
		 AND r.compliant IS NOT DISTINCT FROM compliant(s)) AS all_columns_match
FROM bi_reports_station_year, air_report(s) r;
-- the usage the issue names
SELECT station, (air_report(s)).year, (air_report(s)).pm25, (air_report(s)).good_day_pct
FROM bi_reports_station_year WHERE station IN ('Dongsi', 'Huairou') ORDER BY 1, 2;

-- a summary without O3 and without AQI days: figures that cannot be
-- computed are NULL, counts are 0
CREATE TEMP TABLE partial AS
SELECT air_summary(d::date, 10, 40, NULL, 1.0, NULL, 30) AS s
FROM generate_series('2024-01-01'::date, '2024-01-31', '1 day') d;
SELECT r.year, r.valid_days, r.valid_year, r.so2, r.o3, r.composite_index, r.max_subindex,
	   r.aqi_days, r.good_days, r.good_day_pct, r.exceedance_days, r.pm25_primary_pct,
	   r.so2_compliant, r.compliant
FROM partial, air_report(s) r;
SELECT air_report(NULL::air_summary) IS NULL AS null_in_null_out;

-- every column is typed integer, numeric with a declared scale, boolean,
-- text (or date) (bi_scales checks the scales) and documented
SELECT t.typname, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
	   col_description(t.typrelid, a.attnum) IS NOT NULL AS documented
FROM pg_type t JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0
WHERE t.typname IN ('air_report', 'rectification_report', 'noise_report', 'water_report')
  AND format_type(a.atttypid, a.atttypmod) !~ '^(integer|numeric\(\d+,\d+\)|boolean|text|date)$'
ORDER BY 1, a.attnum;
SELECT t.typname, count(*) AS columns, bool_and(col_description(t.typrelid, a.attnum) IS NOT NULL) AS all_documented
FROM pg_type t JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0
WHERE t.typname IN ('air_report', 'rectification_report', 'noise_report', 'water_report')
GROUP BY 1 ORDER BY 1;

-- json: the summary's json is its report row
SELECT jsonb_pretty(s::jsonb) FROM city_year WHERE year(s) = 2016;
SELECT count(*) AS rows, bool_and(to_jsonb(x) -> 's' = to_jsonb(air_report(s))) AS jsonb_is_report,
	   bool_and((row_to_json(x) -> 's')::jsonb = to_jsonb(air_report(s))) AS json_is_report
FROM city_year x;

-- call paths: PL/pgSQL, SQL function, prepared generic plan, cursor, window,
-- parallel plan
CREATE FUNCTION pl_ci(x air_summary) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE r air_report; BEGIN r := air_report(x); RETURN r.composite_index; END $$;
CREATE FUNCTION sql_good(x air_summary) RETURNS integer LANGUAGE sql RETURN (air_report(x)).good_days;
SELECT year(s), pl_ci(s), sql_good(s) FROM city_year ORDER BY 1;
SET plan_cache_mode = force_generic_plan;
PREPARE rep(integer) AS SELECT (air_report(s)).heavy_days FROM city_year WHERE year(s) = $1;
EXECUTE rep(2014);
EXECUTE rep(2016);
RESET plan_cache_mode;
BEGIN;
DECLARE c CURSOR FOR SELECT (air_report(s)).year, (air_report(s)).o3 FROM city_year ORDER BY 1;
FETCH 2 FROM c;
FETCH 1 FROM c;
COMMIT;
SELECT r.year, r.composite_index, r.composite_index - lag(r.composite_index) OVER (ORDER BY r.year) AS change
FROM city_year, air_report(s) r ORDER BY 1;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET force_parallel_mode = on;
SELECT sum((air_report(s)).good_days) AS good_days, sum((air_report(s)).heavy_days) AS heavy_days,
	   count(*) FILTER (WHERE (air_report(s)).compliant) AS compliant
FROM bi_reports_station_year;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
SELECT sum(good_days(s)) AS good_days, sum(heavy_days(s)) AS heavy_days,
	   count(*) FILTER (WHERE compliant(s)) AS compliant
FROM bi_reports_station_year;
DROP FUNCTION pl_ci(air_summary), sql_good(air_summary);
DROP TABLE bi_reports_station_year;

-- rectification_report: the seed bulletin's issues (209 due of 256, all
-- completed: 100.0%; 30 due in 2023, 12 completed early; 17 without a
-- deadline, 5 completed: 209 + 12 + 5 = 226 completed of 256 = 88.3%;
-- completed on time: the 209 (completed before their deadline here) and the 12 early)
CREATE TEMP TABLE issues (deadline date, completed_on date);
INSERT INTO issues SELECT '2022-03-31'::date + (i % 270), '2022-03-01'::date + (i % 300) FROM generate_series(1, 209) i;
INSERT INTO issues SELECT '2023-06-30', CASE WHEN i <= 12 THEN '2022-11-30'::date END FROM generate_series(1, 30) i;
INSERT INTO issues SELECT NULL, CASE WHEN i <= 5 THEN '2022-08-15'::date END FROM generate_series(1, 17) i;
SELECT (rectification_report(rectification(deadline, completed_on, '2022-12-31'))).* FROM issues;
SELECT to_jsonb(rectification(deadline, completed_on, '2022-12-31')) FROM issues;
-- nothing due: the percentages of due issues are NULL
SELECT r.due, r.completion_pct, r.on_time_pct, r.closure_pct
FROM (SELECT rectification(deadline, completed_on, '2021-12-31') AS s FROM issues) x, rectification_report(s) r;

-- noise_report: 55.05 is graded as 55.0 (GB/T 8170 half to even, HJ 640
-- regional day 二级 is 50.1-55.0), 55.15 as 55.2 (三级)
SELECT l, (noise_report(l)).* FROM unnest('{55.05,55.15,70.0}'::float8[]) l;
SELECT (noise_report(68.0, 'road_traffic', 'day')).*, (noise_report(58.1, 'road_traffic', 'night')).grade AS night_grade;
SELECT noise_report(NULL) IS NULL AS null_in_null_out;
\set VERBOSITY sqlstate
SELECT noise_report(55, 'indoor');
\set VERBOSITY default

-- water_report: 11 sections, 8 in I-III (72.7%), 1 劣V (9.1%): I-III below
-- 75% and 劣V below 20% is 轻度污染 (断面水质类别比例法); fewer than 5
-- sections have no status
SELECT (water_report('{I,II,II,III,III,III,II,III,IV,V,劣V}'::water_class[])).*;
SELECT (water_report('{II,II,III,NULL}'::water_class[])).*;
SELECT (water_report('{}'::water_class[])).sections;
