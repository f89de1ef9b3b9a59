-- GB/T 14848-2017: the groundwater_class type, single items (§6.2), samples
-- and points (§6.3), regional shares; hand-checked cases (the generated
-- boundary test is groundwater_gbt14848_boundaries).

CREATE FUNCTION pg_temp.try(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	hint text;
BEGIN
	EXECUTE query;
	RETURN 'no error';
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS hint = PG_EXCEPTION_HINT;
	RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' | ' || nullif(hint, ''), '');
END $$;

-- the type: Roman numerals out, the spellings of water_class in, but no 劣V
SELECT t, t::groundwater_class AS class, t::groundwater_class::integer AS n
FROM (VALUES ('I'), ('ii'), ('Ⅲ'), ('Ⅳ类'), (' V '), ('5'), ('1类')) v(t);
SELECT pg_temp.try($$SELECT '劣V'::groundwater_class$$);
SELECT pg_temp.try($$SELECT '6'::groundwater_class$$);
SELECT pg_temp.try($$SELECT 'VI'::groundwater_class$$);
SELECT pg_temp.try(format('SELECT %L::groundwater_class', repeat('x', 300)));
SELECT min(c), max(c), count(DISTINCT c) FROM (VALUES ('III'::groundwater_class), ('I'), ('V'), ('III')) v(c);
SELECT 'I'::groundwater_class < 'II' AS lt, 'V'::groundwater_class >= 'IV' AS ge, 'III'::groundwater_class = 'Ⅲ' AS eq,
	'III'::groundwater_class <> 'IV' AS ne;
CREATE TEMP TABLE gw_classes AS SELECT (1 + n % 5)::text::groundwater_class AS c FROM generate_series(1, 1000) n;
CREATE INDEX ON gw_classes USING btree (c);
CREATE INDEX ON gw_classes USING hash (c);
SET enable_seqscan = off;
SELECT count(*) FROM gw_classes WHERE c = 'V';
SELECT count(*) FROM gw_classes WHERE c <= 'III';
RESET enable_seqscan;
SELECT opc.opcname, amvalidate(opc.oid)
FROM pg_opclass opc WHERE opc.opcname IN ('groundwater_class_ops', 'groundwater_class_hash_ops') ORDER BY 1;
-- hash and sort grouping agree
SET enable_hashagg = off;
SELECT c, count(*) FROM gw_classes GROUP BY c ORDER BY c;
RESET enable_hashagg;
SET enable_sort = off;
SELECT c, count(*) FROM gw_classes GROUP BY c ORDER BY c::integer;
RESET enable_sort;

-- binary I/O: a version byte then the class 1..5
SELECT groundwater_class_send('I'), groundwater_class_send('V');
DO $$
DECLARE
	path text := current_setting('data_directory') || '/groundwater_class_binary.copy';
	bad bytea;
BEGIN
	CREATE TEMP TABLE gw_copy (c groundwater_class);
	EXECUTE format('COPY (SELECT c FROM (VALUES (%L::groundwater_class), (%L)) t(c)) TO %L (FORMAT binary)',
				   'III', 'V', path);
	EXECUTE format('COPY gw_copy FROM %L (FORMAT binary)', path);
	RAISE NOTICE 'binary round trip: %', (SELECT string_agg(c::text, ',') FROM gw_copy);
	FOREACH bad IN ARRAY ARRAY['\x0106', '\x0100', '\x0003', '\x01', '\x01030000']::bytea[] LOOP
		EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)', bad, path);
		BEGIN
			EXECUTE format('COPY gw_copy FROM %L (FORMAT binary)', path);
			RAISE NOTICE '% accepted', bad;
		EXCEPTION WHEN others THEN
			RAISE NOTICE '% rejected: % %', bad, SQLSTATE, SQLERRM;
		END;
	END LOOP;
END $$;

