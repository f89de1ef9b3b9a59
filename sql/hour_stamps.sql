-- One stated hour convention: a column of type hour_ending
-- (or hour_starting) states the convention once; air_day and o3_max8h take
-- it from the type, so the analyst's mistake of leaving 'end' out of the
-- SELECT, the GROUP BY and o3_max8h no longer changes any figure, and a
-- label that contradicts the type is an error.
\set VERBOSITY sqlstate

-- three days of two stations, stamped by the start of each hour ...
CREATE TEMP TABLE h_start AS
SELECT s AS station, timestamp '2016-06-30' + g * interval '1 hour' AS observed_at,
       (40 + (g * 37 + s * 11) % 150)::float8 AS o3, (10 + (g * 13 + s * 7) % 90)::float8 AS pm25
FROM generate_series(1, 2) AS s, generate_series(0, 71) AS g;
-- ... and the same hours stamped by their end, typed hour_ending
CREATE TEMP TABLE h_end AS
SELECT station, (observed_at + interval '1 hour')::hour_ending AS observed_at, o3, pm25 FROM h_start;

CREATE TEMP VIEW by_start AS
SELECT station, air_day(observed_at) AS day, mean_24h(pm25) AS pm25, o3_max8h(observed_at, o3) AS o3_8h
FROM h_start GROUP BY station, air_day(observed_at);
-- the convention written nowhere in the query
CREATE TEMP VIEW by_end AS
SELECT station, air_day(observed_at) AS day, mean_24h(pm25) AS pm25, o3_max8h(observed_at, o3) AS o3_8h
FROM h_end GROUP BY station, air_day(observed_at);

-- same station-days, same figures: no phantom day from the last 00:00 stamp
SELECT (SELECT count(*) FROM by_start) AS start_days, (SELECT count(*) FROM by_end) AS end_days,
       (SELECT count(*) FROM by_start s FULL JOIN by_end e USING (station, day)
        WHERE s.pm25 IS DISTINCT FROM e.pm25 OR s.o3_8h IS DISTINCT FROM e.o3_8h) AS differing;
SELECT max(day) AS last_day FROM by_end;
-- and the labels written out, as before, agree
SELECT count(*) AS differing_with_end_written
FROM (SELECT station, air_day(observed_at, 'end') AS day, o3_max8h(observed_at, o3, 'end') AS o3_8h
      FROM h_end GROUP BY 1, 2) AS e
FULL JOIN by_start s USING (station, day) WHERE s.o3_8h IS DISTINCT FROM e.o3_8h;

-- what the type prevents: the same end stamps as plain timestamps, labels
-- forgotten, give other days (one phantom day) and other figures
SELECT count(*) AS days_if_untyped, max(day) AS phantom_day
FROM (SELECT station, air_day(observed_at::timestamp) AS day FROM h_end GROUP BY 1, 2) AS t;

-- a label that contradicts the type is 22023, in each place
SELECT air_day(observed_at, 'start') FROM h_end LIMIT 1;
SELECT o3_max8h(observed_at, o3, 'start') FROM h_end GROUP BY station, air_day(observed_at);
CREATE TEMP TABLE h_start_typed AS SELECT station, observed_at::hour_starting AS observed_at, o3 FROM h_start;
SELECT air_day(observed_at, 'end') FROM h_start_typed LIMIT 1;
SELECT o3_max8h(observed_at, o3, 'end') FROM h_start_typed GROUP BY station, air_day(observed_at);
SELECT count(*) AS same_as_start
FROM (SELECT station, air_day(observed_at) AS day, o3_max8h(observed_at, o3) AS o3_8h FROM h_start_typed GROUP BY 1, 2) t
JOIN by_start s USING (station, day) WHERE s.o3_8h IS NOT DISTINCT FROM t.o3_8h;
\set VERBOSITY default
SELECT air_day(observed_at, 'start') FROM h_end LIMIT 1;
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY sqlstate
-- in a view the type still decides
CREATE TEMP VIEW end_days AS SELECT DISTINCT air_day(observed_at) AS day FROM h_end;
SELECT array_agg(day ORDER BY day) AS end_days FROM end_days;

-- the same through PL/pgSQL, a generic prepared plan and a parallel plan
CREATE FUNCTION pg_temp.mda8_of(s int) RETURNS float8 LANGUAGE plpgsql AS $$
BEGIN RETURN (SELECT o3_max8h(observed_at, o3) FROM h_end WHERE station = s AND air_day(observed_at) = '2016-07-01'); END $$;
SELECT pg_temp.mda8_of(1) = (SELECT o3_8h FROM by_start WHERE station = 1 AND day = '2016-07-01') AS plpgsql_same;
SET plan_cache_mode = force_generic_plan;
PREPARE q(int) AS SELECT o3_max8h(observed_at, o3) FROM h_end WHERE station = $1 AND air_day(observed_at) = '2016-07-01';
EXECUTE q(2);
SELECT o3_8h FROM by_start WHERE station = 2 AND day = '2016-07-01';
RESET plan_cache_mode;
CREATE TABLE h_end_par AS SELECT * FROM h_end;
ALTER TABLE h_end_par SET (parallel_workers = 2);
SET force_parallel_mode = on; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SELECT count(*) AS differing_parallel
FROM (SELECT station, air_day(observed_at) AS day, o3_max8h(observed_at, o3) AS o3_8h FROM h_end_par GROUP BY 1, 2) AS e
FULL JOIN by_start s USING (station, day) WHERE s.o3_8h IS DISTINCT FROM e.o3_8h;
RESET force_parallel_mode; RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
DROP TABLE h_end_par;
