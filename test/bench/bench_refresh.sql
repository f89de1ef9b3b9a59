-- Refresh benchmark: the report layer of docs/report-layer.md, built from the
-- page's own SQL blocks (test/report/recipe.awk), over the Beijing data
-- (full: 12 stations, 2014-2016, 315 648 hourly rows; tiny: one station's
-- first three months).
--   (a) the incremental refresh of section 3 after one corrected hourly value
--       (one station-month recomputed) against the full refresh of section 2
--       (REFRESH ... CONCURRENTLY of station_day, then station_month)
--   (b) the same against plain REFRESH (not concurrently) of both
--   (c) the incremental refresh with every station-month logged (a full
--       rebuild of the tables) against the full refresh of section 2
-- Fails when the tables kept by the incremental refresh differ from a full
-- recomputation from the hourly rows.
\ir lib.sql

SELECT :'scale' = 'full' AS full_scale, 3 AS repeats \gset
DROP SCHEMA IF EXISTS bench_refresh CASCADE;
CREATE SCHEMA bench_refresh;
SET search_path = bench_refresh, public;

\set recipe `awk -v part=table -f ../report/recipe.awk ../../docs/report-layer.md`
:recipe
CREATE TABLE beijing_csv (station text, year int, month int, day int, hour int,
						  pm25 float8, pm10 float8, so2 float8, no2 float8, co float8, o3 float8);
\if :full_scale
\copy beijing_csv FROM PROGRAM 'gzip -dc ../data/beijing-2014-2016.csv.gz' WITH (FORMAT csv, HEADER true, NULL 'NA')
\else
\copy beijing_csv FROM PROGRAM 'gzip -dc ../data/beijing-2014-2016.csv.gz | head -n 2161' WITH (FORMAT csv, HEADER true, NULL 'NA')
\endif
INSERT INTO hourly
SELECT station, make_timestamp(year, month, day, hour, 0, 0), so2, no2, pm10, co / 1000, o3, pm25
FROM beijing_csv;
DROP TABLE beijing_csv;
VACUUM ANALYZE hourly;

-- Section 1 and 2: the materialized views and their refresh procedure.
\set recipe `awk -v part=views -f ../report/recipe.awk ../../docs/report-layer.md`
:recipe
SELECT pg_temp.bench_ms('CALL refresh_report_layer()', :repeats) AS full_concurrently_ms \gset
SELECT pg_temp.bench_ms('REFRESH MATERIALIZED VIEW station_day; REFRESH MATERIALIZED VIEW station_month', :repeats)
	   AS full_plain_ms \gset

-- Section 3: the tables, the change log and the incremental procedure.
\set recipe `awk -v part=incremental -f ../report/recipe.awk ../../docs/report-layer.md`
:recipe
SELECT format('%s hourly rows, %s station-days, %s station-months',
			  (SELECT count(*) FROM hourly), (SELECT count(*) FROM station_day),
			  (SELECT count(*) FROM station_month));

-- (a), (b): each run corrects one hourly value, in another station-month
-- each time, and times the refresh alone.
CREATE FUNCTION pg_temp.bench_one_month(repeats integer) RETURNS double precision
LANGUAGE plpgsql AS $$
DECLARE
	best double precision := 'Infinity';
	t0 timestamptz;
BEGIN
	FOR i IN 1 .. repeats LOOP
		UPDATE hourly SET pm25 = pm25 + 1
		WHERE station = (SELECT min(station) FROM hourly)
		  AND observed_at = (SELECT min(observed_at) FROM hourly) + i * interval '20 days 10 hours';
		IF (SELECT count(DISTINCT (station, month)) FROM report_changes) <> 1 THEN
			RAISE EXCEPTION 'bench_refresh: expected one logged station-month, found %',
				(SELECT string_agg(DISTINCT station || ' ' || month, ', ') FROM report_changes);
		END IF;
		t0 := clock_timestamp();
		CALL refresh_report_layer();
		best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
	END LOOP;
	RETURN best;
END $$;
SELECT pg_temp.bench_one_month(:repeats) AS one_month_ms \gset
SELECT pg_temp.bench_ms('INSERT INTO report_changes SELECT station, month FROM station_month; '
						'CALL refresh_report_layer()', 1) AS all_months_ms \gset

-- The answers: the tables equal a full recomputation from the hourly rows.
DO $$
DECLARE
	bad_days bigint;
	bad_months bigint;
BEGIN
	CREATE TEMP TABLE full_day AS
	SELECT station, air_day(observed_at) AS day,
		   mean_24h(so2) AS so2, mean_24h(no2) AS no2, mean_24h(pm10) AS pm10,
		   mean_24h(co) AS co, o3_max8h(observed_at, o3) AS o3_8h, mean_24h(pm25) AS pm25
	FROM hourly GROUP BY 1, 2;
	SELECT count(*) INTO bad_days
	FROM station_day d FULL JOIN full_day f USING (station, day)
	WHERE row(d.*)::text IS DISTINCT FROM row(f.*)::text;
	SELECT count(*) INTO bad_months
	FROM station_month m
	FULL JOIN (SELECT station, date_trunc('month', day)::date AS month,
					  air_summary(day, so2, no2, pm10, co, o3_8h, pm25) AS s
			   FROM full_day GROUP BY 1, 2) f USING (station, month)
	WHERE m.s::text IS DISTINCT FROM f.s::text;
	IF bad_days + bad_months > 0 THEN
		RAISE EXCEPTION 'bench_refresh: % station-days and % station-months differ from a full recomputation',
			bad_days, bad_months;
	END IF;
	DROP TABLE full_day;
END $$;

SELECT pg_temp.bench_line('(a) refresh after one corrected hour (1 station-month)', :one_month_ms,
						  'REFRESH CONCURRENTLY, both', :full_concurrently_ms);
SELECT pg_temp.bench_line('(b) refresh after one corrected hour (1 station-month)', :one_month_ms,
						  'REFRESH, both', :full_plain_ms);
SELECT pg_temp.bench_line('(c) incremental refresh, every station-month logged', :all_months_ms,
						  'REFRESH CONCURRENTLY, both', :full_concurrently_ms);
SELECT format('(a) one station-month refreshed %s times faster than REFRESH CONCURRENTLY of both, %s times faster than REFRESH',
			  round((:full_concurrently_ms / :one_month_ms)::numeric), round((:full_plain_ms / :one_month_ms)::numeric));

RESET search_path;
DROP SCHEMA bench_refresh CASCADE;
