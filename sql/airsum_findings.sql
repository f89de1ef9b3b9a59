-- Issue 8 §4, the air_summary findings of the hardening pass; each of these
-- failed before its fix.
SET client_min_messages = warning;

-- (1) Two legitimate summaries whose counts of one day together exceed what
-- a summary holds: the 54000 error of direct aggregation, not "invalid
-- air_summary" (22P02) as if the data were corrupt.
CREATE TABLE findings_big AS
SELECT part, air_summary(date '2024-03-05', 10, NULL, NULL, NULL, NULL, NULL) AS s
FROM generate_series(1, 2) AS part, generate_series(1, 40000) AS i GROUP BY part;
SELECT part, valid_days(s, 'so2'), mean(s, 'so2') FROM findings_big ORDER BY part;
\set VERBOSITY default
\set SHOW_CONTEXT never
-- direct aggregation of the same 80,000 values
SELECT air_summary(date '2024-03-05', 10, NULL, NULL, NULL, NULL, NULL)
FROM generate_series(1, 80000);
\echo :LAST_ERROR_SQLSTATE
-- rollup and the combine function of the two summaries: the same error
SELECT rollup(s) FROM findings_big;
\echo :LAST_ERROR_SQLSTATE
SELECT air_summary_combine(a.s, b.s) FROM findings_big a, findings_big b WHERE a.part = 1 AND b.part = 2;
\echo :LAST_ERROR_SQLSTATE
-- the SQLSTATE
SET client_min_messages = notice;
DO $$
BEGIN
	PERFORM rollup(s) FROM findings_big;
EXCEPTION WHEN OTHERS THEN
	RAISE NOTICE 'rollup: SQLSTATE %', SQLSTATE;
END $$;
SET client_min_messages = warning;

-- (2) No uninitialised byte reaches disk: a user's aggregate with SFUNC =
-- air_summary_combine and no final function stores the aggregate's working
-- state itself (an appendable state with room after its records, or a
-- dense one).  Its bytes beyond what the stored form uses are zero.  The
-- raw bytes are read through the built-in varchar(value, -1, false), which
-- returns its argument untouched, declared here for air_summary.
CREATE AGGREGATE findings_merge(air_summary) (SFUNC = air_summary_combine, STYPE = air_summary);
CREATE FUNCTION findings_raw(air_summary, integer, boolean) RETURNS bytea
	LANGUAGE internal IMMUTABLE STRICT AS 'varchar';
-- dirty memory first: states that grow and are freed in the same context
SELECT setseed(0.663);
CREATE TABLE findings_months AS
SELECT g, extract(month FROM day)::int AS month,
	   air_summary(day, 1000 + 1000.001 * random(), 1000 + random() * 3000, NULL, NULL, NULL, NULL) AS s
FROM generate_series(1, 8) AS g, generate_series(date '2023-01-01', date '2023-12-31', '1 day') AS t,
	 LATERAL (SELECT t::date AS day) AS d
GROUP BY 1, 2;
SET enable_hashagg = off;
CREATE TABLE findings_stored AS
SELECT g, findings_merge(s ORDER BY month) AS s FROM findings_months GROUP BY g
UNION ALL
SELECT -g, findings_merge(s ORDER BY month DESC) FROM findings_months GROUP BY g;
RESET enable_hashagg;
-- the form ('A' appendable: the length used after it; 'R' runs: the length
-- used, the number of runs (one for months in ascending order, each starting
-- the day after the last, twelve for descending), a table of 32 runs of 8
-- bytes, then the runs; 'D' dense: the padding before the summary) and the
-- bytes that are no data
SELECT g, form,
	   CASE form WHEN 'A' THEN octet_length(raw) - 5 - used > 1000
				 WHEN 'R' THEN get_byte(raw, 5) = CASE WHEN g > 0 THEN 1 ELSE 12 END END AS has_room,
	   CASE form WHEN 'A' THEN ltrim(encode(substr(raw, 6 + used), 'hex'), '0') = ''
				 WHEN 'R' THEN ltrim(encode(substr(raw, 265 + used), 'hex'), '0') = ''
				 WHEN 'D' THEN substr(raw, 2, 3) = '\x000000'::bytea END AS padding_zero,
	   s::text = (SELECT rollup(m.s)::text FROM findings_months m WHERE m.g = abs(f.g)) AS same_summary
FROM (SELECT g, s, raw, chr(get_byte(raw, 0)) AS form,
			 get_byte(raw, 1) + 256 * get_byte(raw, 2) + 65536 * get_byte(raw, 3) AS used
	  FROM findings_stored, LATERAL (SELECT findings_raw(s, -1, false) AS raw) AS r) f
