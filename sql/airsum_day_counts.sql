-- day counts from the city daily AQI, checked by hand.
\pset null '<null>'
-- HJ 633-2012 note 3: an O3 8-hour value above 800 has no IAQI of its own (the
-- 1-hour value is needed), so the day has no AQI; yet O3 exceeds its limit
-- (800 > 160), so exceedance_days(s, 'o3') counts the day.  800 itself is the
-- top of the 8-hour table (IAQI 300).
SELECT o3, aqi_days(s), exceedance_days(s), exceedance_days(s, 'o3') AS o3_over_100,
	   exceedance_days(s, 'pm25') AS pm25_over_100
FROM (SELECT o3, air_summary('2019-06-01'::date, 5, 10, 20, 0.5, o3, 10) AS s
	  FROM unnest(ARRAY[160, 161, 800, 801]::float8[]) o3 GROUP BY o3) x
ORDER BY o3;
-- The same under HJ 633-2026, which fixes the O3 IAQI at 300 above 800.
SELECT aqi_days(s), exceedance_days(s), exceedance_days(s, 'o3') AS o3_over_100, days_at_level(s, 5) AS level_5
FROM (SELECT air_summary('2026-06-01'::date, 5, 10, 20, 0.5, 801, 10) AS s) x;
-- HJ 633-2026 §5.3 (from 2026-03-01): a day missing a pollutant has an AQI
-- only above 100.  PM2.5 40 gives 2012 IAQI 57 (an AQI day), 2026 IAQI 60
-- (withheld, SO2 missing); PM2.5 90 gives 2026 IAQI 128 (published).
SELECT d, pm25, aqi_days(s), good_days(s), exceedance_days(s), good_day_ratio(s)
FROM (SELECT d, pm25, air_summary(d, NULL, 10, 20, 0.5, 50, pm25) AS s
	  FROM (VALUES ('2026-02-28'::date, 40), ('2026-03-01', 40), ('2026-03-02', 90)) r(d, pm25)
	  GROUP BY d, pm25) x
ORDER BY d;
-- A year straddling 2026-03-01 (default standard by date): PM2.5 70 is
-- 2012 IAQI 94 (good) on 2026-02-28 and 2026 IAQI 110 (exceeding) on 2026-03-01.
SELECT aqi_standard(s), good_days(s), exceedance_days(s), days_at_level(s, 2) AS l2, days_at_level(s, 3) AS l3
FROM (SELECT air_summary(d, 5, 10, 20, 0.5, 50, 70) AS s
	  FROM (VALUES ('2026-02-28'::date), ('2026-03-01')) r(d)) x;
-- Levels at each boundary of PM2.5 (HJ 633-2012): 35→50, 36→52, 75→100,
-- 76→102, 115→150, 116→152, 150→200, 151→201, 250→300, 251→301, 500→500.
-- Primary pollutant days (AQI > 50): 10; exceedance days (AQI > 100): 8.
SELECT aqi_days(s), good_days(s), heavy_days(s), exceedance_days(s),
	   ARRAY(SELECT days_at_level(s, l) FROM generate_series(1, 6) l) AS per_level,
	   primary_pollutant_days(s, 'pm25') AS pm25_primary, primary_pollutant_days(s, 'pm25', 'exceedance') AS pm25_exceed,
	   primary_pollutant_share(s, 'pm25') AS share, primary_pollutant_share(s, 'pm25', 'PRIMARY') AS share_primary_basis,
	   good_day_ratio(s)
FROM (SELECT air_summary('2019-01-01'::date + i::int, 5, 10, 20, 0.5, 50, v) AS s
	  FROM unnest(ARRAY[35, 36, 75, 76, 115, 116, 150, 151, 250, 251, 500]::float8[]) WITH ORDINALITY u(v, i)) x;
-- Tied primary pollutants count for each: day 1 PM10 250 and PM2.5 115 (both
-- IAQI 150); day 2 PM10 100 (75) and PM2.5 60 (82): PM2.5 alone; day 3
-- PM10 50 (50) and PM2.5 35 (50): AQI 50, no primary pollutant.
SELECT p, primary_pollutant_days(s, p) AS primary_days, primary_pollutant_days(s, p, 'exceedance') AS exceed_days,
	   primary_pollutant_share(s, p) AS share, primary_pollutant_share(s, p, 'primary') AS share_primary_basis,
	   exceedance_days(s, p) AS over_100
FROM (SELECT air_summary(d, 5, 10, pm10, 0.5, 50, pm25) AS s
	  FROM (VALUES ('2019-01-01'::date, 250, 115), ('2019-01-02', 100, 60), ('2019-01-03', 50, 35)) r(d, pm10, pm25)) x,
	 unnest(ARRAY['pm10', 'pm2.5', 'so2']) p
ORDER BY p;
-- The AQI standard of a summary is fixed: a per-row change and a rollup of
-- summaries of different standards are errors (22023), with a message that
-- fits both.
SELECT air_summary(d, 5, 10, 20, 0.5, 50, 70, st)
FROM (VALUES ('2019-01-01'::date, NULL), ('2019-01-02', 'hj633-2012')) r(d, st);
\echo :LAST_ERROR_SQLSTATE
SELECT rollup(s) FROM (SELECT air_summary('2019-01-01'::date, 5, 10, 20, 0.5, 50, 70) s
					   UNION ALL SELECT air_summary('2019-01-02'::date, 5, 10, 20, 0.5, 50, 70, 'HJ633-2026')) x;
\echo :LAST_ERROR_SQLSTATE
-- NULL standard is the standard in force on each day, recorded as 'by date'
SELECT aqi_standard(air_summary('2019-01-01'::date, 5, 10, 20, 0.5, 50, 70, NULL));
