-- Values of every ecoinsp 1.0 type, made with the 1.0 functions only (this
-- file is frozen with 1.0, like src/sql/released/ecoinsp--1.0.sql), stored
-- in tables (with a btree index on each ordered type) and in a materialized
-- view, in the schema upg.  test/upgrade/run.sh runs it in a database where
-- ecoinsp 1.0 is installed, then updates the extension and reads them back.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE SCHEMA upg;
SELECT setseed(0.3838);
CREATE TABLE upg.days AS
SELECT date '2025-01-01' + i AS day, station,
       round((5 + random() * 40)::numeric, 1)::float8 AS so2,
       round((10 + random() * 70)::numeric, 1)::float8 AS no2,
       round((20 + random() * 300)::numeric, 1)::float8 AS pm10,
       round((0.2 + random() * 3)::numeric, 2)::float8 AS co,
       round((30 + random() * 250)::numeric, 1)::float8 AS o3_8h,
       CASE WHEN random() < 0.05 THEN NULL ELSE round((5 + random() * 250)::numeric, 1)::float8 END AS pm25
FROM generate_series(0, 400) AS i, generate_series(1, 3) AS station;

CREATE TABLE upg.stored (id serial PRIMARY KEY, kind text, a aqi, r rate, rs rectification_summary,
						 s air_summary, g noise_grade, w water_class);
INSERT INTO upg.stored (kind, a)
SELECT 'aqi ' || std, aqi_daily(so2, no2, pm10, co, o3_8h, pm25, standard => std)
FROM upg.days, (VALUES ('hj633-2012'), ('hj633-2026')) AS s(std) WHERE station = 1;
INSERT INTO upg.stored (kind, a)
SELECT 'aqi us', aqi_daily(i % 300, i % 900, i * 2 % 700, (i % 500) / 10.0, (i % 200) / 1000.0, (i % 400) / 1.3,
						   standard => 'us-epa-2024')
FROM generate_series(1, 200) AS i;
INSERT INTO upg.stored (kind, r)
SELECT 'rate', rate_agg(aqi_daily(so2, no2, pm10, co, o3_8h, pm25)::integer <= 100) FROM upg.days GROUP BY station
UNION ALL SELECT 'rate', rate(1 / 3.0, 0.1)
UNION ALL SELECT 'rate', '0/0'::rate
UNION ALL SELECT 'rate', rate(i, 7) FROM generate_series(0, 20) AS i;
INSERT INTO upg.stored (kind, rs)
SELECT 'rectification', rectification(day + 30, CASE WHEN so2 > 10 THEN day + (no2 / 2)::integer END, date '2025-12-31')
FROM upg.days GROUP BY station;
INSERT INTO upg.stored (kind, s)
SELECT 'air_summary', air_summary(day, so2, no2, pm10, co, o3_8h, pm25)
FROM upg.days GROUP BY extract(year FROM day), station;
INSERT INTO upg.stored (kind, s)
SELECT 'air_summary city', air_summary(day, so2, no2, pm10, co, o3_8h, pm25)
FROM upg.days GROUP BY extract(year FROM day);
INSERT INTO upg.stored (kind, g)
SELECT 'noise_grade', noise_grade(40 + i / 10.0, k, p)
FROM generate_series(0, 300, 3) AS i, (VALUES ('regional'), ('road_traffic')) AS k(k), (VALUES ('day'), ('night')) AS p(p);
INSERT INTO upg.stored (kind, w)
SELECT 'water_class', water_class('NH3-N', i / 100.0) FROM generate_series(0, 300, 2) AS i;

-- btree indexes with the 1.0 operator classes: after the update, amcheck
-- (when installed) verifies that the new library orders them the same way
CREATE INDEX ON upg.stored (a);
CREATE INDEX ON upg.stored (r);
CREATE INDEX ON upg.stored (g);
CREATE INDEX ON upg.stored (w);
CREATE INDEX ON upg.stored USING hash (a);

-- a materialized view over the 1.0 aggregates, refreshed after the update
CREATE MATERIALIZED VIEW upg.stored_mv AS
SELECT station AS id,
	   max(aqi_daily(so2, no2, pm10, co, o3_8h, pm25)) AS a,
	   rate_agg(aqi_daily(so2, no2, pm10, co, o3_8h, pm25)::integer <= 100) AS r,
	   rectification(day + 30, CASE WHEN so2 > 10 THEN day + (no2 / 2)::integer END, date '2025-12-31') AS rs,
	   air_summary(day, so2, no2, pm10, co, o3_8h, pm25) AS s,
	   max(noise_grade(40 + no2 / 3, 'regional', 'day')) AS g,
	   max(water_class('NH3-N', co)) AS w
FROM upg.days WHERE day < date '2026-01-01' GROUP BY station;
