-- Change between periods: yoy_change, improvement (percent) and pp_change
-- (percentage points); the window forms find the row exactly one year earlier.

CREATE SCHEMA yoy_change_test;
SET search_path = yoy_change_test, public;

-- scalars: percent, NULL or zero previous gives NULL
SELECT improvement(30, 31) AS "PM2.5 31 -> 30", round_gb8170(improvement(30, 31), 1) AS "3.2",
       yoy_change(30, 31) AS yoy, round_gb8170(yoy_change(30, 31), 1) AS "-3.2",
       improvement(30.0, 31.0) AS numeric_improvement, yoy_change(110.0, 100.0) AS "10",
       improvement(0.074::float8, 0.081904) AS double_improvement;
SELECT yoy_change(5, 0) AS zero_previous, improvement(5.0, 0.0) AS zero_previous_numeric,
       yoy_change(NULL, 3.0) AS null_current, improvement(3.0::float8, NULL) AS null_previous,
       yoy_change(0, 4) AS "-100", improvement(-1.0, 2.0) AS "150 (signed values allowed)";
SELECT yoy_change('NaN'::float8, 1::float8);
\echo :LAST_ERROR_SQLSTATE
SELECT improvement(1::float8, 'Infinity');
\echo :LAST_ERROR_SQLSTATE
SELECT yoy_change('NaN'::numeric, 1.0);
\echo :LAST_ERROR_SQLSTATE
-- an integer second argument with a non-integer first one means the window form
SELECT improvement(30.0, 31);
\echo :LAST_ERROR_SQLSTATE
-- named notation picks the scalar form whatever the types: the window forms'
-- parameters are (value, period)
SELECT yoy_change(current => 0.3::float8, previous => 40) AS "-99.25",
       improvement(current => 30.0, previous => 31) AS "3.2258064516129032",
       pp_change(current => '16/16', previous => '13/16') AS "18.75",
       pct(rate(numerator => 1, denominator => 8), digits => 0) AS "12",
       round_gb8170(value => 0.135, digits => 2) AS "0.14";

-- double results are the double nearest to the exact change of the decimals
-- written, so that GB/T 8170 rounds the published figure right: PM2.5 0.7 ->
-- 1.6 improved exactly 56.25 %, which is 56.2 (evaluated in doubles it was
-- 56.25000000000001 and rounded to 56.3)
SELECT improvement(0.7::float8, 1.6) AS "56.25", round_gb8170(improvement(0.7::float8, 1.6), 1) AS "56.2",
       yoy_change(0.3::float8, 40::float8) AS "-99.25", round_gb8170(yoy_change(0.3::float8, 40::float8), 1) AS "-99.2",
       improvement(1.1::float8, 17.6) AS "93.75", round_gb8170(improvement(1.1::float8, 17.6), 1) AS "93.8";
-- the (integer, integer) forms: 313 good days after 300 is +4.33 %
SELECT yoy_change(313, 300) AS "4.333333333333333", improvement(30, 31) AS "3.225806451612903",
       yoy_change(2147483647, 1) AS "214748364600", improvement(-2147483648, 2147483647) AS "200.00000004656613";
-- every pair of 0.1 .. 40.0 at 0.1 steps (499 of them disagreed), and of
-- integers 1 .. 400, agrees at 1 and 2 decimals with the exact numeric forms
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE round_gb8170(improvement(a.x::float8, b.x::float8), 1) = round_gb8170(improvement(a.x, b.x), 1)
                          AND round_gb8170(yoy_change(a.x::float8, b.x::float8), 2) = round_gb8170(yoy_change(a.x, b.x), 2)) AS agreeing
FROM generate_series(1, 400) i CROSS JOIN LATERAL (SELECT i / 10.0 AS x) a,
     generate_series(1, 400) j CROSS JOIN LATERAL (SELECT j / 10.0 AS x) b;
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE round_gb8170(yoy_change(a, b), 2) = round_gb8170(yoy_change(a::numeric, b::numeric), 2)) AS agreeing
FROM generate_series(1, 400) a, generate_series(1, 400) b;
-- values with no short decimal form, and extreme magnitudes, take the exact
-- path; a change beyond the double range is infinite, as double arithmetic is
SELECT yoy_change(1.0 / 3, 1::float8) AS "-66.66666666666667", improvement(5e-324::float8, 1e-323::float8) AS "50",
       yoy_change(1e300::float8, 1e-10::float8) AS "Infinity (as in doubles)", yoy_change(2.5e15::float8, 5e14::float8) AS "400",
       yoy_change(2251799813685248.5::float8, 1::float8) AS "225179981368524750";

