-- What BI drivers send: an aqi column compared with an untyped
-- parameter ('200': psqlODBC and node-pg), int2, int4, int8, numeric and
-- float8 parameters (JDBC setShort/setInt/setLong/setBigDecimal, psycopg
-- int, Decimal, float) on either side; avg(aqi); width_bucket and
-- percentiles of an aqi column; noise_grade, water_class and
-- groundwater_class compared with text and varchar parameters (JDBC
-- setString binds varchar).  Each through PREPARE (untyped and typed
-- parameters), PL/pgSQL and a generic plan.  On 1.1 every one of these
-- failed: 22P02 for '200', 42883 for the others.
\set VERBOSITY sqlstate
SET extra_float_digits = 0;

-- a year of daily AQI under HJ 633-2012: every value 1..365 that PM2.5
-- 0..~280 µg/m³ gives, with 200 and 201 among them (read as given: the
-- default reporting precision would skip some of them)
CREATE TABLE dp_days AS
SELECT d AS day, aqi_daily(5, 20, 40, 0.5, 60, pm25, o3_1h => NULL, standard => 'hj633-2012',
						   so2_24h => NULL, rounding => 'as_given') AS a
FROM (SELECT '2024-01-01'::date + i AS d, (i * 0.77)::float8 AS pm25
	  FROM generate_series(0, 364) i) s;
INSERT INTO dp_days VALUES ('2025-01-01', NULL);
SELECT count(*) AS days, count(a) AS with_aqi, min(value(a)) AS lowest, max(value(a)) AS highest,
	   count(*) FILTER (WHERE value(a) = 200) AS at_200, count(*) FILTER (WHERE value(a) = 201) AS at_201
FROM dp_days;

-- the number each operator should give, from value(a) and an integer or
-- numeric threshold written out
CREATE FUNCTION pg_temp.expect(op text, n numeric) RETURNS bigint LANGUAGE sql AS $$
	SELECT count(*) FROM dp_days WHERE CASE op
		WHEN '=' THEN value(a) = n WHEN '<>' THEN value(a) <> n WHEN '<' THEN value(a) < n
		WHEN '<=' THEN value(a) <= n WHEN '>' THEN value(a) > n WHEN '>=' THEN value(a) >= n END
$$;

-- 1. untyped: a literal and a parameter of no type become an aqi; a bare
-- number is an index value without a standard that compares by value alone
SELECT count(*) FILTER (WHERE a > '200') AS gt, count(*) FILTER (WHERE a >= '200') AS ge,
	   count(*) FILTER (WHERE a = '200') AS eq, count(*) FILTER (WHERE a <> '200') AS ne,
	   count(*) FILTER (WHERE a < '200') AS lt, count(*) FILTER (WHERE a <= '200') AS le,
	   count(*) FILTER (WHERE '200' < a) AS reversed_lt,
	   pg_temp.expect('>', 200) AS expect_gt, pg_temp.expect('=', 200) AS expect_eq
FROM dp_days;
PREPARE untyped_gt AS SELECT count(*) FROM dp_days WHERE a > $1;
PREPARE untyped_le AS SELECT count(*) FROM dp_days WHERE $1 >= a;
SELECT parameter_types FROM pg_prepared_statements WHERE name IN ('untyped_gt', 'untyped_le') ORDER BY name;
EXECUTE untyped_gt('200');
EXECUTE untyped_le('200');
SET plan_cache_mode = force_generic_plan;
EXECUTE untyped_gt('200');
EXECUTE untyped_gt('0');
EXECUTE untyped_gt('500');
EXECUTE untyped_le('200');
RESET plan_cache_mode;
-- what is not an index value: 22P02 as before
EXECUTE untyped_gt('501');
EXECUTE untyped_gt('200.5');
EXECUTE untyped_gt('-1');
EXECUTE untyped_gt('');
EXECUTE untyped_gt('200 hj633');

-- 2. typed parameters, every operator, either side, against the expectation
CREATE TEMP TABLE dp_thresholds (n numeric);
INSERT INTO dp_thresholds VALUES (-1), (0), (1), (199), (200), (201), (365), (366), (500), (32767);
PREPARE typed_int2(int2, text) AS SELECT count(*) FROM dp_days WHERE CASE $2
	WHEN '=' THEN a = $1 WHEN '<>' THEN a <> $1 WHEN '<' THEN a < $1 WHEN '<=' THEN a <= $1
	WHEN '>' THEN a > $1 WHEN '>=' THEN $1 <= a END;
PREPARE typed_int4(int4, text) AS SELECT count(*) FROM dp_days WHERE CASE $2
	WHEN '=' THEN a = $1 WHEN '<>' THEN a <> $1 WHEN '<' THEN a < $1 WHEN '<=' THEN a <= $1
	WHEN '>' THEN a > $1 WHEN '>=' THEN $1 <= a END;