ORDER BY g;
DROP FUNCTION findings_raw(air_summary, integer, boolean);
DROP AGGREGATE findings_merge(air_summary);

-- (3) Hash aggregation keeps within work_mem: hashed air_summary over days
-- out of order turns each group's small appendable state into a dense one
-- after the group is created.  The aggregates declare what a state can grow
-- to (SSPACE), so the hash table spills instead of growing to 3× work_mem.
-- rollup() declares 16 kB (see below).
SELECT aggfnoid::regprocedure, aggtransspace FROM pg_aggregate
WHERE aggtransfn IN (SELECT oid FROM pg_proc WHERE proname IN ('air_summary_trans', 'air_summary_combine'))
ORDER BY aggfnoid::regprocedure::text;
CREATE TABLE findings_shuffled AS
SELECT station, day, 20 + (station * 7 + d * 13) % 50 + 0.5 AS pm25
FROM generate_series(1, 400) AS station,
	 LATERAL (SELECT d, date '2024-01-01' + d AS day FROM generate_series(0, 59) AS d) AS days
ORDER BY md5(station::text || day::text);
ANALYZE findings_shuffled;
SET work_mem = '1MB';
SET max_parallel_workers_per_gather = 0;
SET enable_sort = off;
CREATE FUNCTION findings_hash_memory(q text) RETURNS TABLE (hashed boolean, spilled boolean, within_work_mem boolean)
LANGUAGE plpgsql AS $$
DECLARE
	line text;
	memory_kb bigint;
	batches int;
BEGIN
	hashed := false;
	FOR line IN EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ' || q
	LOOP
		hashed := hashed OR line LIKE '%HashAggregate%';
		IF line ~ 'Batches: \d+' THEN
			batches := substring(line FROM 'Batches: (\d+)')::int;
			memory_kb := substring(line FROM 'Memory Usage: (\d+)kB')::bigint;
		END IF;
	END LOOP;
	-- the memory limit of hash aggregation is work_mem × hash_mem_multiplier;
	-- it uses about 1.2 times that (each group's first, small state freed
	-- into the allocator's free list when it turns dense); before the fix
	-- the groups grew after they were counted, to several times the limit
	spilled := batches > 1;
	within_work_mem := memory_kb <= 1.5 * 1024 * current_setting('hash_mem_multiplier')::float8;
	RAISE DEBUG 'hash aggregation: % batches, % kB', batches, memory_kb;
	RETURN NEXT;
END $$;
SELECT * FROM findings_hash_memory(
	'SELECT station, air_summary(day, NULL, NULL, NULL, NULL, NULL, pm25) FROM findings_shuffled GROUP BY station');
-- and the same summaries as a sorted plan
SELECT count(*) AS differing FROM
	(SELECT station, air_summary(day, NULL, NULL, NULL, NULL, NULL, pm25) s FROM findings_shuffled GROUP BY station) h
	JOIN (SELECT station, air_summary(day, NULL, NULL, NULL, NULL, NULL, pm25 ORDER BY day) s
		  FROM findings_shuffled GROUP BY station) o USING (station)
WHERE h.s <> o.s;
-- rollup() of station-periods in random order merges them in the stored
-- form (never larger than 16 kB, its SSPACE; each state a block of its own,
-- so that the smaller sizes it grew through are not held in free lists):
-- hashed, it keeps within the limit too, and gives the sorted plan's bytes
CREATE TABLE findings_station_months AS
SELECT * FROM (SELECT station, (day - date '2024-01-01') / 10 AS period,
					  air_summary(day, NULL, NULL, NULL, NULL, NULL, pm25) AS s
			   FROM findings_shuffled GROUP BY 1, 2) AS p
ORDER BY md5(station::text || period::text);
ANALYZE findings_station_months;
SELECT * FROM findings_hash_memory('SELECT station, rollup(s) FROM findings_station_months GROUP BY station');
SELECT count(*) AS differing FROM
	(SELECT station, rollup(s) s FROM findings_station_months GROUP BY station) h
	JOIN (SELECT station, air_summary(day, NULL, NULL, NULL, NULL, NULL, pm25 ORDER BY day) s
		  FROM findings_shuffled GROUP BY station) o USING (station)
WHERE h.s <> o.s;
RESET enable_sort;
RESET work_mem;
RESET max_parallel_workers_per_gather;
DROP FUNCTION findings_hash_memory(text);
DROP TABLE findings_big, findings_months, findings_stored, findings_shuffled, findings_station_months;
