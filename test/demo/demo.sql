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

-- The city: several stations on one day are averaged (HJ 663), so one
-- air_summary per year over all station-days is Beijing's annual summary.
-- Stored per station and month, as a materialized view would keep them, and
-- rolled up: the same values as aggregating the raw station-days directly.
CREATE TABLE station_month AS
SELECT station, date_trunc('month', day)::date AS month,
	   air_summary(day, so2, no2, pm10, co, o3_8h, pm25) AS s
FROM station_day
GROUP BY station, date_trunc('month', day);

CREATE TABLE city_year AS
SELECT extract(year FROM month)::integer AS year, rollup(s) AS s
FROM station_month
GROUP BY 1;

\echo
\echo '=================================================================='
\echo ' Beijing air-quality bulletin, 2014-2016 (HJ 663, GB 3095-2012, HJ 633-2012)'
\echo '=================================================================='
\echo
\echo 'Evaluation values (annual means; CO 24-h 95th percentile, mg/m3; O3 daily max 8-h 90th percentile)'
\echo 'and compliance with GB 3095-2012 Class II'
SELECT year,
	   evaluation_value(s, 'so2') AS "SO2", evaluation_value(s, 'no2') AS "NO2",
	   evaluation_value(s, 'pm10') AS "PM10", evaluation_value(s, 'pm2.5') AS "PM2.5",
	   evaluation_value(s, 'co') AS "CO", evaluation_value(s, 'o3') AS "O3",
	   concat_ws(' ', CASE WHEN NOT compliant(s, 'so2') THEN 'SO2' END,
				 CASE WHEN NOT compliant(s, 'no2') THEN 'NO2' END,
				 CASE WHEN NOT compliant(s, 'pm10') THEN 'PM10' END,
				 CASE WHEN NOT compliant(s, 'pm2.5') THEN 'PM2.5' END,
				 CASE WHEN NOT compliant(s, 'co') THEN 'CO' END,
				 CASE WHEN NOT compliant(s, 'o3') THEN 'O3' END) AS "over the limit",
	   is_valid_year(s) AS "valid year"
FROM city_year ORDER BY year;

\echo
\echo 'Composite index, good days, days per level, primary pollutants (share of exceedance days)'
SELECT year, composite_index(s) AS "综合指数", max_subindex_pollutant(s) AS "最大单项",
	   good_days(s) AS "优良天数", aqi_days(s) AS "有效天数", pct(good_day_ratio(s)) AS "优良%",
	   days_at_level(s, 1) AS "优", days_at_level(s, 2) AS "良", days_at_level(s, 3) AS "轻度",
	   days_at_level(s, 4) AS "中度", days_at_level(s, 5) AS "重度", days_at_level(s, 6) AS "严重",
	   heavy_days(s) AS "重污染",
	   pct(primary_pollutant_share(s, 'pm2.5')) AS "PM2.5首要%",
	   pct(primary_pollutant_share(s, 'o3_8h')) AS "O3首要%",
	   pct(primary_pollutant_share(s, 'pm10')) AS "PM10首要%",
	   pct(primary_pollutant_share(s, 'no2')) AS "NO2首要%"
FROM city_year ORDER BY year;

\echo
\echo 'Year over year (gap-aware window: the row exactly one year earlier, NULL when missing)'
SELECT year,
	   round_gb8170(improvement(composite_index(s), year) OVER w, 1) AS "综合指数改善%",
	   round_gb8170(improvement(evaluation_value(s, 'pm2.5'), year) OVER w, 1) AS "PM2.5改善%",
	   round_gb8170(improvement(evaluation_value(s, 'o3'), year) OVER w, 1) AS "O3改善%",
	   round_gb8170(pp_change(good_day_ratio(s), lag(good_day_ratio(s)) OVER w), 1) AS "优良比例变化(百分点)"
FROM city_year
WINDOW w AS (ORDER BY year)
ORDER BY year;

\echo
\echo 'The bulletin, as it would be printed (air_sentence, with the year before when there is one):'
\pset tuples_only on
\pset format unaligned
SELECT air_sentence(s, lag(s) OVER (ORDER BY year)) FROM city_year ORDER BY year;
\echo
SELECT air_sentence(s, lag(s) OVER (ORDER BY year), 'en') FROM city_year ORDER BY year;
\pset tuples_only off
\pset format aligned

-- Inspection feedback issues and petitions: synthetic case rows (fixed seed),
-- summarised with rectification() and rate_agg().
\pset tuples_only on
\pset format unaligned
\echo
\echo '【督察整改与信访】（以下数据为合成数据，仅演示计算方法 / synthetic data）'
SELECT setseed(0.2022) \gset
CREATE TABLE feedback_issue AS
SELECT i AS id,
	   CASE WHEN random() < 0.85 THEN date '2022-01-31' + (random() * 500)::integer END AS deadline,
	   NULL::date AS completed_on
FROM generate_series(1, 256) AS i;
UPDATE feedback_issue
SET completed_on = CASE WHEN deadline IS NULL THEN CASE WHEN random() < 0.5 THEN date '2022-06-30' END
						WHEN random() < 0.97 THEN deadline - (random() * 60)::integer
						ELSE deadline + (random() * 40)::integer END;
CREATE TABLE petition AS
SELECT i AS id, random() < 0.998 AS resolved FROM generate_series(1, 2981) AS i;
SELECT rectification_sentence(rectification(deadline, completed_on, date '2022-12-31'),
							  (SELECT rate_agg(resolved) FROM petition))
FROM feedback_issue;
SELECT rectification_sentence(rectification(deadline, completed_on, date '2022-12-31'),
							  (SELECT rate_agg(resolved) FROM petition), 'en')
FROM feedback_issue;
\pset tuples_only off
\pset format aligned
\echo

\ir noise_water_report.sql
