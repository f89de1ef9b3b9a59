-- Issue 9 §1 for air_summary: equality and hashing (DISTINCT, GROUP BY,
-- UNION, IN, joins), the compact text form and its round trips, the text
-- form of ecoinsp 1.0, and bad input.
SET client_min_messages = warning;
SELECT setseed(0.633);
CREATE TABLE eq_days AS
SELECT station, day, floor(random() * 24 * 60) / 24 AS no2, floor(random() * 24 * 150) / 24 AS pm25
FROM generate_series(1, 4) AS station,
	 LATERAL (SELECT (date '2025-01-01' + d) AS day FROM generate_series(0, 364) AS d) AS days;
-- each station twice, from the rows in day order and in random order; the
-- city from the stations; one station again with one value changed
CREATE TABLE eq_sums AS
SELECT 'in order' AS made, station, air_summary(day, NULL, no2, NULL, NULL, NULL, pm25 ORDER BY day) AS s
FROM eq_days GROUP BY station
UNION ALL
SELECT 'shuffled', station, air_summary(day, NULL, no2, NULL, NULL, NULL, pm25 ORDER BY md5(day::text))
FROM eq_days GROUP BY station
UNION ALL
SELECT 'city', 0, air_summary(day, NULL, no2, NULL, NULL, NULL, pm25) FROM eq_days
UNION ALL
SELECT 'changed', 1, air_summary(day, NULL, no2, NULL, NULL, NULL,
								 CASE WHEN day = date '2025-07-01' THEN pm25 + 1 / 24.0 ELSE pm25 END)
FROM eq_days WHERE station = 1;

-- = and <>
SELECT a.made, b.made, a.s = b.s AS equal, a.s <> b.s AS not_equal
FROM eq_sums a JOIN eq_sums b USING (station)
WHERE station = 1 AND a.made < b.made ORDER BY 1, 2;
-- DISTINCT and GROUP BY: the four stations, the city and the changed one
SELECT count(DISTINCT s) AS distinct_summaries, count(*) AS rows FROM eq_sums;
SELECT count(*) AS groups FROM (SELECT s FROM eq_sums GROUP BY s) g;
SELECT count(*) AS distinct_rows FROM (SELECT DISTINCT s FROM eq_sums) d;
SELECT count(*) AS in_groups, string_agg(made, ', ' ORDER BY made) AS made
FROM eq_sums GROUP BY s HAVING count(*) > 1 ORDER BY min(station);
-- UNION removes the duplicates, UNION ALL keeps them
SELECT count(*) FROM (SELECT s FROM eq_sums WHERE made = 'in order'
					  UNION SELECT s FROM eq_sums WHERE made = 'shuffled') u;
SELECT count(*) FROM (SELECT s FROM eq_sums WHERE made = 'in order'
					  UNION ALL SELECT s FROM eq_sums WHERE made = 'shuffled') u;
-- IN, and joins: hash join, merge join (on the sorting order)
SELECT count(*) FROM eq_sums WHERE s IN (SELECT s FROM eq_sums WHERE made = 'shuffled');
SET enable_nestloop = off;
EXPLAIN (COSTS OFF)
SELECT a.station FROM eq_sums a JOIN eq_sums b ON a.s = b.s WHERE a.made = 'in order' AND b.made = 'shuffled';
SELECT a.station, b.station AS joined FROM eq_sums a JOIN eq_sums b ON a.s = b.s
WHERE a.made = 'in order' AND b.made = 'shuffled' ORDER BY 1;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF)
SELECT a.station FROM eq_sums a JOIN eq_sums b ON a.s = b.s WHERE a.made = 'in order' AND b.made = 'shuffled';
SELECT a.station, b.station AS joined FROM eq_sums a JOIN eq_sums b ON a.s = b.s
WHERE a.made = 'in order' AND b.made = 'shuffled' ORDER BY 1;
RESET enable_hashjoin;
RESET enable_nestloop;
-- the sorting order: by year, then AQI standard, then bytes; ORDER BY and
-- PARTITION BY use it, and it agrees with =
SELECT year(s), aqi_standard(s) FROM (VALUES
	('AQAH4AYGBgYGBgFu7QJBKg=='::air_summary), ('AQIH4AYGBgYGBgAA'), ('AQAH3wYGBgYGBgAA'), ('AQAH4AYGBgYGBgAA')) v(s)
ORDER BY s;
SELECT count(*) AS pairs,
	   count(*) FILTER (WHERE (a.s ~<~ b.s) = (air_summary_cmp(a.s, b.s) < 0)
							AND (a.s ~<=~ b.s) = (air_summary_cmp(a.s, b.s) <= 0)
							AND (a.s ~>=~ b.s) = (air_summary_cmp(a.s, b.s) >= 0)
							AND (a.s ~>~ b.s) = (air_summary_cmp(a.s, b.s) > 0)
							AND (a.s = b.s) = (air_summary_cmp(a.s, b.s) = 0)
							AND air_summary_cmp(a.s, b.s) = -air_summary_cmp(b.s, a.s)) AS consistent
