-- rectification(deadline, completed_on, as_of) and its summary type.

CREATE SCHEMA rectification_test;
SET search_path = rectification_test, public;

SELECT typlen, typbyval, typalign FROM pg_type WHERE typname = 'rectification_summary';

-- one issue of each kind, as of 2022-12-31
CREATE TABLE issues (id integer, district text, deadline date, completed_on date);
INSERT INTO issues VALUES
	(1, 'east', '2022-06-30', '2022-06-01'),	-- due, completed on time
	(2, 'east', '2022-06-30', '2022-07-15'),	-- due, completed late
	(3, 'east', '2022-06-30', NULL),			-- due, overdue
	(4, 'west', '2023-06-30', '2022-10-01'),	-- not yet due, completed early
	(5, 'west', '2023-06-30', NULL),			-- not yet due, open
	(6, 'west', NULL, '2022-03-01'),			-- no deadline, completed
	(7, 'west', NULL, NULL),					-- no deadline, open
	(8, 'east', '2022-12-31', '2023-01-05'),	-- due on as_of itself; completed after as_of: not known
	(9, 'east', '2022-12-31', '2022-12-31');	-- due and completed on as_of: on time
SELECT rectification(deadline, completed_on, '2022-12-31') FROM issues;
SELECT total(s), with_deadline(s), due(s), completed(s), completed_due(s), overdue(s), completed_on_time(s),
	   completion_rate(s), pct(completion_rate(s)), on_time_rate(s), closure_rate(s), as_of(s)
FROM (SELECT rectification(deadline, completed_on, '2022-12-31') AS s FROM issues) x;
-- as of a later date, issue 8 counts as completed
SELECT rectification(deadline, completed_on, '2023-12-31') FROM issues;
-- as of an earlier date nothing was due yet
SELECT completion_rate(s), pct(completion_rate(s)), closure_rate(s)
FROM (SELECT rectification(deadline, completed_on, '2022-01-01') AS s FROM issues) x;
-- zero rows: no as_of, no summary
SELECT rectification(deadline, completed_on, '2022-12-31') IS NULL AS zero_rows FROM issues WHERE false;

-- bad input
SELECT rectification(deadline, completed_on, NULL) FROM issues;
\echo :LAST_ERROR_SQLSTATE
SELECT rectification(deadline, completed_on, CASE WHEN id < 5 THEN '2022-12-31'::date ELSE '2023-01-01' END)
FROM issues;
\echo :LAST_ERROR_SQLSTATE
SELECT rectification(deadline, completed_on, 'infinity') FROM issues;
\echo :LAST_ERROR_SQLSTATE
SELECT rectification('-infinity', NULL, '2022-12-31');
\echo :LAST_ERROR_SQLSTATE
SELECT rectification(NULL, 'infinity', '2022-12-31');
\echo :LAST_ERROR_SQLSTATE
SELECT rectification_transfn(NULL, NULL, NULL, '2022-12-31');
\echo :LAST_ERROR_SQLSTATE

-- per district, rolled up; rollup refuses summaries of different dates
CREATE TABLE district_summaries AS
SELECT district, rectification(deadline, completed_on, '2022-12-31') AS s FROM issues GROUP BY district;
SELECT district, s FROM district_summaries ORDER BY district;
SELECT rollup(s) AS city, rollup(s)::text = (SELECT rectification(deadline, completed_on, '2022-12-31')::text FROM issues) AS same_as_direct
FROM district_summaries;
SELECT rollup(s) IS NULL AS zero_rows, rollup(NULL::rectification_summary) IS NULL AS only_null FROM district_summaries WHERE false;
INSERT INTO district_summaries
SELECT 'north', rectification(deadline, completed_on, '2023-12-31') FROM issues;
SELECT rollup(s) FROM district_summaries;
\echo :LAST_ERROR_SQLSTATE
SELECT rectification_summary_merge(a.s, b.s) FROM district_summaries a, district_summaries b
WHERE a.district = 'east' AND b.district = 'west';

