-- air_summary: compliance (GB 3095 2012/2026), composite index, AQI day counts,
-- primary pollutants, the 2012/2026 switch.
SET extra_float_digits = 0;

-- a full year at constant concentrations
CREATE FUNCTION airsum_constant_year(year int, so2 float8, no2 float8, pm10 float8, co float8,
									 o3 float8, pm25 float8, days int DEFAULT 366)
RETURNS air_summary LANGUAGE sql AS $$
	SELECT air_summary(d::date, so2, no2, pm10, co, o3, pm25)
	FROM generate_series(make_date(year, 1, 1), make_date(year, 12, 31), '1 day') WITH ORDINALITY g(d, i)
	WHERE i <= days
$$;

-- compliance: the annual mean against the annual limit; CO P95 against 4 mg/m³;
-- O3 P90 against the 8-hour limit; at the limit complies, one unit above does not
SELECT pm25, compliant(s, 'pm25') AS default_2012, compliant(s, 'pm2.5', 2, 'gb3095-2012') AS ii_2012,
	   compliant(s, 'pm25', 1) AS class_i, compliant(s, 'pm25', 2, 'GB3095-2026') AS ii_2026,
	   compliant(s, 'pm25', 2, 'gb3095-2026-final') AS ii_2031
FROM (VALUES (15), (16), (25), (26), (30), (31), (35), (36)) v(pm25),
	 LATERAL (SELECT airsum_constant_year(2015, 1, 1, 1, 0.1, 1, pm25) s) x ORDER BY pm25;
SELECT pm10, compliant(s, 'pm10') AS ii_2012, compliant(s, 'pm10', 2, 'gb3095-2026') AS ii_2026,
	   compliant(s, 'pm10', 2, 'gb3095-2026-final') AS ii_2031, compliant(s, 'pm10', 1) AS class_i
FROM (VALUES (40), (50), (51), (60), (61), (70), (71)) v(pm10),
	 LATERAL (SELECT airsum_constant_year(2015, 1, 1, pm10, 0.1, 1, 1) s) x ORDER BY pm10;
SELECT so2, no2, compliant(s, 'so2') AS so2_2012, compliant(s, 'so2', 2, 'gb3095-2026-final') AS so2_2031,
	   compliant(s, 'no2') AS no2_2012, compliant(s, 'no2', 2, 'gb3095-2026-final') AS no2_2031
FROM (VALUES (20, 30), (21, 31), (60, 40), (61, 41)) v(so2, no2),
	 LATERAL (SELECT airsum_constant_year(2015, so2, no2, 1, 0.1, 1, 1) s) x ORDER BY so2;
SELECT co, o3, evaluation_value(s, 'co') AS co_p95, compliant(s, 'co') AS co_ok,
	   evaluation_value(s, 'o3') AS o3_p90, compliant(s, 'o3') AS o3_ii, compliant(s, 'o3', 1) AS o3_i
FROM (VALUES (4.0, 100), (4.04, 160), (4.05, 161), (4.1, 101)) v(co, o3),
	 LATERAL (SELECT airsum_constant_year(2015, 1, 1, 1, co, o3, 1) s) x ORDER BY co;
-- the edition by the summary's year: 2025 against 2012, 2026 against the
-- transitional limits, 2031 against the final ones
SELECT year, compliant(s, 'pm25') AS pm25_32, compliant(s) AS all_six
FROM (VALUES (2025), (2026), (2030), (2031)) v(year),
	 LATERAL (SELECT airsum_constant_year(year, 1, 1, 1, 0.1, 1, 32) s) x ORDER BY year;
-- NULL when the year is not valid for the pollutant (GB 3095 Table 4); compliant(s)
-- is false once one pollutant fails, NULL when none fails but one is not valid
SELECT compliant(s, 'pm25') AS pm25, compliant(s, 'so2') AS so2, compliant(s) AS all_six,
	   compliant(s, 'pm25', NULL) AS null_class, compliant(s, 'pm25', 2, NULL) AS default_edition
FROM (SELECT airsum_constant_year(2015, 1, 1, 1, 0.1, 1, 1, 323) s) x;
SELECT compliant(s) AS all_six_one_fails
FROM (SELECT airsum_constant_year(2015, 1, 1, 1, 0.1, 1, 100) s
	  UNION ALL SELECT rollup(s) FROM (SELECT airsum_constant_year(2015, 1, 1, 1, 0.1, 1, 1, 200) s
									  UNION ALL SELECT NULL) y) x ORDER BY 1;

-- composite index: sum of C_i / S_i (60, 40, 70, 4, 160, 35), two decimals half to even
SELECT composite_index(s), subindex(s, 'so2') AS so2, subindex(s, 'co') AS co, subindex(s, 'o3') AS o3,
	   max_subindex_pollutant(s)
FROM (SELECT airsum_constant_year(2015, 60, 40, 70, 4, 160, 35) s) x;
SELECT no2, composite_index(s) AS "no2/40 exactly", subindex(s, 'no2'), max_subindex_pollutant(s)
FROM (VALUES (1), (3), (5)) v(no2), LATERAL (SELECT airsum_constant_year(2015, 0, no2, 0, 0, 0, 0) s) x ORDER BY no2;
SELECT composite_index(s), subindex(s, 'pm25') AS pm25, subindex(s, 'pm10') AS pm10, max_subindex_pollutant(s)
FROM (SELECT airsum_constant_year(2015, 9, 33, 80, 1.4, 170, 46) s) x;
-- NULL while a pollutant has no value
SELECT composite_index(s), max_subindex_pollutant(s), subindex(s, 'so2')
FROM (SELECT airsum_constant_year(2015, NULL, 1, 1, 1, 1, 1) s) x;