FROM eq_sums a, eq_sums b;
SELECT made, station, count(*) OVER (PARTITION BY s) AS same_data FROM eq_sums ORDER BY made, station;
-- the hash functions agree on equal summaries
SELECT count(DISTINCT air_summary_hash(s)) AS hashes, count(DISTINCT air_summary_hash_extended(s, 42)) AS hashes_42
FROM eq_sums WHERE station = 2;
-- in a parallel plan, a PL/pgSQL function, a SQL function, a prepared statement
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SELECT count(DISTINCT s) FROM eq_sums;
RESET force_parallel_mode;
CREATE FUNCTION eq_plpgsql(a air_summary, b air_summary) RETURNS boolean LANGUAGE plpgsql AS
$$ BEGIN RETURN a = b; END $$;
CREATE FUNCTION eq_sql(a air_summary, b air_summary) RETURNS boolean LANGUAGE sql RETURN a = b;
SET plan_cache_mode = force_generic_plan;
PREPARE eq_prepared(integer, text) AS
SELECT a.s = b.s FROM eq_sums a JOIN eq_sums b USING (station)
WHERE station = $1 AND a.made = 'in order' AND b.made = $2;
SELECT a.station, b.made, eq_plpgsql(a.s, b.s), eq_sql(a.s, b.s)
FROM eq_sums a JOIN eq_sums b USING (station) WHERE a.made = 'in order' AND b.made <> 'in order' ORDER BY 1, 2;
EXECUTE eq_prepared(3, 'shuffled');
EXECUTE eq_prepared(1, 'changed');
RESET plan_cache_mode;

-- The text form: base64 of the stored form, a third longer than the bytes,
-- where the hexadecimal of 1.0 was twice as long; it reads back equal, and
-- so does the binary form.  decode(text, 'base64') gives the stored form.
SELECT made, station, length(s::text) AS text_chars,
	   length(s::text) < 2 + 2 * octet_length(air_summary_send(s)) AS shorter_than_hex,
	   s::text::air_summary = s AS text_round_trip,
	   s::text::air_summary::text = s::text AS same_text,
	   decode(s::text, 'base64') = air_summary_send(s) AS base64_of_stored_form
FROM eq_sums ORDER BY made, station;
\copy (SELECT made, station, s FROM eq_sums) TO 'results/airsum_equality.bin' WITH (FORMAT binary)
CREATE TABLE eq_binary (made text, station integer, s air_summary);
\copy eq_binary FROM 'results/airsum_equality.bin' WITH (FORMAT binary)
SELECT count(*) AS rows, count(*) FILTER (WHERE b.s = e.s AND b.s::text = e.s::text) AS binary_round_trip
FROM eq_binary b JOIN eq_sums e USING (made, station);
-- the text form of 1.0 (\x and hexadecimal) reads, to the same value
SELECT '\x010007e0060606060606016eed02412a'::air_summary AS from_hex,
	   '\x010007e0060606060606016eed02412a'::air_summary = 'AQAH4AYGBgYGBgFu7QJBKg=='::air_summary AS equal;
-- a stored form that is valid but not canonical (SO2 at a finer scale than
-- its values need) reads as the canonical one
SELECT '\x010007e0050606060606016eed0241a403'::air_summary::text AS canonical,
	   '\x010007e0050606060606016eed0241a403'::air_summary = '\x010007e0060606060606016eed02412a'::air_summary AS equal;
-- bad text: not base64, bad padding, unused bits, a valid base64 of bytes
-- that are no summary, a truncated summary, a long input (quoted in part)
SELECT 'AQAH4AYGBgYGBgFu7QJBKg='::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT 'AQAH4AYGBgYGBgFu7QJBK*=='::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT 'AQAH4AYGBgYGBgFu7QJBKh=='::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT 'AQAH=AYGBgYGBgFu7QJBKg=='::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT 'aGVsbG8='::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT 'AQAH4AYGBgYGBgFu7QJB'::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT repeat('A', 5000)::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT ' AQAH4AYGBgYGBgFu7QJBKg=='::air_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT ''::air_summary;
\echo :LAST_ERROR_SQLSTATE
DO $$
BEGIN
	PERFORM 'AQAH4AYGBgYGBgFu7QJBK*=='::air_summary;
EXCEPTION WHEN OTHERS THEN
	RAISE WARNING 'SQLSTATE %', SQLSTATE;
END $$;
DROP FUNCTION eq_plpgsql(air_summary, air_summary);
DROP FUNCTION eq_sql(air_summary, air_summary);
DEALLOCATE eq_prepared;
DROP TABLE eq_days, eq_sums, eq_binary;
