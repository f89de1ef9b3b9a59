-- The rules of rates, change and rectification: a half-to-even percentage
-- through air_report, and the SQLSTATE of every error path of the SQL
-- functions of rate, rate_agg, sum(rate), pct, pp_change, round_gb8170,
-- yoy_change, improvement and rectification (a message can stay while the
-- code changes: each is checked by code).
SET client_min_messages = warning;

-- GB/T 8170 §3.3 through air_report: 1 good day of 16 is 6.25 %, reported
-- 6.2 (half to the even neighbour, not up to 6.3); 3 of 16 is 18.75 %, 18.8.
-- Clean days: all six at AQI <= 50; bad days: PM2.5 100 µg/m³ (AQI 133,
-- PM2.5 primary); ozone days: O3 8-h 300 µg/m³ (AQI 190, O3 primary).
CREATE TEMP TABLE rs_days (label text, day date, kind text);
INSERT INTO rs_days
SELECT 'one of 16', '2024-01-01'::date + i, CASE WHEN i = 0 THEN 'clean' ELSE 'pm25' END
FROM generate_series(0, 15) i
UNION ALL
SELECT 'three of 16', '2024-01-01'::date + i, CASE WHEN i < 3 THEN 'clean' ELSE 'pm25' END
FROM generate_series(0, 15) i
UNION ALL
SELECT 'o3 one of 16', '2024-01-01'::date + i, CASE WHEN i = 0 THEN 'o3' ELSE 'pm25' END
FROM generate_series(0, 15) i;
CREATE TEMP TABLE rs_summary AS
SELECT label, air_summary(day, 5, 10, 20, 0.4,
						  CASE kind WHEN 'o3' THEN 300 ELSE 50 END,
						  CASE kind WHEN 'pm25' THEN 100 ELSE 20 END) AS s
FROM rs_days GROUP BY label;
SELECT label, r.aqi_days, r.good_days, r.good_day_pct, r.exceedance_days,
	   r.pm25_primary_pct, r.o3_primary_pct, r.so2_primary_pct
FROM rs_summary, air_report(s) r ORDER BY label;
-- the same figures as pct() of the accessors' rates
SELECT label, r.good_day_pct = pct(good_day_ratio(s)) AS good_matches,
	   r.o3_primary_pct = pct(primary_pollutant_share(s, 'o3')) AS o3_matches,
	   r.pm25_primary_pct = pct(primary_pollutant_share(s, 'pm2.5')) AS pm25_matches
FROM rs_summary, air_report(s) r ORDER BY label;
-- and pct() itself on the same halves
SELECT pct(rate(1, 16)) AS one_of_16, pct(rate(3, 16)) AS three_of_16, pct(rate(5, 16)) AS five_of_16,
	   pct(rate(1, 16), 0) AS one_of_16_integer, pct(rate(1, 8), 0) AS twelve_and_a_half;

\set VERBOSITY sqlstate
-- rate: text input 22P02, parts 22003, the quotient beyond a double 22003,
-- no value to cast 22012, merging beyond a double 22003, pct digits 22023
SELECT 'a/b'::rate;
SELECT '1'::rate;
SELECT '1/2x'::rate;
SELECT '-1/2'::rate;
SELECT rate(1, 'NaN');
SELECT rate(1, 'Infinity');
SELECT rate(-0.5, 1);
SELECT fraction(rate(0.1, 1e-310));
SELECT rate(0.1, 1e-310)::float8;
SELECT rate(1, 0)::float8;
SELECT rate(1, 0)::numeric;
SELECT rate(1e308, 1) + rate(1e308, 1);
SELECT pct(rate(1, 2), 1001);
SELECT pct(rate(1, 2), -1001);
SELECT pct(rate(1, 2), 1000) IS NOT NULL AS digits_1000_accepted;
-- rate_agg and sum(rate): negative or infinite parts 22003; exact sums past
-- 1.8e308 22003, not 22023
SELECT rate_agg(n, d) FROM (VALUES (1::float8, 2::float8), (-1, 2)) v(n, d);
SELECT rate_agg(n, d) FROM (VALUES (1::float8, 2::float8), (1, 'Infinity')) v(n, d);
SELECT rate_agg(n, d) FROM (VALUES (1e308::float8, 1::float8), (1e308, 1)) v(n, d);
SELECT rate_agg(n, d) FROM (VALUES (1::float8, 1e308::float8), (1, 1e308)) v(n, d);
SELECT sum(r) FROM (VALUES (rate(1e308, 1)), (rate(1e308, 1))) v(r);
SELECT sum(r) FROM (VALUES (rate(1, 1e308)), (rate(1, 1e308))) v(r);
SELECT rate_agg(n, d) FROM (VALUES (1e308::float8, 1::float8), (1e308, 1), (-1e308, 0)) v(n, d)
	WHERE n > 0;
