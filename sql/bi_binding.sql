-- Functions bind at creation.  The extension's SQL and
-- PL/pgSQL functions call other functions of its schema; a function created
-- later in that schema (by anyone with CREATE on it) or in a schema earlier
-- on the caller's search_path must never be chosen in their place.  SQL
-- functions with SQL-standard bodies (BEGIN ATOMIC, RETURN) are bound when
-- they are created; the PL/pgSQL sentence functions are resolved at run
-- time, under search_path = pg_catalog, pg_temp, and call the extension's
-- functions schema-qualified with argument types that match exactly.
--
-- The test finds, through the catalog, every function of the extension's
-- schema that a SQL or PL/pgSQL function of the extension calls: for
-- SQL-standard bodies the dependencies pg_depend records, for string bodies
-- every name followed by "(" in the source.  For each such name and arity
-- it plants overloads taking integer, numeric and text arguments (where the
-- extension has none of that signature) in the extension's schema and in a
-- schema first on the search_path; each raises when it runs.  Then every
-- SQL and PL/pgSQL function of the extension is called; none of the planted
-- functions may run, and every figure stays what it was.
SET client_min_messages = warning;
CREATE TEMP VIEW ext_routines AS
SELECT p.oid, p.proname, l.lanname, p.prosqlbody IS NOT NULL AS bound
FROM pg_depend d
JOIN pg_extension e ON e.oid = d.refobjid AND d.refclassid = 'pg_extension'::regclass
JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
JOIN pg_language l ON l.oid = p.prolang
WHERE e.extname = 'ecoinsp' AND d.deptype = 'e' AND l.lanname IN ('sql', 'plpgsql');
-- the SQL and PL/pgSQL functions of the extension, all called below (a new
-- one shows up here and needs a call below)
SELECT oid::regprocedure AS routine, lanname, bound FROM ext_routines ORDER BY oid::regprocedure::text;

-- what they call in the extension's schema, by name and arity
CREATE TEMP TABLE called AS
SELECT DISTINCT q.proname AS name, q.pronargs AS nargs
FROM ext_routines r
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_proc'::regclass
JOIN pg_proc q ON q.oid = d.refobjid
WHERE r.bound AND q.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'ecoinsp')
UNION
SELECT DISTINCT q.proname, q.pronargs
FROM ext_routines r
JOIN pg_proc src ON src.oid = r.oid
CROSS JOIN LATERAL regexp_matches(src.prosrc, '([a-z_][a-z0-9_]*)\s*\(', 'g') m
JOIN pg_proc q ON q.proname = m[1]
			  AND q.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'ecoinsp')
WHERE NOT r.bound;
SELECT count(*) > 20 AS many_callees,
	   bool_or(name = 'bulletin_pp_change') AS finds_bulletin_pp_change,
	   bool_or(name = 'air_report') AS finds_air_report,
	   bool_or(name = 'round_gb8170') AS finds_round_gb8170
FROM called;

-- plant the overloads: integer, numeric and text arguments, in the
-- extension's schema and in a schema first on the search_path
CREATE SCHEMA planted;
CREATE TABLE planted.made (signature text);
DO $$
DECLARE
	c record;
	t text;
	sch text;
	args text;
	ret text;
BEGIN
	FOR c IN SELECT name, nargs FROM called WHERE nargs > 0 LOOP
		SELECT format_type(prorettype, NULL) INTO ret FROM pg_proc
		WHERE proname = c.name AND pronargs = c.nargs
		  AND pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'ecoinsp')
		  AND prorettype <> 'internal'::regtype AND prokind = 'f'
		ORDER BY oid LIMIT 1;
		CONTINUE WHEN ret IS NULL;
		FOREACH t IN ARRAY ARRAY['integer', 'numeric', 'text'] LOOP
			args := array_to_string(array_fill(t, ARRAY[c.nargs]), ', ');
			FOREACH sch IN ARRAY ARRAY['public', 'planted'] LOOP
				CONTINUE WHEN to_regprocedure(format('%I.%I(%s)', sch, c.name, args)) IS NOT NULL;
				EXECUTE format('CREATE FUNCTION %I.%I(%s) RETURNS %s LANGUAGE plpgsql AS %L',
							   sch, c.name, args, ret,
							   format('BEGIN RAISE EXCEPTION ''planted %s.%s(%s) ran''; END', sch, c.name, args));
				INSERT INTO planted.made VALUES (format('%s.%s(%s)', sch, c.name, args));
			END LOOP;
		END LOOP;
	END LOOP;