-- equality of all fields, an order, hashing: DISTINCT, GROUP BY, UNION,
-- joins, indexes; hashed and sorted plans agree
SELECT opcname, amvalidate(oid) FROM pg_opclass
WHERE opcname IN ('rectification_summary_ops', 'rectification_summary_hash_ops') ORDER BY 1;
CREATE TEMP TABLE summary_copies AS
SELECT district, s FROM district_summaries UNION ALL SELECT district || '2', s FROM district_summaries;
SELECT count(*) AS rows, count(DISTINCT s) AS distinct_summaries FROM summary_copies;
SET enable_sort = off;
SELECT as_of(s), total(s), count(*) FROM summary_copies GROUP BY s ORDER BY 1, 2;
RESET enable_sort;
SET enable_hashagg = off;
SELECT as_of(s), total(s), count(*) FROM summary_copies GROUP BY s ORDER BY 1, 2;
RESET enable_hashagg;
SELECT count(*) AS union_rows FROM (SELECT s FROM district_summaries UNION SELECT s FROM summary_copies) u;
SET enable_mergejoin = off;
SET enable_nestloop = off;
SELECT count(*) AS hash_join_pairs FROM summary_copies a JOIN summary_copies b ON a.s = b.s;
RESET enable_mergejoin;
SET enable_hashjoin = off;
SELECT count(*) AS merge_join_pairs FROM summary_copies a JOIN summary_copies b ON a.s = b.s;
RESET enable_hashjoin;
RESET enable_nestloop;
SELECT a.district, b.district, a.s = b.s AS eq, a.s <> b.s AS ne, a.s < b.s AS lt, a.s <= b.s AS le,
       a.s > b.s AS gt, a.s >= b.s AS ge, rectification_summary_cmp(a.s, b.s) AS cmp
FROM district_summaries a, district_summaries b
WHERE a.district IN ('east', 'north') AND b.district IN ('east', 'west') ORDER BY 1, 2;
SELECT rectification_summary_hash(a.s) = rectification_summary_hash(b.s) AS hash_equal,
       rectification_summary_hash_extended(a.s, 0)::bit(32) = rectification_summary_hash(a.s)::bit(32) AS seed0_low_bits,
       rectification_summary_hash_extended(a.s, 7) = rectification_summary_hash_extended(b.s, 7) AS extended_equal
FROM summary_copies a JOIN summary_copies b ON b.district = a.district || '2';
CREATE INDEX ON summary_copies (s);
CREATE INDEX ON summary_copies USING hash (s);
SET enable_seqscan = off;
SELECT district FROM summary_copies WHERE s = (SELECT s FROM district_summaries WHERE district = 'east') ORDER BY 1;
RESET enable_seqscan;

-- text form: ISO dates whatever DateStyle, every field checked
SET DateStyle = 'SQL, DMY';
SELECT s FROM district_summaries WHERE district = 'east';
SELECT s::text::rectification_summary::text = s::text AS round_trip FROM district_summaries;
RESET DateStyle;
SELECT 'as_of=2022-12-31,total=256,with_deadline=209,due=209,completed=209,completed_due=209,completed_on_time=209,due_on_time=209'::rectification_summary;
SELECT 'as_of=2022-12-31,total=1'::rectification_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT 'as_of=2022-02-30,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0'::rectification_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT 'as_of=2022-12-31,total=-1,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0'::rectification_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT 'as_of=2022-12-31,total=1,with_deadline=2,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0'::rectification_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT 'as_of=2022-12-31,total=2,with_deadline=2,due=1,completed=1,completed_due=1,completed_on_time=0,due_on_time=1'::rectification_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT 'as_of=2022-12-31,total=2,with_deadline=2,due=1,completed=2,completed_due=1,completed_on_time=0,due_on_time=0'::rectification_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT 'as_of=2022-12-31,total=99999999999999999999,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0'::rectification_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT 'as_of=2022-12-31,total=1,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0 '::rectification_summary;
\echo :LAST_ERROR_SQLSTATE
SELECT 'as_of=2022-12-31,due=0,total=1,with_deadline=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0'::rectification_summary;
\echo :LAST_ERROR_SQLSTATE
-- impossible counts that every pairwise relation allows: the due issue was
-- completed late (completed_due 1, due_on_time 0), so the two issues completed
-- on time have deadlines still ahead, but only one completed issue is not due
SELECT 'as_of=2022-12-31,total=3,with_deadline=3,due=1,completed=2,completed_due=1,completed_on_time=2,due_on_time=0'::rectification_summary;
\echo :LAST_ERROR_SQLSTATE
-- completed issues not due (1) outnumber the issues not due (0)
SELECT 'as_of=2022-12-31,total=2,with_deadline=2,due=2,completed=1,completed_due=0,completed_on_time=1,due_on_time=0'::rectification_summary;
\echo :LAST_ERROR_SQLSTATE
-- a count near 2^63 must not overflow the consistency check
SELECT 'as_of=2022-12-31,total=9223372036854775807,with_deadline=0,due=9223372036854775807,completed=0,completed_due=0,completed_on_time=9223372036854775807,due_on_time=0'::rectification_summary;
\echo :LAST_ERROR_SQLSTATE
-- exhaustively: a summary of at most 3 issues is accepted exactly when
-- rectification() over some 3 or fewer issues produces it.  The seven kinds
-- of issue as of 2022-12-31: due and completed on time, due and late, due and
-- open, deadline ahead and completed, deadline ahead and open, no deadline and
-- completed, no deadline and open (a completion after as_of counts as open).
CREATE TEMP TABLE issue_kinds (kind int, deadline date, completed_on date);
INSERT INTO issue_kinds VALUES (1, '2022-06-30', '2022-06-01'), (2, '2022-06-30', '2022-07-15'),
	(3, '2022-12-31', '2023-01-05'), (4, '2023-06-30', '2022-10-01'), (5, '2023-06-30', NULL),
	(6, NULL, '2022-05-01'), (7, NULL, '2023-02-01');
