-- Adversarial inputs for the surface-water functions: NULL in every
-- argument, NaN/Infinity/-0/negative values, edges of pH and DO, empty
-- groups (also in parallel plans), joins and hashing on water_class.

CREATE FUNCTION pg_temp.try(query text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE query;
	RETURN 'no error';
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- NULL in every argument position of the scalar functions: NULL out
SELECT water_class(NULL, 1) IS NULL AS a, water_class('DO', NULL) IS NULL AS b, water_class('DO', 1, NULL) IS NULL AS c,
	exceedance(NULL, 1) IS NULL AS d, exceedance('COD', NULL) IS NULL AS e, exceedance('COD', 30, NULL) IS NULL AS f,
	status(NULL::water_class) IS NULL AS g, status('I', NULL) IS NULL AS h, is_good(NULL) IS NULL AS i,
	tli(10, NULL, 1, 1, 4) IS NULL AS j, tli(10, 0.05, NULL, 1, 4) IS NULL AS k, tli(10, 0.05, 1, NULL, 4) IS NULL AS l,
	tli(10, 0.05, 1, 1, NULL) IS NULL AS m, trophic_state(NULL) IS NULL AS n, trophic_state(50, NULL) IS NULL AS o;

-- every double argument: NaN, ±Infinity, negative and beyond 10^12 are 22003; -0 is 0
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT water_class(''COD'', ''NaN'')'),
	('SELECT water_class(''DO'', ''Infinity'')'),
	('SELECT water_class(''DO'', -0.001)'),
	('SELECT water_class(''TP'', 1e13)'),
	('SELECT exceedance(''COD'', ''-Infinity'')'),
	('SELECT section_class(i, v) FROM (VALUES (''COD'', ''NaN''::float8)) t(i, v)'),
	('SELECT exceeding_items(i, v) FROM (VALUES (''COD'', -1::float8)) t(i, v)'),
	('SELECT tli(10, 0.05, 1, ''-0'', 4)'),
	('SELECT tli(''NaN'', 0.05, 1, 1, 4)'),
	('SELECT trophic_state(''Infinity'')')
) t(q);
-- the value in the message is the value given, to the last digit
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT water_class(''pH'', 14.0000001)'),
	('SELECT water_class(''DO'', -1e-7)'),
	('SELECT tli(10, 0.05, 1, 1, -1e-300)')
) t(q);
SELECT water_class('COD', '-0') AS cod, water_class('pH', '-0') AS ph, water_class('DO', '-0') AS do_zero,
	exceedance('COD', '-0') AS multiple;

-- pH 6..9 inclusive in every class; DO is better when higher
SELECT ph, water_class('pH', ph) FROM unnest('{5.99,6,6.000001,8.999999,9,9.01,0,14}'::float8[]) ph;
SELECT dissolved_oxygen, water_class('DO', dissolved_oxygen)
FROM unnest('{7.5,7.499999,6,5.999999,5,3,2,1.999999,0}'::float8[]) dissolved_oxygen;

-- a section leaves out water temperature, TN (rivers and lakes) and fecal
-- coliform however bad they are; with nothing else measured it has no class
SELECT section_class(i, v, wb) AS class, exceeding_items(i, v, wb) AS exceeding
FROM (VALUES ('水温', 40.0, 'lake'), ('TN', 50.0, 'lake'), ('粪大肠菌群', 1e6, 'lake')) t(i, v, wb);
SELECT section_class(i, v, wb) AS class, exceeding_items(i, v, wb) AS exceeding
FROM (VALUES ('水温', 40.0, 'lake'), ('TN', 50.0, 'lake'), ('粪大肠菌群', 1e6, 'lake'), ('TP', 0.05, 'lake')) t(i, v, wb);

-- empty groups and all-NULL groups, serial and in a parallel plan
CREATE TABLE water_empty (section int, item text, value float8, c water_class);
SELECT section_class(item, value) AS class, exceeding_items(item, value) AS exceeding, water_status(c) AS status
FROM water_empty;
INSERT INTO water_empty SELECT n, NULL, NULL, NULL FROM generate_series(1, 100) n;
ANALYZE water_empty;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT section_class(item, value), exceeding_items(item, value), water_status(c) FROM water_empty;
SELECT section_class(item, value) AS class, exceeding_items(item, value) AS exceeding, water_status(c) AS status
FROM water_empty;
SELECT section_class(item, value) AS class, water_status(c) AS status FROM water_empty WHERE section < 0;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE water_empty;

-- joins and set operations on water_class
CREATE TEMP TABLE class_a AS SELECT n, water_class('COD', n % 50) AS c FROM generate_series(1, 300) n;
CREATE TEMP TABLE class_b AS SELECT n, ((n % 6) + 1)::text::water_class AS c FROM generate_series(1, 12) n;
ANALYZE class_a;
ANALYZE class_b;
SET enable_nestloop = off;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM class_a JOIN class_b USING (c);
SELECT count(*) AS hash_join FROM class_a JOIN class_b USING (c);
SET enable_mergejoin = on;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM class_a JOIN class_b USING (c);
SELECT count(*) AS merge_join FROM class_a JOIN class_b USING (c);
RESET enable_hashjoin;
RESET enable_nestloop;
RESET enable_mergejoin;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT c, count(*) FROM class_a GROUP BY c;
SELECT c, count(*) FROM class_a GROUP BY c ORDER BY c;
RESET enable_sort;
SELECT DISTINCT c FROM class_a ORDER BY c DESC;

