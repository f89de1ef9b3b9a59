-- Values of every ecoinsp type, made by the functions that make them in real
-- use, in a schema of their own; test/run-tests.sh dumps this database with
-- pg_dump, restores it into a new one and checks that every value reads back
-- identical (the text output of each type is canonical, so equal text means
-- an equal value).
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE EXTENSION ecoinsp;
SELECT setseed(0.3095);
CREATE TABLE days AS
SELECT date '2025-01-01' + i AS day, station,
       round((5 + random() * 40)::numeric, 1)::float8 AS so2,
       round((10 + random() * 70)::numeric, 1)::float8 AS no2,
       round((20 + random() * 300)::numeric, 1)::float8 AS pm10,
       round((0.2 + random() * 3)::numeric, 2)::float8 AS co,
       round((30 + random() * 250)::numeric, 1)::float8 AS o3_8h,
       CASE WHEN random() < 0.05 THEN NULL ELSE round((5 + random() * 250)::numeric, 1)::float8 END AS pm25
FROM generate_series(0, 420) AS i, generate_series(1, 3) AS station;

CREATE TABLE dumped (kind text, id integer, a aqi, r rate, rs rectification_summary,
					 s air_summary, g noise_grade, w water_class, gw groundwater_class, x exact_state);
INSERT INTO dumped (kind, id, a)
SELECT 'aqi ' || std, row_number() OVER (), aqi_daily(so2, no2, pm10, co, o3_8h, pm25, standard => std)
FROM days, (VALUES ('hj633-2012'), ('hj633-2026')) AS s(std);
INSERT INTO dumped (kind, id, a)
SELECT 'aqi us', i, aqi_daily(i % 300, i % 900, i * 2 % 700, (i % 500) / 10.0, (i % 200) / 1000.0, (i % 400) / 1.3,
							  standard => 'us-epa-2024')
FROM generate_series(1, 500) AS i;
INSERT INTO dumped (kind, id, a)
SELECT 'aqi eea-2021', i, aqi_hourly(i % 900, i % 400, NULL, NULL, i * 7 % 500, NULL, NULL,
									 i * 2 % 200, i % 120, standard => 'eea-2021')
FROM generate_series(1, 300) AS i;
INSERT INTO dumped (kind, id, a)
SELECT 'aqi uk-daqi', i, aqi_hourly(i * 5 % 1200, i * 3 % 700, NULL, NULL, NULL, NULL, i % 300,
									i * 2 % 120, i % 80, standard => 'uk-daqi')
FROM generate_series(1, 300) AS i;
INSERT INTO dumped (kind, id, a)
SELECT 'aqi eea-2024', i, aqi_hourly(i % 300, i % 200, i * 3 % 400, NULL, i * 7 % 250, i % 170,
									 standard => 'eea-2024')
FROM generate_series(1, 300) AS i;
INSERT INTO dumped (kind, id, r)
SELECT 'rate', station, rate_agg(aqi_daily(so2, no2, pm10, co, o3_8h, pm25)::integer <= 100) FROM days GROUP BY station
UNION ALL SELECT 'rate', 0, rate(1 / 3.0, 0.1)
UNION ALL SELECT 'rate', -1, '0/0'::rate;
INSERT INTO dumped (kind, id, rs)
SELECT 'rectification', station,
	   rectification(day + 30, CASE WHEN so2 > 10 THEN day + (no2 / 2)::integer END, date '2025-12-31')
FROM days GROUP BY station;
INSERT INTO dumped (kind, id, s)
SELECT 'air_summary', extract(year FROM day)::integer * 10 + station,
	   air_summary(day, so2, no2, pm10, co, o3_8h, pm25)
FROM days GROUP BY 2;
INSERT INTO dumped (kind, id, s)
SELECT 'air_summary city', extract(year FROM day)::integer,
	   air_summary(day, so2, no2, pm10, co, o3_8h, pm25)
FROM days GROUP BY 2;
-- fractional daily means (as mean_24h gives them), and a summary written in
-- the text form of ecoinsp 1.0 (hexadecimal), which a 1.0 dump holds
INSERT INTO dumped (kind, id, s)
SELECT 'air_summary fractional', station,
	   air_summary(day, so2 / 24, no2 / 24, pm10 / 24, co / 24, o3_8h / 24, pm25 / 24)
FROM days WHERE day < date '2026-01-01' GROUP BY station;
INSERT INTO dumped (kind, id, s)
VALUES ('air_summary 1.0 text', 1, '\x010007e0060606050606016eed027f010203040506');
INSERT INTO dumped (kind, id, g)
SELECT 'noise_grade', i, noise_grade(40 + i / 10.0, k, p)
FROM generate_series(0, 400) AS i, (VALUES ('regional'), ('road_traffic')) AS k(k), (VALUES ('day'), ('night')) AS p(p);
INSERT INTO dumped (kind, id, w)
SELECT 'water_class', i, water_class('NH3-N', i / 100.0) FROM generate_series(0, 300) AS i;
INSERT INTO dumped (kind, id, gw)
SELECT 'groundwater_class', i, groundwater_class('NH3-N', i / 100.0) FROM generate_series(0, 300) AS i;
-- exact_state: the states of the summing aggregates, as a worker partial
-- holds them (aggregates without a final function return the state)
CREATE AGGREGATE leq_state(float8) (SFUNC = leq_mean_exact_transfn, STYPE = exact_state);
CREATE AGGREGATE lwm_state(float8, float8) (SFUNC = length_weighted_mean_exact_transfn, STYPE = exact_state);
CREATE AGGREGATE rate_state(float8, float8) (SFUNC = rate_agg_parts_exact_transfn, STYPE = exact_state);
CREATE AGGREGATE section_state(text, float8) (SFUNC = water_section_transfn, STYPE = exact_state);
CREATE AGGREGATE dw_state(text, float8) (SFUNC = drinking_water_transfn, STYPE = exact_state);
CREATE AGGREGATE gw_state(text, float8) (SFUNC = groundwater_sample_transfn, STYPE = exact_state);
INSERT INTO dumped (kind, id, x)
SELECT 'exact_state ' || k, station, CASE k
	WHEN 'leq' THEN leq_state(30 + pm10 / 10) WHEN 'lwm' THEN lwm_state(30 + pm10 / 10, co)
	WHEN 'rate' THEN rate_state(so2 / 7, no2 / 3) WHEN 'section' THEN section_state('TP', co / 10)
	WHEN 'dw' THEN dw_state('铁', co / 10) ELSE gw_state('NH3-N', co) END
FROM days, unnest(ARRAY['leq', 'lwm', 'rate', 'section', 'dw', 'gw']) AS k GROUP BY k, station;
INSERT INTO dumped (kind, id, x)
SELECT 'exact_state full', 1, rate_state(x, 1) FROM unnest(ARRAY[1e300, 1e-300, 3]) AS x;

-- the digest compared before and after the dump
CREATE VIEW digest AS
SELECT kind, count(*) AS n,
	   md5(string_agg(concat_ws('|', id, a, r, rs, s, g, w, gw, x), ';' ORDER BY id, a::text, s::text)) AS md5
FROM dumped GROUP BY kind ORDER BY kind;
