-- Issue 8 §4: the GB 3095 edition a summary is judged by defaults by its
-- year: GB 3095-2012 to 2025, the GB 3095-2026 transitional limits from 2026
-- to 2030, the final ones from 2031.  Values between two editions' limits
-- tell the years apart (a value above both, like PM2.5 32, does not: it
-- failed to catch 2030 being judged by the final limits).
--
-- Class II annual limits (µg/m³):  2012  transitional  final
--   SO2                              60       60          20
--   NO2                              40       40          30
--   PM10                             70       60          50
--   PM2.5                            35       30          25
CREATE FUNCTION pg_temp.constant_year(year int, so2 float8, no2 float8, pm10 float8, pm25 float8)
RETURNS air_summary LANGUAGE sql AS $$
	SELECT air_summary(d::date, so2, no2, pm10, 0.5, 80, pm25)
	FROM generate_series(make_date(year, 1, 1), make_date(year, 12, 31), '1 day') AS g(d)
$$;
-- between the transitional and the final limits: complies up to 2030, fails from
-- 2031 (at the limit complies; 25.4 is rounded to 25 first, GB/T 8170)
SELECT year,
	   compliant(pg_temp.constant_year(year, 1, 1, 1, 28), 'pm25') AS pm25_28,
	   compliant(pg_temp.constant_year(year, 1, 1, 1, 30), 'pm25') AS pm25_30,
	   compliant(pg_temp.constant_year(year, 1, 1, 1, 25.4), 'pm25') AS pm25_25_4,
	   compliant(pg_temp.constant_year(year, 1, 1, 55, 1), 'pm10') AS pm10_55,
	   compliant(pg_temp.constant_year(year, 40, 1, 1, 1), 'so2') AS so2_40,
	   compliant(pg_temp.constant_year(year, 1, 35, 1, 1), 'no2') AS no2_35,
	   compliant(pg_temp.constant_year(year, 40, 35, 55, 28)) AS all_six
  FROM unnest(ARRAY[2029, 2030, 2031, 2032]) AS year ORDER BY year;
-- between the 2012 and the transitional limits: complies up to 2025, fails from 2026
SELECT year,
	   compliant(pg_temp.constant_year(year, 1, 1, 1, 32), 'pm25') AS pm25_32,
	   compliant(pg_temp.constant_year(year, 1, 1, 65, 1), 'pm10') AS pm10_65,
	   compliant(pg_temp.constant_year(year, 1, 1, 65, 32)) AS all_six
  FROM unnest(ARRAY[2024, 2025, 2026, 2027]) AS year ORDER BY year;
-- the edition named explicitly overrides the year's
SELECT compliant(pg_temp.constant_year(2030, 1, 1, 1, 28), 'pm25', 2, 'gb3095-2026-final') AS final_in_2030,
	   compliant(pg_temp.constant_year(2031, 1, 1, 1, 28), 'pm25', 2, 'gb3095-2026') AS transitional_in_2031;