PREPARE typed_int8(int8, text) AS SELECT count(*) FROM dp_days WHERE CASE $2
	WHEN '=' THEN a = $1 WHEN '<>' THEN $1 <> a WHEN '<' THEN a < $1 WHEN '<=' THEN $1 >= a
	WHEN '>' THEN a > $1 WHEN '>=' THEN $1 <= a END;
PREPARE typed_numeric(numeric, text) AS SELECT count(*) FROM dp_days WHERE CASE $2
	WHEN '=' THEN $1 = a WHEN '<>' THEN a <> $1 WHEN '<' THEN $1 > a WHEN '<=' THEN a <= $1
	WHEN '>' THEN $1 < a WHEN '>=' THEN a >= $1 END;
PREPARE typed_float8(float8, text) AS SELECT count(*) FROM dp_days WHERE CASE $2
	WHEN '=' THEN a = $1 WHEN '<>' THEN $1 <> a WHEN '<' THEN a < $1 WHEN '<=' THEN $1 >= a
	WHEN '>' THEN $1 < a WHEN '>=' THEN a >= $1 END;
CREATE FUNCTION pg_temp.mismatches() RETURNS TABLE (statement text, mismatches bigint) LANGUAGE plpgsql AS $$
DECLARE
	got bigint;
	t record;
	op text;
	s text;
BEGIN
	FOREACH s IN ARRAY ARRAY['typed_int2', 'typed_int4', 'typed_int8', 'typed_numeric', 'typed_float8'] LOOP
		mismatches := 0;
		FOR t IN SELECT n FROM dp_thresholds UNION ALL SELECT 199.5 WHERE s IN ('typed_numeric', 'typed_float8') LOOP
			FOREACH op IN ARRAY ARRAY['=', '<>', '<', '<=', '>', '>='] LOOP
				EXECUTE format('EXECUTE %I(%L, %L)', s, t.n, op) INTO got;
				IF got IS DISTINCT FROM pg_temp.expect(op, t.n) THEN
					mismatches := mismatches + 1;
					RAISE NOTICE '% % %: % rows', s, op, t.n, got;
				END IF;
			END LOOP;
		END LOOP;
		statement := s;
		RETURN NEXT;
	END LOOP;
END $$;
SELECT * FROM pg_temp.mismatches();
SET plan_cache_mode = force_generic_plan;
SELECT * FROM pg_temp.mismatches();
RESET plan_cache_mode;
SELECT name, parameter_types FROM pg_prepared_statements WHERE name LIKE 'typed_%' ORDER BY name;

-- beyond the index scale, NaN and infinities: as the number types order them
SELECT count(*) FILTER (WHERE a < 2::int8 ^ 40) AS below_2_40, count(*) FILTER (WHERE a > -9223372036854775808) AS above_int8_min,
	   count(*) FILTER (WHERE a < 'NaN'::float8) AS below_nan_f, count(*) FILTER (WHERE a < 'NaN'::numeric) AS below_nan_n,
	   count(*) FILTER (WHERE a = 'NaN'::float8) AS eq_nan, count(*) FILTER (WHERE a < 'Infinity'::float8) AS below_inf,
	   count(*) FILTER (WHERE a > '-Infinity'::float8) AS above_minus_inf, count(*) FILTER (WHERE a = 200.0) AS eq_200_0,
	   count(*) FILTER (WHERE a = 200.000001::float8) AS eq_200_000001, count(*) FILTER (WHERE a > 1e300) AS above_1e300
FROM dp_days;

-- PL/pgSQL: variables of each type, and EXECUTE ... USING
CREATE FUNCTION pg_temp.heavy_days(lim_i2 int2, lim_i8 int8, lim_n numeric, lim_f float8)
RETURNS bigint[] LANGUAGE plpgsql AS $$
DECLARE
	r bigint[];
	u bigint;
BEGIN
	r := ARRAY[(SELECT count(*) FROM dp_days WHERE a > lim_i2), (SELECT count(*) FROM dp_days WHERE a > lim_i8),
			   (SELECT count(*) FROM dp_days WHERE a > lim_n), (SELECT count(*) FROM dp_days WHERE lim_f < a)];
	EXECUTE 'SELECT count(*) FROM dp_days WHERE a > $1' INTO u USING lim_i8;
	r := r || u;
	EXECUTE 'SELECT count(*) FROM dp_days WHERE a > $1' INTO u USING lim_n;
	r := r || u;
	RETURN r;
