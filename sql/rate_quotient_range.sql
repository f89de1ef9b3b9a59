-- Issue 8 §4: a rate's quotient beyond the largest double is an error
-- (22003), not Infinity, on every path that divides: fraction(), the cast to
-- double precision and pp_change().  pct() and the cast to numeric are exact
-- decimals and give the value.
SELECT fraction('0.1/1e-310'::rate);
\echo :LAST_ERROR_SQLSTATE
SELECT '0.1/1e-310'::rate::double precision;
\echo :LAST_ERROR_SQLSTATE
SELECT pp_change('1e300/1e-300'::rate, '0/1'::rate);
\echo :LAST_ERROR_SQLSTATE
SELECT pp_change('0/1'::rate, '1e300/1e-300'::rate);
\echo :LAST_ERROR_SQLSTATE
-- the largest quotient that is a double, and tiny ones (0 or subnormal, no error)
SELECT fraction(rate(1.7976931348623157e308, 1)) AS largest,
	   fraction('1e-300/1e300'::rate) AS underflows_to_zero,
	   fraction('1e-310/1'::rate) AS subnormal;
SELECT pp_change('1e-300/1e300'::rate, '0/1'::rate) AS tiny_change;
-- decimals (the doubles 0.1 and 1e-310 are not exactly those decimals)
SELECT round(pct('0.1/1e-310'::rate, 0) / 1e311, 9) AS pct_over_1e311,
	   round('0.1/1e-310'::rate::numeric / 1e309, 9) AS numeric_over_1e309;
-- the same error inside an aggregate's result and in PL/pgSQL
SELECT fraction(sum(r)) FROM (VALUES ('1e-300/1e-310'::rate), ('1e308/1e-310'::rate)) AS v(r);
\echo :LAST_ERROR_SQLSTATE
DO $$ BEGIN PERFORM fraction('5/1e-320'::rate); EXCEPTION WHEN numeric_value_out_of_range THEN RAISE NOTICE 'caught %', SQLSTATE; END $$;
