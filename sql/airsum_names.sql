-- The air summary's name arguments (their tables in src/core/air_limits.c,
-- air_statistics.c, air_calendar.c): every spelling 1.3 accepted names the
-- same value, the neighbours are refused with 22023; test/core/test_air_names.c
-- checks the tables themselves.
\set VERBOSITY default
-- one station, every day of 2025: integer concentrations (CO to 0.1 mg/m³), so
-- that the summary's mean of each pollutant is avg() of its column
CREATE TEMP TABLE airsum_names_days AS
SELECT day::date AS day, 10 + i % 7 AS so2, 20 + i % 11 AS no2, 30 + i % 50 AS pm10,
       (5 + i % 10) / 10.0 AS co, 100 + i % 80 AS o3_8h, 15 + i % 35 AS pm25
FROM generate_series(date '2025-01-01', date '2025-12-31', interval '1 day') WITH ORDINALITY g(day, i);
CREATE TEMP TABLE airsum_names_year AS
SELECT air_summary(day, so2, no2, pm10, co, o3_8h, pm25) AS s FROM airsum_names_days;
-- the SQLSTATE and message of a statement, or ok
CREATE FUNCTION pg_temp.airsum_names_error(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ' ' || SQLERRM;
END $$;

-- the pollutant: each spelling gives its own column's mean (none mismatches),
-- and the six means differ
SELECT v.spelling, v.col, round(mean(y.s, v.spelling)::numeric, 6) AS mean
FROM airsum_names_year y,
     (VALUES ('so2', 'so2'), ('SO2', 'so2'), ('so2_24h', 'so2'), ('SO2-24H', 'so2'),
             ('no2', 'no2'), ('no2_24h', 'no2'), ('pm10', 'pm10'), ('PM10_24h', 'pm10'),
             ('co', 'co'), ('CO_24h', 'co'), ('o3', 'o3_8h'), ('O3', 'o3_8h'), ('o3_8h', 'o3_8h'),
             ('O3-8H', 'o3_8h'), ('o3 8h', 'o3_8h'), ('pm2.5', 'pm25'), ('PM2.5', 'pm25'),
             ('pm25', 'pm25'), ('pm2_5', 'pm25'), ('PM 2.5', 'pm25'), ('pm2.5_24h', 'pm25'),
             ('pm25_24h', 'pm25')) v(spelling, col)
WHERE round(mean(y.s, v.spelling)::numeric, 6) IS DISTINCT FROM
      (SELECT round(avg(CASE v.col WHEN 'so2' THEN so2 WHEN 'no2' THEN no2 WHEN 'pm10' THEN pm10
                                   WHEN 'co' THEN co WHEN 'o3_8h' THEN o3_8h ELSE pm25 END)::numeric, 6)
       FROM airsum_names_days);
SELECT count(DISTINCT mean(s, p)) AS distinct_means
FROM airsum_names_year, unnest(ARRAY['so2', 'no2', 'pm10', 'co', 'o3', 'pm2.5']) p;
-- ... refused: no daily indicator of a summary, a stray suffix, 'all' where
-- one pollutant is meant
SELECT n, pg_temp.airsum_names_error(format('SELECT mean(s, %L) FROM airsum_names_year', n))
FROM unnest(ARRAY['o3_1h', 'o3_24h', 'pm2.5_8h', 'co_8h', 'so2_1h', 'pm10_15min', 'pm1', '',
                  'all', 'al', 'alll', 'o3_8h_8h']) n;
-- the pollutant of compliant(): the same, and 'all' in any spelling
SELECT n, compliant(s, n, 2) AS compliant, compliant(s, n, 2) IS NOT DISTINCT FROM compliant(s, 'all', 2) AS as_all
FROM airsum_names_year, unnest(ARRAY['all', 'ALL', ' a_ll ']) n;
SELECT n, compliant(s, n, 2) IS NOT DISTINCT FROM compliant(s, 'pm2.5', 2) AS as_pm25
FROM airsum_names_year, unnest(ARRAY['pm25', 'PM2.5_24h', 'pm2_5']) n;
SELECT n, pg_temp.airsum_names_error(format('SELECT compliant(s, %L, 2) FROM airsum_names_year', n))
FROM unnest(ARRAY['al', 'alll', 'all6', '', 'o3_1h', 'pm2.5_8h']) n;
-- the GB 3095 edition: PM10 (mean about 55) and PM2.5 (about 32) tell the three
-- apart (Class II annual limits 70/35, 60/30, 50/25)
SELECT n, compliant(s, 'pm10', 2, n) AS pm10, compliant(s, 'pm2.5', 2, n) AS pm25
FROM airsum_names_year,
     unnest(ARRAY['gb3095-2012', 'GB 3095-2012', 'gb3095_2026', 'GB3095-2026', 'gb3095-2026-final',
                  'GB 3095-2026 (final)']) n;
SELECT round(mean(s, 'pm10')::numeric, 2) AS pm10, round(mean(s, 'pm25')::numeric, 2) AS pm25
FROM airsum_names_year;
SELECT n, pg_temp.airsum_names_error(format('SELECT compliant(s, %L, 2, %L) FROM airsum_names_year', 'pm25', n))
FROM unnest(ARRAY['gb3095', 'gb3095-2018', 'gb3095-2026-fina', 'gb3095-2026-transitional', '2012']) n;
-- the statistic
SELECT n, evaluation_value(s, 'so2', n) AS so2, evaluation_value(s, 'o3', n) AS o3
FROM airsum_names_year, unnest(ARRAY['annual', 'ANNUAL', 'mean', 'Mean', '24h', '24-H', 'daily', 'Daily']) n;
SELECT n, pg_temp.airsum_names_error(format('SELECT evaluation_value(s, %L, %L) FROM airsum_names_year', 'so2', n))
FROM unnest(ARRAY['p95', '24', 'dailyx', 'annua', '8h', '']) n;
-- the basis
SELECT n, primary_pollutant_days(s, 'pm10', n) AS days, primary_pollutant_share(s, 'pm10', n)::text AS share
FROM airsum_names_year, unnest(ARRAY['exceedance', 'Exceedance', 'primary', 'PRIMARY']) n;
SELECT n, pg_temp.airsum_names_error(format('SELECT primary_pollutant_days(s, %L, %L) FROM airsum_names_year', 'pm10', n))
FROM unnest(ARRAY['all', 'exceed', 'prim', '']) n;
-- the AQI standard of the aggregate
SELECT n, aqi_standard(air_summary(day, so2, no2, pm10, co, o3_8h, pm25, n)) AS standard
FROM airsum_names_days, unnest(ARRAY['hj633-2012', 'HJ 633-2012', 'hj633_2026', 'HJ633-2026']) n
GROUP BY n ORDER BY n;
SELECT n, pg_temp.airsum_names_error(format('SELECT air_summary(day, 1, 1, 1, 1, 1, 1, %L) FROM (VALUES (date %L)) t(day)', n, '2025-01-01'))
FROM unnest(ARRAY['us-epa-2024', 'hj633', 'hj633-2013', 'by date', '']) n;
-- report_concentration: every indicator with any period suffix, as 1.3
SELECT n, report_concentration(n, 2.45) AS reported
FROM unnest(ARRAY['so2', 'o3', 'o3_1h', 'O3-8H', 'pm2.5_15min', 'co', 'CO_8h', 'pm25_1h']) n;
SELECT n, pg_temp.airsum_names_error(format('SELECT report_concentration(%L, 1)', n))
FROM unnest(ARRAY['pm1', 'o3_2h', 'so2_1h_8h', '']) n;
