-- Hook "incremental" of docs/report-layer.md (run by test/report/run_doc.py
-- in the page's session, after the page switched to the change log and
-- refresh_report_layer() of section 3): the incremental refresh recomputes
-- exactly the changed station-months, and its result equals a full
-- recomputation from the hourly rows.  Prints "ok"/"not ok" lines.
\pset tuples_only on
\pset format unaligned

-- The full recomputation, written independently of the page's procedure:
-- every station-day from every hourly row, the summaries from those days.
CREATE TEMP VIEW full_day AS
SELECT station, air_day(observed_at) AS day,
       mean_24h(so2) AS so2, mean_24h(no2) AS no2, mean_24h(pm10) AS pm10,
       mean_24h(co) AS co, o3_max8h(observed_at, o3) AS o3_8h, mean_24h(pm25) AS pm25
FROM hourly GROUP BY 1, 2;
CREATE FUNCTION pg_temp.layer_equals_full_recomputation() RETURNS text
LANGUAGE sql AS $$
    WITH fd AS MATERIALIZED (SELECT * FROM full_day),
    days AS (SELECT count(*) AS n FROM station_day d FULL JOIN fd f USING (station, day)
             WHERE row(d.*)::text IS DISTINCT FROM row(f.*)::text),
    months AS (SELECT count(*) AS n
               FROM station_month m
               FULL JOIN (SELECT station, date_trunc('month', day)::date AS month,
                                 air_summary(day, so2, no2, pm10, co, o3_8h, pm25) AS s
                          FROM fd GROUP BY 1, 2) f USING (station, month)
               WHERE m.s::text IS DISTINCT FROM f.s::text),
    years AS (SELECT count(*) AS n
              FROM (SELECT year, s FROM city_year WHERE city = 'Beijing') y
              FULL JOIN (SELECT extract(year FROM day)::integer AS year,
                                air_summary(day, so2, no2, pm10, co, o3_8h, pm25) AS s
                         FROM fd GROUP BY 1) f USING (year)
              WHERE y.s::text IS DISTINCT FROM f.s::text)
    SELECT format('%s station-days, %s station-months, %s city-years differ',
                  (SELECT n FROM days), (SELECT n FROM months), (SELECT n FROM years))
$$;
CREATE TEMP TABLE snap_day AS SELECT station, day, row(d.*)::text AS r FROM station_day d;
CREATE TEMP TABLE snap_month AS SELECT station, month, s::text AS s FROM station_month;
CREATE FUNCTION pg_temp.changed() RETURNS text
LANGUAGE sql AS $$
    SELECT format('days: %s; months: %s',
                  (SELECT string_agg(station || ' ' || day, ', ' ORDER BY station, day)
                   FROM snap_day o FULL JOIN (SELECT station, day, row(d.*)::text AS r FROM station_day d) n
                        USING (station, day) WHERE o.r IS DISTINCT FROM n.r),
                  (SELECT string_agg(station || ' ' || month, ', ' ORDER BY station, month)
                   FROM snap_month o FULL JOIN station_month n USING (station, month)
                   WHERE o.s IS DISTINCT FROM n.s::text))
$$;

-- 1. One corrected hour: exactly its station-day and its station-month change.
UPDATE hourly SET pm25 = pm25 + 40 WHERE station = 'Gucheng' AND observed_at = '2016-11-20 09:00';
SELECT CASE WHEN string_agg(station || ' ' || month, ',') = 'Gucheng 2016-11-01' THEN 'ok' ELSE 'not ok' END
       || ' - the correction logged one station-month: ' || coalesce(string_agg(station || ' ' || month, ','), 'none')
FROM report_changes;
CALL refresh_report_layer();
SELECT CASE WHEN c = 'days: Gucheng 2016-11-20; months: Gucheng 2016-11-01' THEN 'ok' ELSE 'not ok' END
       || ' - one corrected hour changed ' || c
FROM pg_temp.changed() c;
SELECT CASE WHEN count(*) = 0 THEN 'ok' ELSE 'not ok' END || ' - the refresh emptied the log' FROM report_changes;
SELECT CASE WHEN r = '0 station-days, 0 station-months, 0 city-years differ' THEN 'ok' ELSE 'not ok' END
       || ' - after one correction: ' || r
FROM pg_temp.layer_equals_full_recomputation() r;
-- the city-year figures a report shows moved with it, and equal the full recomputation's
SELECT CASE WHEN r.pm25 = evaluation_value(f.s, 'pm2.5') AND r.composite_index = composite_index(f.s)
                 AND r.good_days = good_days(f.s) THEN 'ok' ELSE 'not ok' END
       || format(' - city_year_report 2016 = full recomputation: PM2.5 %s, composite index %s, %s good days',
                 r.pm25, r.composite_index, r.good_days)
FROM city_year_report r,
     (SELECT air_summary(day, so2, no2, pm10, co, o3_8h, pm25) AS s FROM full_day
      WHERE day BETWEEN '2016-01-01' AND '2016-12-31') f
WHERE r.city = 'Beijing' AND r.year = 2016;

-- 2. A refresh with nothing logged changes nothing.
TRUNCATE snap_day, snap_month;
INSERT INTO snap_day SELECT station, day, row(d.*)::text FROM station_day d;
INSERT INTO snap_month SELECT station, month, s::text FROM station_month;
CALL refresh_report_layer();
SELECT CASE WHEN c = 'days: ; months: ' THEN 'ok' ELSE 'not ok' END
       || ' - a refresh with an empty log changed ' || c