END $$;
SELECT pg_temp.heavy_days(200::int2, 200, 200, 200) AS heavy, pg_temp.expect('>', 200) AS expected;
SELECT pg_temp.heavy_days(200::int2, 200, 200, 200) AS heavy_again;

-- the plans: an index on the aqi column serves a bare number (the btree
-- order is by value first); the cross-type operators filter
CREATE INDEX dp_days_a ON dp_days (a);
ANALYZE dp_days;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM dp_days WHERE a > '200';
SELECT count(*) FROM dp_days WHERE a > '200';
SELECT count(*) FROM dp_days WHERE a >= '200' AND a <= '201';
RESET enable_seqscan;

-- 3. bare numbers have a value and nothing else
SELECT '200'::aqi AS bare, value('200'::aqi), '0'::aqi AS zero, ' 7 '::aqi AS spaced,
	   '200'::aqi = '200 hj633-2026 primary=PM2.5'::aqi AS equals_by_value,
	   '200'::aqi < '201 hj633-2012 primary=PM2.5 exceeding=PM2.5'::aqi AS below,
	   '200'::aqi > '199 us-epa-2024 primary=O3_8h'::aqi AS above,
	   aqi_send('200') AS binary_form;
SELECT level('200'::aqi);
SELECT category('200'::aqi);
SELECT standard('200'::aqi);
SELECT primary_pollutants('200'::aqi);
SELECT '200'::aqi::json;
-- hashing one is refused (its equality cannot be hashed), not answered wrongly
SELECT aqi_hash('200');
SELECT count(*) FROM dp_days WHERE value(a) IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
-- and so is a max, min or avg mixing it with a standard
SELECT max(a) FROM (VALUES ('200'::aqi), ('50 hj633-2026')) v(a);
SELECT max(a) FROM (VALUES ('200'::aqi), ('50'::aqi)) v(a);

-- 4. avg(aqi): as avg(value(a)), one standard at a time
SELECT avg(a) AS avg_aqi, avg(value(a)) AS avg_value, avg(a) = avg(value(a)) AS same FROM dp_days;
SELECT avg(a) IS NULL AS no_rows FROM dp_days WHERE false;
SELECT avg(a) IS NULL AS only_nulls FROM dp_days WHERE a IS NULL;
SELECT extract(month FROM day) AS month, avg(a) = avg(value(a)) AS same FROM dp_days
GROUP BY 1 ORDER BY 1 LIMIT 3;
SELECT day, avg(a) OVER (ORDER BY day ROWS 6 PRECEDING) = avg(value(a)) OVER (ORDER BY day ROWS 6 PRECEDING) AS same_weekly
FROM dp_days ORDER BY day LIMIT 2;
-- mixed standards: 22023, the standards named in sorted order whatever the row order
CREATE TEMP TABLE dp_mixed AS
SELECT a FROM dp_days WHERE a IS NOT NULL
UNION ALL SELECT aqi_daily(5, 20, 40, 0.5, 60, 80, standard => 'hj633-2026');
\set VERBOSITY default
SELECT avg(a) FROM dp_mixed;
\echo :LAST_ERROR_SQLSTATE
-- the 2026 value first, then last: the same text
SELECT avg(a) FROM (SELECT a FROM dp_mixed ORDER BY standard(a) DESC, value(a)) s;
\echo :LAST_ERROR_SQLSTATE
SELECT avg(a) FROM (SELECT a FROM dp_mixed ORDER BY standard(a), value(a)) s;
\echo :LAST_ERROR_SQLSTATE
SELECT max(a) FROM (SELECT a FROM dp_mixed ORDER BY standard(a) DESC, value(a)) s;
\echo :LAST_ERROR_SQLSTATE
SELECT max(a) FROM (SELECT a FROM dp_mixed ORDER BY standard(a), value(a)) s;
\echo :LAST_ERROR_SQLSTATE
SELECT min(a) FROM (SELECT a FROM dp_mixed ORDER BY standard(a) DESC, value(a)) s;
\echo :LAST_ERROR_SQLSTATE
SELECT min(a) FROM (SELECT a FROM dp_mixed ORDER BY standard(a), value(a)) s;
\echo :LAST_ERROR_SQLSTATE
SELECT max(a) FROM (VALUES ('40 us-epa-2024 primary=O3_8h'::aqi), ('3 eea-2024 primary=NO2')) v(a);
\echo :LAST_ERROR_SQLSTATE
SELECT max(a) FROM (VALUES ('3 eea-2024 primary=NO2'::aqi), ('40 us-epa-2024 primary=O3_8h')) v(a);
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY sqlstate
-- in a forced parallel plan: the same answers
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT avg(a) FROM dp_days;
SELECT avg(a) = avg(value(a)) AS same_in_parallel FROM dp_days;
\set VERBOSITY terse
SELECT avg(a) FROM dp_mixed;
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY sqlstate
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- 5. histograms and percentiles of an aqi column
SELECT width_bucket(a, 0, 500, 10) AS bucket, count(*),
	   bool_and(width_bucket(a, 0, 500, 10) = width_bucket(value(a), 0, 500, 10)) AS as_value
