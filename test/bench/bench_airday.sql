-- Hours to days: valid_avg as a moving 8-hour window, and o3_max8h per
-- station-day, against plain SQL doing the same job with built-ins.
--
-- Data: one row per station and hour (scale=full: 114 stations x 366 days,
-- 1,001,376 rows; tiny: 2 stations x 4 days), integer concentrations (so
-- that the built-in float8 avg, whose sum of integers is exact, must agree
-- bit for bit), about 5 % of hours missing (NULL) plus 8-hour outages every
-- ninth day.  Every hour has a row: the plain-SQL MDA8 below needs that (with
-- absent rows it would need a calendar of hours).
\ir lib.sql
SET max_parallel_workers_per_gather = 0;

SELECT CASE WHEN :'scale' = 'full' THEN 114 ELSE 2 END AS stations,
       CASE WHEN :'scale' = 'full' THEN 366 ELSE 4 END AS days \gset

CREATE TEMP TABLE bench_hourly AS
SELECT s AS station, '2016-01-01'::timestamp + h * interval '1 hour' AS observed_at,
       CASE WHEN (h * 7919 + s * 104729) % 20 = 0 THEN NULL
            WHEN (h / 24) % 9 = s % 9 AND h % 24 BETWEEN 6 AND 13 THEN NULL
            ELSE ((h * 7919 + s * 104729) % 151 + CASE WHEN h % 24 BETWEEN 11 AND 18 THEN 90 ELSE 20 END)::float8
       END AS o3
FROM generate_series(1, :stations) AS s, generate_series(0, :days * 24 - 1) AS h;
ALTER TABLE bench_hourly ADD PRIMARY KEY (station, observed_at);
VACUUM ANALYZE bench_hourly;
SELECT count(*) AS rows, count(o3) AS measured FROM bench_hourly \gset
\echo bench_airday: :rows hourly rows, :measured measured

-- 1. the O3 8-hour moving mean: valid_avg(o3, 6) over RANGE '7 hours'
--    against the built-in avg over the same window, and against avg with a
--    count check in a CASE expression (the plain-SQL equivalent)
CREATE TEMP TABLE bench_moving AS
SELECT station, observed_at,
       valid_avg(o3, 6) OVER w AS valid_avg,
       avg(o3) OVER w AS builtin_avg,
       CASE WHEN count(o3) OVER w >= 6 THEN avg(o3) OVER w END AS case_avg
FROM bench_hourly
WINDOW w AS (PARTITION BY station ORDER BY observed_at RANGE BETWEEN '7 hours' PRECEDING AND CURRENT ROW);
DO $$
DECLARE
	bad bigint;
BEGIN
	SELECT count(*) INTO bad FROM bench_moving
	WHERE valid_avg IS DISTINCT FROM case_avg
	   OR (valid_avg IS NOT NULL AND valid_avg IS DISTINCT FROM builtin_avg);
	IF bad > 0 THEN
		RAISE EXCEPTION 'bench_airday: valid_avg disagrees with the built-in avg on % rows', bad;
	END IF;
END $$;

SELECT pg_temp.bench_ms($q$
	SELECT sum(m) FROM (SELECT valid_avg(o3, 6) OVER w AS m FROM bench_hourly
	WINDOW w AS (PARTITION BY station ORDER BY observed_at RANGE BETWEEN '7 hours' PRECEDING AND CURRENT ROW)) AS t
$q$) AS valid_avg_ms,
       pg_temp.bench_ms($q$
	SELECT sum(m) FROM (SELECT avg(o3) OVER w AS m FROM bench_hourly
	WINDOW w AS (PARTITION BY station ORDER BY observed_at RANGE BETWEEN '7 hours' PRECEDING AND CURRENT ROW)) AS t
$q$) AS builtin_ms,
       pg_temp.bench_ms($q$
	SELECT sum(m) FROM (SELECT CASE WHEN count(o3) OVER w >= 6 THEN avg(o3) OVER w END AS m FROM bench_hourly
	WINDOW w AS (PARTITION BY station ORDER BY observed_at RANGE BETWEEN '7 hours' PRECEDING AND CURRENT ROW)) AS t
$q$) AS case_ms \gset
SELECT pg_temp.bench_line('valid_avg(o3, 6) OVER 8-hour RANGE window', :valid_avg_ms,
                          'avg(o3) OVER (no count)', :builtin_ms);
SELECT pg_temp.bench_line('valid_avg(o3, 6) OVER 8-hour RANGE window', :valid_avg_ms,
                          'CASE count>=6 THEN avg END', :case_ms);

-- 1b. a longer frame shows what the exact inverse transition buys: the
--     24-hour moving mean (mean_24h over RANGE '23 hours') against the
--     count-checked built-in avg, which re-adds the whole frame for every row
DO $$
DECLARE
	bad bigint;
