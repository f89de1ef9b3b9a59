-- Extension-wide security check ("Security Considerations for Extensions").
-- 1. The installed script starts with the \echo ... \quit guard.
SELECT (regexp_match(pg_read_file(setting || '/extension/ecoinsp--1.0.sql'),
                     '^(?:--[^\n]*\n|\s)*(\\echo [^\n]*\\quit)'))[1] AS guard
FROM pg_config WHERE name = 'SHAREDIR';
-- 2. SQL-language functions of the extension fix their search_path
--    (expected: empty list).
SELECT p.oid::regprocedure AS sql_function_without_search_path
FROM pg_depend d
JOIN pg_extension e ON e.oid = d.refobjid AND d.refclassid = 'pg_extension'::regclass
JOIN pg_proc p ON p.oid = d.objid AND d.classid = 'pg_proc'::regclass
JOIN pg_language l ON l.oid = p.prolang
WHERE e.extname = 'ecoinsp' AND l.lanname IN ('sql', 'plpgsql')
  AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%')
ORDER BY p.oid::regprocedure::text;
-- 3. A hostile schema first on the search_path, shadowing operators and
--    functions, changes nothing that the extension resolves itself (casts,
--    operator classes, aggregates, defaults).
CREATE TABLE sec_days AS
SELECT g AS day, aqi_daily(5 + g % 40, 10 + g % 60, 20 + g % 300, 0.3 + (g % 30) / 10.0,
                           40 + g % 200, 10 + (g * 7) % 260) AS a
FROM generate_series(1, 500) g;
CREATE TEMP TABLE sec_before AS
SELECT max(a)::text AS mx, min(a)::text AS mn, sum(a::integer) AS s,
       string_agg(a::text, ';' ORDER BY a, day) AS ordered,
       count(DISTINCT a) AS distinct_values,
       sum(iaqi('pm25', day)) AS iaqi_sum
FROM sec_days;
CREATE SCHEMA evil;
CREATE FUNCTION evil.lie_bool(aqi, aqi) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE FUNCTION evil.lie_int(integer, integer) RETURNS integer LANGUAGE sql AS 'SELECT 0';
CREATE OPERATOR evil.= (LEFTARG = aqi, RIGHTARG = aqi, FUNCTION = evil.lie_bool);
CREATE OPERATOR evil.< (LEFTARG = aqi, RIGHTARG = aqi, FUNCTION = evil.lie_bool);
CREATE OPERATOR evil.> (LEFTARG = aqi, RIGHTARG = aqi, FUNCTION = evil.lie_bool);
CREATE OPERATOR evil.+ (LEFTARG = integer, RIGHTARG = integer, FUNCTION = evil.lie_int);
CREATE FUNCTION evil.aqi_larger(aqi, aqi) RETURNS aqi LANGUAGE sql AS 'SELECT $2';
CREATE FUNCTION evil.aqi_cmp(aqi, aqi) RETURNS integer LANGUAGE sql AS 'SELECT 0';
CREATE FUNCTION evil.value(aqi) RETURNS integer LANGUAGE sql AS 'SELECT 0';
CREATE FUNCTION evil.lower(text) RETURNS text LANGUAGE sql AS 'SELECT ''hj633-2012''';
CREATE FUNCTION evil.pg_strcasecmp(text, text) RETURNS integer LANGUAGE sql AS 'SELECT 0';
SET search_path = evil, public, pg_catalog;
CREATE TEMP TABLE sec_after AS
SELECT public.max(a)::text AS mx, public.min(a)::text AS mn, sum(a::integer) AS s,
       string_agg(a::text, ';' ORDER BY a, day) AS ordered,
       count(DISTINCT a) AS distinct_values,
       sum(public.iaqi('pm25', day)) AS iaqi_sum
FROM public.sec_days;
RESET search_path;
SELECT (SELECT row(b.*)::text FROM sec_before b) = (SELECT row(a.*)::text FROM sec_after a)
       AS unchanged_under_hostile_search_path;
DROP SCHEMA evil CASCADE;
DROP TABLE sec_days;
