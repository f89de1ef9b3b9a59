-- Laboratory readings below the detection limit:
-- nondetect_value() and is_nondetect() on every notation, each convention,
-- the edges of the number syntax and the errors, with their SQLSTATEs.

CREATE FUNCTION pg_temp.try(query text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE query;
	RETURN 'no error';
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- a number is itself under every convention; a non-detect is half its limit by default
SELECT r, nondetect_value(r) AS half, nondetect_value(r, convention => 'limit') AS limit_,
	nondetect_value(r, convention => 'zero') AS zero, is_nondetect(r) AS nd
FROM (VALUES ('0.35'), (' 1.2e-3 '), ('0'), ('.5'), ('7.'), ('1E2'), ('0.01L'), ('0.01 L'), ('0.05l'),
	('<0.01'), ('< 0.004'), ('＜0.02'), ('0L'), ('1e-3L')) t(r);

-- ND and its spellings take detection_limit; a reading's own limit wins over it
SELECT r, nondetect_value(r, 0.02) AS half, nondetect_value(r, 0.02, 'limit') AS limit_, is_nondetect(r) AS nd
FROM (VALUES ('ND'), ('nd'), ('N.D.'), ('未检出'), ('未检'), (' ND '), ('0.01L'), ('0.5')) t(r);

-- convention names fold like every name argument
SELECT nondetect_value('0.01L', NULL, 'Half Limit') AS a, nondetect_value('0.01L', NULL, 'HALF_LIMIT') AS b,
	nondetect_value('0.01L', NULL, 'half') AS c, nondetect_value('0.01L', NULL, 'LIMIT') AS d;

-- NULL reading: NULL; NULL detection_limit is fine unless it is needed
SELECT nondetect_value(NULL) IS NULL AS a, nondetect_value(NULL, 0.1, 'zero') IS NULL AS b,
	nondetect_value('0.3', NULL) AS c, is_nondetect(NULL) IS NULL AS d;

-- malformed notation: 22P02; out of range: 22003; unknown convention: 22023; missing limit: 22004
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT nondetect_value('''')'),
	('SELECT nondetect_value(''  '')'),
	('SELECT nondetect_value(''abc'')'),
	('SELECT nondetect_value(''0.01LL'')'),
	('SELECT nondetect_value(''<0.01L'')'),
	('SELECT nondetect_value(''L'')'),
	('SELECT nondetect_value(''<'')'),
	('SELECT nondetect_value(''1,5'')'),
	('SELECT nondetect_value(''NaN'')'),
	('SELECT nondetect_value(''inf'')'),
	('SELECT nondetect_value(''0x10'')'),
	('SELECT nondetect_value(''1e'')'),
	('SELECT nondetect_value(''+1'')'),
	('SELECT nondetect_value(''--1'')'),
	('SELECT nondetect_value(''.'')'),
	('SELECT nondetect_value(''0.01 mg/L'')'),
	('SELECT is_nondetect(''n/a'')'),
	('SELECT nondetect_value(''-0.5'')'),
	('SELECT nondetect_value(''1e13'')'),
	('SELECT nondetect_value(''1e400'')'),
	('SELECT nondetect_value(''1000000000000'')'),
	('SELECT nondetect_value(''1000000000001'')'),
	('SELECT nondetect_value(''ND'')'),
	('SELECT nondetect_value(''ND'', -0.01)'),
	('SELECT nondetect_value(''ND'', ''NaN'')'),
	('SELECT nondetect_value(''ND'', ''Infinity'')'),
	('SELECT nondetect_value(''0.01L'', NULL, ''quarter'')'),
	('SELECT nondetect_value(''0.01L'', NULL, NULL)')
) t(q);

-- the message quotes at most 100 characters of a long reading
SELECT pg_temp.try('SELECT nondetect_value(' || quote_literal(repeat('x', 150)) || ')') LIKE '22P02: invalid laboratory reading "' || repeat('x', 100) || '..."' AS cut;

-- the hint names the notations
SELECT nondetect_value('0.01 LL');
\echo :LAST_ERROR_SQLSTATE
SELECT nondetect_value('ND');
\echo :LAST_ERROR_SQLSTATE

-- readings as a lab export carries them, into a section's mean and class:
-- 氨氮 0.5, 0.025L and ND (limit 0.025) average to (0.5 + 0.0125 + 0.0125) / 3 = 0.175;
-- 总磷 0.02L and 0.19 to (0.01 + 0.19) / 2 = 0.1, on the class II limit (at the
-- detection limit: 0.105, class III)
CREATE TEMP TABLE lab (section text, item text, reading text);
INSERT INTO lab VALUES ('A', '氨氮（NH3-N）', '0.5'), ('A', '氨氮（NH3-N）', '0.025L'), ('A', 'NH₃-N', 'ND'),
	('A', '总磷（以P计）', '0.02L'), ('A', '总磷（以P计）', '0.19');
SELECT water_item(item) AS item, round(avg(nondetect_value(reading, 0.025))::numeric, 6) AS mean,
	round(avg(nondetect_value(reading, 0.025, 'limit'))::numeric, 6) AS mean_at_limit
FROM lab GROUP BY 1 ORDER BY 1;
SELECT section_class(item, nondetect_value(reading, 0.025)) AS class,
	section_class(item, nondetect_value(reading, 0.025, 'limit')) AS class_at_limit
FROM lab;

-- the same answers on the paths the call-site cache serves: PL/pgSQL with a varying convention
CREATE FUNCTION pg_temp.nd(r text, c text) RETURNS float8 LANGUAGE plpgsql AS $$
BEGIN
	RETURN nondetect_value(r, 0.1, c);
END $$;
SELECT pg_temp.nd('0.02L', 'limit') AS a, pg_temp.nd('0.02L', 'half_limit') AS b, pg_temp.nd('ND', 'zero') AS c,
	pg_temp.nd('ND', 'limit') AS d;
PREPARE nd_plan(text, text) AS SELECT nondetect_value($1, 0.1, $2);
SET plan_cache_mode = force_generic_plan;
EXECUTE nd_plan('0.02L', 'limit');
EXECUTE nd_plan('0.02L', 'zero');
EXECUTE nd_plan('ND', 'half_limit');
RESET plan_cache_mode;
