-- make test-clients: the small data set the clients read (test/clients/run.sh
-- loads it into a database of its own).  Two stations' days of 2025 with a
-- daily AQI, their year summaries, issues to rectify, noise levels and water
-- sections, and one view per report over them, as a report layer has.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS ecoinsp;

CREATE TABLE station_day AS
SELECT s AS station, d::date AS day, 8.0 AS so2, 30.0 AS no2,
	   60.0 + (extract(doy FROM d) * k) % 90 AS pm10, 0.8 AS co,
	   100.0 + (extract(doy FROM d) * k) % 120 AS o3_8h, 25.0 + (extract(doy FROM d) * k) % 190 AS pm25
FROM (VALUES ('A', 1), ('B', 7)) st(s, k),
	 generate_series('2025-01-01'::date, '2025-12-31', '1 day') d;
CREATE TABLE station_day_aqi AS
SELECT station, day, aqi_daily(so2, no2, pm10, co, o3_8h, pm25) AS aqi FROM station_day;
CREATE TABLE station_year AS
SELECT station, air_summary(day, so2, no2, pm10, co, o3_8h, pm25) AS s FROM station_day GROUP BY station;
CREATE VIEW air_report_view AS
SELECT station, r.* FROM station_year, air_report(s) r;

CREATE TABLE issue AS
SELECT i % 3 AS district, '2025-01-01'::date + i * 3 AS deadline,
	   CASE WHEN i % 4 <> 0 THEN '2025-01-01'::date + i * 3 + (i % 5) - 2 END AS completed_on
FROM generate_series(1, 90) i;
CREATE VIEW rectification_report_view AS
SELECT district, r.* FROM (SELECT district, rectification(deadline, completed_on, '2025-06-30') AS s
						   FROM issue GROUP BY district) x, rectification_report(s) r;

CREATE TABLE noise_point AS
SELECT i AS point, 48.0 + i * 0.7 AS level_db, noise_grade(48.0 + i * 0.7) AS grade
FROM generate_series(1, 30) i;
CREATE VIEW noise_report_view AS
SELECT point, r.* FROM noise_point, noise_report(level_db) r;

CREATE TABLE water_section AS
SELECT i AS section, w.c AS class, g.c AS groundwater
FROM generate_series(1, 24) i,
	 LATERAL (SELECT ((ARRAY['I','II','III','IV','V','劣V'])[1 + (i * 5) % 6])::water_class AS c) w,
	 LATERAL (SELECT ((ARRAY['I','II','III','IV','V'])[1 + (i * 3) % 5])::groundwater_class AS c) g;
CREATE VIEW water_report_view AS
SELECT r.* FROM (SELECT array_agg(class) AS classes FROM water_section) x, water_report(classes) r;