-- pp_change: percentage points between rates
SELECT pp_change('16/16'::rate, '13/16'::rate) AS "18.75", pp_change('13/16'::rate, '16/16'::rate) AS "-18.75",
       round_gb8170(pp_change('313/365'::rate, '300/365'::rate), 1) AS "3.6",
       pp_change('1/2'::rate, '0/0'::rate) AS no_previous, pp_change('0/0'::rate, '1/2'::rate) AS no_current;

-- the exact difference, rounded once: the good-day share 1/16 against 11/40
-- fell 21.25 points, which GB/T 8170 publishes as -21.2 (two percentages
-- subtracted in doubles gave -21.250000000000004, published as -21.3);
-- 3/16 against 11/40 is -8.75, published as -8.8
SELECT pp_change('1/16'::rate, '11/40'::rate) AS "-21.25", round_gb8170(pp_change('1/16'::rate, '11/40'::rate), 1) AS "-21.2",
       pp_change('3/16'::rate, '11/40'::rate) AS "-8.75", round_gb8170(pp_change('3/16'::rate, '11/40'::rate), 1) AS "-8.8",
       pp_change('0.7/1.6'::rate, '0.1/0.3'::rate) AS "10.416666666666666";
-- every pair of counts over these denominators agrees with exact numeric
-- (84 of the 21 609 pairs published a wrong digit before)
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE round_gb8170(pp_change(rate(a1, b1), rate(a2, b2)), 1) = round_gb8170(100.0 * a1 / b1 - 100.0 * a2 / b2, 1)
                          AND round_gb8170(pp_change(rate(a1, b1), rate(a2, b2)), 2) = round_gb8170(100.0 * a1 / b1 - 100.0 * a2 / b2, 2)) AS agreeing
FROM (SELECT a1, b1 FROM unnest(ARRAY[8, 16, 20, 25, 32, 40]) b1, generate_series(0, 40) a1 WHERE a1 <= b1) r1,
     (SELECT a2, b2 FROM unnest(ARRAY[8, 16, 20, 25, 32, 40]) b2, generate_series(0, 40) a2 WHERE a2 <= b2) r2;

-- the window forms: gaps give NULL, lag() would compare with the wrong year
CREATE TABLE annual (station text, year integer, pm25 double precision, pm25_n numeric);
INSERT INTO annual VALUES
	('a', 2015, 50, 50), ('a', 2016, 45, 45), ('a', 2018, 40, 40), ('a', 2019, 36, 36),
	('a', 2020, NULL, NULL), ('a', 2021, 31, 31), ('a', 2022, 30, 30),
	('b', 2019, 0, 0), ('b', 2020, 10, 10), ('b', 2021, 12, 12), (NULL, 2020, 5, 5), ('c', 2022, 7, 7),
	('d', NULL, 3, 3), ('d', 2001, 4, 4), ('d', 2002, 2, 2);
SELECT station, year, pm25,
	   yoy_change(pm25, year) OVER w AS yoy, improvement(pm25, year) OVER w AS improvement,
	   yoy_change(pm25_n, year) OVER w AS yoy_numeric,
	   round_gb8170(improvement(pm25_n, year) OVER w, 1) AS improvement_numeric,
	   lag(pm25) OVER w AS lag_would_use
