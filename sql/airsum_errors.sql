-- air_summary: bad input (22003, 22023, 22P02), never a crash.
\set VERBOSITY default
SELECT air_summary(d, -1, 1, 1, 1, 1, 1) FROM (VALUES ('2015-01-01'::date)) t(d);
\echo :LAST_ERROR_SQLSTATE
SELECT air_summary(d, 1, 'NaN', 1, 1, 1, 1) FROM (VALUES ('2015-01-01'::date)) t(d);
\echo :LAST_ERROR_SQLSTATE
SELECT air_summary(d, 1, 1, 'Infinity', 1, 1, 1) FROM (VALUES ('2015-01-01'::date)) t(d);
\echo :LAST_ERROR_SQLSTATE
SELECT air_summary(d, 1, 1, 1, '-Infinity', 1, 1) FROM (VALUES ('2015-01-01'::date)) t(d);
\echo :LAST_ERROR_SQLSTATE
SELECT air_summary(d, 1, 1, 1, 1, 100000.5, 1) FROM (VALUES ('2015-01-01'::date)) t(d);
\echo :LAST_ERROR_SQLSTATE
SELECT air_summary(d, 1, 1, 1, 1, 1, 1) FROM (VALUES ('infinity'::date)) t(d);
\echo :LAST_ERROR_SQLSTATE
SELECT air_summary(d, 1, 1, 1, 1, 1, 1, 'us-epa-2024') FROM (VALUES ('2015-01-01'::date)) t(d);
\echo :LAST_ERROR_SQLSTATE
SELECT air_summary(d, 1, 1, 1, 1, 1, 1, 'hj633') FROM (VALUES ('2015-01-01'::date)) t(d);
\echo :LAST_ERROR_SQLSTATE
-- a day of another year
SELECT air_summary(d, 1, 1, 1, 1, 1, 1) FROM (VALUES ('2015-12-31'::date), ('2016-01-01')) t(d);
\echo :LAST_ERROR_SQLSTATE
-- summaries of different years
SELECT rollup(s) FROM (SELECT air_summary(d, 1, 1, 1, 1, 1, 1) s FROM (VALUES ('2015-12-31'::date)) t(d)
					   UNION ALL SELECT air_summary(d, 1, 1, 1, 1, 1, 1) FROM (VALUES ('2016-01-01'::date)) t(d)) x;
\echo :LAST_ERROR_SQLSTATE

CREATE TABLE airsum_one AS SELECT air_summary(d, 1, 2, 3, 0.4, 5, 6) s FROM (VALUES ('2016-12-31'::date)) t(d);
SELECT s FROM airsum_one;
-- accessor arguments
SELECT mean(s, 'pm1') FROM airsum_one;
\echo :LAST_ERROR_SQLSTATE
SELECT mean(s, 'o3_1h') FROM airsum_one;
\echo :LAST_ERROR_SQLSTATE
SELECT percentile(s, 'pm25', 100.5) FROM airsum_one;
\echo :LAST_ERROR_SQLSTATE
SELECT percentile(s, 'pm25', -1) FROM airsum_one;
\echo :LAST_ERROR_SQLSTATE
SELECT percentile(s, 'pm25', 'NaN') FROM airsum_one;
\echo :LAST_ERROR_SQLSTATE
SELECT is_valid_month(s, 13) FROM airsum_one;
\echo :LAST_ERROR_SQLSTATE
SELECT is_valid_month(s, 0, 'so2') FROM airsum_one;
\echo :LAST_ERROR_SQLSTATE
SELECT days_at_level(s, 7) FROM airsum_one;
\echo :LAST_ERROR_SQLSTATE
SELECT days_at_level(s, 0) FROM airsum_one;
\echo :LAST_ERROR_SQLSTATE
SELECT compliant(s, 'pm25', 3) FROM airsum_one;
\echo :LAST_ERROR_SQLSTATE
SELECT compliant(s, 'pm25', 2, 'gb3095-2018') FROM airsum_one;
\echo :LAST_ERROR_SQLSTATE
SELECT evaluation_value(s, 'pm25', 'p95') FROM airsum_one;
\echo :LAST_ERROR_SQLSTATE
SELECT primary_pollutant_days(s, 'pm25', 'all') FROM airsum_one;
\echo :LAST_ERROR_SQLSTATE
SELECT report_concentration('pm25', -0.1);
\echo :LAST_ERROR_SQLSTATE
SELECT report_concentration('co', 'NaN');
\echo :LAST_ERROR_SQLSTATE
SELECT report_concentration('co', 'Infinity');
\echo :LAST_ERROR_SQLSTATE
SELECT report_concentration('benzene', 1);
\echo :LAST_ERROR_SQLSTATE
-- NULL in, NULL out
SELECT mean(NULL, 'pm25'), mean(s, NULL), percentile(s, 'pm25', NULL), report_concentration('co', NULL),
	   valid_days(NULL), composite_index(NULL), evaluation_value(s, 'pm25', NULL) FROM airsum_one;

