-- The rate type: text and binary forms, order and equality by value,
-- denominator 0, casts and accessors.

-- tables of this test live in their own schema, dropped at the end
CREATE SCHEMA rate_type_test;
SET search_path = rate_type_test, public;

-- 16 bytes, fixed length, passed by reference
SELECT typlen, typbyval, typalign, typstorage FROM pg_type WHERE typname = 'rate';

-- text form: numerator/denominator, shortest exact decimals
SELECT '209/209'::rate, ' 2976 / 2981 '::rate, '0.5/3.25'::rate, '-0/1'::rate AS negative_zero,
       '1e-300/1e300'::rate, '0/0'::rate;

-- round trip of awkward doubles, whatever extra_float_digits says
CREATE TABLE awkward (x double precision);
INSERT INTO awkward VALUES (0.1), (1.0/3), (2.0/3), (1e-300), (1e300), (5e-324),
	(1.7976931348623157e308), (0.30000000000000004), (123456789012345678), (0);
SET extra_float_digits = 0;
SELECT count(*) AS all_round_trip
FROM awkward a, awkward b
WHERE numerator(rate(a.x, b.x)::text::rate) = a.x
  AND denominator(rate(a.x, b.x)::text::rate) = b.x;
SELECT rate(1.0/3, 0.1) AS at_digits_0;
SET extra_float_digits = 3;
SELECT count(*) AS all_round_trip
FROM awkward a, awkward b
WHERE numerator(rate(a.x, b.x)::text::rate) = a.x
  AND denominator(rate(a.x, b.x)::text::rate) = b.x;
SELECT rate(1.0/3, 0.1) AS at_digits_3;
RESET extra_float_digits;

-- malformed text
SELECT 'x'::rate;
\echo :LAST_ERROR_SQLSTATE
SELECT ''::rate;
\echo :LAST_ERROR_SQLSTATE
SELECT '1'::rate;
\echo :LAST_ERROR_SQLSTATE
SELECT '/2'::rate;
\echo :LAST_ERROR_SQLSTATE
SELECT '1/'::rate;
\echo :LAST_ERROR_SQLSTATE
SELECT '1/2/3'::rate;
\echo :LAST_ERROR_SQLSTATE
SELECT '1/2 x'::rate;
\echo :LAST_ERROR_SQLSTATE
SELECT '-1/2'::rate;
\echo :LAST_ERROR_SQLSTATE
SELECT '1/-2'::rate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'NaN/1'::rate;
\echo :LAST_ERROR_SQLSTATE
SELECT '1/Infinity'::rate;
\echo :LAST_ERROR_SQLSTATE
SELECT '1/1e400'::rate;
\echo :LAST_ERROR_SQLSTATE

-- constructor and accessors
SELECT rate(209, 209), numerator('3/4'::rate), denominator('3/4'::rate),
       fraction('3/4'::rate), fraction('3/0'::rate) AS no_value, fraction('0/5'::rate) AS zero;
SELECT rate(-1, 2);
\echo :LAST_ERROR_SQLSTATE
SELECT rate(1, 'NaN');
\echo :LAST_ERROR_SQLSTATE
SELECT rate('Infinity', 1);
\echo :LAST_ERROR_SQLSTATE
SELECT rate(NULL, 1) IS NULL AS strict;

-- pct: GB/T 8170 half to even on the exact value
SELECT pct('209/209'::rate) AS "100.0", pct('2976/2981'::rate) AS "99.8",
       pct('313/365'::rate) AS "85.8", pct('313/365'::rate, 2) AS "85.75",
       pct('1/8'::rate, 0) AS "12 (12.5 to even)", pct('3/8'::rate, 0) AS "38 (37.5 to even)",
       pct('1/800'::rate, 2) AS "0.12 (0.125)", pct('27/200'::rate, 1) AS "13.5",
       pct('1/3'::rate, 3), pct('2/3'::rate, 0), pct('5/4'::rate, -1) AS "120 (125 to even)",
       pct('0/0'::rate) AS no_value, pct('0/7'::rate) AS zero;
