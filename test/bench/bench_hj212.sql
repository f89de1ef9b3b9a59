-- hj212_values against the same parsing written in plain SQL (split_part,
-- regexp_matches): 1,700 stations' hourly (2061) HJ 212-2017 packets, six
-- pollutants each with its Avg and flag, about 1 M packets at full scale
-- (1,700 stations x 589 hours), 6 rows each.
--   * The baseline reads the header with split_part, the CP items with
--     string_to_table and regexp_matches, each value's flag with
--     regexp_match, the names from a table.  It checks nothing: not the
--     CRC (附录A is a loop over bytes, out of reach of plain SQL at this
--     size), not the length, not the fields; hj212_values checks them all.
--   * Both sides are timed under the same aggregate over every column, so
--     that neither can skip a column.
-- Target: hj212_values at most 0.1 of the regexp_matches baseline (>= 10x);
-- the split_part baseline is a faster plain SQL, measured beside it.  Fails when
-- the two give different rows.
\ir lib.sql
SET max_parallel_workers_per_gather = 0;
SET TimeZone = 'UTC';
SELECT setseed(0.212);

SELECT CASE WHEN :'scale' = 'full' THEN 1700 ELSE 17 END AS stations,
	CASE WHEN :'scale' = 'full' THEN 589 ELSE 6 END AS hours,
	CASE WHEN :'scale' = 'full' THEN 1 ELSE 2 END AS repeats \gset

CREATE TEMP TABLE bench_packets AS
SELECT hj212_frame(format('QN=%s000;ST=22;CN=2061;PW=123456;MN=BJ%s;Flag=4;CP=&&DataTime=%s;'
		'a34004-Avg=%s,a34004-Flag=%s;a34002-Avg=%s,a34002-Flag=N;a21026-Avg=%s,a21026-Flag=N;'
		'a21004-Avg=%s,a21004-Flag=N;a21005-Avg=%s,a21005-Flag=N;a05024-Avg=%s,a05024-Flag=%s&&',
		to_char(t + interval '1 hour 2 minutes', 'YYYYMMDDHH24MISS'), lpad(s::text, 8, '0'),
		to_char(t, 'YYYYMMDDHH24MISS'),
		round((5 + 150 * random())::numeric, 1), CASE WHEN random() < 0.02 THEN 'D' ELSE 'N' END,
		round((10 + 250 * random())::numeric, 1), round((1 + 40 * random())::numeric, 1),
		round((5 + 80 * random())::numeric, 1), round((0.2 + 2 * random())::numeric, 3),
		round((2 + 200 * random())::numeric, 1), CASE WHEN random() < 0.01 THEN 'M' ELSE 'N' END)) AS packet
FROM generate_series(1, :stations) s,
	generate_series(timestamp '2026-01-01', timestamp '2026-01-01' + (:hours - 1) * interval '1 hour', interval '1 hour') t;
VACUUM ANALYZE bench_packets;

-- the codes the baseline names (hj212_values has them in its core)
CREATE TEMP TABLE bench_codes (code text PRIMARY KEY, pollutant text);
INSERT INTO bench_codes VALUES ('a34004', 'pm2.5'), ('a34002', 'pm10'), ('a21026', 'so2'),
	('a21004', 'no2'), ('a21005', 'co'), ('a05024', 'o3');

CREATE TEMP VIEW by_hj212 AS
SELECT v.* FROM bench_packets p, hj212_values(p.packet) v;

-- the header, as both plain-SQL parses read it: split_part on the data
-- segment (the view is inlined into each query that uses it)
CREATE TEMP VIEW bench_headers AS
SELECT h.mn, h.st, h.cn,
	to_timestamp(h.qn, 'YYYYMMDDHH24MISSMS')::timestamp AS qn,
	to_timestamp(h.data_time, 'YYYYMMDDHH24MISS')::timestamp AS data_time, h.cp
FROM bench_packets p
CROSS JOIN LATERAL (SELECT ';' || substr(p.packet, 7, substr(p.packet, 3, 4)::integer) AS seg) s
CROSS JOIN LATERAL (
	SELECT split_part(split_part(s.seg, ';MN=', 2), ';', 1) AS mn,
		split_part(split_part(s.seg, ';ST=', 2), ';', 1) AS st,
		split_part(split_part(s.seg, ';CN=', 2), ';', 1) AS cn,
		nullif(split_part(split_part(s.seg, ';QN=', 2), ';', 1), '') AS qn,
		left(split_part(s.seg, ';CP=&&', 2), -2) AS cp) h0
