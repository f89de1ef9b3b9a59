-- Adversarial inputs for the noise functions: NULL in every argument,
-- NaN/Infinity/-0/negative levels and lengths, the energy mean over extreme
-- ranges and in any order, joins and hashing on noise_grade.

CREATE FUNCTION pg_temp.try(query text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE query;
	RETURN 'no error';
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- NULL in every argument position: NULL out (STRICT), NULL rows skipped in aggregates
SELECT noise_grade(NULL::float8) IS NULL AS a, noise_grade(50, NULL) IS NULL AS b, noise_grade(50, 'regional', NULL) IS NULL AS c,
	noise_limit(NULL, 'day') IS NULL AS d, noise_limit('1', NULL) IS NULL AS e,
	noise_compliant(NULL, '1', 'day') IS NULL AS f, noise_compliant(50, NULL, 'day') IS NULL AS g,
	noise_compliant(50, '1', NULL) IS NULL AS h, label(NULL::noise_grade) IS NULL AS i, label('1', NULL) IS NULL AS j,
	noise_period(NULL) IS NULL AS k;
SELECT length_weighted_mean(l, len) AS skips_null_rows
FROM (VALUES (60.0::float8, NULL::float8), (NULL, 2.0), (70.0, 1.0)) t(l, len);

-- every double argument: NaN, ±Infinity, negative are 22003; -0 is 0 dB
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT noise_grade(''-Infinity''::float8)'),
	('SELECT noise_compliant(''NaN'', ''1'', ''day'')'),
	('SELECT noise_compliant(''Infinity'', ''1'', ''day'')'),
	('SELECT noise_compliant(200.01, ''1'', ''day'')'),
	('SELECT leq_mean(l) FROM (VALUES (''NaN''::float8)) t(l)'),
	('SELECT leq_mean(l) FROM (VALUES (''Infinity''::float8)) t(l)'),
	('SELECT leq_mean(l) FROM (VALUES (-1e-9::float8)) t(l)'),
	('SELECT length_weighted_mean(l, 1) FROM (VALUES (''NaN''::float8)) t(l)'),
	('SELECT length_weighted_mean(60, len) FROM (VALUES (''NaN''::float8)) t(len)'),
	('SELECT length_weighted_mean(60, len) FROM (VALUES (''-Infinity''::float8)) t(len)')
) t(q);
-- the value in the message is the value given, to the last digit
SELECT pg_temp.try('SELECT noise_grade(200.0000001)') AS above_200;
-- road lengths whose sums overflow: a clear error, not an invalid state
SELECT length_weighted_mean(l, len) FROM (VALUES (60.0, 1e308), (70.0, 1e308)) t(l, len);
\echo :LAST_ERROR_SQLSTATE
SELECT length_weighted_mean(l, len) FROM (VALUES (60.0, 1e307)) t(l, len);
\echo :LAST_ERROR_SQLSTATE
SELECT noise_grade('-0'::float8) AS grade, noise_compliant('-0'::float8, '0', 'night') AS compliant,
	leq_mean(l) AS leq, length_weighted_mean(60, l) AS zero_length
FROM (VALUES ('-0'::float8)) t(l);

-- the energy mean: a million rows of 120 dB and one of 0 dB, against the
-- exact 120 + 10·lg((10^6 + 10^-12) / (10^6 + 1))
SELECT abs(leq_mean(l) - (120 + 10 * log((1e6 + 1e-12) / (1e6 + 1))::float8)) < 1e-9 AS exact_to_1e_9,
	round(leq_mean(l)::numeric, 9) AS leq
FROM (SELECT CASE WHEN n = 500000 THEN 0.0 ELSE 120.0 END AS l FROM generate_series(0, 1000000) n) t;
-- the whole range 0..200 dB, in rising and in falling order, gives the same
-- answer (the running maximum is rescaled on the way up)
SELECT abs(up - down) < 1e-9 AS order_independent, round(up::numeric, 9) AS leq,
	round((10 * log(sum_pow / 200001))::numeric, 9) AS exact
FROM (SELECT leq_mean(l ORDER BY l) AS up, leq_mean(l ORDER BY l DESC) AS down,
			 sum(power(10::numeric, (l / 10)::numeric)) AS sum_pow
	  FROM (SELECT n / 1000.0 AS l FROM generate_series(0, 200000) n) t) s;

-- joins and set operations on noise_grade: hash join, merge join, hashed
-- GROUP BY and DISTINCT give the same answers
CREATE TEMP TABLE grade_a AS SELECT n, noise_grade(40 + n % 35, 'regional', 'day') AS g FROM generate_series(1, 300) n;
CREATE TEMP TABLE grade_b AS SELECT n, ((n % 5) + 1)::text::noise_grade AS g FROM generate_series(1, 10) n;
ANALYZE grade_a;
ANALYZE grade_b;
SET enable_nestloop = off;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM grade_a JOIN grade_b USING (g);
SELECT count(*) AS hash_join FROM grade_a JOIN grade_b USING (g);
SET enable_mergejoin = on;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM grade_a JOIN grade_b USING (g);
SELECT count(*) AS merge_join FROM grade_a JOIN grade_b USING (g);
RESET enable_hashjoin;
RESET enable_nestloop;
RESET enable_mergejoin;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT g, count(*) FROM grade_a GROUP BY g;
SELECT g, count(*) FROM grade_a GROUP BY g ORDER BY g;
RESET enable_sort;
SELECT g FROM grade_a UNION SELECT g FROM grade_b ORDER BY g DESC;

-- binary COPY of crafted bytes (files in the cluster's data directory):
-- empty, a high byte where the value goes, a high version byte, one byte
-- too many after a valid value; every one is rejected
DO $$
DECLARE
	path text := current_setting('data_directory') || '/noise_grade_crafted.copy';
	bad bytea;
BEGIN
	CREATE TEMP TABLE noise_grade_crafted (v noise_grade);
	FOREACH bad IN ARRAY ARRAY['\x', '\x01ff', '\x8001', '\xff01', '\x010101', '\x0101ff']::bytea[] LOOP
		EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)', bad, path);
		BEGIN
			EXECUTE format('COPY noise_grade_crafted FROM %L (FORMAT binary)', path);
			RAISE NOTICE '% accepted', bad;
		EXCEPTION WHEN others THEN
			RAISE NOTICE '% rejected: %', bad, SQLSTATE;
		END;
	END LOOP;
	RAISE NOTICE 'rows loaded: %', (SELECT count(*) FROM noise_grade_crafted);
END $$;

-- as window aggregates (states updated in place, frames restarted or
-- extended) both means equal fresh aggregates over the same rows
CREATE TEMP TABLE levels AS SELECT n, 40 + (n * 37 % 50)::float8 AS l, 1 + n % 3 AS len FROM generate_series(1, 200) n;
SELECT count(*) AS frames,
	count(*) FILTER (WHERE abs(moving - (SELECT leq_mean(i.l) FROM levels i WHERE i.n BETWEEN o.n - 3 AND o.n)) > 1e-9) AS leq_differ,
	count(*) FILTER (WHERE running IS DISTINCT FROM (SELECT length_weighted_mean(i.l, i.len) FROM levels i WHERE i.n <= o.n)) AS weighted_differ
FROM (SELECT n, leq_mean(l) OVER (ORDER BY n ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS moving,
			 length_weighted_mean(l, len) OVER (ORDER BY n) AS running
	  FROM levels) o;
