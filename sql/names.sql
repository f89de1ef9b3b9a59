-- Name arguments: one table per argument parses the name (folded: case,
-- blanks and separators ignored) and writes the hint of its error, so what
-- the hint lists is what parses.  Unknown names: 22023 "unknown <thing>
-- "<name>"" with the table's hint; NULL where a name is required: 22004.
CREATE FUNCTION pg_temp.try(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	state text;
	msg text;
	hint text;
BEGIN
	EXECUTE query;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
	RETURN state || ': ' || msg || ' | ' || hint;
END
$$;

-- unknown names: the message quotes the name, the hint is built from the table
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT iaqi(''pm1'', 10)'),
	('SELECT iaqi(''pm2.5'', 10, ''2h'')'),
	('SELECT iaqi(''pm2.5'', 10, standard => ''hj633-2013'')'),
	('SELECT air_day(timestamp ''2024-03-01 00:00'', ''middle'')'),
	('SELECT nowcast(timestamp ''2024-01-01 00:00'', 1, ''o3'') OVER ()'),
	('SELECT nondetect_value(''ND'', 0.1, ''quarter'')'),
	('SELECT noise_grade(50, ''industrial'')'),
	('SELECT noise_grade(50, ''regional'', ''evening'')'),
	('SELECT noise_limit(''4'', ''day'')'),
	('SELECT category(''40 hj633-2012''::aqi, ''fr'')'),
	('SELECT count(*) FROM water_item_names(''gb3097'')')
) t(q);

-- NULL where a name is required
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT iaqi(''pm2.5'', 10, standard => NULL)'),
	('SELECT o3_max8h(timestamp ''2014-06-01 03:00'', 100, NULL)'),
	('SELECT nowcast(timestamp ''2024-01-01 00:00'', 1, NULL) OVER ()'),
	('SELECT nondetect_value(''ND'', 0.1, NULL)')
) t(q);

-- the spellings the tables hold, folded; each compared with its canonical form
SELECT bool_and(iaqi(a, 35) = iaqi(b, 35)) AS pollutants_fold,
	   count(*) AS cases
FROM (VALUES ('PM2.5', 'pm25'), ('pm2_5', 'pm25'), (' Pm 2.5 ', 'pm25'), ('PM₂.₅', 'pm25'),
			 ('so2_24h', 'SO2'), ('NO2-1H', 'no2_1h'), ('o3', 'O3_8h'), ('O3 8H', 'o3_8h')) t(a, b);
-- a suffix that names another period than the period argument: 22023
SELECT pg_temp.try('SELECT iaqi(''o3_1h'', 100, ''8h'')') AS suffix_against_period;
-- the period argument agrees with the suffix
SELECT iaqi('o3_1h', 200, '1h') = iaqi('o3', 200, '1h') AS suffix_and_period;
SELECT air_day(timestamp '2024-03-01 00:00', ' END ') = date '2024-02-29' AS hour_label_folds,
	   air_day(timestamp '2024-03-01 00:00', 'Start') = date '2024-03-01' AS start_folds;
SELECT nondetect_value('ND', 0.1, 'Half-Limit') = 0.05 AS half_limit,
	   nondetect_value('ND', 0.1, 'half') = 0.05 AS half_unlisted,
	   nondetect_value('ND', 0.1, 'LIMIT') = 0.1 AS at_limit,
	   nondetect_value('ND', 0.1, 'zero') = 0 AS zero,
	   nondetect_value('n.d.', 0.1) = 0.05 AS nd_words_fold;
SELECT noise_limit('4a类', '夜间') = noise_limit('4A', 'night') AS zone_printed,
	   noise_grade(54.5, '区域环境噪声', '昼') = noise_grade(54.5, 'regional', 'day') AS kind_unlisted;
SELECT (SELECT count(*) FROM water_item_names('GB 3838')) = (SELECT count(*) FROM water_item_names('gb3838-2002')) AS standard_short,
	   (SELECT count(*) FROM water_item_names('gbt14848')) > 0 AS groundwater,
	   (SELECT count(*) FROM water_item_names(NULL)) = (SELECT count(*) FROM water_item_names('gb3838')) + (SELECT count(*) FROM water_item_names('gbt14848')) AS null_is_both;

-- bulletin_lang reads lang as category(aqi, lang) does: the same spellings
-- are accepted (with the same answer) and refused (1.2 refused ' EN', 'z-h')
CREATE TEMP TABLE spellings (lang text);
INSERT INTO spellings VALUES ('zh'), ('EN'), (' en '), ('z-h'), ('E_N'), ('Zh.'), ('(en)'), ('zh-cn'), ('fr'), (''), ('english'), ('中文');
SELECT lang, pg_temp.try(format('SELECT bulletin_lang(%L)', lang)) AS bulletin,
	   pg_temp.try(format('SELECT category(''40 hj633-2012''::aqi, %L)', lang)) AS category
FROM spellings ORDER BY lang;
SELECT count(*) AS disagreements
FROM spellings
WHERE pg_temp.try(format('SELECT bulletin_lang(%L)', lang)) <> pg_temp.try(format('SELECT category(''40 hj633-2012''::aqi, %L)', lang))
   OR (pg_temp.try(format('SELECT bulletin_lang(%L)', lang)) = 'ok'
	   AND bulletin_lang(lang) <> CASE WHEN category('40 hj633-2012'::aqi, lang) = '优' THEN 'zh' ELSE 'en' END);
SELECT bulletin_lang(NULL) IS NULL AS strict;
SELECT noise_sentence(54.5, 45.1, lang => ' EN ') = noise_sentence(54.5, 45.1, lang => 'en') AS sentence_folds_lang,
	   noise_sentence(54.5, 45.1, lang => 'en') <> noise_sentence(54.5, 45.1) AS english_differs;

-- one call site, the name changing from row to row: every row its own answer
SELECT string_agg(bulletin_lang(l), ',' ORDER BY i) AS langs,
	   string_agg(category('40 hj633-2012'::aqi, l), ',' ORDER BY i) AS categories
FROM (VALUES (1, 'zh'), (2, 'EN'), (3, 'zh'), (4, ' e n ')) t(i, l);
DO $$
DECLARE
	l text;
	got text := '';
BEGIN
	FOREACH l IN ARRAY ARRAY['zh', 'en', 'ZH', 'en'] LOOP
		got := got || bulletin_lang(l) || ';';
	END LOOP;
	RAISE NOTICE 'plpgsql variable: %', got;
END
$$;

-- the language names' table is the support function's comment's subject
SELECT obj_description('bulletin_lang(text)'::regprocedure, 'pg_proc') LIKE 'support function of the sentence functions%' AS lang_commented,
	   obj_description('bulletin_change(numeric, text, text, text, text, text, text)'::regprocedure, 'pg_proc') LIKE 'support function%' AS change_commented,
	   obj_description('bulletin_pp_change(bigint, bigint, bigint, bigint)'::regprocedure, 'pg_proc') LIKE 'support function%' AS pp_commented;