BEGIN
	SELECT count(*) INTO bad FROM (
		SELECT mean_24h(o3) OVER w AS m,
		       CASE WHEN count(o3) OVER w >= 20 THEN avg(o3) OVER w END AS b
		FROM bench_hourly
		WINDOW w AS (PARTITION BY station ORDER BY observed_at RANGE BETWEEN '23 hours' PRECEDING AND CURRENT ROW)) AS t
	WHERE m IS DISTINCT FROM b;
	IF bad > 0 THEN
		RAISE EXCEPTION 'bench_airday: mean_24h disagrees with the built-in avg on % rows', bad;
	END IF;
END $$;
SELECT pg_temp.bench_ms($q$
	SELECT sum(m) FROM (SELECT mean_24h(o3) OVER w AS m FROM bench_hourly
	WINDOW w AS (PARTITION BY station ORDER BY observed_at RANGE BETWEEN '23 hours' PRECEDING AND CURRENT ROW)) AS t
$q$) AS mean24_ms,
       pg_temp.bench_ms($q$
	SELECT sum(m) FROM (SELECT CASE WHEN count(o3) OVER w >= 20 THEN avg(o3) OVER w END AS m FROM bench_hourly
	WINDOW w AS (PARTITION BY station ORDER BY observed_at RANGE BETWEEN '23 hours' PRECEDING AND CURRENT ROW)) AS t
$q$) AS case24_ms \gset
SELECT pg_temp.bench_line('mean_24h(o3) OVER 24-hour RANGE window', :mean24_ms,
                          'CASE count>=20 THEN avg END', :case24_ms);

-- 2. MDA8 per station-day: o3_max8h against the plain-SQL recipe (8-hour
--    window mean with the count check, windows ending 08:00..24:00, max,
--    >= 14 valid windows or max > 160)
CREATE TEMP TABLE bench_mda8 AS
SELECT station, air_day(observed_at) AS day, o3_max8h(observed_at, o3) AS mda8
FROM bench_hourly GROUP BY station, air_day(observed_at);
CREATE TEMP TABLE bench_mda8_sql AS
SELECT station, day, CASE WHEN count(m8) >= 14 OR max(m8) > 160 THEN max(m8) END AS mda8
FROM (SELECT station, observed_at::date AS day, observed_at,
             CASE WHEN count(o3) OVER w >= 6 THEN avg(o3) OVER w END AS m8
      FROM bench_hourly
      WINDOW w AS (PARTITION BY station, observed_at::date ORDER BY observed_at
                   RANGE BETWEEN '7 hours' PRECEDING AND CURRENT ROW)) AS t
WHERE extract(hour FROM observed_at) >= 7
GROUP BY station, day;
DO $$
DECLARE
	bad bigint;
	days bigint;
	valid bigint;
BEGIN
	SELECT count(*), count(*) FILTER (WHERE a.mda8 IS DISTINCT FROM b.mda8), count(a.mda8)
	INTO days, bad, valid
	FROM bench_mda8 AS a FULL JOIN bench_mda8_sql AS b USING (station, day);
	IF bad > 0 THEN
		RAISE EXCEPTION 'bench_airday: o3_max8h disagrees with plain-SQL MDA8 on % of % station-days', bad, days;
	END IF;
	IF valid = 0 OR valid = days THEN
		RAISE EXCEPTION 'bench_airday: % valid of % station-days: the data do not exercise validity', valid, days;
	END IF;
END $$;

SELECT pg_temp.bench_ms($q$
	SELECT sum(mda8) FROM (SELECT o3_max8h(observed_at, o3) AS mda8 FROM bench_hourly
	GROUP BY station, air_day(observed_at)) AS t
$q$) AS o3_ms,
       pg_temp.bench_ms($q$
	SELECT sum(mda8) FROM (
	SELECT CASE WHEN count(m8) >= 14 OR max(m8) > 160 THEN max(m8) END AS mda8
	FROM (SELECT station, observed_at::date AS day, observed_at,
	             CASE WHEN count(o3) OVER w >= 6 THEN avg(o3) OVER w END AS m8
	      FROM bench_hourly
	      WINDOW w AS (PARTITION BY station, observed_at::date ORDER BY observed_at
	                   RANGE BETWEEN '7 hours' PRECEDING AND CURRENT ROW)) AS t
	WHERE extract(hour FROM observed_at) >= 7
	GROUP BY station, day) AS d
$q$) AS sql_ms \gset
SELECT pg_temp.bench_line('o3_max8h per station-day (GROUP BY air_day)', :o3_ms,
                          'plain-SQL MDA8 (window)', :sql_ms);
SELECT count(*) AS station_days, count(mda8) AS valid_days FROM bench_mda8 \gset
\echo bench_airday: :station_days station-days, :valid_days with a valid MDA8
