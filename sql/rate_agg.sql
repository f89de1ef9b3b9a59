-- Merging rates: the + operator, sum(rate), rate_agg(boolean) and
-- rate_agg(numerator, denominator), in GROUP BY, windows, materialized views
-- and parallel plans.

-- tables of this test live in their own schema, dropped at the end
CREATE SCHEMA rate_agg_test;
SET search_path = rate_agg_test, public;

SELECT '1/2'::rate + '3/4'::rate AS "4/6", '0/0'::rate + '5/7'::rate AS "0/0 is the identity",
       pct('1/2'::rate + '3/4'::rate) AS "66.7";
-- + does not change its operands (only an aggregate's own state is updated in place)
SELECT r, r + r AS doubled, r FROM (VALUES ('1/3'::rate)) v(r);
SELECT rate(1e308, 1) + rate(1e308, 1);
\echo :LAST_ERROR_SQLSTATE

-- rate_agg(hit): true counts in both parts, false in the denominator, NULL is skipped
SELECT rate_agg(hit) FROM (VALUES (true), (false), (NULL), (true)) v(hit);
SELECT rate_agg(hit) AS zero_rows, pct(rate_agg(hit)) AS zero_rows_pct
FROM (VALUES (true)) v(hit) WHERE false;
SELECT rate_agg(hit) AS only_nulls FROM (VALUES (NULL::boolean), (NULL)) v(hit);
-- rate_agg(numerator, denominator): weighted, a row with a NULL is skipped
SELECT rate_agg(safe_area, area) AS safe_utilisation, pct(rate_agg(safe_area, area), 2)
FROM (VALUES (10.5, 12.0), (3.25, 3.25), (NULL, 4.0), (1.0, NULL), (0.0, 0.75)) v(safe_area, area);
SELECT rate_agg(x, y) FROM (VALUES (-1.0, 2.0)) v(x, y);
\echo :LAST_ERROR_SQLSTATE
SELECT rate_agg(x, y) FROM (VALUES (1.0, 'NaN'::float8)) v(x, y);
\echo :LAST_ERROR_SQLSTATE
SELECT rate_agg(x, y) FROM (VALUES ('Infinity'::float8, 1.0)) v(x, y);
\echo :LAST_ERROR_SQLSTATE
SELECT rate_agg(x, y) FROM (VALUES (1e308, 1.0), (1e308, 1.0)) v(x, y);
\echo :LAST_ERROR_SQLSTATE
SELECT sum(r) AS zero_rows FROM (VALUES ('1/2'::rate)) v(r) WHERE false;
SELECT sum(r) FROM (VALUES ('1/2'::rate), (NULL), ('0/0'), ('2/3')) v(r);

-- district rates roll up into the city's rate (not the mean of the percentages)
CREATE TABLE good_days (district text, day date, good boolean);
INSERT INTO good_days
SELECT d.district, day::date, (extract(doy FROM day)::integer % d.modulus) <> 0
FROM (VALUES ('east', 3), ('west', 5), ('north', 7)) d(district, modulus),
	 generate_series('2022-01-01'::date, '2022-12-31', '1 day') day;
INSERT INTO good_days VALUES ('north', '2023-01-01', NULL);
SELECT district, rate_agg(good), pct(rate_agg(good)) FROM good_days GROUP BY district ORDER BY district;
SELECT sum(r) AS city, pct(sum(r)) AS city_pct
FROM (SELECT district, rate_agg(good) AS r FROM good_days GROUP BY district) per_district;
SELECT rate_agg(good) AS city_direct FROM good_days;
-- GROUPING SETS and a window
SELECT district, rate_agg(good) FROM good_days GROUP BY ROLLUP (district) ORDER BY district NULLS LAST;
SELECT district, extract(month FROM day) AS month,
	   sum(rate_agg(good)) OVER (PARTITION BY district ORDER BY extract(month FROM day)) AS to_date
FROM good_days WHERE day < '2022-04-01'
GROUP BY district, extract(month FROM day) ORDER BY district, month;
SELECT day, rate_agg(good) OVER (ORDER BY day ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS moving
FROM good_days WHERE district = 'east' AND day < '2022-01-06' ORDER BY day;

-- a materialized view of monthly rates rolls up into the year
CREATE MATERIALIZED VIEW monthly_good AS
SELECT district, date_trunc('month', day) AS month, rate_agg(good) AS good_rate
FROM good_days GROUP BY 1, 2;
SELECT district, sum(good_rate), pct(sum(good_rate))
FROM monthly_good WHERE month < '2023-01-01' GROUP BY district ORDER BY district;
CREATE UNIQUE INDEX ON monthly_good (district, month);
REFRESH MATERIALIZED VIEW CONCURRENTLY monthly_good;
SELECT count(*) FROM monthly_good;

-- parallel plans give the serial answers
CREATE TABLE many_rates AS
SELECT i % 10 AS g, rate(i % 7, 1 + i % 5) AS r, (i % 3 = 0) AS hit,
	   (i % 11)::float8 / 4 AS part, (1 + i % 13)::float8 / 2 AS whole
FROM generate_series(1, 100000) i;
ANALYZE many_rates;
CREATE TABLE serial_answers AS
SELECT g, sum(r)::text AS s, rate_agg(hit)::text AS h, rate_agg(part, whole)::text AS w
FROM many_rates GROUP BY g;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT sum(r), rate_agg(hit), rate_agg(part, whole) FROM many_rates;
SELECT sum(r), rate_agg(hit), rate_agg(part, whole) FROM many_rates;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF)
SELECT g, sum(r), rate_agg(hit), rate_agg(part, whole) FROM many_rates GROUP BY g;
SELECT count(*) AS groups_equal_to_serial
FROM (SELECT g, sum(r)::text AS s, rate_agg(hit)::text AS h, rate_agg(part, whole)::text AS w
	  FROM many_rates GROUP BY g) p
JOIN serial_answers USING (g, s, h, w);
RESET enable_hashagg;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
SELECT sum(r), rate_agg(hit), rate_agg(part, whole) FROM many_rates;

RESET search_path;
DROP SCHEMA rate_agg_test CASCADE;
