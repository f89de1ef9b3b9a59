-- The aqi type: text and binary I/O, accessors, ordering, hashing, max/min.

-- text output and input round-trip every field
CREATE TEMP TABLE aqi_t (id serial, a aqi);
INSERT INTO aqi_t (a) VALUES
	(aqi_daily(10, 20, 30, 0.5, 100, 30)),
	(aqi_daily(0, 0, 0, 0, 0, 0)),
	(aqi_daily(0, 0, 0, 0, 0, 0, 0, 'hj633-2012')),
	(aqi_daily(150, 80, 150, 4, 160, 75, 200, 'hj633-2012')),
	(aqi_daily(150, 81, 151, 4, 160, 75.8, 200, 'hj633-2012', NULL, 'as_given')),
	(aqi_daily(10, 20, 30, 0.5, 100, 501)),
	(aqi_daily(10, 20, 700, 0.5, 100, 501, 0, 'hj633-2012')),
	(aqi_daily(5, 20, 30, 1, 0.08, 8, 0.2, 'us-epa-2024')),
	(aqi_daily(5, 20, 30, 1, 0.08, 8, 0.9, 'us-epa-2024')),
	(aqi_hourly(10, 80, 150, 1.2, 180, 115));
SELECT id, a, value(a), a::integer AS cast, level(a), category(a), category(a, 'en'),
       color(a), primary_pollutants(a), exceeding_pollutants(a), standard(a),
       is_beyond_scale(a)
FROM aqi_t ORDER BY id;
SELECT count(*) AS text_round_trips FROM aqi_t WHERE a::text::aqi = a AND a::text::aqi::text = a::text;

