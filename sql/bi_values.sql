-- Plain values for BI tools (docs/bi.md): value() of every type, aqi
-- compared with plain numbers, the casts to json and jsonb, and sorting by
-- the types' own order rather than by their text.
SET client_min_messages = warning;
CREATE TEMP TABLE days (day integer, a aqi);
-- 125 (HJ 633-2012, PM10 primary; PM10, PM2.5 exceeding), 301 and 300
-- (严重 starts above 300), 50 and 51 (优 | 良), 100 and 101 (良 | 轻度)
INSERT INTO days VALUES
	(1, aqi_daily(10, 20, 200, 1, 100, 80, standard => 'hj633-2012')),
	(2, '301 hj633-2026 primary=PM2.5'), (3, '300 hj633-2026 primary=PM2.5'),
	(4, '50 hj633-2026'), (5, '51 hj633-2026 primary=PM10'),
	(6, '100 hj633-2012 primary=O3_8h'), (7, '101 hj633-2026 primary=O3_8h'),
	(8, NULL);
SELECT day, a, value(a), a > 300 AS gt300, a >= 101 AS ge101, a = 50 AS eq50, a <> 100 AS ne100,
	   a < 51 AS lt51, a <= 100 AS le100, 300 < a AS c_gt300, 101 <= a AS c_ge101, 50 = a AS c_eq50,
	   100 <> a AS c_ne100, 51 > a AS c_lt51, 100 >= a AS c_le100
FROM days ORDER BY day;
-- the issue's examples
SELECT aqi_daily(10, 20, 200, 1, 100, 80) >= 101 AS daily_ge_101, count(*) FILTER (WHERE a > 300) AS severe
FROM days;
-- integer = aqi compares values only; aqi = aqi compares every field
SELECT '100 hj633-2012 primary=O3_8h'::aqi = 100 AS value_eq,
	   '100 hj633-2012 primary=O3_8h'::aqi = '100 hj633-2026 primary=O3_8h'::aqi AS identical;
-- the operators resolve against an integer column
SELECT count(*) FILTER (WHERE a > n) AS above_n FROM days, (VALUES (100)) v(n);
-- commutators and negators are declared, so the planner may flip them
SELECT o.oprname, format_type(o.oprleft, NULL) AS l, format_type(o.oprright, NULL) AS r,
	   c.oprname AS commutator, n.oprname AS negator
FROM pg_operator o LEFT JOIN pg_operator c ON c.oid = o.oprcom LEFT JOIN pg_operator n ON n.oid = o.oprnegate
WHERE (o.oprleft = 'aqi'::regtype AND o.oprright = 'integer'::regtype)
   OR (o.oprleft = 'integer'::regtype AND o.oprright = 'aqi'::regtype)
ORDER BY 2, 1;

-- value() of noise_grade and water_class: the grade and class numbers
SELECT g, value(g), g::integer AS cast FROM unnest('{一级,二级,三级,四级,五级}'::noise_grade[]) g;
SELECT w, value(w), w::integer AS cast FROM unnest('{I,II,III,IV,V,劣V}'::water_class[]) w;
SELECT value(NULL::aqi) AS a, value(NULL::noise_grade) AS g, value(NULL::water_class) AS w;
-- rate: fraction() and pct() are its values (NULL without a denominator)
SELECT r, fraction(r), pct(r) FROM unnest('{1/3,209/209,0/0}'::rate[]) r;

-- Sorting: the text of the grades sorts wrongly; the types' order and value() do not
SELECT string_agg(g::text, ' ' ORDER BY g::text) AS by_text,
	   string_agg(g::text, ' ' ORDER BY g) AS by_type,
	   string_agg(g::text, ' ' ORDER BY value(g)) AS by_value
FROM unnest('{三级,一级,五级,二级,四级}'::noise_grade[]) g;
SELECT string_agg(a::text, ' | ' ORDER BY a::text) AS by_text,
	   string_agg(value(a)::text, ' ' ORDER BY a) AS by_type
FROM days WHERE day IN (1, 4, 6, 7);

-- json and jsonb: the casts, and to_json/to_jsonb/row_to_json of a row
SELECT a::json FROM days WHERE day = 1;
SELECT jsonb_pretty(a::jsonb) FROM days WHERE day = 1;
SELECT to_jsonb(d) FROM days d WHERE day = 6;
SELECT row_to_json(d) FROM days d WHERE day = 4;
SELECT to_json(d), to_jsonb(d) FROM days d WHERE day = 8;
SELECT to_json(v), to_jsonb(v)
FROM (SELECT '1/3'::rate AS r, '0/0'::rate AS z, '三级'::noise_grade AS g, '劣V'::water_class AS w) v;
SELECT json_typeof(to_json(d) -> 'a') AS json_type, jsonb_typeof(to_jsonb(d) -> 'a') AS jsonb_type,
	   (to_jsonb(d) -> 'a' ->> 'value')::integer = value(a) AS value_matches
FROM days d WHERE day = 2;
-- the objects hold exactly the accessors' values (all standards, pollutant
-- sets, beyond the scale)
SELECT count(*) AS values, count(*) FILTER (WHERE a::jsonb = jsonb_build_object(
		'value', value(a), 'level', level(a), 'category', category(a), 'category_en', category(a, 'en'),
		'color', color(a), 'primary_pollutants', primary_pollutants(a),
		'exceeding_pollutants', exceeding_pollutants(a), 'standard', standard(a),
		'beyond_scale', is_beyond_scale(a)) AND a::json::jsonb = a::jsonb) AS match