FROM dp_days WHERE a IS NOT NULL GROUP BY 1 ORDER BY 1;
PREPARE buckets(float8, float8, int) AS SELECT count(DISTINCT width_bucket(a, $1, $2, $3)) FROM dp_days;
EXECUTE buckets(0, 500, 10);
SELECT percentile_disc(0.9) WITHIN GROUP (ORDER BY a) AS disc_aqi,
	   percentile_disc(0.9) WITHIN GROUP (ORDER BY value(a)) AS disc_value,
	   percentile_cont(0.9) WITHIN GROUP (ORDER BY value(a)) AS cont_value
FROM dp_days;

-- 6. the ordinal types against text and varchar: names and numbers
CREATE TEMP TABLE dp_classes AS
SELECT g::noise_grade AS grade, w::water_class AS class, gw::groundwater_class AS gw
FROM (VALUES ('1', 'I', 'I'), ('2', 'II', 'II'), ('3', 'III', 'III'), ('4', 'IV', 'IV'), ('5', 'V', 'V'),
			 ('5', '劣V', 'V')) v(g, w, gw);
SELECT count(*) FILTER (WHERE grade <= '二级'::varchar) AS grade_le_name,
	   count(*) FILTER (WHERE grade <= '2'::text) AS grade_le_number,
	   count(*) FILTER (WHERE '三级'::text = grade) AS grade_eq_name,
	   count(*) FILTER (WHERE class > 'III'::varchar) AS class_gt_name,
	   count(*) FILTER (WHERE class = '劣Ⅴ类'::text) AS class_eq_worse_v,
	   count(*) FILTER (WHERE class <> '6'::varchar) AS class_ne_number,
	   count(*) FILTER (WHERE gw >= 'Ⅳ'::varchar) AS gw_ge_name,
	   count(*) FILTER (WHERE '4'::text > gw) AS gw_lt_number
FROM dp_classes;
PREPARE grade_varchar(varchar) AS SELECT count(*) FROM dp_classes WHERE grade <= $1;
PREPARE class_text(text) AS SELECT count(*) FROM dp_classes WHERE $1 >= class;
PREPARE gw_varchar(varchar) AS SELECT count(*) FROM dp_classes WHERE gw < $1;
PREPARE class_untyped AS SELECT count(*) FROM dp_classes WHERE class <= $1;
SELECT name, parameter_types FROM pg_prepared_statements
WHERE name IN ('grade_varchar', 'class_text', 'gw_varchar', 'class_untyped') ORDER BY name;
EXECUTE grade_varchar('二级');
EXECUTE class_text('III');
EXECUTE gw_varchar('3');
EXECUTE class_untyped('II');
SET plan_cache_mode = force_generic_plan;
EXECUTE grade_varchar('2');
EXECUTE grade_varchar('四级');
EXECUTE class_text('3');
EXECUTE class_text('劣V');
EXECUTE gw_varchar('Ⅲ类');
EXECUTE class_untyped('5');
-- malformed: the type's own 22P02
EXECUTE grade_varchar('六级');
EXECUTE class_text('VI');
EXECUTE gw_varchar('劣V');
RESET plan_cache_mode;
CREATE FUNCTION pg_temp.good_sections(worst varchar) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
	RETURN (SELECT count(*) FROM dp_classes WHERE class <= worst);
END $$;
SELECT pg_temp.good_sections('III') AS good, pg_temp.good_sections('3') AS good_by_number,
	   pg_temp.good_sections('I') AS best_only;
-- a new string each row is read each row, not taken from the last one
SELECT count(*) FILTER (WHERE class = s) AS matches
FROM dp_classes, (VALUES ('I'), ('2'), ('Ⅲ'), ('IV类'), ('5'), ('劣V')) v(s);

-- 7. groundwater_class: value() and the json and jsonb casts
SELECT c, value(c::groundwater_class), c::groundwater_class::integer AS cast_int,
	   c::groundwater_class::json AS json
FROM (VALUES ('I'), ('III'), ('IV'), ('V')) v(c);
SELECT 'II'::groundwater_class::jsonb AS jsonb,
	   to_jsonb(r) -> 'gw' ->> 'drinking_source' AS in_a_row
FROM (SELECT 'IV'::groundwater_class AS gw) r;
