-- GB 3095 Table 4 validity counts each pollutant's own daily values.
-- "All six" for a month or a year means each of the six is valid, even when
-- their missing days differ (so that no day has all six in some month).
\pset null '<null>'
-- SO2 missing 2019-01-01..04, NO2 missing 2019-01-05..08: each has 27 days in
-- January (and 361 in the year), but only 23 January days carry all six.
CREATE TABLE airsum_check_gaps AS
SELECT air_summary(d, CASE WHEN d BETWEEN '2019-01-01' AND '2019-01-04' THEN NULL ELSE 10 END,
				   CASE WHEN d BETWEEN '2019-01-05' AND '2019-01-08' THEN NULL ELSE 10 END,
				   10, 0.5, 10, 10) AS s
FROM generate_series('2019-01-01'::date, '2019-12-31', '1 day') g, LATERAL (SELECT g::date AS d) t;
SELECT valid_days(s) AS all_six_days, valid_days(s, 'so2') AS so2_days, valid_days(s, 'no2') AS no2_days,
	   is_valid_month(s, 1, 'so2') AS jan_so2, is_valid_month(s, 1, 'no2') AS jan_no2,
	   is_valid_month(s, 1) AS jan_all, is_valid_year(s, 'so2') AS so2, is_valid_year(s, 'no2') AS no2,
	   is_valid_year(s) AS all_six, compliant(s) AS compliant_all_six
FROM airsum_check_gaps;
-- One more SO2 gap day (2019-01-05) makes January invalid for SO2, so for all six.
SELECT is_valid_month(s, 1, 'so2') AS jan_so2, is_valid_month(s, 1) AS jan_all, is_valid_year(s) AS all_six,
	   compliant(s, 'so2') AS so2, compliant(s) AS compliant_all_six
FROM (SELECT air_summary(d, CASE WHEN d BETWEEN '2019-01-01' AND '2019-01-05' THEN NULL ELSE 10 END,
						 10, 10, 0.5, 10, 10) AS s
	  FROM generate_series('2019-01-01'::date, '2019-12-31', '1 day') g, LATERAL (SELECT g::date AS d) t) x;
-- A pollutant never measured makes no month and no year valid for all six.
SELECT is_valid_month(s, 6) AS june_all, is_valid_year(s) AS all_six, is_valid_year(s, 'co') AS co
FROM (SELECT air_summary(d, 10, 10, 10, NULL, 10, 10) AS s
	  FROM generate_series('2019-01-01'::date, '2019-12-31', '1 day') g, LATERAL (SELECT g::date AS d) t) x;
-- Leap year: February has 29 days; 25 suffice, 24 do not (and 366-day year).
SELECT n_feb, valid_days(s), is_valid_month(s, 2) AS feb_all, is_valid_year(s) AS all_six
FROM (SELECT n_feb, air_summary(d, 10, 10, 10, 0.5, 10, 10) AS s
	  FROM unnest(ARRAY[24, 25, 29]) n_feb,
		   generate_series('2024-01-01'::date, '2024-12-31', '1 day') g, LATERAL (SELECT g::date AS d) t
	  WHERE d < '2024-02-01' OR d >= '2024-03-01' OR d < '2024-02-01'::date + n_feb
	  GROUP BY n_feb) x
ORDER BY n_feb;
DROP TABLE airsum_check_gaps;
