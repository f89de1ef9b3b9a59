-- max(aqi)/min(aqi) over values of different standards is an error (an index
-- value means different air under each standard), through every plan; over
-- one standard, and per standard, it is the worst/best day.
CREATE TABLE aqi_mixed AS
SELECT g AS day,
       aqi_daily(5 + g % 40, 10 + g % 60, 20 + g % 300, 0.3 + (g % 30) / 10.0,
                 40 + g % 200, 10 + (g * 7) % 260, NULL,
                 CASE WHEN g = 1500 THEN 'hj633-2012' ELSE 'hj633-2026' END) AS a
FROM generate_series(1, 3000) g;
ANALYZE aqi_mixed;

-- plain aggregation
SELECT max(a) FROM aqi_mixed;
\echo :LAST_ERROR_SQLSTATE
SELECT min(a) FROM aqi_mixed;
\echo :LAST_ERROR_SQLSTATE
SELECT max(a), min(a) FROM aqi_mixed WHERE day <> 1500;
SELECT standard(a), max(a), min(a), count(*) FROM aqi_mixed GROUP BY 1 ORDER BY 1;
-- the two arguments' order does not matter
SELECT max(a) FROM (SELECT a FROM aqi_mixed ORDER BY day DESC) s;
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_larger('80 hj633-2026 primary=PM2.5', '80 hj633-2012 primary=PM2.5');
\echo :LAST_ERROR_SQLSTATE
SELECT aqi_smaller('80 hj633-2026 primary=PM2.5', '40 us-epa-2024 primary=PM2.5');
\echo :LAST_ERROR_SQLSTATE

-- window frames: an error once the frame holds both standards
SELECT day, max(a) OVER (ORDER BY day ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
FROM aqi_mixed WHERE day BETWEEN 1497 AND 1503 ORDER BY day;
\echo :LAST_ERROR_SQLSTATE
SELECT day, max(a) OVER (ORDER BY day ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
FROM aqi_mixed WHERE day BETWEEN 1497 AND 1499 ORDER BY day;
SELECT day, min(a) OVER (PARTITION BY standard(a) ORDER BY day ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
FROM aqi_mixed WHERE day BETWEEN 1498 AND 1502 ORDER BY day;

-- a forced parallel plan: the workers' partial states meet in the combine
-- function, or the mixed row sits in one worker's share
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT max(a) FROM aqi_mixed;
-- the error comes from a worker or from the leader's combine step, whichever
-- meets the two standards first: a worker's adds "CONTEXT: parallel worker"
\set SHOW_CONTEXT never
SELECT max(a) FROM aqi_mixed;
\echo :LAST_ERROR_SQLSTATE
SELECT min(a) FROM aqi_mixed;
\echo :LAST_ERROR_SQLSTATE
\set SHOW_CONTEXT errors
SELECT max(a), min(a) FROM aqi_mixed WHERE day <> 1500;
SELECT standard(a), max(a), min(a) FROM aqi_mixed GROUP BY 1 ORDER BY 1;
RESET ALL;
DROP TABLE aqi_mixed;