-- just below the limit: a value
SELECT rate_agg(n, d) FROM (VALUES (8e307::float8, 1::float8), (8e307, 1)) v(n, d);
-- pp_change beyond a double 22003
SELECT pp_change(rate(1e308, 1e-10), rate(0, 1));
-- round_gb8170: digits 22023 (numeric to 1000, double precision to 15)
SELECT round_gb8170(1.5::numeric, 1001);
SELECT round_gb8170(1.5::numeric, -1001);
SELECT round_gb8170(1.5::float8, 16);
SELECT round_gb8170(1.5::float8, -16);
SELECT round_gb8170(1.25::float8, 15) AS digits_15, round_gb8170(1.25::numeric, 1000) IS NOT NULL AS digits_1000;
-- yoy_change and improvement: non-finite values 22003 (scalar and window),
-- an infinite period or periods not ascending 22023
SELECT yoy_change('NaN'::float8, 1::float8);
SELECT improvement(1, 'Infinity'::float8);
SELECT yoy_change('NaN'::numeric, 1::numeric);
SELECT improvement(1::numeric, '-Infinity'::numeric);
SELECT yoy_change(v, y) OVER (ORDER BY y) FROM (VALUES (2020, 'Infinity'::float8)) x(y, v);
SELECT improvement(v, d) OVER (ORDER BY d) FROM (VALUES ('-infinity'::date, 1.0::numeric)) x(d, v);
SELECT yoy_change(v, y) OVER (ORDER BY o) FROM (VALUES (1, 2021, 1.0::float8), (2, 2020, 2.0)) x(o, y, v);
SELECT yoy_change(v, y) OVER (ORDER BY o) FROM (VALUES (1, 2021, 1.0::float8), (2, 2021, 2.0)) x(o, y, v);
-- the first date PostgreSQL has: no year before it, NULL (not an error)
SELECT d, yoy_change(v, d) OVER (ORDER BY d) FROM (VALUES ('4714-11-24 BC'::date, 1.0::float8),
	('4713-11-24 BC', 2.0), ('0001-02-29 BC', 3.0), ('0001-03-01 BC', 4.0), ('0001-02-28', 4.5),
	('0001-03-01', 5.0), ('0002-03-01', 5.0)) x(d, v);
-- rectification: NULL as_of 22004, dates outside years 1..9999 22023, rows
-- or summaries as of different dates 22023, merged counts past 2^63 - 1
-- 22003, text input 22P02, a transition function outside an aggregate 0A000
SELECT rectification(NULL, NULL, NULL::date);
SELECT rectification(NULL, NULL, '10000-01-01'::date);
SELECT rectification('0001-01-01 BC'::date, NULL, '2024-12-31');
SELECT rectification(NULL, 'infinity'::date, '2024-12-31');
SELECT rectification(NULL, NULL, a) FROM (VALUES ('2024-12-31'::date), ('2024-12-30')) v(a);
SELECT rollup(s) FROM (VALUES ('as_of=2024-12-31,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0'::rectification_summary),
	('as_of=2024-12-30,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0')) v(s);
SELECT rollup(s) FROM (VALUES ('as_of=2024-12-31,total=9223372036854775807,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0'::rectification_summary),
	('as_of=2024-12-31,total=1,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0')) v(s);
SELECT 'as_of=2024-12-31'::rectification_summary;
SELECT 'as_of=2024-02-30,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0'::rectification_summary;
SELECT 'as_of=2024-12-31,total=1,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=1'::rectification_summary;
SELECT 'as_of=2024-12-31,total=1,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=-1'::rectification_summary;
SELECT is_due('10000-01-01'::date, '2024-12-31');
SELECT is_due('2024-01-01'::date, 'infinity');
SELECT is_overdue('2024-01-01'::date, '-infinity'::date, '2024-12-31');
SELECT rectification_transfn(NULL, NULL, NULL, '2024-12-31');
\set VERBOSITY default
DROP TABLE rs_days, rs_summary;