CREATE TEMP TABLE producible AS
SELECT DISTINCT rectification(k.deadline, k.completed_on, '2022-12-31')::text AS s
FROM (SELECT a, b, c FROM generate_series(0, 7) a, generate_series(0, 7) b, generate_series(0, 7) c
	  WHERE a <= b AND b <= c) combos
JOIN issue_kinds k ON k.kind IN (combos.a, combos.b, combos.c)
	-- a kind listed twice or three times counts that often
CROSS JOIN LATERAL generate_series(1, (combos.a = k.kind)::int + (combos.b = k.kind)::int + (combos.c = k.kind)::int)
GROUP BY combos.a, combos.b, combos.c
UNION	-- no issue at all: the counts of an empty district
SELECT 'as_of=2022-12-31,total=0,with_deadline=0,due=0,completed=0,completed_due=0,completed_on_time=0,due_on_time=0';
CREATE FUNCTION pg_temp.accepted(s text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	PERFORM s::rectification_summary;
	RETURN true;
EXCEPTION WHEN invalid_text_representation THEN
	RETURN false;
END $$;
SELECT count(*) AS producible, count(*) FILTER (WHERE pg_temp.accepted(s)) AS accepted FROM producible;
SELECT count(*) AS candidates,
	   count(*) FILTER (WHERE pg_temp.accepted(t) AND t NOT IN (SELECT s FROM producible)) AS accepted_impossible,
	   count(*) FILTER (WHERE NOT pg_temp.accepted(t) AND t IN (SELECT s FROM producible)) AS refused_possible
FROM (SELECT format('as_of=2022-12-31,total=%s,with_deadline=%s,due=%s,completed=%s,completed_due=%s,completed_on_time=%s,due_on_time=%s',
					total, wd, due, c, cd, cot, dot) AS t
	  FROM generate_series(0, 3) total, generate_series(0, 3) wd, generate_series(0, 3) due,
		   generate_series(0, 3) c, generate_series(0, 3) cd, generate_series(0, 3) cot,
		   generate_series(0, 3) dot) candidates;

-- binary form: version byte, int4 date, seven int8 counts
SELECT rectification_summary_send(s) FROM district_summaries WHERE district = 'west';
CREATE FUNCTION pg_temp.write_copy_file(field bytea) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	lo oid := lo_from_bytea(0, '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea
		|| '\x0001'::bytea || int4send(length(field)) || field || '\xffff'::bytea);
BEGIN
	PERFORM lo_export(lo, 'rectification_binary.copy');
	PERFORM lo_unlink(lo);
END $$;
CREATE TABLE summary_copy (s rectification_summary);
SELECT pg_temp.write_copy_file(rectification_summary_send(s)) FROM district_summaries WHERE district = 'west';
COPY summary_copy FROM 'rectification_binary.copy' (FORMAT binary);
SELECT s::text = (SELECT s::text FROM district_summaries WHERE district = 'west') AS binary_round_trip FROM summary_copy;
-- the same bytes with one field changed at a time
CREATE FUNCTION pg_temp.west_bytes_with(pos integer, replacement text) RETURNS bytea LANGUAGE sql AS $$
	SELECT overlay(rectification_summary_send(s) PLACING decode(replacement, 'hex') FROM pos)
	FROM rectification_test.district_summaries WHERE district = 'west'
$$;
SELECT pg_temp.write_copy_file(pg_temp.west_bytes_with(1, '02'));
COPY summary_copy FROM 'rectification_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.write_copy_file(pg_temp.west_bytes_with(2, '7fffffff'));
COPY summary_copy FROM 'rectification_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.write_copy_file(pg_temp.west_bytes_with(6, 'ffffffffffffffff'));
COPY summary_copy FROM 'rectification_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.write_copy_file(pg_temp.west_bytes_with(30, '0000000000000009'));
COPY summary_copy FROM 'rectification_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.write_copy_file(substr(pg_temp.west_bytes_with(1, '01'), 1, 60));
COPY summary_copy FROM 'rectification_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.write_copy_file(pg_temp.west_bytes_with(1, '01') || '\x00'::bytea);
COPY summary_copy FROM 'rectification_binary.copy' (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE

-- parallel plans give the serial answers
CREATE TABLE many_issues AS
SELECT i % 20 AS district,
	   CASE WHEN i % 5 = 0 THEN NULL ELSE '2021-01-01'::date + (i % 900) END AS deadline,
	   CASE WHEN i % 3 = 0 THEN NULL ELSE '2021-01-01'::date + (i % 1000) END AS completed_on
FROM generate_series(1, 100000) i;
ANALYZE many_issues;
CREATE TABLE serial_answer AS
SELECT district, rectification(deadline, completed_on, '2022-12-31')::text AS s FROM many_issues GROUP BY district;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT rectification(deadline, completed_on, '2022-12-31') FROM many_issues;
SELECT rectification(deadline, completed_on, '2022-12-31') FROM many_issues;
SELECT rollup(s::rectification_summary) FROM serial_answer;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF)
SELECT district, rectification(deadline, completed_on, '2022-12-31') FROM many_issues GROUP BY district;
SELECT count(*) AS districts_equal_to_serial
FROM (SELECT district, rectification(deadline, completed_on, '2022-12-31')::text AS s
	  FROM many_issues GROUP BY district) p JOIN serial_answer USING (district, s);
RESET enable_hashagg;
-- rollup() itself in a parallel plan: day-by-district summaries merged by
-- workers and combined equal the direct answer; a summary of another date
-- among them fails in the parallel plan too
CREATE TABLE daily_summaries AS
SELECT district, day, rectification(deadline, completed_on, '2022-12-31') AS s
FROM many_issues CROSS JOIN LATERAL (SELECT (abs(hashtext(deadline::text || completed_on::text)) % 20) AS day) d
GROUP BY district, day;
ANALYZE daily_summaries;
EXPLAIN (COSTS OFF) SELECT rollup(s) FROM daily_summaries;
SELECT rollup(s)::text = (SELECT rollup(s::rectification_summary)::text FROM serial_answer) AS parallel_rollup_equals_serial,
       total(rollup(s)) = (SELECT count(*) FROM many_issues) AS all_issues
FROM daily_summaries;
INSERT INTO daily_summaries
SELECT 99, 0, rectification(deadline, completed_on, '2023-01-31') FROM many_issues;
-- (which worker meets the odd summary, and so the order of the two dates in
-- the message, varies: only the SQLSTATE and the message's start are shown)
DO $$
BEGIN
	PERFORM rollup(s) FROM daily_summaries;
	RAISE NOTICE 'merged: wrong';
EXCEPTION WHEN invalid_parameter_value THEN
	RAISE NOTICE 'refused, SQLSTATE %: %', SQLSTATE, split_part(SQLERRM, ':', 1);
END $$;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
SELECT rectification(deadline, completed_on, '2022-12-31') FROM many_issues;

RESET search_path;
DROP SCHEMA rectification_test CASCADE;