-- ---- daily AQI (HJ 633-2012 before 2026-03-01, HJ 633-2026 from then on) ----
-- one day per AQI level boundary, from the city daily values (PM2.5 breakpoints 2012)
CREATE TABLE airsum_levels (day date, pm25 float8, pm10 float8);
INSERT INTO airsum_levels VALUES
	('2015-01-01', 35, 10),		-- IAQI 50, level 1, no primary pollutant
	('2015-01-02', 36, 10),		-- 52, level 2
	('2015-01-03', 75, 150),	-- 100 and 100: level 2, both primary
	('2015-01-04', 76, 10),		-- 102, level 3
	('2015-01-05', 150, 10),	-- 200, level 4
	('2015-01-06', 151, 10),	-- 202, level 5
	('2015-01-07', 250, 10),	-- 300, level 5
	('2015-01-08', 251, 10),	-- 302, level 6
	('2015-01-09', 115, 250),	-- 150 and 150: level 3, both primary, both over 100
	('2015-01-10', 10, NULL);	-- 15 (2012 computes from what was measured)
SELECT aqi_days(s), good_days(s), heavy_days(s), exceedance_days(s),
	   days_at_level(s, 1) AS l1, days_at_level(s, 2) AS l2, days_at_level(s, 3) AS l3,
	   days_at_level(s, 4) AS l4, days_at_level(s, 5) AS l5, days_at_level(s, 6) AS l6,
	   exceedance_days(s, 'pm25') AS pm25_over_100, exceedance_days(s, 'pm10') AS pm10_over_100,
	   primary_pollutant_days(s, 'pm25') AS pm25_primary, primary_pollutant_days(s, 'pm10') AS pm10_primary,
	   primary_pollutant_days(s, 'pm10', 'exceedance') AS pm10_primary_exceeding,
	   primary_pollutant_days(s, 'so2') AS so2_primary
FROM (SELECT air_summary(day, NULL, NULL, pm10, NULL, NULL, pm25) s FROM airsum_levels) x;
-- rates: the good-day ratio and the primary-pollutant shares (ties count for each)
SELECT good_day_ratio(s), pct(good_day_ratio(s)) AS good_pct,
	   primary_pollutant_share(s, 'pm25') AS pm25_of_exceedance, primary_pollutant_share(s, 'PM10', 'Exceedance') AS pm10_of_exceedance,
	   primary_pollutant_share(s, 'pm25', 'primary') AS pm25_of_primary, primary_pollutant_share(s, 'pm10', 'primary') AS pm10_of_primary,
	   primary_pollutant_share(s, 'so2') AS so2
FROM (SELECT air_summary(day, NULL, NULL, pm10, NULL, NULL, pm25) s FROM airsum_levels) x;
SELECT primary_pollutant_share(s, 'pm25', 'all') FROM (SELECT air_summary(day, NULL, NULL, pm10, NULL, NULL, pm25) s FROM airsum_levels) x;
\echo :LAST_ERROR_SQLSTATE
-- no exceedance day: a rate without a value
SELECT primary_pollutant_share(s, 'o3'), good_day_ratio(s)
FROM (SELECT airsum_constant_year(2015, 1, 1, 1, 0.1, 1, 1, 3) s) x;

-- the switch: PM2.5 70 is IAQI 94 under HJ 633-2012 and 110 under HJ 633-2026
CREATE TABLE airsum_switch AS
SELECT d::date AS day, 5::float8 AS so2, 5::float8 AS no2, 40::float8 AS pm10, 0.5::float8 AS co,
	   60::float8 AS o3, 70::float8 AS pm25
FROM generate_series('2026-02-27'::date, '2026-03-02', '1 day') d;
SELECT standard, aqi_standard(s), aqi_days(s), good_days(s), exceedance_days(s)
FROM (SELECT NULL::text AS standard, air_summary(day, so2, no2, pm10, co, o3, pm25) s FROM airsum_switch
	  UNION ALL SELECT 'hj633-2012', air_summary(day, so2, no2, pm10, co, o3, pm25, 'hj633-2012') FROM airsum_switch
	  UNION ALL SELECT 'HJ633-2026', air_summary(day, so2, no2, pm10, co, o3, pm25, 'HJ633-2026') FROM airsum_switch) x
ORDER BY 1 NULLS FIRST;
-- HJ 633-2026 §5.3: an incomplete day with AQI <= 100 has no AQI; above 100 it has one
SELECT aqi_days(s), good_days(s), exceedance_days(s)
FROM (SELECT air_summary(day, NULL, NULL, NULL, NULL, NULL, pm25) s
	  FROM (VALUES ('2026-03-05'::date, 40::float8), ('2026-03-06', 70)) t(day, pm25)) x;
-- summaries of different standards do not merge
SELECT rollup(s) FROM (SELECT air_summary(day, so2, no2, pm10, co, o3, pm25) s FROM airsum_switch
					   UNION ALL SELECT air_summary(day, so2, no2, pm10, co, o3, pm25, 'hj633-2026') FROM airsum_switch) x;
\echo :LAST_ERROR_SQLSTATE
SELECT air_summary(day, so2, no2, pm10, co, o3, pm25, CASE WHEN day < '2026-03-01' THEN 'hj633-2012' ELSE 'hj633-2026' END)
FROM airsum_switch;
\echo :LAST_ERROR_SQLSTATE