-- item names: the table's Chinese names with or without their qualifier, English names
SELECT item, groundwater_class(item, value) AS class, groundwater_unit(item) AS unit
FROM (VALUES ('氨氮（以N计）', 0.3), ('氨氮', 0.3), ('NH3-N', 0.3), ('ammonia nitrogen', 0.3),
			 ('总硬度（以CaCO3计）', 400.0), ('total hardness', 400.0), ('TDS', 1500.0),
			 ('硝酸盐', 25.0), ('nitrate', 25.0), ('Nitrite', 0.5), ('Hg', 0.0015), ('mercury', 0.0015),
			 ('铬（六价）', 0.03), ('六价铬', 0.03), ('Cr6', 0.03), ('CODMn', 2.5), ('耗氧量', 2.5),
			 ('benzene', 5.0), ('苯并(a)芘', 0.005), ('BaP', 0.005), ('γ-六六六（林丹）', 1.0), ('lindane', 1.0),
			 ('total coliforms', 50.0), ('gross alpha', 0.3)) v(item, value);

-- §6.2 从优不从劣: a value on a limit shared by classes is the best of them
SELECT item, value, groundwater_class(item, value) AS class
FROM (VALUES ('挥发性酚类', 0.001), ('挥发性酚类', 0.0011), ('挥发性酚类', 0.002), ('铊', 0.0001),
			 ('铊', 0.00011), ('浑浊度', 3.0), ('氟化物', 1.0), ('氟化物', 1.01), ('色', 5.0), ('色', 6.0)) v(item, value);
-- 0.1 + 0.2 is not 0.3 in binary, but is 0.3 here (fixed point)
SELECT groundwater_class('铁', 0.1 + 0.2) AS iron_0_3, groundwater_class('氨氮', 0.4 + 0.1) AS nh3n_0_5;

-- pH: two-sided, I (not II or III: they share the range) inside 6.5..8.5
SELECT ph, groundwater_class('pH', ph) AS class
FROM (VALUES (0.0), (5.49), (5.5), (6.49), (6.5), (7.0), (8.5), (8.51), (9.0), (9.01), (14.0)) v(ph);

-- 嗅和味 and 肉眼可见物: 0 is 无 (I), 1 is 有 (V); other values are an error
SELECT groundwater_class('嗅和味', 0) AS odour_absent, groundwater_class('odour', 1) AS odour_present,
	groundwater_class('肉眼可见物', true::integer) AS visible, groundwater_class('visible matter', false::integer) AS none;
SELECT pg_temp.try($$SELECT groundwater_class('嗅和味', 0.5)$$);
SELECT pg_temp.try($$SELECT groundwater_class('肉眼可见物', 2)$$);

-- anionic surfactants: class I is 不得检出, so a detected value is II or worse
SELECT value, detected, groundwater_class('阴离子表面活性剂', value, detected) AS class
FROM (VALUES (0.0, true), (0.05, false), (0.5, false), (0.000001, true), (0.1, true), (0.11, true),
			 (0.3, true), (0.31, true)) v(value, detected);

-- radioactivity: the table prints "> III limit" for both IV and V; above III is IV
SELECT item, value, groundwater_class(item, value) AS class
FROM (VALUES ('总α放射性', 0.1), ('总α放射性', 0.5), ('总α放射性', 0.51), ('gross alpha', 100.0),
			 ('总β放射性', 1.0), ('总β放射性', 1.01), ('gross beta', 1000.0)) v(item, value);

-- non-detects: classed at the detection limit (I when it is at most the class I limit)
SELECT item, dl, groundwater_class(item, dl, false) AS nondetect, groundwater_class(item, dl) AS detected_at_dl
FROM (VALUES ('Hg', 0.00004), ('Hg', 0.0001), ('Hg', 0.0005), ('苯', 0.5), ('苯', 2.0), ('Cd', 0.0005)) v(item, dl);

-- bad input: 22023 for unknown items (quoted up to 100 characters), 22003 for values
SELECT pg_temp.try($$SELECT groundwater_class('plutonium', 1)$$);
SELECT pg_temp.try(format('SELECT groundwater_class(%L, 1)', repeat('长', 150)));
SELECT pg_temp.try($$SELECT groundwater_unit('nothing')$$);
SELECT pg_temp.try($$SELECT groundwater_class('Hg', -0.001)$$);
SELECT pg_temp.try($$SELECT groundwater_class('Hg', 'NaN')$$);
SELECT pg_temp.try($$SELECT groundwater_class('Hg', 'Infinity')$$);
SELECT pg_temp.try($$SELECT groundwater_class('Hg', 1e13)$$);
SELECT pg_temp.try($$SELECT groundwater_class('pH', 14.5)$$);
-- NULL in, NULL out
SELECT groundwater_class(NULL, 1) IS NULL AS a, groundwater_class('Hg', NULL) IS NULL AS b,
	groundwater_class('Hg', 1, NULL) IS NULL AS c, groundwater_unit(NULL) IS NULL AS d;