-- a quotient just above a tie must not be taken for it
SELECT pct(rate(1000000000000001, 8000000000000000), 1) AS "12.5000000000000125 -> 12.5",
       pct(rate(1000000000000001, 8000000000000000), 0) AS "12.5000000000000125 -> 13";
SELECT pct('1/2'::rate, 1001);
\echo :LAST_ERROR_SQLSTATE

-- casts: a rate without a value cannot become a number
SELECT '1/4'::rate::double precision, '1/3'::rate::numeric, '209/209'::rate::numeric,
       '0.1/1'::rate::numeric AS "shortest decimal, not 0.1000000000000000055";
SELECT '1/0'::rate::double precision;
\echo :LAST_ERROR_SQLSTATE
SELECT '0/0'::rate::numeric;
\echo :LAST_ERROR_SQLSTATE

-- order and equality by value, exactly
SELECT '1/2'::rate = '2/4'::rate AS "1/2 = 2/4", '1/3'::rate < '1/2'::rate AS "1/3 < 1/2",
       '0/5'::rate = '0/1'::rate AS "0/5 = 0/1", '0/0'::rate = '7/0'::rate AS "0/0 = 7/0",
       '1/0'::rate > '1e300/1e-300'::rate AS "no value sorts last",
       '1e300/1e-300'::rate > '1e300/2e-300'::rate AS "huge quotients",
       '1e-300/1e300'::rate < '2e-300/1e300'::rate AS "tiny quotients",
       rate(1 + 2^(-52), 1) > rate(1 + 2^(-51), 1 + 2^(-52)) AS "beyond 64 bits",
       '1/2'::rate <> '1/3'::rate, '1/2'::rate <= '2/4'::rate, '1/2'::rate >= '2/4'::rate;
SELECT r FROM (VALUES ('1/0'::rate), ('2/4'), ('0/3'), ('1/3'), ('0/0'), ('1/1'), ('1/2'), ('5/4')) v(r)
ORDER BY r, numerator(r);
SELECT min(r), max(r) FROM (VALUES ('1/0'::rate), ('2/4'), ('0/3'), ('5/4')) v(r);
-- DISTINCT and GROUP BY by value, hashed and sorted (hash agrees with =)
SELECT count(DISTINCT r) FROM (VALUES ('1/2'::rate), ('2/4'), ('3/6'), ('0/0'), ('9/0'), ('0/1'), ('0/2')) v(r);
SET enable_sort = off;
SELECT fraction(r), count(*) FROM (VALUES ('1/2'::rate), ('2/4'), ('3/6'), ('0/0'), ('9/0'), ('0/1'), ('0/2')) v(r)
GROUP BY r ORDER BY 1;
RESET enable_sort;
SET enable_hashagg = off;
SELECT fraction(r), count(*) FROM (VALUES ('1/2'::rate), ('2/4'), ('3/6'), ('0/0'), ('9/0'), ('0/1'), ('0/2')) v(r)
GROUP BY r ORDER BY 1;
RESET enable_hashagg;
SELECT rate_hash('1/2') = rate_hash('2/4') AS hash_agrees, rate_hash('0/0') = rate_hash('5/0') AS no_value_hash,
       rate_hash_extended('1/2', 7) = rate_hash_extended('3/6', 7) AS extended_agrees,
       rate_hash('0/1') = rate_hash('0/9') AS zero_hash;