FROM (SELECT aqi_daily(5 + g % 90, 10 + g % 300, g % 700, 0.3 + (g % 50) / 10.0, 40 + g % 500, g % 400,
					   CASE WHEN std = 'hj633-2012' THEN g % 900 END, std) AS a
	  FROM generate_series(0, 2999) g, unnest('{hj633-2012,hj633-2026}'::text[]) std
	  UNION ALL
	  SELECT aqi_daily(g % 300, 0.01 * (g % 60), g % 500, g % 40, 0.001 * (g % 180), g % 300, standard => 'us-epa-2024')
	  FROM generate_series(0, 2999) g) v
WHERE a IS NOT NULL;
SELECT count(DISTINCT standard(a)) AS standards, bool_or(is_beyond_scale(a)) AS some_beyond,
	   bool_or(cardinality(exceeding_pollutants(a)) > 1) AS several_exceeding
FROM (SELECT aqi_daily(5 + g % 90, 10 + g % 300, g % 700, 0.3 + (g % 50) / 10.0, 40 + g % 500, g % 400,
					   CASE WHEN std = 'hj633-2012' THEN g % 900 END, std) AS a
	  FROM generate_series(0, 2999) g, unnest('{hj633-2012,hj633-2026}'::text[]) std
	  UNION ALL
	  SELECT aqi_daily(g % 300, 0.01 * (g % 60), g % 500, g % 40, 0.001 * (g % 180), g % 300, standard => 'us-epa-2024')
	  FROM generate_series(0, 2999) g) v;
SELECT count(*) AS rates, count(*) FILTER (WHERE r::jsonb = jsonb_build_object('numerator', numerator(r),
		'denominator', denominator(r), 'fraction', fraction(r), 'percent', pct(r)) AND r::json::jsonb = r::jsonb) AS match
FROM (SELECT rate(g % 17 + (g % 3) / 4.0, g % 23) AS r FROM generate_series(0, 999) g) v WHERE numerator(r) <= denominator(r);
SELECT bool_and(g::jsonb = jsonb_build_object('grade', value(g), 'name', g::text, 'label', label(g),
		'label_en', label(g, 'en')) AND g::json::jsonb = g::jsonb) AS noise_match
FROM unnest('{一级,二级,三级,四级,五级}'::noise_grade[]) g;
SELECT bool_and(w::jsonb = jsonb_build_object('class', value(w), 'name', w::text, 'status', status(w),
		'status_en', status(w, 'en'), 'good', is_good(w)) AND w::json::jsonb = w::jsonb) AS water_match
FROM unnest('{I,II,III,IV,V,劣V}'::water_class[]) w;
SELECT jsonb_agg(w ORDER BY w) -> 5 AS worst FROM unnest('{II,劣V,I,IV,III,V}'::water_class[]) w;

-- call paths: PL/pgSQL, SQL function, prepared generic plan, cursor, window,
-- forced parallel plan
CREATE FUNCTION pl_severe(x aqi) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN x > 300; END $$;
CREATE FUNCTION sql_json(x aqi) RETURNS jsonb LANGUAGE sql RETURN to_jsonb(x);
SELECT day, pl_severe(a), sql_json(a) ->> 'category_en' AS category_en FROM days WHERE day IN (2, 3) ORDER BY day;
SET plan_cache_mode = force_generic_plan;
PREPARE over(integer) AS SELECT count(*) FROM days WHERE a > $1;
EXECUTE over(300);
EXECUTE over(100);
PREPARE js(integer) AS SELECT (a::jsonb) -> 'level' FROM days WHERE day = $1;
EXECUTE js(7);
RESET plan_cache_mode;
BEGIN;
DECLARE c CURSOR FOR SELECT day, value(a), a::json ->> 'color' AS color FROM days WHERE a >= 100 ORDER BY a;
FETCH 2 FROM c;
FETCH 2 FROM c;
COMMIT;
SELECT day, value(a), max(value(a)) OVER (ORDER BY day ROWS 1 PRECEDING) AS max_2,
	   count(*) FILTER (WHERE a > 100) OVER () AS over_100
FROM days ORDER BY day;
CREATE TABLE bi_many AS
SELECT g, aqi_daily(5, 10, (g % 700)::float8, 0.3, 50, 10) AS a FROM generate_series(1, 20000) g;
ANALYZE bi_many;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT count(*) FILTER (WHERE a > 300) FROM bi_many;
SELECT count(*) FILTER (WHERE a > 300) AS severe, count(*) FILTER (WHERE 100 >= a) AS good,
	   sum(value(a)) AS total, sum(((a::jsonb) ->> 'level')::integer) AS levels
FROM bi_many;
RESET force_parallel_mode;
-- the same figures without parallelism, counted from value()
SELECT count(*) FILTER (WHERE value(a) > 300) AS severe, count(*) FILTER (WHERE value(a) <= 100) AS good,
	   sum(value(a)) AS total, sum(level(a)) AS levels
FROM bi_many;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP FUNCTION pl_severe(aqi), sql_json(aqi);
DROP TABLE bi_many;
