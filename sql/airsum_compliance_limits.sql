-- GB 3095 limits cell by cell (GB 3095-2012 Table 1, transcribed here
-- independently of src/core/air_limits.c), at the limit (complies) and one
-- reporting unit above (does not), for every edition, class and pollutant;
-- and compliant(s, 'all', class, standard) for the six together.
\pset null '<null>'
CREATE TABLE airsum_check_limits (standard text, pollutant text, class int, limit_value numeric);
-- annual limits for SO2, NO2, PM10, PM2.5; 24-h limit for CO (mg/m³); MDA8 limit for O3
INSERT INTO airsum_check_limits VALUES
	('gb3095-2012', 'so2', 1, 20), ('gb3095-2012', 'so2', 2, 60),
	('gb3095-2012', 'no2', 1, 40), ('gb3095-2012', 'no2', 2, 40),
	('gb3095-2012', 'pm10', 1, 40), ('gb3095-2012', 'pm10', 2, 70),
	('gb3095-2012', 'co', 1, 4), ('gb3095-2012', 'co', 2, 4),
	('gb3095-2012', 'o3', 1, 100), ('gb3095-2012', 'o3', 2, 160),
	('gb3095-2012', 'pm2.5', 1, 15), ('gb3095-2012', 'pm2.5', 2, 35),
	('gb3095-2026', 'so2', 1, 20), ('gb3095-2026', 'so2', 2, 60),
	('gb3095-2026', 'no2', 1, 40), ('gb3095-2026', 'no2', 2, 40),
	('gb3095-2026', 'pm10', 1, 40), ('gb3095-2026', 'pm10', 2, 60),
	('gb3095-2026', 'co', 1, 4), ('gb3095-2026', 'co', 2, 4),
	('gb3095-2026', 'o3', 1, 100), ('gb3095-2026', 'o3', 2, 160),
	('gb3095-2026', 'pm2.5', 1, 15), ('gb3095-2026', 'pm2.5', 2, 30),
	('gb3095-2026-final', 'so2', 1, 20), ('gb3095-2026-final', 'so2', 2, 20),
	('gb3095-2026-final', 'no2', 1, 30), ('gb3095-2026-final', 'no2', 2, 30),
	('gb3095-2026-final', 'pm10', 1, 20), ('gb3095-2026-final', 'pm10', 2, 50),
	('gb3095-2026-final', 'co', 1, 4), ('gb3095-2026-final', 'co', 2, 4),
	('gb3095-2026-final', 'o3', 1, 100), ('gb3095-2026-final', 'o3', 2, 160),
	('gb3095-2026-final', 'pm2.5', 1, 10), ('gb3095-2026-final', 'pm2.5', 2, 25);
-- one full year (2019) per pollutant and value, the other pollutants at 1
CREATE TABLE airsum_check_years AS
SELECT pollutant, v, air_summary(d,
		CASE WHEN pollutant = 'so2' THEN v ELSE 1 END, CASE WHEN pollutant = 'no2' THEN v ELSE 1 END,
		CASE WHEN pollutant = 'pm10' THEN v ELSE 1 END, CASE WHEN pollutant = 'co' THEN v ELSE 0.1 END,
		CASE WHEN pollutant = 'o3' THEN v ELSE 1 END, CASE WHEN pollutant = 'pm2.5' THEN v ELSE 1 END) AS s
FROM (SELECT DISTINCT pollutant, limit_value + bump * CASE WHEN pollutant = 'co' THEN 0.1 ELSE 1 END AS v
	  FROM airsum_check_limits, unnest(ARRAY[0, 1]) bump) vals,
	 LATERAL (SELECT v::float8 AS vf) f,
	 generate_series('2019-01-01'::date, '2019-12-31', '1 day') g,
	 LATERAL (SELECT g::date AS d) t
GROUP BY pollutant, v;
-- every cell: at the limit t, one unit above f
SELECT count(*) AS cells_checked,
	   count(*) FILTER (WHERE compliant(at.s, l.pollutant, l.class, l.standard)) AS complies_at_limit,
	   count(*) FILTER (WHERE NOT compliant(above.s, l.pollutant, l.class, l.standard)) AS fails_one_unit_above
FROM airsum_check_limits l
JOIN airsum_check_years at ON at.pollutant = l.pollutant AND at.v = l.limit_value
JOIN airsum_check_years above ON above.pollutant = l.pollutant
	 AND above.v = l.limit_value + CASE WHEN l.pollutant = 'co' THEN 0.1 ELSE 1 END;
-- compliant(s, 'all' [, class [, standard]]): the six together.  PM2.5 31 all year: Class II
-- complies under 2012 (35), not under the 2026 transitional limits (30) nor
-- the final ones (25); Class I (15) never.  The default edition is 2012 for
-- 2025 and the transitional one for 2026.  A 2025 summary (default 2012)
-- judged against the transitional limits, as MEE did in 2026 (docs/air-summary.md).
CREATE TABLE airsum_check_pm30 AS
SELECT year, air_summary(d, 10, 20, 40, 0.8, 100, 31) AS s
FROM unnest(ARRAY[2025, 2026]) year,
	 generate_series('2019-01-01'::date, '2019-12-31', '1 day') g,
	 LATERAL (SELECT make_date(year, extract(month FROM g)::int, extract(day FROM g)::int) AS d) t
GROUP BY year;
SELECT year, compliant(s) AS default_ii, compliant(s, 'all') AS all_ii, compliant(s, 'ALL', 1) AS all_i,
	   compliant(s, 'all', 2, 'gb3095-2012') AS ii_2012, compliant(s, 'all', 2, 'GB3095-2026') AS ii_2026,
	   compliant(s, 'all', 2, 'gb3095-2026-final') AS ii_final, compliant(s, 'all', 2, NULL) AS ii_default,
	   compliant(s, 'pm25') AS pm25_default, compliant(s, 'all', NULL) AS null_class
FROM airsum_check_pm30 ORDER BY year;
-- bad class, standard or name for the six together; 'all' is no pollutant elsewhere
SELECT compliant(s, 'all', 3) FROM airsum_check_pm30 WHERE year = 2025;
\echo :LAST_ERROR_SQLSTATE
SELECT compliant(s, 'all', 2, 'gb3095') FROM airsum_check_pm30 WHERE year = 2025;
\echo :LAST_ERROR_SQLSTATE
-- an invalid year (no CO at all) is NULL for all six unless one fails
SELECT compliant(air_summary(d, 10, 20, 40, NULL, 100, 31), 'all', 2, 'gb3095-2012') AS none_fails,
	   compliant(air_summary(d, 10, 20, 40, NULL, 100, 31), 'all', 2, 'gb3095-2026') AS pm25_fails
FROM generate_series('2019-01-01'::date, '2019-12-31', '1 day') g, LATERAL (SELECT g::date AS d) t;
SELECT compliant(s, 'al') FROM airsum_check_pm30 WHERE year = 2025;
\echo :LAST_ERROR_SQLSTATE
SELECT mean(s, 'all') FROM airsum_check_pm30 WHERE year = 2025;
\echo :LAST_ERROR_SQLSTATE
DROP TABLE airsum_check_limits, airsum_check_years, airsum_check_pm30;