-- operator classes are valid; an index and a hash join use them
SELECT opcname, amvalidate(oid) FROM pg_opclass WHERE opcname IN ('rate_ops', 'rate_hash_ops') ORDER BY 1;
CREATE TABLE district_rates (district text PRIMARY KEY, r rate);
INSERT INTO district_rates VALUES ('a', '1/2'), ('b', '2/4'), ('c', '3/4'), ('d', '0/0');
CREATE INDEX ON district_rates (r);
CREATE INDEX ON district_rates USING hash (r);
SET enable_seqscan = off;
SELECT district FROM district_rates WHERE r = '4/8' ORDER BY district;
SELECT district FROM district_rates WHERE r > '1/2' ORDER BY r;
RESET enable_seqscan;
SET enable_mergejoin = off;
SET enable_nestloop = off;
SELECT a.district, b.district FROM district_rates a JOIN district_rates b ON a.r = b.r
WHERE a.district < b.district ORDER BY 1, 2;
RESET enable_mergejoin;
RESET enable_nestloop;
-- the same pairs by a merge join (btree order agrees with =)
SET enable_hashjoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT a.district, b.district FROM district_rates a JOIN district_rates b ON a.r = b.r;
SELECT a.district, b.district FROM district_rates a JOIN district_rates b ON a.r = b.r
WHERE a.district < b.district ORDER BY 1, 2;
RESET enable_hashjoin;
RESET enable_nestloop;
-- 1/2 and 2/4 are one value: a unique index refuses them
CREATE UNIQUE INDEX district_rates_unique ON district_rates (r);
\echo :LAST_ERROR_SQLSTATE

-- binary form: version byte 1, numerator and denominator as float8
SELECT rate_send('209/209'), rate_send('0.1/0');
-- binary files for COPY: one row of one field, the field's bytes given
CREATE FUNCTION pg_temp.write_copy_file(field bytea) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	lo oid := lo_from_bytea(0, '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea
		|| '\x0001'::bytea || int4send(length(field)) || field || '\xffff'::bytea);
BEGIN
	PERFORM lo_export(lo, 'rate_binary.copy');
	PERFORM lo_unlink(lo);
END $$;
CREATE TABLE rate_copy (r rate);
-- recv(send(x)) = x, part by part
CREATE FUNCTION pg_temp.binary_round_trip(r rate) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
	back rate;
BEGIN
	PERFORM pg_temp.write_copy_file(rate_send(r));
	TRUNCATE rate_copy;
	COPY rate_copy FROM 'rate_binary.copy' (FORMAT binary);
	SELECT rate_copy.r INTO back FROM rate_copy;
	RETURN numerator(back) = numerator(r) AND denominator(back) = denominator(r);
END $$;
SELECT count(*) FILTER (WHERE pg_temp.binary_round_trip(rate(a.x, b.x))) AS round_trips, count(*)
FROM awkward a, awkward b;
-- malformed bytes
TRUNCATE rate_copy;
SELECT pg_temp.write_copy_file(decode('01' || '4069200000000000' || '4069200000000000', 'hex'));
COPY rate_copy FROM 'rate_binary.copy' (FORMAT binary);
SELECT r AS well_formed FROM rate_copy;
SELECT pg_temp.write_copy_file(decode('02' || '4069200000000000' || '4069200000000000', 'hex'));
COPY rate_copy FROM 'rate_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.write_copy_file(decode('01' || '4069200000000000', 'hex'));
COPY rate_copy FROM 'rate_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.write_copy_file(decode('01' || '4069200000000000' || '4069200000000000' || '00', 'hex'));
COPY rate_copy FROM 'rate_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.write_copy_file(''::bytea);
COPY rate_copy FROM 'rate_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.write_copy_file(decode('01' || 'c069200000000000' || '4069200000000000', 'hex'));
COPY rate_copy FROM 'rate_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.write_copy_file(decode('01' || '4069200000000000' || '7ff8000000000000', 'hex'));
COPY rate_copy FROM 'rate_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.write_copy_file(decode('01' || '7ff0000000000000' || '4069200000000000', 'hex'));
COPY rate_copy FROM 'rate_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.write_copy_file(decode('01' || '4069200000000000' || 'fff0000000000000', 'hex'));
COPY rate_copy FROM 'rate_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE
-- -0 is not negative: read as 0
TRUNCATE rate_copy;
SELECT pg_temp.write_copy_file(decode('01' || '8000000000000000' || '3ff0000000000000', 'hex'));
COPY rate_copy FROM 'rate_binary.copy' (FORMAT binary);
SELECT r AS negative_zero, rate_send(r) FROM rate_copy;

RESET search_path;
DROP SCHEMA rate_type_test CASCADE;
