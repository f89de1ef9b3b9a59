-- The seed bulletin: the raw facts behind its sentences, and plain SQL over
-- them reproducing every figure to the published digit.
--
--   "256 feedback issues; the 209 due by the end of 2022 were all rectified (100.0%)"
--   "2981 petitions, 2976 resolved (99.8%)"
--   "PM2.5 30 µg/m³, 31 the year before: improved 3.2%"
--   "313 good days of 365: 85.8%"
--   "16 river sections: class II 13 in 2021, 16 in 2022: up 18.75 percentage points"
--   "total phosphorus in 33 sections 0.074 mg/L, 9.65% lower than the year before"

CREATE SCHEMA seed_bulletin_test;
SET search_path = seed_bulletin_test, public;

-- Inspection feedback issues: 209 due by 2022-12-31 and completed by then
-- (some after their deadline), 30 due in 2023 (12 already completed), 17
-- without a deadline (5 completed).
CREATE TABLE feedback_issues (id integer PRIMARY KEY, deadline date, completed_on date);
INSERT INTO feedback_issues
SELECT i, '2022-03-31'::date + (i % 270), '2022-03-01'::date + (i % 300)
FROM generate_series(1, 209) i;
INSERT INTO feedback_issues
SELECT 209 + i, '2023-06-30'::date, CASE WHEN i <= 12 THEN '2022-11-30'::date END
FROM generate_series(1, 30) i;
INSERT INTO feedback_issues
SELECT 239 + i, NULL, CASE WHEN i <= 5 THEN '2022-08-15'::date END
FROM generate_series(1, 17) i;
SELECT total(s) AS issues, due(s), completed_due(s), overdue(s), completion_rate(s),
	   pct(completion_rate(s)) AS "completion rate %", closure_rate(s)
FROM (SELECT rectification(deadline, completed_on, '2022-12-31') AS s FROM feedback_issues) x;

-- Petitions: 2981, of which 2976 resolved
CREATE TABLE petitions (id integer PRIMARY KEY, resolved boolean);
INSERT INTO petitions SELECT i, i > 5 FROM generate_series(1, 2981) i;
SELECT rate_agg(resolved), pct(rate_agg(resolved)) AS "resolved %" FROM petitions;

-- PM2.5 annual means (µg/m³), lower is better
CREATE TABLE pm25_annual (year integer, pm25 numeric);
INSERT INTO pm25_annual VALUES (2019, 38), (2021, 31), (2022, 30);
SELECT year, pm25, round_gb8170(improvement(pm25, year) OVER (ORDER BY year), 1) AS "improved %"
FROM pm25_annual ORDER BY year;

-- Daily AQI of 2022: a good day (优良) has AQI 0..100 (HJ 633-2012 levels I and II)
CREATE TABLE daily_aqi (day date PRIMARY KEY, aqi integer);
INSERT INTO daily_aqi
SELECT day::date, CASE WHEN extract(doy FROM day)::integer % 7 = 0 THEN 101 + extract(doy FROM day)::integer % 50
					   ELSE 20 + extract(doy FROM day)::integer % 81 END
FROM generate_series('2022-01-01'::date, '2022-12-31', '1 day') day;
SELECT rate_agg(aqi <= 100) AS good_days, pct(rate_agg(aqi <= 100)) AS "good-day ratio %" FROM daily_aqi;

-- River sections: class as text (I..V, 劣V)
CREATE TABLE river_sections (section integer, year integer, class text);
INSERT INTO river_sections
SELECT s, 2021, CASE WHEN s <= 13 THEN 'II' WHEN s <= 15 THEN 'III' ELSE 'IV' END FROM generate_series(1, 16) s;
INSERT INTO river_sections SELECT s, 2022, 'II' FROM generate_series(1, 16) s;
SELECT year, rate_agg(class = 'II') AS class_ii, pct(rate_agg(class = 'II'), 2) AS "class II %"
FROM river_sections GROUP BY year ORDER BY year;
SELECT pp_change(c.share, p.share) AS "class II share change (pp)"
FROM (SELECT rate_agg(class = 'II') AS share FROM river_sections WHERE year = 2022) c,
	 (SELECT rate_agg(class = 'II') AS share FROM river_sections WHERE year = 2021) p;

-- Total phosphorus (mg/L) in 33 sections.  The bulletin gives 0.074 for 2022
-- and "9.65% lower": the 2021 mean it implies is 0.074 / (1 - 0.0965) =
-- 0.08190..., and of the 4-decimal values only 0.0819 gives 9.65 again
-- (0.0818 gives 9.54, 0.0820 gives 9.76).
SELECT round_gb8170(0.074 / (1 - 0.0965), 4) AS "implied 2021 mean",
	   round_gb8170(improvement(0.074, 0.0818), 2) AS "0.0818 gives",
	   round_gb8170(improvement(0.074, 0.0819), 2) AS "0.0819 gives",
	   round_gb8170(improvement(0.074, 0.0820), 2) AS "0.0820 gives",
	   round_gb8170(improvement(0.074, 0.082), 2) AS "0.082 (3 decimals) gives";
CREATE TABLE phosphorus (section integer, year integer, tp numeric);
INSERT INTO phosphorus SELECT s, 2021, 0.0819 + (17 - s) * 0.0005 FROM generate_series(1, 33) s;
INSERT INTO phosphorus SELECT s, 2022, 0.074 + (s - 17) * 0.001 FROM generate_series(1, 33) s;
SELECT year, count(*) AS sections, round_gb8170(avg(tp), 4) AS mean,
	   round_gb8170(improvement(avg(tp), year) OVER (ORDER BY year), 2) AS "lower than the year before %"
FROM phosphorus GROUP BY year ORDER BY year;

-- every figure of the bulletin at once, as a report would read it
SELECT format('%s feedback issues, %s due, %s rectified: %s%%; %s petitions, %s resolved: %s%%; '
			  'PM2.5 %s, improved %s%%; %s good days of %s: %s%%; class II share up %s points; '
			  'TP %s mg/L, %s%% lower',
			  total(r), due(r), completed_due(r), pct(completion_rate(r)),
			  denominator(p), numerator(p), pct(p),
			  (SELECT pm25 FROM pm25_annual WHERE year = 2022),
			  round_gb8170(improvement((SELECT pm25 FROM pm25_annual WHERE year = 2022),
									   (SELECT pm25 FROM pm25_annual WHERE year = 2021)), 1),
			  numerator(g), denominator(g), pct(g),
			  pp_change((SELECT rate_agg(class = 'II') FROM river_sections WHERE year = 2022),
						(SELECT rate_agg(class = 'II') FROM river_sections WHERE year = 2021)),
			  round_gb8170((SELECT avg(tp) FROM phosphorus WHERE year = 2022), 3),
			  round_gb8170(improvement((SELECT avg(tp) FROM phosphorus WHERE year = 2022),
									   (SELECT avg(tp) FROM phosphorus WHERE year = 2021)), 2)) AS bulletin
FROM (SELECT rectification(deadline, completed_on, '2022-12-31') AS r FROM feedback_issues) i,
	 (SELECT rate_agg(resolved) AS p FROM petitions) pe,
	 (SELECT rate_agg(aqi <= 100) AS g FROM daily_aqi) d;

RESET search_path;
DROP SCHEMA seed_bulletin_test CASCADE;
