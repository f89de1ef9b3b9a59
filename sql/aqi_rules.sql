-- The rules of HJ 633-2012, HJ 633-2026 and the US EPA AQI beyond the
-- breakpoint tables (those are walked by aqi_breakpoints).

-- HJ 633 §6.2 / §4.2.6: the exact sub-index rounded up, 2012 and 2026
SELECT p, c, iaqi(p, c, standard => 'hj633-2012') AS "2012",
       iaqi(p, c) AS "2026"
FROM (VALUES ('PM2.5', 35), ('PM2.5', 36), ('PM2.5', 60), ('PM2.5', 61),
             ('PM2.5', 75), ('PM2.5', 75.1), ('PM10', 120), ('PM10', 151),
             ('CO', 2.2), ('CO', 2.5), ('O3', 161), ('O3', 800),
             ('SO2', 2620)) v(p, c);
-- worked values of HJ 633-2026 Table 1: PM2.5 50 -> 80, 60 -> 100, 75 -> 114; PM10 120 -> 100, 150 -> 112
SELECT iaqi('pm25', 50), iaqi('pm25', 60), iaqi('pm25', 75), iaqi('pm10', 120), iaqi('pm10', 150);
-- 2026 pre-rounding (GB/T 8170, half to even): 35.5 -> 36, 36.5 -> 36, CO 2.25 -> 2.2, 2.35 -> 2.4
SELECT iaqi('pm25', 35.5) AS "35.5", iaqi('pm25', 36.5) AS "36.5",
       iaqi('pm25', 35.4999) AS "35.4999", iaqi('co', 2.25) AS "CO 2.25",
       iaqi('co', 2.35) AS "CO 2.35", iaqi('co', 2.25, standard => 'hj633-2012') AS "CO 2.25 (2012)";

-- names and periods
SELECT iaqi('PM2.5', 80) = iaqi('pm25', 80) AND iaqi('pm25', 80) = iaqi('PM2_5', 80)
       AND iaqi('pm2.5_24h', 80) = iaqi('pm25', 80) AS spellings_agree;
SELECT iaqi('o3', 250) AS o3_default_8h, iaqi('o3_8h', 250) AS o3_8h,
       iaqi('o3', 250, '1h') AS o3_1h, iaqi('O3-1H', 250) AS o3_1h_suffix,
       iaqi('so2', 300) AS so2_24h, iaqi('so2_1h', 300) AS so2_1h,
       iaqi('co', 8, '1h') AS co_1h, iaqi('pm10', 80, '1h') AS pm10_1h_on_daily;
SELECT iaqi('o3', 0.08, standard => 'us-epa-2024') AS us_o3_default_8h,
       iaqi('co', 5, standard => 'us-epa-2024') AS us_co_default_8h,
       iaqi('so2', 100, standard => 'US-EPA-2024') AS us_so2_default_1h,
       iaqi('no2', 100, standard => 'us-epa-2024') AS us_no2_default_1h;
SELECT iaqi(NULL, 1), iaqi('pm25', NULL), iaqi('pm25', 80, NULL, 'HJ633-2012');

-- HJ 633-2012 note 2 / 2026 note b: SO2 1-h above 800
SELECT iaqi('so2_1h', 800, standard => 'hj633-2012') AS "2012 at 800",
       iaqi('so2_1h', 801) AS "2026 801 -> 200", iaqi('so2_1h', 800.4) AS "2026 800.4 rounds to 800",
       iaqi('so2_1h', 800.5) AS "2026 800.5 rounds to 800 (even)", iaqi('so2_1h', 801.5) AS "2026 801.5";
SELECT iaqi('so2_1h', 800.001, standard => 'hj633-2012');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_hourly(900, 50, 60, 1, 100, 40, standard => 'hj633-2012');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_hourly(900, 50, 60, 1, 100, 40, so2_24h => 1000, standard => 'hj633-2012');
SELECT aqi_hourly(900, 50, 60, 1, 100, 40, so2_24h => 120, standard => 'hj633-2012');
SELECT aqi_hourly(900, 50, 60, 1, 100, 40);
-- HJ 633-2012 note 3 / 2026 note c: O3 8-h above 800
SELECT iaqi('o3_8h', 801);
SELECT iaqi('o3_8h', 801, standard => 'hj633-2012');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(10, 20, 30, 0.5, 850, 20, standard => 'hj633-2012');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(10, 20, 30, 0.5, 850, 20, 1100, standard => 'hj633-2012');
SELECT aqi_daily(10, 20, 30, 0.5, 850, 20);

-- primary pollutants: only when AQI > 50, every pollutant tied at the max
SELECT aqi_daily(50, 40, 50, 2, 100, 35, 160, 'hj633-2012') AS "all at 50: none",
       aqi_daily(51, 40, 50, 2, 100, 35, 160, 'hj633-2012') AS "51",
       aqi_daily(150, 80, 150, 4, 160, 75, 200, 'hj633-2012') AS "all at 100";
