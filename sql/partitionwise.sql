--
-- Partitionwise aggregation (enable_partitionwise_aggregate): on a table
-- partitioned by station, every aggregate gives the same answer whether the
-- planner aggregates each partition on its own or the table as a whole.
-- Grouped by the partition key the partitions are aggregated completely
-- (full partitionwise); grouped by anything else each partition yields a
-- partial state and the combine function merges them (partial
-- partitionwise), which is how a distributed engine would run them too.
--
SET extra_float_digits = 0;
SET max_parallel_workers_per_gather = 0;

CREATE TABLE pw_day (station text, day date, so2 float8, no2 float8, pm10 float8,
    co float8, o3_8h float8, pm25 float8, leq float8, road_km float8,
    item text, value float8, deadline date, completed_on date)
    PARTITION BY LIST (station);
CREATE TABLE pw_day_a PARTITION OF pw_day FOR VALUES IN ('A');
CREATE TABLE pw_day_b PARTITION OF pw_day FOR VALUES IN ('B');
CREATE TABLE pw_day_c PARTITION OF pw_day FOR VALUES IN ('C');
-- Deterministic synthetic rows: three stations, every day of 2016, some NULLs.
INSERT INTO pw_day
SELECT s, d,
       5 + (i * 7 + k) % 20, 20 + (i * 11 + k) % 50, 40 + (i * 13 + k * 5) % 150,
       round((0.4 + ((i * 3 + k) % 25) / 10.0)::numeric, 1)::float8,
       CASE WHEN (i + k) % 29 = 0 THEN NULL ELSE 60 + (i * 17 + k * 3) % 180 END,
       CASE WHEN (i + k) % 31 = 0 THEN NULL ELSE 15 + (i * 19 + k * 7) % 160 END,
       48 + ((i * 37 + k) % 170) / 10.0, 0.5 + (i % 7) / 4.0,
       (ARRAY['DO', 'COD', 'TP', 'NH3-N'])[1 + i % 4], (ARRAY[6.1, 18, 0.12, 0.9])[1 + i % 4] * (1 + (i % 5) / 10.0),
       date '2016-01-01' + (i * 5) % 400, CASE WHEN i % 3 = 0 THEN NULL ELSE date '2016-01-01' + (i * 7) % 380 END
FROM generate_series(0, 365) AS i,
     LATERAL (VALUES ('A', 0), ('B', 1), ('C', 2)) AS st(s, k),
     LATERAL (SELECT date '2016-01-01' + i AS d) AS dd
WHERE d < date '2017-01-01';
ANALYZE pw_day;

-- (the day is a column, so that the planner can estimate the groups)
CREATE TABLE pw_hour (station text, day date, observed_at timestamp, o3 float8)
    PARTITION BY LIST (station);
CREATE TABLE pw_hour_a PARTITION OF pw_hour FOR VALUES IN ('A');
CREATE TABLE pw_hour_b PARTITION OF pw_hour FOR VALUES IN ('B');
INSERT INTO pw_hour
SELECT s, air_day(h), h, CASE WHEN (extract(epoch FROM h)::bigint / 3600 + k) % 11 = 0 THEN NULL
                  ELSE 50 + (extract(hour FROM h)::int * 9 + k * 13 + extract(day FROM h)::int) % 140 END
FROM generate_series(timestamp '2016-05-01', '2016-06-30 23:00', '1 hour') AS h,
     LATERAL (VALUES ('A', 0), ('B', 1)) AS st(s, k);
ANALYZE pw_hour;