-- input is case-insensitive in names and checks everything
SELECT '156 HJ633-2012 primary=pm25,o3_8h exceeding=PM2.5,O3-8H'::aqi;
SELECT '  77 hj633-2026   primary=PM10  '::aqi;
SELECT ''::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT 'abc hj633-2026'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '-1 hj633-2012'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '501 hj633-2012 primary=PM10 exceeding=PM10'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '0 hj633-2026'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '1000 hj633-2026'::aqi;
\echo :LAST_ERROR_SQLSTATE
-- a bare number is an index value without a standard (from 1.2:
-- what a driver's untyped parameter holds; sql/driver_parameters.sql)
SELECT '77'::aqi;
SELECT '77 hj633-2099'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '77 hj633-2026'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '40 hj633-2026 primary=PM10'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '77 hj633-2026 primary=PM1'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '77 hj633-2026 primary=O3'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '77 hj633-2026 primary=SO2_1h'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '77 hj633-2026 primary=PM10,PM10'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '77 hj633-2026 primary=PM10,'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '120 hj633-2026 primary=PM10 exceeding=PM10'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '120 hj633-2012 primary=PM10'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '90 hj633-2012 primary=PM10 exceeding=PM10'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '120 hj633-2012 primary=PM10 exceeding=SO2'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '499 hj633-2026 primary=PM10 beyond'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '500 hj633-2026 primary=PM10 beyond beyond'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '500 hj633-2026 beyond primary=PM10'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '77 hj633-2026 primary=PM10 trailing'::aqi;
\echo :LAST_ERROR_SQLSTATE
SELECT '0 us-epa-2024 primary=PM10'::aqi;
\echo :LAST_ERROR_SQLSTATE

-- binary: a server-side binary COPY round trip (the regress user is
-- superuser); the files live in the throwaway cluster's data directory
SELECT setting || '/ecoinsp_aqi.copy' AS copyfile FROM pg_settings WHERE name = 'data_directory' \gset
COPY (SELECT id, a FROM aqi_t) TO :'copyfile' WITH (FORMAT binary);
CREATE TEMP TABLE aqi_back (id integer, a aqi);
COPY aqi_back FROM :'copyfile' WITH (FORMAT binary);
SELECT count(*) AS binary_round_trips FROM aqi_t JOIN aqi_back USING (id) WHERE aqi_t.a = aqi_back.a;
SELECT aqi_send(a) FROM aqi_t WHERE id = 4;
-- malformed bytes: a binary COPY file of one row, one aqi field
CREATE TEMP TABLE aqi_bad (a aqi);
CREATE FUNCTION pg_temp.copy_aqi_bytes(field bytea) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	lo oid;
	f text := current_setting('data_directory') || '/ecoinsp_aqi_bad.copy';
BEGIN
	lo := lo_from_bytea(0, '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea
		|| '\x0001'::bytea || int4send(length(field)) || field || '\xffff'::bytea);
	PERFORM lo_export(lo, f);
	PERFORM lo_unlink(lo);
	EXECUTE format('COPY aqi_bad FROM %L WITH (FORMAT binary)', f);
END $$;
SELECT pg_temp.copy_aqi_bytes('\x01009c01303000');      -- good: 156 hj633-2012 PM2.5,O3_8h
SELECT a FROM aqi_bad;
\set VERBOSITY terse
SELECT pg_temp.copy_aqi_bytes('\x02009c01303000');      -- version 2
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.copy_aqi_bytes('\x01009c013030');        -- short
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.copy_aqi_bytes('\x01009c0130300000');    -- long
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.copy_aqi_bytes('\x0101f501303000');     -- 501
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.copy_aqi_bytes('\x01004d07040000');     -- standard 7
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.copy_aqi_bytes('\x01004d02800000');     -- pollutant bit 7
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.copy_aqi_bytes('\x01004d02040002');     -- beyond byte 2
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.copy_aqi_bytes('\x01004d02040001');     -- beyond below 500
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.copy_aqi_bytes('\x01004d02040400');     -- exceeding under 2026
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.copy_aqi_bytes('\x01000002000000');     -- 0 under 2026
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY default

-- ordering by index value, ties broken by the other fields; = means identical
SELECT a FROM aqi_t ORDER BY a;
SELECT a FROM aqi_t ORDER BY a DESC LIMIT 3;
SELECT '100 hj633-2026 primary=PM10'::aqi < '100 hj633-2026 primary=PM2.5'::aqi AS lt,
       '100 hj633-2026 primary=PM10'::aqi = '100 hj633-2026 primary=PM10'::aqi AS eq,
       '100 hj633-2026 primary=PM10'::aqi <> '100 hj633-2012 primary=PM10'::aqi AS ne,
       '99 hj633-2026 primary=PM10'::aqi <= '100 hj633-2012 primary=PM10'::aqi AS le,
       '101 hj633-2026 primary=PM10'::aqi > '100 hj633-2012 primary=PM10'::aqi AS gt,
       '101 hj633-2026 primary=PM10'::aqi >= '101 hj633-2026 primary=PM10'::aqi AS ge;
-- hashing agrees with equality: hash aggregate and sort give the same groups
SET enable_sort = off;
SELECT count(*) AS hashed_groups FROM (SELECT a FROM aqi_t UNION SELECT a FROM aqi_t) s;
RESET enable_sort;
SET enable_hashagg = off;
SELECT count(*) AS sorted_groups FROM (SELECT a FROM aqi_t UNION SELECT a FROM aqi_t) s;
RESET enable_hashagg;
CREATE INDEX ON aqi_t (a);
CREATE INDEX ON aqi_t USING hash (a);
SELECT opcname, amvalidate(oid) FROM pg_opclass WHERE opcname IN ('aqi_ops', 'aqi_hash_ops') ORDER BY 1;

-- max/min: the worst day keeps its primary pollutants
SELECT max(a), min(a) FROM aqi_t WHERE standard(a) = 'hj633-2026';
SELECT max(a) FROM aqi_t WHERE false;

-- parallel plans give the serial answer
CREATE TEMP TABLE aqi_days AS
SELECT g AS day, aqi_daily(5 + g % 40, 10 + g % 60, 20 + g % 300, 0.3 + (g % 30) / 10.0,
                           40 + g % 200, 10 + (g * 7) % 260) AS a
FROM generate_series(1, 5000) g;
SELECT max(a), min(a), count(DISTINCT a) FROM aqi_days;
SELECT sum(a::integer) FROM aqi_days;
CREATE TABLE aqi_days_p AS SELECT * FROM aqi_days;
ANALYZE aqi_days_p;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT max(a), min(a) FROM aqi_days_p;
SELECT max(a), min(a) FROM aqi_days_p;
EXPLAIN (COSTS OFF) SELECT sum(aqi_daily(5, 10, 20, 0.3, day % 300, day % 250)::integer) FROM aqi_days_p;
SELECT sum(aqi_daily(5, 10, 20, 0.3, day % 300, day % 250)::integer) AS parallel_sum FROM aqi_days_p;
RESET ALL;
SELECT sum(aqi_daily(5, 10, 20, 0.3, day % 300, day % 250)::integer) AS serial_sum FROM aqi_days_p;
DROP TABLE aqi_days_p;
-- the language of category(): case-insensitive, parsed once per call site,
-- anything else an error with the accepted names
SELECT category(a, lang) FROM (VALUES ('80 hj633-2026 primary=PM2.5'::aqi, 'EN'), ('80 hj633-2026 primary=PM2.5'::aqi, 'zh')) AS t(a, lang);
SELECT category('80 hj633-2026 primary=PM2.5'::aqi, 'fr');
\echo :LAST_ERROR_SQLSTATE
