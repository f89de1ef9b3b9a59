-- The noise_grade type: HJ 640-2012 一级..五级.

-- text input: 一级..五级 and 1..5; output 一级..
SELECT g::noise_grade AS grade, g::noise_grade::text AS text, g::noise_grade::integer AS number
FROM (VALUES ('一级'), ('二级'), (' 三级 '), ('4'), ('5')) t(g);

-- round trip of every grade through text
SELECT n, (n::text::noise_grade)::text::noise_grade = n::text::noise_grade AS round_trip
FROM generate_series(1, 5) n;

-- malformed text: 22P02
SELECT '六级'::noise_grade;
\echo :LAST_ERROR_SQLSTATE
SELECT '0'::noise_grade;
\echo :LAST_ERROR_SQLSTATE
SELECT ''::noise_grade;
\echo :LAST_ERROR_SQLSTATE
SELECT '一 级'::noise_grade;
\echo :LAST_ERROR_SQLSTATE

-- ordered best to worst; btree and hash operator classes
SELECT '一级'::noise_grade < '二级'::noise_grade AS lt, '五级'::noise_grade > '4'::noise_grade AS gt,
	'三级'::noise_grade <= '3'::noise_grade AS le, '三级'::noise_grade >= '四级'::noise_grade AS ge,
	'二级'::noise_grade = '2'::noise_grade AS eq, '二级'::noise_grade <> '2'::noise_grade AS ne;
CREATE TEMP TABLE grades AS
	SELECT ((n % 5) + 1)::text::noise_grade AS g FROM generate_series(1, 50) n;
SELECT g, count(*) FROM grades GROUP BY g ORDER BY g DESC;
SELECT min(g), max(g), count(DISTINCT g) FROM grades;
CREATE INDEX ON grades USING btree (g);
CREATE INDEX ON grades USING hash (g);
SET enable_seqscan = off;
SELECT count(*) FROM grades WHERE g = '三级';
SELECT count(*) FROM grades WHERE g > '三级';
RESET enable_seqscan;
SET enable_sort = off;
SELECT count(*) FROM (SELECT DISTINCT g FROM grades) d;
RESET enable_sort;
SELECT opc.opcname, amvalidate(opc.oid)
FROM pg_opclass opc WHERE opc.opcname IN ('noise_grade_ops', 'noise_grade_hash_ops') ORDER BY 1;

-- labels
SELECT g, label(g) AS zh, label(g, 'en') AS en, label(g, 'ZH') AS upper_zh
FROM (SELECT n::text::noise_grade AS g FROM generate_series(1, 5) n) t;
SELECT label('一级', 'fr');
\echo :LAST_ERROR_SQLSTATE

-- binary I/O: a version byte then the grade
SELECT noise_grade_send('一级'), noise_grade_send('五级');
DO $$
DECLARE
	path text := current_setting('data_directory') || '/noise_grade_binary.copy';
	bad bytea;
BEGIN
	CREATE TEMP TABLE grade_copy (g noise_grade);
	EXECUTE format('COPY (SELECT g FROM (VALUES (%L::noise_grade), (%L)) t(g)) TO %L (FORMAT binary)',
				   '二级', '五级', path);
	EXECUTE format('COPY grade_copy FROM %L (FORMAT binary)', path);
	RAISE NOTICE 'binary round trip: %', (SELECT string_agg(g::text, ',') FROM grade_copy);
	FOREACH bad IN ARRAY ARRAY['\x0106', '\x0100', '\x0203', '\x01', '\x010300']::bytea[] LOOP
		EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)', bad, path);
		BEGIN
			EXECUTE format('COPY grade_copy FROM %L (FORMAT binary)', path);
			RAISE NOTICE '% accepted', bad;
		EXCEPTION WHEN others THEN
			RAISE NOTICE '% rejected: % %', bad, SQLSTATE, SQLERRM;
		END;
	END LOOP;
END $$;
