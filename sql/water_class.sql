-- The water_class type: GB 3838-2002 I, II, III, IV, V and 劣V.

-- text input: the common spellings, any case, with or without 类
SELECT spelling, spelling::water_class AS class, spelling::water_class::integer AS number
FROM (VALUES ('I'), ('ii'), ('III类'), (' IV '), ('v'), ('Ⅰ'), ('Ⅱ类'), ('Ⅲ'), ('ⅳ'), ('Ⅴ'),
			 ('劣V'), ('劣Ⅴ'), ('劣ⅴ类'), ('V+'), ('1'), ('5'), ('6')) t(spelling);

-- round trip of every class through text
SELECT n, (n::text::water_class)::text AS text, (n::text::water_class)::text::water_class = n::text::water_class AS round_trip
FROM generate_series(1, 6) n;

-- malformed text: 22P02
SELECT 'VI'::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT '劣IV'::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT '0'::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT '7'::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT ''::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT 'I I'::water_class;
\echo :LAST_ERROR_SQLSTATE
-- a Roman numeral character is a whole numeral, and 劣 goes only before V:
-- none of these is a class (they were once read as III, IV, 劣V)
SELECT 'ⅡⅠ'::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT 'ⅠV'::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT '~V'::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT '劣'::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT '劣5'::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT 'Ⅵ'::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT 'Ｖ'::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT E'III\n'::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT 'IIIx'::water_class;
\echo :LAST_ERROR_SQLSTATE
SELECT 'Ⅴ+'::water_class AS roman_v_plus;

-- ordered best to worst; btree and hash operator classes; min and max
SELECT 'I'::water_class < 'II' AS lt, '劣V'::water_class > 'V' AS gt, 'III'::water_class <= 'Ⅲ' AS le,
	'IV'::water_class >= 'V' AS ge, 'V+'::water_class = '劣V' AS eq, 'II'::water_class <> '2' AS ne;
CREATE TEMP TABLE classes AS
	SELECT ((n % 6) + 1)::text::water_class AS c FROM generate_series(1, 60) n;
SELECT c, count(*) FROM classes GROUP BY c ORDER BY c;
SELECT min(c) AS best, max(c) AS worst, count(DISTINCT c) FROM classes;
SELECT max(c) FROM classes WHERE c < 'IV';
CREATE INDEX ON classes USING btree (c);
CREATE INDEX ON classes USING hash (c);
SET enable_seqscan = off;
SELECT count(*) FROM classes WHERE c = '劣V';
SELECT count(*) FROM classes WHERE c <= 'III';
RESET enable_seqscan;
SELECT opc.opcname, amvalidate(opc.oid)
FROM pg_opclass opc WHERE opc.opcname IN ('water_class_ops', 'water_class_hash_ops') ORDER BY 1;

-- 《评价办法》 status words; I-III are 优良
SELECT c, status(c) AS zh, status(c, 'en') AS en, is_good(c) AS good
FROM (SELECT n::text::water_class AS c FROM generate_series(1, 6) n) t;
SELECT status('I', 'de');
\echo :LAST_ERROR_SQLSTATE

-- binary I/O: a version byte then the class
SELECT water_class_send('I'), water_class_send('劣V');
DO $$
DECLARE
	path text := current_setting('data_directory') || '/water_class_binary.copy';
	bad bytea;
BEGIN
	CREATE TEMP TABLE class_copy (c water_class);
	EXECUTE format('COPY (SELECT c FROM (VALUES (%L::water_class), (%L)) t(c)) TO %L (FORMAT binary)',
				   'III', '劣V', path);
	EXECUTE format('COPY class_copy FROM %L (FORMAT binary)', path);
	RAISE NOTICE 'binary round trip: %', (SELECT string_agg(c::text, ',') FROM class_copy);
	FOREACH bad IN ARRAY ARRAY['\x0107', '\x0100', '\x0003', '\x01', '\x01030000']::bytea[] LOOP
		EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)', bad, path);
		BEGIN
			EXECUTE format('COPY class_copy FROM %L (FORMAT binary)', path);
			RAISE NOTICE '% accepted', bad;
		EXCEPTION WHEN others THEN
			RAISE NOTICE '% rejected: % %', bad, SQLSTATE, SQLERRM;
		END;
	END LOOP;
END $$;