-- Every aggregate of the extension, as text, per group.
CREATE VIEW pw_by_station AS
SELECT station,
       air_summary(day, so2, no2, pm10, co, o3_8h, pm25)::text AS summary,
       max(aqi_daily(so2, no2, pm10, co, o3_8h, pm25))::text AS max_aqi,
       min(aqi_daily(so2, no2, pm10, co, o3_8h, pm25))::text AS min_aqi,
       rate_agg(pm25 <= 75)::text AS pm25_ok, rate_agg(pm25, pm10)::text AS pm_ratio,
       sum(rate_agg_one)::text AS summed, max(rate_agg_one)::text AS max_rate,
       min(rate_agg_one)::text AS min_rate,
       rectification(deadline, completed_on, date '2016-12-31')::text AS rect,
       valid_avg(so2, 300)::text AS so2_mean, mean_24h(no2)::text AS no2_mean,
       mean_8h(co)::text AS co_mean,
       leq_mean(leq)::text AS leq, length_weighted_mean(leq, road_km)::text AS lwm,
       max(noise_grade(leq))::text AS worst_grade, min(noise_grade(leq))::text AS best_grade,
       section_class(item, value)::text AS section, exceeding_items(item, value) AS exceeding,
       max(water_class(item, value))::text AS worst_class, min(water_class(item, value))::text AS best_class
FROM (SELECT *, rate(so2, no2) AS rate_agg_one FROM pw_day) AS d
GROUP BY station;

CREATE VIEW pw_by_month AS
SELECT date_trunc('month', day) AS month,
       rollup(s)::text AS rolled, count(*) AS stations
FROM (SELECT station, day, air_summary(day, so2, no2, pm10, co, o3_8h, pm25) OVER (PARTITION BY station, date_trunc('month', day)) AS s
      FROM pw_day) AS x
GROUP BY 1;

-- across the partitions: partial states combined
CREATE VIEW pw_all AS
SELECT air_summary(day, so2, no2, pm10, co, o3_8h, pm25)::text AS summary,
       max(aqi_daily(so2, no2, pm10, co, o3_8h, pm25))::text AS max_aqi,
       rate_agg(pm25 <= 75)::text AS pm25_ok, rate_agg(pm25, pm10)::text AS pm_ratio,
       rectification(deadline, completed_on, date '2016-12-31')::text AS rect,
       valid_avg(so2, 300)::text AS so2_mean, leq_mean(leq)::text AS leq,
       length_weighted_mean(leq, road_km)::text AS lwm,
       max(noise_grade(leq))::text AS worst_grade, section_class(item, value)::text AS section,
       exceeding_items(item, value) AS exceeding, min(water_class(item, value))::text AS best_class
FROM pw_day;

CREATE VIEW pw_status AS
SELECT date_trunc('quarter', day) AS quarter, water_status(water_class(item, value)) AS status,
       rectification(deadline, completed_on, date '2016-12-31')::text AS rect
FROM pw_day GROUP BY 1;

CREATE VIEW pw_days AS
SELECT station, day, o3_max8h(observed_at, o3)::text AS mda8,
       mean_24h(o3)::text AS o3_24h
FROM pw_hour GROUP BY 1, 2;

-- the hours of both stations together, per day: partial states combined
CREATE VIEW pw_city_days AS
SELECT day, mean_24h(o3)::text AS o3_24h, valid_avg(o3, 30)::text AS o3_30
FROM pw_hour GROUP BY 1;