END
$$;
SELECT count(*) > 100 AS many_planted,
	   count(*) FILTER (WHERE signature = 'public.bulletin_pp_change(integer, integer, integer, integer)') AS the_one_issue_17_found
FROM planted.made;
-- a planted overload does run when it is the better match (the test's plants work)
SELECT public.bulletin_pp_change(1, 2, 1, 2);
\echo :LAST_ERROR_SQLSTATE

SET search_path = planted, public, pg_catalog;
-- a year with a previous year, a month, rectification with petitions,
-- both noise kinds, sections; zh and en
CREATE TEMP TABLE years AS
SELECT y AS year, public.air_summary(d::date, 8 + y % 3, 30, 60, 0.8, 100 + y % 7, 30 + y % 5 + extract(doy FROM d)::integer % 60) AS s
FROM generate_series(2023, 2024) y, generate_series(make_date(y, 1, 1), make_date(y, 12, 31), '1 day') d
GROUP BY y;
SELECT public.air_sentence(c.s, p.s), public.air_sentence(c.s, p.s, 'en'::text, 'X City'::text, 'the year'::text)
FROM years c JOIN years p ON p.year = c.year - 1;
SELECT (public.air_report(s)).composite_index, public.good_day_ratio(s)::text,
	   public.air_summary_json(s) ->> 'good_day_pct' AS json, public.air_summary_jsonb(s) ->> 'o3' AS jsonb
FROM years ORDER BY year;
CREATE TEMP TABLE cases AS
SELECT public.rectification(deadline, done, '2024-12-31'::date) AS r
FROM (VALUES ('2024-03-01'::date, '2024-02-20'::date), ('2024-06-01', '2025-01-10'), ('2025-06-01', NULL),
			 (NULL, '2024-01-05')) t(deadline, done);
SELECT public.rectification_sentence(r, public.rate(9::float8, 10::float8)),
	   public.rectification_sentence(r, NULL, 'en'::text),
	   (public.rectification_report(r)).overdue,
	   public.rectification_summary_json(r) ->> 'completion_pct' AS json,
	   public.rectification_summary_jsonb(r) ->> 'due' AS jsonb
FROM cases;
SELECT public.noise_sentence(54.04::float8, 45.96::float8, 'regional'::text, 54.04::float8, 46.5::float8),
	   public.noise_sentence(68.6::float8, 58.1::float8, 'road_traffic'::text, lang => 'en'::text);
SELECT (public.noise_report(68.6::float8, 'road_traffic'::text, 'day'::text)).*;
SELECT public.water_sentence(public.water_report('{I,II,II,III,IV,V,劣V}'::public.water_class[]),
							 public.water_report('{I,II,III,IV,V,劣V,劣V}'::public.water_class[])),
	   public.water_sentence(public.water_report('{I,II,II,III,IV,V,劣V}'::public.water_class[]),
							 public.water_report('{I,II,III,IV,V,劣V,劣V}'::public.water_class[]), 'en'::text);
SELECT public.bulletin_change(0::numeric, '%'::text, '上升'::text, '下降'::text, 'up'::text, 'down'::text, 'en'::text),
	   public.bulletin_lang('EN'::text);
RESET search_path;
DROP SCHEMA planted CASCADE;
DO $$
DECLARE
	f regprocedure;
BEGIN
	FOR f IN SELECT p.oid FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
		AND p.prosrc LIKE 'BEGIN RAISE EXCEPTION ''planted %' LOOP
		EXECUTE format('DROP FUNCTION %s', f);
	END LOOP;
END
$$;
SELECT count(*) AS planted_left FROM pg_proc WHERE prosrc LIKE 'BEGIN RAISE EXCEPTION ''planted %';