FROM pg_temp.changed() c;

-- 3. Deleted hours, a renamed station-month, a new month, in one transaction
--    with an update that changes nothing.
INSERT INTO station_city VALUES ('Dongsi-2', 'Beijing');  -- the renamed station below
BEGIN;
DELETE FROM hourly WHERE station = 'Huairou' AND observed_at >= '2016-02-10' AND observed_at < '2016-02-11';
UPDATE hourly SET station = 'Dongsi-2' WHERE station = 'Dongsi' AND observed_at >= '2014-03-01' AND observed_at < '2014-04-01';
INSERT INTO hourly
SELECT station, observed_at + interval '1 year', so2, no2, pm10, co, o3, pm25 FROM hourly
WHERE station = 'Wanliu' AND observed_at >= '2016-01-01' AND observed_at < '2016-02-01'
  AND observed_at + interval '1 year' >= '2017-01-01';
UPDATE hourly SET pm25 = pm25 WHERE false;
COMMIT;
SELECT CASE WHEN string_agg(DISTINCT station || ' ' || month, ', ') =
                 'Dongsi 2014-03-01, Dongsi-2 2014-03-01, Huairou 2016-02-01, Wanliu 2017-01-01'
            THEN 'ok' ELSE 'not ok' END
       || ' - logged: ' || coalesce(string_agg(DISTINCT station || ' ' || month, ', '), 'none')
FROM report_changes;
TRUNCATE snap_day, snap_month;
INSERT INTO snap_day SELECT station, day, row(d.*)::text FROM station_day d;
INSERT INTO snap_month SELECT station, month, s::text FROM station_month;
CALL refresh_report_layer();
SELECT CASE WHEN r = '0 station-days, 0 station-months, 0 city-years differ' THEN 'ok' ELSE 'not ok' END
       || ' - after deletes, a rename and a new month: ' || r
FROM pg_temp.layer_equals_full_recomputation() r;
SELECT CASE WHEN (SELECT count(*) FROM station_month WHERE station = 'Dongsi' AND month = '2014-03-01') = 0
                 AND (SELECT count(*) FROM station_month WHERE station = 'Dongsi-2') = 1
                 AND (SELECT count(*) FROM station_day WHERE station = 'Huairou' AND day = '2016-02-10') = 0
                 AND (SELECT count(*) FROM station_day WHERE station = 'Wanliu' AND day >= '2017-01-01') = 31
                 AND (SELECT count(*) FROM city_year) = 4
            THEN 'ok' ELSE 'not ok' END || ' - the renamed month moved, the deleted day went, 2017 appeared: '
       || (SELECT string_agg(year::text, ',' ORDER BY year) FROM city_year);
SELECT CASE WHEN c LIKE 'days: Dongsi 2014-03-01, %; months: Dongsi 2014-03-01, Dongsi-2 2014-03-01, Huairou 2016-02-01, Wanliu 2017-01-01'
            THEN 'ok' ELSE 'not ok' END
       || ' - only those station-months were recomputed: ' || regexp_replace(c, 'days: .*;', 'days: ...;')
FROM pg_temp.changed() c;

-- 3b. A station missing from station_city (another city's, in a national
--     export) is its own visible group; it never joins Beijing's days.
CREATE TEMP TABLE beijing_before AS SELECT year, s::text AS s FROM city_year WHERE city = 'Beijing';
BEGIN;
INSERT INTO hourly
SELECT 'Xianghe', observed_at, so2, no2, pm10, co, o3, pm25 FROM hourly
WHERE station = 'Dongsi' AND observed_at >= '2016-06-01' AND observed_at < '2016-07-01';
CALL refresh_report_layer();
SELECT CASE WHEN (SELECT string_agg(DISTINCT city, ', ' ORDER BY city) FROM city_year) = 'Beijing, no city: Xianghe'
                 AND (SELECT count(*) FROM city_year y JOIN beijing_before b USING (year)
                      WHERE y.city = 'Beijing' AND y.s::text = b.s) = (SELECT count(*) FROM beijing_before)
            THEN 'ok' ELSE 'not ok' END
       || ' - a station without a city is its own group and Beijing is unchanged: '
       || (SELECT string_agg(DISTINCT city, ', ' ORDER BY city) FROM city_year);
ROLLBACK;
DROP TABLE beijing_before;

-- 4. TRUNCATE hourly logs every station-month; the refresh empties both levels.
BEGIN;
TRUNCATE hourly;
CALL refresh_report_layer();
SELECT CASE WHEN (SELECT count(*) FROM station_day) = 0 AND (SELECT count(*) FROM station_month) = 0
                 AND (SELECT count(*) FROM report_changes) = 0 AND (SELECT count(*) FROM city_year_report) = 0
            THEN 'ok' ELSE 'not ok' END || ' - TRUNCATE hourly and a refresh empty both levels and the reports';
ROLLBACK;

DROP FUNCTION pg_temp.changed(), pg_temp.layer_equals_full_recomputation();
DROP VIEW full_day;
DROP TABLE snap_day, snap_month;
\pset tuples_only off
\pset format aligned
