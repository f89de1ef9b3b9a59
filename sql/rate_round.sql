-- round_gb8170: GB/T 8170-2008 §3.3 ("四舍六入五成双") on the exact decimal
-- value, for numeric and double precision.

-- ties go to the even neighbour; anything beyond the tie rounds away
SELECT v, round_gb8170(v, 2) AS gb8170, round(v, 2) AS postgres_half_away
FROM (VALUES (0.125), (0.135), (0.145), (0.1251), (0.12499999999999999999999), (0.1250000000000000000001),
			 (-0.125), (-0.135), (-0.1251), (0.005), (0.015), (-0.005), (0.0)) t(v);
SELECT round_gb8170(2.5) AS "2", round_gb8170(3.5) AS "4", round_gb8170(-2.5) AS "-2",
       round_gb8170(0.5) AS "0", round_gb8170(1.5) AS "2", round_gb8170(2.4999) AS "2",
       round_gb8170(2.6) AS "3", round_gb8170(7) AS "7";
-- negative digits round to tens, hundreds
SELECT round_gb8170(125, -1) AS "120", round_gb8170(135, -1) AS "140", round_gb8170(-125, -1) AS "-120",
       round_gb8170(1250, -2) AS "1200", round_gb8170(1350.0001, -2) AS "1400", round_gb8170(49, -2) AS "0",
       round_gb8170(50, -2) AS "0", round_gb8170(150, -2) AS "200", round_gb8170(3.2, -5) AS "0";
-- the scale of the result is the digits asked for
SELECT round_gb8170(1, 3), round_gb8170(1.23456789, 4), round_gb8170(99.95, 1) AS "100.0 (carry)",
       round_gb8170(99.85, 1) AS "99.8";
SELECT round_gb8170('NaN'::numeric, 1), round_gb8170('Infinity'::numeric, 1), round_gb8170('-Infinity'::numeric);
SELECT round_gb8170(1.5, 1001);
\echo :LAST_ERROR_SQLSTATE
SELECT round_gb8170(1.5, -1001);
\echo :LAST_ERROR_SQLSTATE
SELECT round_gb8170(NULL::numeric, 1) IS NULL AS strict;

-- double precision: rounds the shortest decimal that reads back as the double
-- (2.675 is stored as 2.67499999999999982236431605997495353221893310546875)
SELECT v, round_gb8170(v, 2) AS gb8170
FROM (VALUES (0.125::float8), (0.135), (2.675), (1.005), (-0.125), (0.145), (1e-300), (0.0)) t(v);
SELECT round_gb8170(100.0::float8 / 31, 1) AS "3.2", round_gb8170(2.5::float8) AS "2",
       round_gb8170(3.5::float8) AS "4", round_gb8170(125::float8, -1) AS "120",
       round_gb8170(1.5e300::float8, -15) IS NOT NULL AS huge, round_gb8170(5e-16::float8, 15) AS "0 (tie)",
       round_gb8170(15e-16::float8, 15) AS "0.000000000000002 (tie)";
SELECT round_gb8170('NaN'::float8, 1), round_gb8170('Infinity'::float8), round_gb8170('-Infinity'::float8);
SELECT round_gb8170(1.5::float8, 16);
\echo :LAST_ERROR_SQLSTATE
SELECT round_gb8170(1.5::float8, -16);
\echo :LAST_ERROR_SQLSTATE
-- the two agree on every value with up to 15 significant digits
SELECT count(*) AS disagreements
FROM generate_series(-2000, 2000) i,
	 LATERAL (SELECT (i * 0.0025 + 0.0005)::numeric AS n) v,
	 generate_series(0, 3) d
WHERE round_gb8170(v.n, d) <> round_gb8170(v.n::float8, d);
