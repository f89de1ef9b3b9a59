-- Plausibility limits: a concentration above its
-- pollutant's limit is error 22003 naming the unit; on the limit it is a
-- measurement (above the top breakpoint: 500, beyond the scale).
-- Limits (core/air_plausible.c): SO2 5000, NO2 5000, PM10 20000, O3 2000,
-- PM2.5 10000 µg/m³, CO 200 mg/m³; US EPA: O3 1 ppm, CO 200 ppm, SO2/NO2
-- 5000 ppb.
\set VERBOSITY sqlstate

-- iaqi: on each limit (accepted, capped at 500) ...
SELECT p, lim, iaqi(p, lim, NULL, s) AS on_limit
FROM (VALUES ('so2', 5000::float8, 'hj633-2012'), ('no2', 5000, 'hj633-2012'),
             ('pm10', 20000, 'hj633-2026'), ('co', 200, 'hj633-2026'),
             ('o3_8h', 2000, 'hj633-2026'), ('o3_1h', 2000, 'hj633-2012'),
             ('pm2.5', 10000, 'hj633-2012'),
             ('o3_1h', 1, 'us-epa-2024'), ('co', 200, 'us-epa-2024'),
             ('so2_24h', 5000, 'us-epa-2024'), ('no2', 5000, 'us-epa-2024'),
             ('pm2.5', 10000, 'us-epa-2024')) AS t(p, lim, s);
-- ... and just past each: 22003
SELECT iaqi('so2', 5000.000001, NULL, 'hj633-2012');
SELECT iaqi('no2', 5000.000001, NULL, 'hj633-2012');
SELECT iaqi('pm10', 20000.000001);
SELECT iaqi('co', 200.000001);
SELECT iaqi('o3_8h', 2000.000001);
SELECT iaqi('o3_1h', 2000.000001, NULL, 'hj633-2012');
SELECT iaqi('pm2.5', 10000.000001);
SELECT iaqi('o3_1h', 1.000001, NULL, 'us-epa-2024');
SELECT iaqi('o3_8h', 1.000001, NULL, 'us-epa-2024');
SELECT iaqi('co', 200.000001, NULL, 'us-epa-2024');
SELECT iaqi('so2_24h', 5000.000001, NULL, 'us-epa-2024');
-- plausible above the top breakpoint stays "beyond"
SELECT aqi_daily(NULL, NULL, NULL, 150, NULL, NULL, standard => 'hj633-2012')::text AS co_150_beyond;
-- CO in µg/m³, the usual slip: an error naming the unit
SELECT aqi_daily(10, 40, 80, 1500, 100, 50, standard => 'hj633-2012');
SELECT aqi_hourly(10, 40, 80, 1500, 100, 50);
SELECT aqi_hourly(10, 40, 80, 1.5, 100, 50, pm25_24h => 10001, standard => 'hj633-2012');
\set VERBOSITY default
SELECT iaqi('co', 1500);
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(10, 40, 80, 1500, 100, 50, standard => 'hj633-2012');
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY sqlstate
-- air_summary: on the limits, and just past CO's
SELECT good_days(air_summary(day, 5000, 5000, 20000, 200, 2000, 10000)) AS days_on_limits
FROM (VALUES (date '2016-01-01')) AS t(day);
SELECT air_summary(day, 5, 20, 40, co, 80, 30)
FROM (VALUES (date '2016-01-01', 0.8::float8), ('2016-01-02', 800)) AS t(day, co);
\set VERBOSITY default
SELECT air_summary(day, 5, 20, 40, co, 80, 30)
FROM (VALUES (date '2016-01-01', 0.8::float8), ('2016-01-02', 800)) AS t(day, co);
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY sqlstate
-- o3_max8h knows its pollutant: O3 2000 µg/m³ accepted, just past it 22003
SELECT o3_max8h(timestamp '2016-05-01' + h * interval '1 hour', CASE WHEN h = 12 THEN 2000 ELSE 100 END) AS o3_on_limit
FROM generate_series(0, 23) AS h;
SELECT o3_max8h(timestamp '2016-05-01' + h * interval '1 hour', CASE WHEN h = 12 THEN 2000.000001 ELSE 100 END)
FROM generate_series(0, 23) AS h;
-- mean_24h, mean_8h and valid_avg are not told the pollutant: no limit
-- there (the daily mean meets it at aqi_daily / air_summary)
SELECT mean_24h(v) AS co_ug_mean FROM (SELECT 1500::float8 FROM generate_series(1, 24)) AS t(v);
-- the Beijing CO column as loaded (µg/m³), as the analyst passed it
CREATE TEMP TABLE co_ug AS
SELECT date '2016-01-01' + d AS day, 800 + d AS co FROM generate_series(0, 9) AS d;
SELECT air_summary(day, NULL, NULL, NULL, co, NULL, NULL) FROM co_ug;
SELECT air_summary(day, NULL, NULL, NULL, co / 1000, NULL, NULL) IS NOT NULL AS in_mg FROM co_ug;
