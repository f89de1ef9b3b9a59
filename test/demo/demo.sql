-- The demo report: Beijing's 12 national-control stations, 2014-2016, from
-- raw hourly rows to the daily AQI.  Run by test/demo/run-demo.sh (make demo)
-- from the repository root.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE EXTENSION ecoinsp;

CREATE TABLE hourly (
	station text NOT NULL,
	year integer NOT NULL,
	month integer NOT NULL,
	day integer NOT NULL,
	hour integer NOT NULL,
	pm25 double precision,
	pm10 double precision,
	so2 double precision,
	no2 double precision,
	co double precision,		-- µg/m³ in this data set
	o3 double precision
);
\copy hourly FROM PROGRAM 'gzip -dc test/data/beijing-2014-2016.csv.gz' WITH (FORMAT csv, HEADER true, NULL 'NA')

-- hour 0..23 marks the start of the hour (hour 0 is 00:00-01:00).
CREATE TABLE hourly_ts AS
SELECT station, make_timestamp(year, month, day, hour, 0, 0) AS observed_at,
	   pm25, pm10, so2, no2, co / 1000 AS co, o3
FROM hourly;

-- Station-days: 24-hour means need 20 hourly values (GB 3095 Table 4); the
-- ozone value is the daily maximum 8-hour mean over HJ 663's 17 windows.
CREATE TABLE station_day AS
SELECT station, air_day(observed_at) AS day,
	   mean_24h(so2) AS so2, mean_24h(no2) AS no2, mean_24h(pm10) AS pm10,
	   mean_24h(co) AS co, o3_max8h(observed_at, o3) AS o3_8h, mean_24h(pm25) AS pm25
FROM hourly_ts
GROUP BY station, air_day(observed_at);

-- Historical data follow HJ 633-2012 (in force until 2026-02-28).
CREATE TABLE station_aqi AS
SELECT station, day,
	   aqi_daily(so2, no2, pm10, co, o3_8h, pm25, standard => 'hj633-2012') AS aqi
FROM station_day;

\echo
\echo '=================================================================='
\echo ' Beijing, 12 national-control stations, 2014-2016 (real data)'
\echo ' Daily AQI by HJ 633-2012 from station-day means (GB 3095 validity)'
\echo '=================================================================='
\echo
SELECT count(*) AS hourly_rows, count(DISTINCT station) AS stations,
	   min(observed_at)::date AS first_day, max(observed_at)::date AS last_day
FROM hourly_ts;

\echo
\echo 'Days per AQI level, per station (优 良 轻度 中度 重度 严重; days without a valid AQI left out)'
SELECT station,
	   count(*) FILTER (WHERE level(aqi) = 1) AS "优",
	   count(*) FILTER (WHERE level(aqi) = 2) AS "良",
	   count(*) FILTER (WHERE level(aqi) = 3) AS "轻度污染",
	   count(*) FILTER (WHERE level(aqi) = 4) AS "中度污染",
	   count(*) FILTER (WHERE level(aqi) = 5) AS "重度污染",
	   count(*) FILTER (WHERE level(aqi) = 6) AS "严重污染",
	   count(aqi) AS "AQI days"
FROM station_aqi
GROUP BY station
ORDER BY station;

\echo
\echo 'The worst day of each station (max(aqi) keeps the primary pollutants)'
SELECT s.station, w.worst::integer AS aqi, category(w.worst) AS category,
	   array_to_string(primary_pollutants(w.worst), ', ') AS primary_pollutants,
	   (SELECT min(day) FROM station_aqi d
		 WHERE d.station = s.station AND d.aqi = w.worst) AS day
FROM (SELECT DISTINCT station FROM station_aqi) s,
	 LATERAL (SELECT max(aqi) AS worst FROM station_aqi d WHERE d.station = s.station) w
ORDER BY s.station;

\echo
\echo 'A sample of daily rows: Dongsi, the first ten days of 2016'
SELECT day, round_gb8170(pm25, 0) AS pm25, round_gb8170(pm10, 0) AS pm10,
	   round_gb8170(o3_8h, 0) AS o3_8h, round_gb8170(co, 1) AS co,
	   a::integer AS aqi, category(a) AS category, category(a, 'en') AS category_en,
	   color(a) AS color, array_to_string(primary_pollutants(a), ', ') AS primary_pollutants
FROM station_day JOIN station_aqi USING (station, day),
	 LATERAL (SELECT station_aqi.aqi AS a) x
WHERE station = 'Dongsi' AND day BETWEEN '2016-01-01' AND '2016-01-10'
ORDER BY day;
\ir noise_water_report.sql
