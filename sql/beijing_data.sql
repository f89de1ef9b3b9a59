-- The bundled Beijing data (test/data/beijing-2014-2016.csv.gz: 12 national
-- stations, 2014-2016), loaded once, first in the schedule, into tables
-- that the tests on real data read (airday_beijing, airsum_beijing,
-- bi_reports, bi_sentences) and none of them changes:
--   beijing_hourly       the CSV as it is, the concentrations in numeric
--                        (exact decimals; ::float8 reads them as a float8
--                        column of the CSV would);
--   beijing_station_day  station days by ecoinsp's hourly functions
--                        (air_day, mean_24h, o3_max8h; CO in mg/m³), the
--                        README's recipe.
SET client_min_messages = warning;
CREATE TABLE beijing_hourly (station text, year int, month int, day int, hour int,
	pm25 numeric, pm10 numeric, so2 numeric, no2 numeric, co numeric, o3 numeric);
\copy beijing_hourly FROM PROGRAM 'gzip -dc test/data/beijing-2014-2016.csv.gz' WITH (FORMAT csv, HEADER true, NULL 'NA')
-- 12 stations × 26,304 hours, every hour once; 2.3 % of the PM2.5 hours
-- and 2.4 % of the CO hours missing
SELECT count(*) AS hours, count(DISTINCT station) AS stations,
	   count(DISTINCT (station, year, month, day, hour)) AS distinct_hours,
	   min(make_date(year, month, day)) AS first_day, max(make_date(year, month, day)) AS last_day,
	   count(*) - count(pm25) AS pm25_missing, count(*) - count(co) AS co_missing,
	   count(*) FILTER (WHERE hour NOT BETWEEN 0 AND 23) AS bad_hours
FROM beijing_hourly;
CREATE TABLE beijing_station_day AS
SELECT station, air_day(observed_at) AS day,
	   mean_24h(so2::float8) AS so2, mean_24h(no2::float8) AS no2, mean_24h(pm10::float8) AS pm10,
	   mean_24h(co::float8 / 1000) AS co, o3_max8h(observed_at, o3::float8) AS o3_8h,
	   mean_24h(pm25::float8) AS pm25
FROM (SELECT *, make_timestamp(year, month, day, hour, 0, 0) AS observed_at FROM beijing_hourly) h
GROUP BY station, air_day(observed_at);
ANALYZE beijing_hourly, beijing_station_day;
-- 12 stations × 1,096 days
SELECT count(*) AS station_days, count(DISTINCT station) AS stations,
	   count(pm25) AS pm25_days, count(o3_8h) AS o3_8h_days
FROM beijing_station_day;