-- TLI(Σ) against the formula of 总站生字〔2001〕090号 written out here:
-- W_j = r_j² / Σ r_j², r = 1, 0.84, 0.82, -0.83, 0.83 (Σ r² = 3.7558)
SELECT chla, tp, tn, sd, codmn, round(tli(chla, tp, tn, sd, codmn)::numeric, 6) AS tli,
	abs(tli(chla, tp, tn, sd, codmn) - (
		1.0000 / 3.7558 * 10 * (2.5 + 1.086 * ln(chla)) +
		0.7056 / 3.7558 * 10 * (9.436 + 1.624 * ln(tp)) +
		0.6724 / 3.7558 * 10 * (5.453 + 1.694 * ln(tn)) +
		0.6889 / 3.7558 * 10 * (5.118 - 1.94 * ln(sd)) +
		0.6889 / 3.7558 * 10 * (0.109 + 2.661 * ln(codmn)))) < 1e-9 AS matches_formula,
	trophic_state(tli(chla, tp, tn, sd, codmn)) AS state
FROM (VALUES (10.0::float8, 0.05::float8, 1.0::float8, 1.0::float8, 4.0::float8), (1.0, 0.01, 0.2, 5.0, 1.5),
			 (30.0, 0.12, 2.1, 0.6, 6.0), (120.0, 0.4, 5.0, 0.2, 15.0)) t(chla, tp, tn, sd, codmn);

-- binary COPY of crafted bytes (files in the cluster's data directory):
-- empty, a high byte where the value goes, a high version byte, one byte
-- too many after a valid value; every one is rejected
DO $$
DECLARE
	path text := current_setting('data_directory') || '/water_class_crafted.copy';
	bad bytea;
BEGIN
	CREATE TEMP TABLE water_class_crafted (v water_class);
	FOREACH bad IN ARRAY ARRAY['\x', '\x01ff', '\x8001', '\xff01', '\x010101', '\x0101ff']::bytea[] LOOP
		EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)', bad, path);
		BEGIN
			EXECUTE format('COPY water_class_crafted FROM %L (FORMAT binary)', path);
			RAISE NOTICE '% accepted', bad;
		EXCEPTION WHEN others THEN
			RAISE NOTICE '% rejected: %', bad, SQLSTATE;
		END;
	END LOOP;
	RAISE NOTICE 'rows loaded: %', (SELECT count(*) FROM water_class_crafted);
END $$;

-- materialized views keyed by the types refresh concurrently (unique btree
-- index on the type; the refresh compares rows by their binary image)
CREATE TABLE mv_source (section int, item text, value float8);
INSERT INTO mv_source VALUES (1, 'TP', 0.05), (2, 'TP', 0.15), (3, 'COD', 35), (3, 'DO', 1.0);
CREATE MATERIALIZED VIEW mv_classes AS
SELECT section_class(item, value) AS class, noise_grade(50 + 5 * section) AS grade, count(*) AS sections
FROM mv_source GROUP BY section;
CREATE UNIQUE INDEX ON mv_classes (class, grade);
UPDATE mv_source SET value = 0.25 WHERE section = 2;
REFRESH MATERIALIZED VIEW CONCURRENTLY mv_classes;
SELECT class, grade, sections FROM mv_classes ORDER BY class;
DROP MATERIALIZED VIEW mv_classes;
DROP TABLE mv_source;

-- a water temperature below 0 ℃ (near ice, brackish water) is a measurement:
-- it has no class and does not stop a section's evaluation, also when the
-- section states travel between parallel workers; below absolute zero, and
-- negative concentrations, are errors
SELECT water_class('水温', -0.5) AS no_class, exceedance('water temperature', -0.5) AS no_multiple;
SELECT pg_temp.try('SELECT water_class(''水温'', -273.16)') AS below_absolute_zero,
	pg_temp.try('SELECT water_class(''COD'', -0.5)') AS negative_cod;
CREATE TABLE cold_rows (section int, item text, value float8);
INSERT INTO cold_rows
SELECT s, item, CASE item WHEN '水温' THEN -0.4 WHEN 'DO' THEN 9.1 ELSE 0.12 END
FROM generate_series(1, 2000) s, unnest('{水温,DO,TP}'::text[]) item;
ANALYZE cold_rows;
SELECT section_class(item, value) AS class, count(*) AS rows FROM cold_rows;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT section_class(item, value) FROM cold_rows;
SELECT section_class(item, value) AS class, count(*) AS rows FROM cold_rows;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE cold_rows;