FROM annual WINDOW w AS (PARTITION BY station ORDER BY year)
ORDER BY station, year;
-- NULL periods sort first or last and are skipped
SELECT station, year, yoy_change(pm25, year) OVER (PARTITION BY station ORDER BY year NULLS FIRST)
FROM annual WHERE station = 'd' ORDER BY year NULLS FIRST;
-- no partition: the whole result is one partition
SELECT year, yoy_change(pm25, year) OVER (ORDER BY year)
FROM annual WHERE station = 'a' ORDER BY year;
-- not ordered ascending, or a period twice in a partition: error
SELECT yoy_change(pm25, year) OVER (PARTITION BY station ORDER BY year DESC) FROM annual;
\echo :LAST_ERROR_SQLSTATE
SELECT yoy_change(pm25, year) OVER (ORDER BY year) FROM annual;
\echo :LAST_ERROR_SQLSTATE
SELECT improvement(pm25, year) OVER (PARTITION BY station) FROM (VALUES ('a', 2020, 1.0::float8), ('a', 2019, 2.0)) v(station, year, pm25);
\echo :LAST_ERROR_SQLSTATE
-- an integer value column needs a cast: (integer, integer) is the scalar form
SELECT yoy_change(days, year) OVER (ORDER BY year) FROM (VALUES (300, 2021), (313, 2022)) v(days, year);
\echo :LAST_ERROR_SQLSTATE
SELECT year, round_gb8170(yoy_change(days::numeric, year) OVER (ORDER BY year), 2)
FROM (VALUES (300, 2021), (313, 2022)) v(days, year);

-- dates: one year earlier is date - interval '1 year' (Feb 29 -> Feb 28)
CREATE TABLE daily (day date, v numeric);
INSERT INTO daily VALUES ('2019-02-28', 10), ('2020-02-28', 20), ('2020-02-29', 30), ('2020-03-01', 40),
	('2021-02-28', 50), ('2021-03-01', 60), ('2024-02-29', 70), ('2025-02-28', 80), ('2028-02-29', 90);
SELECT day, v, yoy_change(v, day) OVER (ORDER BY day) AS yoy,
	   (SELECT v FROM daily d2 WHERE d2.day = (daily.day - interval '1 year')::date) AS previous_by_interval
FROM daily ORDER BY day;
-- the cursor agrees with date - interval '1 year' on every day of 8 years
CREATE TABLE every_day AS
SELECT day::date, (extract(doy FROM day) + extract(year FROM day))::float8 AS v
FROM generate_series('2019-01-01'::date, '2026-12-31', '1 day') day;
SELECT count(*) AS days,
	   count(*) FILTER (WHERE w IS NOT DISTINCT FROM s) AS agreeing,
	   count(*) FILTER (WHERE w IS NULL) AS without_previous
FROM (SELECT e.day, yoy_change(e.v, e.day) OVER (ORDER BY e.day) AS w,
			 yoy_change(e.v, p.v) AS s
	  FROM every_day e LEFT JOIN every_day p ON p.day = (e.day - interval '1 year')::date) x;
SELECT yoy_change(v, day) OVER (ORDER BY day) FROM (VALUES ('infinity'::date, 1.0::float8)) x(day, v);
\echo :LAST_ERROR_SQLSTATE
-- a NaN value is an error on its own row, even without a year before it
-- (it used to give NULL there and fail only one year later, or never)
SELECT yoy_change(v, year) OVER (ORDER BY year) FROM (VALUES (2021, 'NaN'::float8)) x(year, v);
\echo :LAST_ERROR_SQLSTATE
SELECT improvement(v, year) OVER (ORDER BY year) FROM (VALUES (2020, 1.0), (2022, 'NaN'::numeric)) x(year, v);
\echo :LAST_ERROR_SQLSTATE
-- date partitions with a duplicate day
SELECT yoy_change(v, day) OVER (ORDER BY day) FROM (VALUES ('2020-01-01'::date, 1.0), ('2020-01-01', 2.0)) x(day, v);
\echo :LAST_ERROR_SQLSTATE

-- many partitions with gaps: the same answers as a self-join on the year before
CREATE TABLE many_years AS
SELECT i % 50 AS g, 2000 + i / 50 AS year, (1 + i % 7)::float8 AS v
FROM generate_series(0, 4999) i WHERE i % 13 <> 0;
SELECT count(*) AS rows, count(w) AS with_previous,
	   count(*) FILTER (WHERE w IS NOT DISTINCT FROM s) AS agreeing
FROM (SELECT m.g, m.year, yoy_change(m.v, m.year) OVER (PARTITION BY m.g ORDER BY m.year) AS w,
			 yoy_change(m.v, p.v) AS s
	  FROM many_years m LEFT JOIN many_years p ON p.g = m.g AND p.year = m.year - 1) x;

RESET search_path;
DROP SCHEMA yoy_change_test CASCADE;