-- §6.3: a sample's class is its worst item's; the items at that class, in table order
CREATE TABLE gw_samples (point integer, item text, value float8, detected boolean);
INSERT INTO gw_samples VALUES
	(1, 'pH', 7.2, true), (1, '氨氮', 0.3, true), (1, '铁', 0.25, true), (1, 'Hg', 0.0001, false),
	(2, 'pH', 8.7, true), (2, 'NH3-N', 1.2, true), (2, '锰', 0.5, true), (2, 'nitrate', 10.0, true),
	(3, 'pH', 7.0, true), (3, '总硬度', 700.0, true), (3, 'Hg', 0.003, true), (3, 'benzene', 0.2, false),
	(4, '嗅和味', 1, true), (4, 'pH', 7.0, true),
	(5, 'LAS', 0.05, false), (5, 'pH', 7.0, true), (5, '铁', NULL, true), (5, NULL, 3.0, true),
	(6, '总α放射性', 0.9, true), (6, 'Hg', 0.0001, true),
	(7, '铁', 0.25, true), (7, 'Fe', 0.35, true), (7, 'iron', 0.2, NULL);
SELECT point, groundwater_sample_class(item, value, detected) AS class,
	groundwater_worst_items(item, value, detected) AS worst_items,
	groundwater_sample_class(item, value) AS ignoring_nd
FROM gw_samples GROUP BY point ORDER BY point;
-- no rows, or only NULL rows: NULL
SELECT groundwater_sample_class(item, value) IS NULL AS none, groundwater_worst_items(item, value) IS NULL AS no_items
FROM gw_samples WHERE point = 0;
SELECT groundwater_sample_class(item, value) IS NULL AS only_nulls
FROM (VALUES (NULL::text, 1.0::float8), ('Hg', NULL)) v(item, value);
-- an unknown item or a bad value in a sample is an error, not a skipped row
SELECT pg_temp.try($$SELECT groundwater_sample_class(i, v) FROM (VALUES ('Hg', 0.001), ('kryptonite', 1)) t(i, v)$$);
SELECT pg_temp.try($$SELECT groundwater_sample_class(i, v) FROM (VALUES ('Hg', -1)) t(i, v)$$);

-- regional shares of points by class, as bulletins give them (a rate of points)
WITH points AS (SELECT point, groundwater_sample_class(item, value, detected) AS c FROM gw_samples GROUP BY point)
SELECT rate_agg(c <= 'III') AS i_iii, rate_agg(c = 'IV') AS iv, rate_agg(c = 'V') AS v,
	pct(rate_agg(c = 'V')) AS "V %" FROM points;

-- the aggregate keeps a small table of the item spellings it has seen; 300
-- spellings of 3 items (more than the table keeps) still class every row by its own name
SELECT groundwater_sample_class(name, value) AS class, groundwater_worst_items(name, value) AS worst
FROM (SELECT repeat(' ', n % 100) || (ARRAY['Hg', 'NH3-N', 'nitrate'])[1 + n / 100] AS name,
			 (ARRAY[0.0001, 1.2, 10.0])[1 + n / 100] AS value
	  FROM generate_series(0, 299) n) s;

-- call paths of the cached item argument: PL/pgSQL, SQL function, generic plan, cursor, window
CREATE FUNCTION gw_plpgsql(i text, v float8) RETURNS groundwater_class LANGUAGE plpgsql AS $$
BEGIN
	RETURN groundwater_class(i, v);
END $$;
CREATE FUNCTION gw_sql(i text, v float8) RETURNS groundwater_class LANGUAGE sql AS $$ SELECT groundwater_class(i, v) $$;
SELECT gw_plpgsql('Hg', 0.0015) AS a, gw_plpgsql('pH', 9.5) AS b, gw_plpgsql('Hg', 0.0015) AS c,
	gw_sql('Hg', 0.0015) AS d, gw_sql('pH', 9.5) AS e;