SELECT aqi_daily(151, 80, 150, 4, 160, 75, 200, 'hj633-2012') AS "101: exceeding = IAQI > 100",
       aqi_daily(150, 81, 151, 4, 160, 75.8, 200, 'hj633-2012', NULL, 'as_given') AS "ties at 101";
-- at reporting precision (the default) PM2.5 75.8 reads as 76: 102, alone
-- (no integer PM2.5 gives 101 under HJ 633-2012: 75 is 100, 76 is 102)
SELECT aqi_daily(150, 81, 151, 4, 160, 75.8, 200, 'hj633-2012') AS "75.8 at reporting precision";
SELECT aqi_daily(10, 20, 50, 0.5, 100, 35) AS "2026 at 50",
       aqi_daily(10, 20, 51, 0.5, 100, 35) AS "2026 at 51",
       aqi_daily(10, 20, 120, 0.5, 160, 60) AS "2026 ties at 100",
       aqi_daily(10, 20, 121, 0.5, 160, 61) AS "2026 at 101: no exceeding";
-- the 2026 AQI runs 1..500 (§4.1.1): all zero gives 1, 2012 gives 0
SELECT aqi_daily(0, 0, 0, 0, 0, 0), aqi_daily(0, 0, 0, 0, 0, 0, 0, 'hj633-2012'),
       aqi_daily(0, 0, 0, 0.04, 0, 0.4) AS "rounds to zero";

-- 2026 §5.3 completeness: missing indicator and AQI <= 100: not published
SELECT aqi_daily(10, 20, NULL, 0.5, 100, 60) IS NULL AS "missing, 100: NULL",
       aqi_daily(10, 20, NULL, 0.5, 100, 61) AS "missing, 101: published",
       aqi_daily(10, 20, NULL, 0.5, 100, 60, NULL, 'hj633-2012') AS "2012: from the rest",
       aqi_daily(NULL, NULL, NULL, NULL, NULL, NULL) IS NULL AS "none: NULL",
       aqi_daily(NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'hj633-2012') IS NULL AS "none 2012: NULL";
-- named parameters
SELECT aqi_daily(pm25 => 80, o3_8h => 120, so2 => 8, no2 => 30, pm10 => 90, co => 0.8);
SELECT aqi_daily(pm25 => 80, o3_8h => 120, so2 => 8, no2 => 30, pm10 => 90, co => 0.8,
                 o3_1h => 260, standard => 'hj633-2012');

-- beyond the top of the scale: 500 and the flag
SELECT aqi_daily(10, 20, 30, 0.5, 100, 501) AS aqi,
       is_beyond_scale(aqi_daily(10, 20, 30, 0.5, 100, 501)),
       is_beyond_scale(aqi_daily(10, 20, 30, 0.5, 100, 500)),
       iaqi('pm25', 10000) AS on_plausibility_limit;

-- real-time reports
SELECT aqi_hourly(10, 80, 150, 1.2, 180, 115) AS "2026";
SELECT aqi_hourly(10, 80, 150, 1.2, 180, 115, 170, 200, 160, standard => 'hj633-2012') AS "2012: 9 indicators";
SELECT aqi_hourly(10, 80, 150, 1.2, 180, 115, o3_8h => 170);
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_hourly(10, 80, 150, 1.2, 180, 115, standard => 'us-epa-2024');
\echo :LAST_ERROR_SQLSTATE

-- US EPA 2024: truncation, nearest (half up), one Hazardous row
SELECT iaqi('pm25', 9.0, standard => 'us-epa-2024') AS "9.0",
       iaqi('pm25', 9.09, standard => 'us-epa-2024') AS "9.09 truncates to 9.0",
       iaqi('pm25', 9.1, standard => 'us-epa-2024') AS "9.1",
       iaqi('pm25', 35.49, standard => 'us-epa-2024') AS "35.49",
       iaqi('pm25', 325.4, standard => 'us-epa-2024') AS "325.4",
       iaqi('pm25', 325.5, standard => 'us-epa-2024') AS "325.5",
       iaqi('pm10', 503, standard => 'us-epa-2024') AS "PM10 503 (2024: 388)",
       iaqi('co', 4.49, standard => 'us-epa-2024') AS "CO 4.49";
-- half up: O3 8-h 0.062 -> 51 + 49/15*7 = 73.87 -> 74; PM2.5 12.0 -> 51 + 49/26.3*2.9 = 56.40 -> 56
SELECT iaqi('o3', 0.062, standard => 'us-epa-2024'), iaqi('pm25', 12.0, standard => 'us-epa-2024'),
       iaqi('no2', 77, standard => 'us-epa-2024') AS "NO2 77: 75.5 -> 76";
