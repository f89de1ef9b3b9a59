-- rollup() gives the same summary in any order of its inputs (new in
-- 1.2): its state keeps summaries that do not overlap as runs, copied in
-- unread, and puts them in day order once, in the final function.  Stored
-- periods of three lengths (months, weeks, ten days: 12, 53 and 37 runs, more
-- than the 32 a state keeps), with gaps (missing days inside and at the edges
-- of periods), rolled up in five orders, by hash and by sort grouping, must
-- equal the summary of the days themselves, byte for byte; so must the
-- stations of a city (days shared: the dense form).
SET extra_float_digits = 0;
CREATE TABLE ro_days AS
SELECT st, d::date AS day,
	   round((20 + 15 * sin(st + doy / 9.0) + doy % 7) * 24) / 24 AS no2,
	   round((90 + 40 * cos(st * 2 + doy / 20.0)) * 8) / 8 AS o3,
	   CASE WHEN (doy + st) % 11 <> 0 THEN round((30 + 20 * sin(doy / 5.0 + st)) * 24) / 24 END AS pm25
FROM generate_series(1, 3) AS st, generate_series(date '2023-01-01', date '2023-12-31', '1 day') AS d,
	 LATERAL (SELECT extract(doy FROM d)::int AS doy) AS x
WHERE (doy * 7 + st) % 17 <> 0 AND NOT (d BETWEEN '2023-05-01' AND '2023-05-03')
  AND NOT (st = 2 AND d BETWEEN '2023-08-25' AND '2023-09-04');
CREATE TABLE ro_direct AS
SELECT st, air_summary(day, NULL, no2, NULL, NULL, o3, pm25) AS s FROM ro_days GROUP BY st;
CREATE TABLE ro_periods AS
SELECT 'month' AS kind, st, extract(month FROM day)::int AS period,
	   air_summary(day, NULL, no2, NULL, NULL, o3, pm25) AS s
FROM ro_days GROUP BY st, 3
UNION ALL
SELECT 'week', st, extract(doy FROM day)::int / 7, air_summary(day, NULL, no2, NULL, NULL, o3, pm25)
FROM ro_days GROUP BY st, 3
UNION ALL
SELECT 'ten days', st, extract(doy FROM day)::int / 10, air_summary(day, NULL, no2, NULL, NULL, o3, pm25)
FROM ro_days GROUP BY st, 3;
SELECT kind, count(*) AS periods FROM ro_periods GROUP BY kind ORDER BY kind;
-- five orders (ordered aggregates): mismatches (none expected)
SELECT p.kind, o.how, count(*) FILTER (WHERE air_summary_send(p.s) <> air_summary_send(d.s)) AS differ,
	   count(*) AS stations
FROM (VALUES ('ascending'), ('descending'), ('odd then even'), ('scrambled'), ('halves swapped')) AS o(how),
LATERAL (SELECT kind, st,
				CASE o.how
					WHEN 'ascending' THEN rollup(s ORDER BY period)
					WHEN 'descending' THEN rollup(s ORDER BY period DESC)
					WHEN 'odd then even' THEN rollup(s ORDER BY period % 2 DESC, period)
					WHEN 'scrambled' THEN rollup(s ORDER BY (period * 7919) % 61, period)
					ELSE rollup(s ORDER BY period >= 26, period DESC)
				END AS s
		 FROM ro_periods GROUP BY kind, st) AS p
JOIN ro_direct AS d USING (st)
GROUP BY p.kind, o.how ORDER BY p.kind, o.how;
-- the rows stored scrambled, grouped by hash and by sort
CREATE TABLE ro_scrambled AS SELECT * FROM ro_periods ORDER BY md5(kind || st || period);
ANALYZE ro_scrambled;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT kind, st, rollup(s) FROM ro_scrambled GROUP BY kind, st;
SELECT p.kind, count(*) FILTER (WHERE air_summary_send(p.s) <> air_summary_send(d.s)) AS hash_differ
FROM (SELECT kind, st, rollup(s) AS s FROM ro_scrambled GROUP BY kind, st) AS p
JOIN ro_direct AS d USING (st) GROUP BY p.kind ORDER BY p.kind;
RESET enable_sort;
SET enable_hashagg = off;
SELECT p.kind, count(*) FILTER (WHERE air_summary_send(p.s) <> air_summary_send(d.s)) AS sort_differ
FROM (SELECT kind, st, rollup(s) AS s FROM ro_scrambled GROUP BY kind, st) AS p
JOIN ro_direct AS d USING (st) GROUP BY p.kind ORDER BY p.kind;
RESET enable_hashagg;
-- two parallel workers, each with runs of its own, combined by the leader
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT kind, st, rollup(s) FROM ro_scrambled GROUP BY kind, st;
CREATE TABLE ro_parallel AS SELECT kind, st, rollup(s) AS s FROM ro_scrambled GROUP BY kind, st;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
SELECT p.kind, count(*) FILTER (WHERE air_summary_send(p.s) <> air_summary_send(d.s)) AS parallel_differ
FROM ro_parallel AS p JOIN ro_direct AS d USING (st) GROUP BY p.kind ORDER BY p.kind;
-- the working state itself (an aggregate without a final function), read
-- raw: months scrambled stay runs ('R'), twelve of them; weeks and ten-day
-- periods exceed the 32 runs and go dense ('D') -- the same summaries anyway
CREATE AGGREGATE ro_merge(air_summary) (SFUNC = air_summary_combine, STYPE = air_summary);
CREATE FUNCTION ro_raw(air_summary, integer, boolean) RETURNS bytea
	LANGUAGE internal IMMUTABLE STRICT AS 'varchar';
SELECT kind, chr(get_byte(raw, 0)) AS form,
	   CASE WHEN get_byte(raw, 0) = ascii('R') THEN get_byte(raw, 5) END AS runs, count(*) AS stations
FROM (SELECT kind, st, ro_raw(ro_merge(s ORDER BY (period * 7919) % 61, period), -1, false) AS raw
	  FROM ro_periods GROUP BY kind, st) AS m
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
DROP AGGREGATE ro_merge(air_summary);
DROP FUNCTION ro_raw(air_summary, integer, boolean);
-- a city: the three stations' months, scrambled (days shared), against the
-- summary of all their days
SELECT rollup(s ORDER BY md5(st || '/' || period)) = (SELECT air_summary(day, NULL, no2, NULL, NULL, o3, pm25) FROM ro_days)
	   AS city_same,
	   rollup(s ORDER BY period DESC, st)::text = rollup(s ORDER BY st, period)::text AS city_text_same
FROM ro_periods WHERE kind = 'month';
-- figures read from the rolled-up summaries equal those of the days
SELECT count(*) FILTER (WHERE percentile(p.s, 'o3_8h', 90) <> percentile(d.s, 'o3_8h', 90)
						   OR mean(p.s, 'pm25') <> mean(d.s, 'pm25')) AS figures_differ
FROM (SELECT st, rollup(s ORDER BY period DESC) AS s FROM ro_periods WHERE kind = 'week' GROUP BY st) AS p
JOIN ro_direct AS d USING (st);
DROP TABLE ro_days, ro_direct, ro_periods, ro_scrambled, ro_parallel;