SELECT n, gw_plpgsql(i, v) AS plpgsql, gw_sql(i, v) AS sql
FROM (VALUES (1, 'Hg', 0.0015), (2, 'pH', 9.5), (3, 'Hg', 0.0015), (4, '铁', 0.1)) t(n, i, v) ORDER BY n;
SET plan_cache_mode = force_generic_plan;
PREPARE gw_prep(text, float8) AS SELECT groundwater_class($1, $2), groundwater_unit($1);
EXECUTE gw_prep('Hg', 0.0015);
EXECUTE gw_prep('苯', 5);
EXECUTE gw_prep('Hg', 0.0015);
PREPARE gw_prep_agg(integer) AS SELECT groundwater_sample_class(item, value) FROM gw_samples WHERE point = $1;
EXECUTE gw_prep_agg(2);
EXECUTE gw_prep_agg(3);
DEALLOCATE gw_prep;
DEALLOCATE gw_prep_agg;
RESET plan_cache_mode;
BEGIN;
DECLARE gw_cur CURSOR FOR
	SELECT point, groundwater_sample_class(item, value) FROM gw_samples GROUP BY point ORDER BY point;
FETCH 2 FROM gw_cur;
FETCH 2 FROM gw_cur;
CLOSE gw_cur;
COMMIT;
SELECT point, item, groundwater_sample_class(item, value) OVER (PARTITION BY point ORDER BY item) AS running
FROM gw_samples WHERE point IN (2, 3) AND item IS NOT NULL ORDER BY point, item;

-- parallel plans give the serial answers (sorted and hashed grouping)
CREATE TABLE gw_rows (point integer, item text, value float8, detected boolean);
INSERT INTO gw_rows
SELECT p, item, base * (0.2 + ((p * 7919 + length(item)) % 100) / 40.0), (p + length(item)) % 7 <> 0
FROM generate_series(1, 3000) p,
	(VALUES ('NH3-N', 0.4), ('nitrate', 15.0), ('铁', 0.3), ('锰', 0.1), ('Hg', 0.0008), ('苯', 8.0)) v(item, base);
ANALYZE gw_rows;
CREATE TEMP TABLE gw_serial AS
SELECT point, groundwater_sample_class(item, value, detected) AS c, groundwater_worst_items(item, value, detected) AS w
FROM gw_rows GROUP BY point;
SELECT c, count(*) FROM gw_serial GROUP BY c ORDER BY c;
CREATE TEMP TABLE gw_whole_serial AS
SELECT groundwater_sample_class(item, value, detected) AS c, groundwater_worst_items(item, value, detected) AS w FROM gw_rows;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF)
SELECT point, groundwater_sample_class(item, value, detected) FROM gw_rows GROUP BY point;
SELECT count(*) AS points, count(*) FILTER (WHERE p.c = s.c AND p.w = s.w) AS same
FROM (SELECT point, groundwater_sample_class(item, value, detected) AS c,
			 groundwater_worst_items(item, value, detected) AS w FROM gw_rows GROUP BY point) p
JOIN gw_serial s USING (point);
RESET enable_hashagg;
SET enable_sort = off;
SELECT count(*) AS points, count(*) FILTER (WHERE p.c = s.c AND p.w = s.w) AS same
FROM (SELECT point, groundwater_sample_class(item, value, detected) AS c,
			 groundwater_worst_items(item, value, detected) AS w FROM gw_rows GROUP BY point) p
JOIN gw_serial s USING (point);
RESET enable_sort;
-- one group over all rows: the workers' states are serialized and combined
EXPLAIN (COSTS OFF) SELECT groundwater_sample_class(item, value) FROM gw_rows;
SELECT (groundwater_sample_class(item, value, detected), groundwater_worst_items(item, value, detected))
	= (SELECT c, w FROM gw_whole_serial) AS same, groundwater_sample_class(item, value, detected) AS c
FROM gw_rows;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

DROP TABLE gw_samples, gw_rows;
DROP FUNCTION gw_plpgsql(text, float8), gw_sql(text, float8);