-- plan checks: does the planner aggregate per partition?
CREATE FUNCTION pw_plan(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    line text;
    plan text := '';
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
        plan := plan || line || E'\n';
    END LOOP;
    RETURN CASE
        WHEN plan ~ 'Partial (Hash|Group)?Aggregate' AND plan ~ 'Append' THEN 'partial partitionwise'
        WHEN plan ~ 'Append' AND plan ~ '->  (Hash|Group)?Aggregate' AND plan !~ 'Finalize' THEN 'full partitionwise'
        ELSE 'whole table' END;
END $$;

SET enable_partitionwise_aggregate = off;
SELECT pw_plan('SELECT * FROM pw_by_station') AS by_station,
       pw_plan('SELECT * FROM pw_all') AS across_stations,
       pw_plan('SELECT * FROM pw_days') AS station_days,
       pw_plan('SELECT * FROM pw_city_days') AS city_days;
CREATE TEMP TABLE off_station AS SELECT * FROM pw_by_station;
CREATE TEMP TABLE off_month AS SELECT * FROM pw_by_month;
CREATE TEMP TABLE off_all AS SELECT * FROM pw_all;
CREATE TEMP TABLE off_status AS SELECT * FROM pw_status;
CREATE TEMP TABLE off_days AS SELECT * FROM pw_days;
CREATE TEMP TABLE off_city AS SELECT * FROM pw_city_days;

SET enable_partitionwise_aggregate = on;
SELECT pw_plan('SELECT * FROM pw_by_station') AS by_station,
       pw_plan('SELECT * FROM pw_all') AS across_stations,
       pw_plan('SELECT * FROM pw_days') AS station_days,
       pw_plan('SELECT * FROM pw_city_days') AS city_days;
CREATE TEMP TABLE on_station AS SELECT * FROM pw_by_station;
CREATE TEMP TABLE on_month AS SELECT * FROM pw_by_month;
CREATE TEMP TABLE on_all AS SELECT * FROM pw_all;
CREATE TEMP TABLE on_status AS SELECT * FROM pw_status;
CREATE TEMP TABLE on_days AS SELECT * FROM pw_days;
CREATE TEMP TABLE on_city AS SELECT * FROM pw_city_days;

-- the same answers both ways (each count of differing rows must be 0), and
-- the groups are all there
SELECT (SELECT count(*) FROM off_station) AS stations,
       (SELECT count(*) FROM ((TABLE off_station EXCEPT TABLE on_station) UNION ALL (TABLE on_station EXCEPT TABLE off_station)) x) AS station_diffs,
       (SELECT count(*) FROM off_month) AS months,
       (SELECT count(*) FROM ((TABLE off_month EXCEPT TABLE on_month) UNION ALL (TABLE on_month EXCEPT TABLE off_month)) x) AS month_diffs,
       (SELECT count(*) FROM ((TABLE off_all EXCEPT TABLE on_all) UNION ALL (TABLE on_all EXCEPT TABLE off_all)) x) AS across_diffs,
       (SELECT count(*) FROM off_status) AS quarters,
       (SELECT count(*) FROM ((TABLE off_status EXCEPT TABLE on_status) UNION ALL (TABLE on_status EXCEPT TABLE off_status)) x) AS status_diffs,
       (SELECT count(*) FROM off_days) AS station_days,
       (SELECT count(*) FROM off_days WHERE mda8 IS NOT NULL) AS valid_mda8,
       (SELECT count(*) FROM ((TABLE off_days EXCEPT TABLE on_days) UNION ALL (TABLE on_days EXCEPT TABLE off_days)) x) AS day_diffs,
       (SELECT count(*) FROM off_city WHERE o3_30 IS NOT NULL) AS city_days_of_30_hours,
       (SELECT count(*) FROM ((TABLE off_city EXCEPT TABLE on_city) UNION ALL (TABLE on_city EXCEPT TABLE off_city)) x) AS city_diffs;

-- and the answers are real ones: the combined partial states equal the
-- rollup of the per-station results
SELECT (SELECT summary FROM off_all) = (SELECT rollup(summary::air_summary)::text FROM off_station) AS summary_is_rollup,
       (SELECT pm25_ok FROM off_all)::rate = (SELECT sum(pm25_ok::rate) FROM off_station) AS rate_is_sum,
       (SELECT rect FROM off_all) = (SELECT rollup(rect::rectification_summary)::text FROM off_station) AS rect_is_rollup,
       (SELECT max_aqi FROM off_all) = (SELECT max(max_aqi::aqi)::text FROM off_station) AS max_is_max;

RESET enable_partitionwise_aggregate;
DROP VIEW pw_by_station, pw_by_month, pw_all, pw_status, pw_days, pw_city_days;
DROP FUNCTION pw_plan(text);
DROP TABLE pw_day, pw_hour;