-- O3 1-h: nothing below 0.125 ppm; the higher of 8-h and 1-h
SELECT iaqi('o3_1h', 0.124, standard => 'us-epa-2024') IS NULL AS "1-h below 0.125: NULL",
       iaqi('o3_1h', 0.125, standard => 'us-epa-2024') AS "0.125";
SELECT aqi_daily(5, 20, 30, 1, 0.08, 8, 0.1, 'us-epa-2024') AS "1-h below 0.125",
       aqi_daily(5, 20, 30, 1, 0.08, 8, 0.2, 'us-epa-2024') AS "1-h higher";
-- O3 8-h above 0.200 ppm: the 1-h table
SELECT iaqi('o3', 0.201, standard => 'us-epa-2024');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(5, 20, 30, 1, 0.201, 8, standard => 'us-epa-2024');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(5, 20, 30, 1, 0.201, 8, 0.45, 'us-epa-2024') AS "1-h 0.45",
       aqi_daily(5, 20, 30, 1, 0.201, 8, 0.3, 'us-epa-2024') AS "1-h below 301: 300";
-- SO2 1-h above 304 ppb: 24-h SO2 (rows 305-604, 605-1004), at least 200
SELECT iaqi('so2', 304, standard => 'us-epa-2024') AS "304",
       iaqi('so2', 400, '24h', 'us-epa-2024') AS "24-h 400",
       iaqi('so2', 300, '24h', 'us-epa-2024') IS NULL AS "24-h below 305: NULL";
SELECT iaqi('so2', 305, standard => 'us-epa-2024');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(305, 20, 30, 1, 0.03, 8, standard => 'us-epa-2024');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(305, 20, 30, 1, 0.03, 8, standard => 'us-epa-2024', so2_24h => 700) AS "24-h 700",
       aqi_daily(305, 20, 30, 1, 0.03, 8, standard => 'us-epa-2024', so2_24h => 250) AS "24-h 250: 200";
SELECT aqi_daily(5, 20, 30, 1, 0.03, 8, NULL, 'us-epa-2024') AS "US main pollutant at any AQI > 0",
       aqi_daily(0, 0, 0, 0, 0, 0, NULL, 'us-epa-2024') AS "US zero";

-- bad input
SELECT iaqi('pm25', -1);
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('pm25', -0.0) AS minus_zero;
SELECT iaqi('pm25', 'NaN');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('pm25', 'Infinity');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('pm25', '-Infinity');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('pm1', 10);
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('pm25x', 10);
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('o3', 10, '24h');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('co', 10, '8h');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('pm25', 10, '2h');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('o3_8h', 10, '1h');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('pm25', 10, NULL, 'hj633-2013');
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('pm25', 10, NULL, NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT iaqi('pm25', 10, '1h', 'us-epa-2024');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(10, 20, 30, 0.5, 100, -3);
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(10, 'NaN', 30, 0.5, 100, 3);
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(10, 20, 30, 0.5, 100, 30, 150);
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(10, 20, 30, 0.5, 100, 30, NULL, 'hj633-2012', so2_24h => 40);
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(10, 20, 30, 0.5, 100, 30, NULL, 'nonsense');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_daily(10, 20, 30, 0.5, 100, 30, NULL, NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_hourly(10, 20, 30, 0.5, 100, 30, pm25_24h => 40);
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_hourly(10, 20, 30, -0.5, 100, 30, standard => 'hj633-2012');
\echo :LAST_ERROR_SQLSTATE

-- the standard may vary per row (e.g. switched on 2026-03-01 by date): the
-- per-call-site cache must follow it
SELECT day, aqi_daily(8, 30, 130, 0.8, 120, 70,
                      standard => CASE WHEN day >= date '2026-03-01' THEN 'hj633-2026' ELSE 'hj633-2012' END) AS aqi,
       iaqi('pm25', 70, standard => CASE WHEN day >= date '2026-03-01' THEN 'HJ633-2026' ELSE 'hj633-2012' END) AS pm25
FROM (VALUES (date '2026-02-27'), (date '2026-02-28'), (date '2026-03-01'), (date '2026-02-28'), (date '2026-03-02')) v(day);
-- the real-time report follows a per-row standard too, and so does a
-- prepared statement's parameter through custom and then generic plans
SELECT s, aqi_hourly(10, 20, 30, 0.5, 100, 70, standard => s) AS hourly
FROM (VALUES ('hj633-2012'), ('hj633-2026'), ('HJ633-2012'), ('hj633-2026'), ('hj633-2012')) v(s);
PREPARE daily_by_standard(text) AS SELECT aqi_daily(8, 30, 130, 0.8, 120, 70, standard => $1)::integer;
SET plan_cache_mode = force_generic_plan;
EXECUTE daily_by_standard('hj633-2012');
EXECUTE daily_by_standard('hj633-2026');
EXECUTE daily_by_standard('hj633-2012');
RESET plan_cache_mode;
DEALLOCATE daily_by_standard;