-- malformed text: no \x, odd digits, bad digits, truncated, wrong version byte,
-- bad standard code, year 0, bad exponent, bad pollutant mask, day beyond the
-- year, zero count, trailing garbage, values beyond the range, a wrong last day
SELECT 'hello'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x0'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\xzz'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x0100'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x020007e0000000000000'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010307e00000000000000000'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010000000000000000000000'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010007e00700000000000000'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010007e0000000000000000100'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010007e000000000000000010080'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010007e0000000000000000100c1'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010007e00000000000000000ee0241'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010007e0000000000000016eed0241'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010007e000000000000000010001002a'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010007e000000000000000010041'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010007e00000000000000001004105ff'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010007e000000000000000010041ffffffffffffffffff01'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010007e00000000000000001004180808080808080808080808001'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT '\x010007e00000000000000001004181d0dbc3f402'::air_summary;
\echo :LAST_ERROR_SQLSTATE
-- the header's last day must be the last record's
SELECT '\x010007e00600000000000001ed02412a'::air_summary;
\echo :LAST_ERROR_SQLSTATE
-- valid: the empty summary of 2016, and one value (day 365 = 2016-12-31, SO2 42)
SELECT '\x010007e00000000000000000'::air_summary, valid_days('\x010007e00000000000000000'::air_summary);
SELECT s, year(s), mean(s, 'so2') FROM (SELECT '\x010007e0060000000000016eed02412a'::air_summary s) x;
SELECT mean('\x010007e00000000000000001004180d0dbc3f402'::air_summary, 'so2') AS largest_value;
-- the text of a summary is canonical: an equivalent form with other exponents reads back the same
SELECT '\x010007e0000000000000016eed024180bd8314'::air_summary::text AS canonical;

-- malformed binary: the bytes of a bytea column read back as air_summary
CREATE TABLE airsum_bytes (b bytea);
INSERT INTO airsum_bytes VALUES ('\x0100'::bytea);
\copy airsum_bytes TO 'results/airsum_bad.bin' WITH (FORMAT binary)
CREATE TABLE airsum_recv (s air_summary);
\set VERBOSITY sqlstate
\copy airsum_recv FROM 'results/airsum_bad.bin' WITH (FORMAT binary)
\set VERBOSITY default
TRUNCATE airsum_bytes;
INSERT INTO airsum_bytes VALUES ('\x0900'::bytea);
\copy airsum_bytes TO 'results/airsum_bad.bin' WITH (FORMAT binary)
\set VERBOSITY sqlstate
\copy airsum_recv FROM 'results/airsum_bad.bin' WITH (FORMAT binary)
\set VERBOSITY default
TRUNCATE airsum_bytes;
INSERT INTO airsum_bytes VALUES ('\x010007e0000000000000016eed'::bytea);
\copy airsum_bytes TO 'results/airsum_bad.bin' WITH (FORMAT binary)
\set VERBOSITY sqlstate
\copy airsum_recv FROM 'results/airsum_bad.bin' WITH (FORMAT binary)
\set VERBOSITY default
TRUNCATE airsum_bytes;
INSERT INTO airsum_bytes VALUES ('\x010007e0000000000000016eed024180bd8314'::bytea);
\copy airsum_bytes TO 'results/airsum_bad.bin' WITH (FORMAT binary)
\copy airsum_recv FROM 'results/airsum_bad.bin' WITH (FORMAT binary)
SELECT s, mean(s, 'so2') FROM airsum_recv;

-- the transition function called outside an aggregate copies, never writes its argument
SELECT mean(air_summary_trans(s, '2016-12-31', 10, NULL, NULL, NULL, NULL, NULL), 'so2') AS two_stations,
	   mean(s, 'so2') AS unchanged
FROM airsum_one;
