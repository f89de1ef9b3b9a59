-- The item and waterbody arguments of the water functions: each standard's
-- items are one name table (its items' printed names listed, the other
-- names accepted unlisted), which parses the name and writes the hint.
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
	RETURN state || ': ' || msg || ' | ' || left(hint, 60);
END
$$;
CREATE FUNCTION pg_temp.hint(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	hint text;
BEGIN
	EXECUTE query;
	RETURN NULL;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS hint = PG_EXCEPTION_HINT;
	RETURN hint;
END
$$;

-- every item and waterbody argument: unknown 22023, NULL waterbody of an
-- aggregate 22004 (water_class is strict: NULL, no error)
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT water_class(''chla'', 1)'),
	('SELECT water_class(''TP'', 0.1, ''sea'')'),
	('SELECT water_class(''TP'', 0.1, NULL)'),
	('SELECT section_class(i, 1) FROM (VALUES (''铁'')) t(i)'),
	('SELECT main_pollution_items(i, 1) FROM (VALUES (''铁'')) t(i)'),
	('SELECT main_pollution_items(i, 1, w) FROM (VALUES (''TP'', NULL::text)) t(i, w)'),
	('SELECT drinking_water_compliant(i, 1) FROM (VALUES (''总铬'')) t(i)'),
	('SELECT drinking_water_compliant(i, 1, w) FROM (VALUES (''铁'', ''pond'')) t(i, w)'),
	('SELECT water_item(''总铬'')'),
	('SELECT groundwater_class(''plutonium'', 1)'),
	('SELECT groundwater_unit(''plutonium'')'),
	('SELECT groundwater_sample_class(i, 1) FROM (VALUES (''plutonium'')) t(i)'),
	('SELECT groundwater_item(''plutonium'')')
) t(q);

-- each hint lists the printed names of its table, in the standard's order,
-- exactly as water_item_names() prints them
WITH printed AS (
	SELECT standard, string_agg(item, ', ' ORDER BY n) AS items,
		   string_agg(item, ', ' ORDER BY n) FILTER (WHERE table_no = 1) AS table1
	FROM water_item_names() WITH ORDINALITY AS w(standard, table_no, item, names, n)
	GROUP BY standard
), tail AS (
	SELECT '; each also without its bracket, or followed by its abbreviation, or by the English names and abbreviations water_item_names() lists.' AS t
)
SELECT pg_temp.hint('SELECT water_class(''chla'', 1)')
		 = 'Accepted GB 3838-2002 Table 1 items (case-insensitive): ' || p3.table1 || tail.t AS table1_hint,
	   pg_temp.hint('SELECT drinking_water_compliant(i, 1) FROM (VALUES (''x'')) t(i)')
		 = 'Accepted GB 3838-2002 Tables 1-3 items (case-insensitive): ' || p3.items || tail.t AS tables13_hint,
	   pg_temp.hint('SELECT water_item(''x'')')
		 = pg_temp.hint('SELECT drinking_water_compliant(i, 1) FROM (VALUES (''x'')) t(i)') AS water_item_hint,
	   pg_temp.hint('SELECT groundwater_class(''x'', 1)')
		 = 'Accepted GB/T 14848-2017 Tables 1 and 2 items (case-insensitive): ' || p14.items || tail.t AS groundwater_hint,
	   pg_temp.hint('SELECT water_class(''TP'', 0.1, ''sea'')') AS waterbody_hint
FROM printed p3, printed p14, tail
WHERE p3.standard = 'gb3838-2002' AND p14.standard = 'gbt14848-2017';

-- every waterbody spelling, folded; unlisted ones too
SELECT w, water_class('TP', 0.1, w)::text AS class
FROM (VALUES ('river'), ('河流'), ('河'), ('Stream'), ('lake'), ('湖泊'), ('RESERVOIR'), ('水库'), ('湖库'), ('湖'), ('库')) t(w);

-- a Chinese name followed by an ASCII name of its own item parses (the
-- printed name too, new in 1.3: 水温（℃）(WT)); of another item it does not
SELECT count(*) FILTER (WHERE pg_temp.try(format('SELECT water_item(%L)', item || '(' || a || ')')) <> 'ok') AS own_refused,
	   count(*) AS own_pairs
FROM water_item_names('gb3838') AS w, unnest(w.names) AS a
WHERE a !~ '[^ -~]';
SELECT water_item('水温（℃）(WT)') AS printed_pair,
	   pg_temp.try('SELECT water_item(''总磷(COD)'')') AS other_item_pair;

-- one call site, the item changing from row to row (the varying cache):
-- every row its own item, also past the cache's 64 spellings
SELECT string_agg(water_item(i), ',' ORDER BY n) AS items
FROM (VALUES (1, 'TP'), (2, '氨氮'), (3, 'tp'), (4, 'Fe'), (5, 'TP'), (6, 'NH3-N')) t(n, i);
SELECT count(*) FILTER (WHERE water_item(a) <> item) AS misread, count(*) AS spellings
FROM water_item_names('gb3838') AS w, unnest(w.names || w.item) AS a;
SELECT count(*) FILTER (WHERE groundwater_item(a) <> item) AS misread, count(*) AS spellings
FROM water_item_names('gbt14848') AS w, unnest(w.names || w.item) AS a;
