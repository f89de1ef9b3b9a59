-- yoy_change(value, period) OVER (...) against the same answer in plain SQL:
-- lag() with a check that the previous row is the year before (lag alone is
-- wrong when a year is missing), and a self-join on the year before.
\ir lib.sql
SET max_parallel_workers_per_gather = 0;

SELECT CASE WHEN :'scale' = 'full' THEN 1000000 ELSE 500 END AS target_rows \gset

-- partitions of 110 years with about one year in ten missing
CREATE TEMP TABLE yoy_bench AS
SELECT (i / 110)::integer AS station, (1900 + i % 110)::integer AS year, (10 + (i * 37) % 90)::float8 AS pm25
FROM generate_series(0, (:target_rows * 10 / 9)::bigint) i
WHERE (i * 7919) % 10 <> 0;
ANALYZE yoy_bench;

-- the three give the same answer on every row, or the benchmark fails
DO $$
DECLARE
	mismatches bigint;
	rows_with_previous bigint;
BEGIN
	SELECT count(*) FILTER (WHERE w IS DISTINCT FROM l OR w IS DISTINCT FROM j), count(w)
	INTO mismatches, rows_with_previous
	FROM (SELECT b.station, b.year,
				 yoy_change(b.pm25, b.year) OVER w AS w,
				 CASE WHEN lag(b.year) OVER w = b.year - 1 AND lag(b.pm25) OVER w <> 0
					  THEN (b.pm25 - lag(b.pm25) OVER w) * 100 / lag(b.pm25) OVER w END AS l,
				 CASE WHEN p.pm25 <> 0 THEN (b.pm25 - p.pm25) * 100 / p.pm25 END AS j
		  FROM yoy_bench b LEFT JOIN yoy_bench p ON p.station = b.station AND p.year = b.year - 1
		  WINDOW w AS (PARTITION BY b.station ORDER BY b.year)) x;
	IF mismatches <> 0 OR rows_with_previous = 0 THEN
		RAISE EXCEPTION 'bench_yoy: % rows disagree with the baselines (% with a previous year)',
			mismatches, rows_with_previous;
	END IF;
END $$;

SELECT pg_temp.bench_ms($q$
	SELECT sum(x), count(x) FROM (
		SELECT yoy_change(pm25, year) OVER (PARTITION BY station ORDER BY year) AS x FROM yoy_bench) s
$q$) AS window_ms \gset
SELECT pg_temp.bench_ms($q$
	SELECT sum(x), count(x) FROM (
		SELECT CASE WHEN previous_year = year - 1 AND previous <> 0
					THEN (pm25 - previous) * 100 / previous END AS x
		FROM (SELECT year, pm25, lag(year) OVER w AS previous_year, lag(pm25) OVER w AS previous
			  FROM yoy_bench WINDOW w AS (PARTITION BY station ORDER BY year)) l) s
$q$) AS lag_ms \gset
SELECT pg_temp.bench_ms($q$
	SELECT sum(x), count(x) FROM (
		SELECT CASE WHEN p.pm25 <> 0 THEN (b.pm25 - p.pm25) * 100 / p.pm25 END AS x
		FROM yoy_bench b LEFT JOIN yoy_bench p ON p.station = b.station AND p.year = b.year - 1) s
$q$) AS join_ms \gset

SELECT format('yoy_change window, %s rows', count(*)) AS what FROM yoy_bench \gset
SELECT pg_temp.bench_line(:'what', :window_ms, 'lag() with a year check', :lag_ms);
SELECT pg_temp.bench_line(:'what', :window_ms, 'self-join on year - 1', :join_ms);
