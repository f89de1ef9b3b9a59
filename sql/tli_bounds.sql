-- tli() takes the measurements a lake can give (1.1 accepted
-- chla 1e300 and returned 12073 on a 0-100 scale): each parameter on its
-- bounds and just past them (22003), the others at ordinary values.  The
-- bounds: chla 0.01..10000 mg/m³, tp 0.001..100 mg/L, tn 0.01..1000 mg/L,
-- sd 0.01..100 m, codmn 0.1..1000 mg/L (src/core/water.c, docs/water.md).
\set VERBOSITY sqlstate
CREATE FUNCTION pg_temp.try_tli(j integer, x float8) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	args float8[] := ARRAY[10, 0.05, 1.0, 1.0, 4.0];
	v float8;
BEGIN
	args[j] := x;
	v := tli(args[1], args[2], args[3], args[4], args[5]);
	RETURN round(v::numeric, 2)::text;
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE;
END $$;
SELECT p.name, p.j,
	   pg_temp.try_tli(p.j, p.lo * (1 - 1e-9)) AS just_below_min, pg_temp.try_tli(p.j, p.lo) AS at_min,
	   pg_temp.try_tli(p.j, p.hi) AS at_max, pg_temp.try_tli(p.j, p.hi * (1 + 1e-9)) AS just_above_max,
	   pg_temp.try_tli(p.j, 1e300) AS at_1e300, pg_temp.try_tli(p.j, 1e-300) AS at_1e_300
FROM (VALUES ('chla', 1, 0.01, 10000), ('tp', 2, 0.001, 100), ('tn', 3, 0.01, 1000),
			 ('sd', 4, 0.01, 100), ('codmn', 5, 0.1, 1000)) p(name, j, lo, hi);
-- the extremes the bounds allow: the index stays between about -33 and 156
SELECT round(tli(10000, 100, 1000, 0.01, 1000)::numeric, 2) AS worst,
	   round(tli(0.01, 0.001, 0.01, 100, 0.1)::numeric, 2) AS clearest;
-- the message names the argument, the value and the unit; the hint the ranges
\set VERBOSITY default
SELECT tli(1e300, 0.05, 1, 1, 4);
\echo :LAST_ERROR_SQLSTATE
SELECT tli(10, 0.05, 1, 0.005, 4);
\echo :LAST_ERROR_SQLSTATE
-- what 1.1 already refused keeps its message
SELECT tli(10, 0.05, 1, 0, 4);
\echo :LAST_ERROR_SQLSTATE
