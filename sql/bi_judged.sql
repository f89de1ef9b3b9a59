-- What was judged and by which table: the
-- section report shows the items a class rests on; noise_report shows the
-- HJ 640-2012 table that graded a level; is_due and is_overdue list the
-- issues that due(s) and overdue(s) count.
SET client_min_messages = warning;

-- ---- section_report (2011 method: 21 evaluation items) ----
-- one item only (氨氮 2.5 mg/L: 劣V): the class of that item, marked
SELECT (section_report(item, v)).* FROM (VALUES ('氨氮', 2.5)) t(item, v);
-- not judged: 水温, 总氮 (river) and 粪大肠菌群 are measured but not evaluated
SELECT (section_report(item, v)).* FROM (VALUES ('氨氮', 0.4), ('水温', 18.0), ('总氮', 3.0), ('粪大肠菌群', 5000)) t(item, v);
-- all 21 evaluation items at their class I limits: class I, complete;
-- one of them left out: 20, marked
CREATE TEMP TABLE all21 (item text, v float8);
INSERT INTO all21 VALUES ('pH', 7.5), ('溶解氧', 7.5), ('高锰酸盐指数', 2), ('化学需氧量', 15), ('五日生化需氧量', 3),
	('氨氮', 0.15), ('总磷', 0.02), ('铜', 0.01), ('锌', 0.05), ('氟化物', 1.0), ('硒', 0.01), ('砷', 0.05),
	('汞', 0.00005), ('镉', 0.001), ('六价铬', 0.01), ('铅', 0.01), ('氰化物', 0.005), ('挥发酚', 0.002),
	('石油类', 0.05), ('阴离子表面活性剂', 0.2), ('硫化物', 0.05);
SELECT (section_report(item, v)).* FROM all21;
SELECT (section_report(item, v)).* FROM all21 WHERE item <> '硫化物';
-- several samples: the mean of each item (氨氮 1.2 and 2.2 -> 1.7, V)
SELECT (section_report(item, v, 'lake')).* FROM (VALUES ('氨氮', 1.2), ('氨氮', 2.2), ('总磷', 0.01)) t(item, v);
-- the class is section_class()'s, the exceeding items exceeding_items()'s,
-- in every plan (a parallel plan too)
CREATE TEMP TABLE samples AS
SELECT s AS section, (ARRAY['氨氮', '总磷', '化学需氧量', '溶解氧'])[1 + (i % 4)] AS item,
	   (ARRAY[0.3, 0.05, 12, 6.5])[1 + (i % 4)] * (1 + (s % 7) * 0.4) AS v
FROM generate_series(1, 40) s, generate_series(1, 24) i;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT count(*) AS sections,
	   count(*) FILTER (WHERE (r).class IS DISTINCT FROM value(c) OR (r).exceeding_items IS DISTINCT FROM x
						OR (r).judged_items <> 4 OR (r).all_items_judged) AS mismatches
FROM (SELECT section, section_report(item, v) AS r, section_class(item, v) AS c, exceeding_items(item, v) AS x
	  FROM samples GROUP BY section) g;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
-- no evaluated item: NULL, as section_class()
SELECT section_report(item, v) IS NULL AS no_item FROM (VALUES ('水温', 18.0)) t(item, v);
\set VERBOSITY sqlstate
SELECT section_report(item, v) FROM (VALUES ('no such item', 1.0)) t(item, v);
SELECT section_report(item, v, 'sea') FROM (VALUES ('氨氮', 1.0)) t(item, v);
\set VERBOSITY default

-- ---- noise_report knows the kind ----
-- a length-weighted traffic mean of 68.6 dB: 二级 by Table 3 (road_traffic),
-- 五级 by the regional table; the kind column shows which table graded it
SELECT (noise_report(length_weighted_mean(l, km), 'road_traffic')).*
FROM (VALUES (66.0, 3.0), (76.4, 1.0)) t(l, km);
SELECT (noise_report(68.6)).*;
SELECT noise_kind('Traffic') AS traffic, noise_kind('区域') AS regional, noise_kind('道路交通噪声') AS road;
\set VERBOSITY sqlstate
SELECT noise_kind('industrial');
SELECT noise_report(60, 'rail');
\set VERBOSITY default
-- a long name is quoted to 100 characters
SELECT noise_kind(repeat('x', 150));
\echo :LAST_ERROR_SQLSTATE

-- ---- is_due, is_overdue agree with due(s), overdue(s) ----
CREATE TEMP TABLE issues (id int, deadline date, completed_on date);
INSERT INTO issues VALUES
	(1, '2022-06-30', '2022-06-01'),	-- due, completed on time
	(2, '2022-06-30', '2022-08-01'),	-- due, completed late, before as_of
	(3, '2022-06-30', NULL),			-- due, open: overdue
	(4, '2022-06-30', '2023-02-01'),	-- due, completed after as_of: overdue as of 2022-12-31
	(5, '2022-12-31', NULL),			-- deadline on as_of: due, overdue
	(6, '2023-01-01', NULL),			-- deadline after as_of: not due
	(7, NULL, NULL),					-- no deadline: never due
	(8, NULL, '2022-03-01'),
	(9, '2022-12-31', '2022-12-31');	-- completed on as_of: due, not overdue
SELECT id, is_due(deadline, '2022-12-31') AS due, is_overdue(deadline, completed_on, '2022-12-31') AS overdue
FROM issues ORDER BY id;
-- the lists and the summary's counts on the same rows, as of several dates
-- (the naive completed_on IS NULL list shown beside: it misses issue 4)
SELECT to_char(as_of, 'YYYY-MM-DD') AS as_of_date, count(*) FILTER (WHERE is_due(deadline, as_of)) AS due_list, due(rectification(deadline, completed_on, as_of)) AS due,
	   count(*) FILTER (WHERE is_overdue(deadline, completed_on, as_of)) AS overdue_list,
	   overdue(rectification(deadline, completed_on, as_of)) AS overdue,
	   count(*) FILTER (WHERE deadline <= as_of AND completed_on IS NULL) AS naive
FROM issues, (VALUES ('2022-06-29'::date), ('2022-06-30'), ('2022-12-31'), ('2023-06-30')) a(as_of)
GROUP BY as_of ORDER BY as_of;
-- NULL as_of: NULL; dates out of 1..9999 as rectification() refuses them
SELECT is_due('2022-01-01', NULL) IS NULL AS due_null, is_overdue('2022-01-01', NULL, NULL) IS NULL AS overdue_null;
\set VERBOSITY sqlstate
SELECT is_due('infinity', '2022-12-31');
SELECT is_overdue('2022-01-01', '-infinity', '2022-12-31');
SELECT is_overdue('2022-01-01', NULL, 'infinity');
\set VERBOSITY default
SELECT is_due('2022-01-01', 'infinity');
\echo :LAST_ERROR_SQLSTATE

-- ---- the English sentence with no change ----
\pset tuples_only on
\pset format unaligned
SELECT noise_sentence(54.04, 45.96, previous_day => 54.0, previous_night => 46.0, lang => 'en');
SELECT air_sentence(s, s, 'en') FROM (SELECT air_summary(d::date, 8, 30, 60, 0.8, 100, 35) AS s
	FROM generate_series('2024-01-01'::date, '2024-12-31', '1 day') d) x;
SELECT count(*) AS reads_wrong FROM (SELECT air_sentence(s, s, 'en') AS t FROM (SELECT air_summary(d::date, 8, 30, 60, 0.8, 100, 35) AS s
	FROM generate_series('2024-01-01'::date, '2024-12-31', '1 day') d) x) y
WHERE t LIKE '%year before year on year%';