CROSS JOIN LATERAL (
	SELECT h0.*, nullif(split_part(split_part(';' || h0.cp, ';DataTime=', 2), ';', 1), '') AS data_time) h;

CREATE TEMP VIEW by_sql AS
SELECT h.mn, h.st, h.cn, h.qn, h.data_time,
	f.code, c.pollutant, f.kind, f.val::float8 AS value, f.flag,
	coalesce(f.flag = 'N', true) AS valid
FROM bench_headers h
CROSS JOIN LATERAL string_to_table(h.cp, ';') item
CROSS JOIN LATERAL string_to_table(item, ',') field
CROSS JOIN LATERAL (
	SELECT split_part(split_part(field, '=', 1), '-', 1) AS code,
		split_part(split_part(field, '=', 1), '-', 2) AS kind,
		split_part(field, '=', 2) AS val,
		nullif(split_part(split_part(',' || item || ',', ',' || split_part(field, '-', 1) || '-Flag=', 2), ',', 1), '') AS flag) f
LEFT JOIN bench_codes c ON c.code = f.code
WHERE f.kind IN ('Rtd', 'Min', 'Avg', 'Max', 'ZsRtd', 'ZsMin', 'ZsAvg', 'ZsMax', 'Cou');

-- the same with regexp_matches for the values and regexp_match for the
-- flags: the issue's baseline, about 10 times slower than split_part
CREATE TEMP VIEW by_regexp AS
SELECT h.mn, h.st, h.cn, h.qn, h.data_time,
	m[1] AS code, c.pollutant, m[2] AS kind, m[3]::float8 AS value, f[1] AS flag,
	coalesce(f[1] = 'N', true) AS valid
FROM bench_headers h
CROSS JOIN LATERAL string_to_table(h.cp, ';') item
CROSS JOIN LATERAL regexp_matches(item, '([A-Za-z0-9]+)-(Rtd|Min|Avg|Max|ZsRtd|ZsMin|ZsAvg|ZsMax|Cou)=([-+]?[0-9.]+)', 'g') m
LEFT JOIN LATERAL regexp_match(item, m[1] || '-Flag=([A-Za-z0-9])') f ON true
LEFT JOIN bench_codes c ON c.code = m[1];

-- the answers first: the benchmark fails when they disagree (row count and
-- an order-independent sum of the rows' hashes)
DO $$
DECLARE
	a record;
	b record;
BEGIN
	SELECT count(*) AS n, sum(hashtext(v::text)::bigint) AS h INTO a FROM by_hj212 v;
	SELECT count(*) AS n, sum(hashtext(v::text)::bigint) AS h INTO b FROM by_sql v;
	IF a.n IS DISTINCT FROM b.n OR a.h IS DISTINCT FROM b.h OR a.n = 0 THEN
		RAISE EXCEPTION 'hj212_values gives % rows (hash %), the split_part parse % rows (hash %)', a.n, a.h, b.n, b.h;
	END IF;
	SELECT count(*) AS n, sum(hashtext(v::text)::bigint) AS h INTO b FROM by_regexp v;
	IF a.n IS DISTINCT FROM b.n OR a.h IS DISTINCT FROM b.h THEN
		RAISE EXCEPTION 'hj212_values gives % rows (hash %), the regexp_matches parse % rows (hash %)', a.n, a.h, b.n, b.h;
	END IF;
END $$;

SELECT count(*) AS packets FROM bench_packets \gset
SELECT 'SELECT count(*), count(mn), count(st), count(cn), count(qn), count(data_time), count(code), '
	'count(pollutant), count(kind), sum(value), count(flag), count(*) FILTER (WHERE valid) FROM ' AS every_column \gset
SELECT pg_temp.bench_ms(:'every_column' || 'by_hj212', :repeats) AS hj212_ms \gset
SELECT pg_temp.bench_line(format('hj212_values, %s hourly packets, %s stations', :packets, :stations),
	:hj212_ms, 'regexp_matches, regexp_match', pg_temp.bench_ms(:'every_column' || 'by_regexp', :repeats));
SELECT pg_temp.bench_line('hj212_values', :hj212_ms,
	'split_part, string_to_table', pg_temp.bench_ms(:'every_column' || 'by_sql', :repeats));
SELECT pg_temp.bench_line(format('hj212_check, %s packets', :packets),
	pg_temp.bench_ms('SELECT count(*) FROM bench_packets WHERE hj212_check(packet) IS NULL', :repeats),
	'length(packet)',
	pg_temp.bench_ms('SELECT count(*) FROM bench_packets WHERE length(packet) > 0', :repeats));
