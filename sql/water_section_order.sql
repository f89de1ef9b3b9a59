-- Issue 8 §3 for the water section aggregates: an item's period mean comes
-- from an exact sum, so the class and the exceedance do not depend on the
-- order of the rows or the plan.  总磷 0.082795, 0.0112874 and 0.5059191
-- (river): added in one order the mean is 0.2000005, in the other
-- 0.20000049999999994, which read in 10^-6 units was class IV against III.
SELECT string_agg(o::text, ',' ORDER BY n) AS row_order,
	   section_class('总磷', v ORDER BY n) AS class,
	   exceeding_items('总磷', v ORDER BY n) AS exceeding
  FROM (VALUES (1, 0.082795::float8), (2, 0.0112874), (3, 0.5059191)) AS t(o, v),
	   LATERAL (SELECT p FROM (VALUES (1), (2), (3), (4), (5), (6)) AS q(p)) AS perm,
	   LATERAL (SELECT (ARRAY[ARRAY[1,2,3], ARRAY[1,3,2], ARRAY[2,1,3], ARRAY[2,3,1], ARRAY[3,1,2], ARRAY[3,2,1]])[perm.p][o] AS n) AS pos
 GROUP BY perm.p ORDER BY perm.p;

-- Issue 15: drinking_water_compliant and drinking_water_failures summed in
-- plain doubles in 1.1: the same three values gave false in one order and
-- true in the other.  Each item's mean now comes from an exact sum: false
-- (the mean 0.2000005 is over the class III limit 0.2) in all six orders.
SELECT string_agg(o::text, ',' ORDER BY n) AS row_order,
	   drinking_water_compliant('总磷', v ORDER BY n) AS compliant,
	   drinking_water_failures('总磷', v ORDER BY n) AS failures,
	   drinking_water_compliant('总磷', v, 'river' ORDER BY n) AS compliant_river
  FROM (VALUES (1, 0.082795::float8), (2, 0.0112874), (3, 0.5059191)) AS t(o, v),
	   LATERAL (SELECT p FROM (VALUES (1), (2), (3), (4), (5), (6)) AS q(p)) AS perm,
	   LATERAL (SELECT (ARRAY[ARRAY[1,2,3], ARRAY[1,3,2], ARRAY[2,1,3], ARRAY[2,3,1], ARRAY[3,1,2], ARRAY[3,2,1]])[perm.p][o] AS n) AS pos
 GROUP BY perm.p ORDER BY perm.p;

-- many sections in shuffled orders, serial and parallel, hashed and sorted
SELECT setseed(0.3);
CREATE TABLE wso_rows AS
SELECT s AS section, item, round((random() * limit_iii * 1.6)::numeric, 7)::float8 AS value
  FROM generate_series(1, 200) AS s,
	   (VALUES ('总磷', 0.2), ('氨氮', 1.0), ('化学需氧量', 20.0), ('高锰酸盐指数', 6.0)) AS i(item, limit_iii),
	   generate_series(1, 12) AS month;
CREATE TABLE wso_a WITH (parallel_workers = 4) AS SELECT * FROM wso_rows ORDER BY random();
CREATE TABLE wso_b WITH (parallel_workers = 4) AS SELECT * FROM wso_rows ORDER BY value DESC;
ANALYZE wso_a, wso_b;
CREATE TEMP TABLE wso_runs (plan text, sig text);
SET max_parallel_workers_per_gather = 0;
SET enable_hashagg = on;
INSERT INTO wso_runs SELECT 'serial hash a', string_agg(section || c::text || e, ';' ORDER BY section)
  FROM (SELECT section, section_class(item, value) AS c, exceeding_items(item, value) AS e FROM wso_a GROUP BY section) AS s;
SET enable_hashagg = off;
INSERT INTO wso_runs SELECT 'serial sort b', string_agg(section || c::text || e, ';' ORDER BY section)
  FROM (SELECT section, section_class(item, value) AS c, exceeding_items(item, value) AS e FROM wso_b GROUP BY section) AS s;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 4;
SET enable_hashagg = on;
EXPLAIN (COSTS OFF) SELECT section, section_class(item, value) FROM wso_a GROUP BY section;
SELECT string_agg(section || c::text || e, ';' ORDER BY section) AS sig
  FROM (SELECT section, section_class(item, value) AS c, exceeding_items(item, value) AS e FROM wso_a GROUP BY section) AS s \gset
INSERT INTO wso_runs VALUES ('4 workers hash a', :'sig');
SET enable_hashagg = off;
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 2;
SELECT string_agg(section || c::text || e, ';' ORDER BY section) AS sig
  FROM (SELECT section, section_class(item, value) AS c, exceeding_items(item, value) AS e FROM wso_b GROUP BY section) AS s \gset
INSERT INTO wso_runs VALUES ('2 workers sort b, no leader', :'sig');
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET enable_hashagg;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
SELECT count(*) AS plans, count(DISTINCT sig) AS distinct_results FROM wso_runs;
-- and the classes found
SELECT c AS class, count(*) AS sections
  FROM (SELECT section, section_class(item, value) AS c FROM wso_rows GROUP BY section) AS s
 GROUP BY c ORDER BY c;
DROP TABLE wso_rows, wso_a, wso_b;
