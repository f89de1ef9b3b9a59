-- GB 3838-2002 single-item classes, the section aggregates and the status of
-- rivers and basins of 《地表水环境质量评价办法（试行）》, and TLI(Σ).

CREATE FUNCTION pg_temp.try(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	hint text;
BEGIN
	EXECUTE query;
	RETURN 'no error';
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS hint = PG_EXCEPTION_HINT;
	RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' | ' || nullif(hint, ''), '');
END $$;

-- item names: Chinese, English, abbreviations, any case and separator
SELECT item, water_class(item, value) AS class
FROM (VALUES ('DO', 5.5), ('dissolved oxygen', 5.5), ('溶解氧', 5.5), ('CODMn', 4.5), ('高锰酸盐指数', 4.5),
			 ('COD', 16.0), ('COD_Cr', 16.0), ('BOD5', 3.5), ('NH3-N', 0.6), ('nh3_n', 0.6), ('氨氮', 0.6),
			 ('TP', 0.15), ('总磷', 0.15), ('Cu', 0.5), ('Zn', 1.5), ('F', 1.2), ('Se', 0.015),
			 ('As', 0.08), ('Hg', 0.0005), ('Cd', 0.003), ('Cr6+', 0.03), ('Cr(VI)', 0.03), ('铬（六价）', 0.03),
			 ('Pb', 0.03), ('CN', 0.1), ('volatile phenol', 0.004), ('挥发酚', 0.004), ('petroleum', 0.3),
			 ('石油类', 0.3), ('LAS', 0.25), ('S2-', 0.3), ('sulfide', 0.3), ('fecal coliform', 5000),
			 ('粪大肠菌群', 5000), ('pH', 7.2)) t(item, value);

-- exact comparisons: a computed 0.2 is the 0.2 limit
SELECT water_class('TP', 0.1 + 0.1) AS "0.1+0.1", water_class('TP', 0.3 - 0.1) AS "0.3-0.1",
	water_class('TP', 0.2000001) AS "0.2000001 (below 10^-6)", water_class('TP', 0.200001) AS "0.200001";
-- waterbodies: lakes and reservoirs have their own TP limits; TN is a lake item
SELECT waterbody, water_class('TP', 0.05, waterbody) AS tp_005, water_class('TN', 1.2, waterbody) AS tn_12
FROM (VALUES ('river'), ('河流'), ('lake'), ('湖泊'), ('reservoir'), ('水库'), ('Lake')) t(waterbody);
SELECT water_class('水温', 3) AS temperature, water_class('TN', 1.0) AS river_tn;
-- pH outside 6-9 is 劣V; DO is better when higher
SELECT water_class('pH', 5.9) AS "5.9", water_class('pH', 6) AS "6", water_class('pH', 9) AS "9",
	water_class('pH', 9.1) AS "9.1", water_class('DO', 8) AS "DO 8", water_class('DO', 1.5) AS "DO 1.5";

-- bad input
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT water_class(''TP'', -0.01)'),
	('SELECT water_class(''TP'', ''NaN''::float8)'),
	('SELECT water_class(''TP'', ''-Infinity''::float8)'),
	('SELECT water_class(''TP'', 1e13)'),
	('SELECT water_class(''pH'', 14.5)'),
	('SELECT water_class(''chlorophyll'', 1)'),
	('SELECT water_class(''TP'', 0.1, ''sea'')'),
	('SELECT exceedance(''TQ'', 0.1)'),
	('SELECT section_class(i, v) FROM (VALUES (''TP'', -1.0)) t(i, v)'),
	('SELECT section_class(i, v) FROM (VALUES (''XX'', 1.0)) t(i, v)'),
	('SELECT section_class(i, v, w) FROM (VALUES (''TP'', 0.1, ''river''), (''DO'', 6, ''lake'')) t(i, v, w)'),
	('SELECT section_class(i, v, w) FROM (VALUES (''TP'', 0.1, NULL)) t(i, v, w)'),
	('SELECT section_class(i, v, w) FROM (VALUES (''TP'', 0.1, ''pond'')) t(i, v, w)'),
	('SELECT tli(0, 0.05, 1, 1, 4)'),
	('SELECT tli(10, 0.05, 1, -1, 4)'),
	('SELECT tli(10, ''Infinity'', 1, 1, 4)'),
	('SELECT trophic_state(''NaN'')'),
	('SELECT trophic_state(50, ''jp'')')
) t(q);

-- 超标倍数 (C - Cs) / Cs against class III
SELECT item, value, waterbody, exceedance(item, value, waterbody)
FROM (VALUES ('TP', 0.26, 'river'), ('TP', 0.2, 'river'), ('TP', 0.1, 'lake'), ('NH3-N', 3.0, 'river'),
			 ('COD', 25.0, 'river'), ('DO', 1.0, 'river'), ('pH', 10.0, 'river'), ('水温', 5.0, 'river'),
			 ('Hg', 0.00012, 'river')) t(item, value, waterbody);

-- section class: the worst item; 水温, TN and fecal coliform are left out
CREATE TEMP TABLE samples (section text, month integer, item text, value float8);
INSERT INTO samples VALUES
	('A', 1, 'pH', 7.5), ('A', 1, 'DO', 8.1), ('A', 1, 'CODMn', 3.1), ('A', 1, 'NH3-N', 0.3),
	('A', 1, 'TP', 0.08), ('A', 1, 'TN', 4.0), ('A', 1, 'fecal coliform', 30000), ('A', 1, '水温', 3),
	('B', 1, 'DO', 4.2), ('B', 1, 'COD', 24.0), ('B', 1, 'TP', 0.26), ('B', 1, 'NH3-N', 1.2),
	('C', 1, 'DO', 1.5), ('C', 1, 'pH', 9.5), ('C', 1, 'NH3-N', 2.6), ('C', 1, 'TP', 0.5),
	('D', 1, 'TN', 3.0), ('D', 1, 'fecal coliform', 50000),
	('E', 1, 'TP', NULL), ('E', 1, NULL, 0.1);
SELECT section, section_class(item, value) AS class, status(section_class(item, value)) AS status,
	exceeding_items(item, value) AS exceeding
FROM samples GROUP BY section ORDER BY section;
SELECT section_class(item, value) FROM samples WHERE false;

-- several rows of one item: the method averages each item over the period, then classifies
SELECT section_class(item, value) AS class, exceeding_items(item, value) AS exceeding
FROM (VALUES ('TP', 0.15), ('TP', 0.25), ('TP', 0.30), ('NH3-N', 0.4), ('NH3-N', 0.6)) t(item, value);
-- the mean is compared exactly: (0.1 + 0.3) / 2 is the 0.2 limit
SELECT section_class(item, value) FROM (VALUES ('TP', 0.1), ('TP', 0.3)) t(item, value);
-- lakes: the waterbody selects the TP limits
SELECT section_class(item, value, 'lake') AS lake, section_class(item, value, 'river') AS river
FROM (VALUES ('TP', 0.08), ('DO', 7.8)) t(item, value);
-- exceeding items are ordered by class, then by multiple; pH and DO carry no multiple
SELECT exceeding_items(item, value)
FROM (VALUES ('COD', 45.0), ('TP', 0.35), ('NH3-N', 1.8), ('BOD5', 5.0), ('DO', 2.5), ('pH', 5.0),
			 ('CODMn', 16.0), ('Hg', 0.0002)) t(item, value);

-- the seed's figure: 16 sections, all class II
CREATE TEMP TABLE sections16 AS
SELECT s AS section, item, value
FROM generate_series(1, 16) s,
	(VALUES ('DO', 6.8), ('CODMn', 3.2), ('NH3-N', 0.32), ('TP', 0.08), ('COD', 12.0)) v(item, value);
SELECT class, count(*) AS sections
FROM (SELECT section, section_class(item, value) AS class FROM sections16 GROUP BY section) t
GROUP BY class;

-- river, basin or region status from its sections (断面水质类别比例法)
SELECT label, water_status(c::water_class) AS status, count(*) AS sections
FROM (VALUES
	('10 of 11 good (90.9%)', '{II,II,II,II,II,II,III,III,III,I,IV}'),
	('exactly 90%', '{II,II,II,II,II,II,II,II,II,V}'),
	('89.5%', '{II,II,II,II,II,II,II,II,II,II,II,II,II,II,II,II,II,V,V}'),
	('exactly 75% of 8', '{II,II,III,III,III,III,IV,IV}'),
	('60% good, 20% 劣V', '{I,II,III,IV,劣V}'),
	('60% good, 40% 劣V', '{II,II,II,劣V,劣V}'),
	('70% good, 10% 劣V', '{II,II,II,II,II,II,II,IV,IV,劣V}'),
	('50% good, 30% 劣V', '{II,II,II,II,II,V,V,劣V,劣V,劣V}'),
	('20% good, 40% 劣V', '{II,IV,V,劣V,劣V}'),
	('fewer than 5 sections', '{II,II,II,II}')
) t(label, cs), unnest(cs::text[]) c
GROUP BY label ORDER BY label;
SELECT water_status(c) FROM (VALUES (NULL::water_class), ('II'), ('II'), ('II'), ('II')) t(c);
SELECT pg_temp.try('SELECT water_status_final(''{5,4,3}'')');
-- a river with fewer than 5 sections: the method averages each item over the sections
SELECT status(section_class(item, value)) AS river_status, section_class(item, value)
FROM (VALUES (1, 'TP', 0.15), (1, 'NH3-N', 0.4), (2, 'TP', 0.28), (2, 'NH3-N', 0.9),
			 (3, 'TP', 0.18), (3, 'NH3-N', 0.5)) t(section, item, value);

-- TLI(Σ): the weights are r² / Σr² of r = 1, 0.84, 0.82, -0.83, 0.83
SELECT round(tli(10, 0.05, 1.0, 1.0, 4.0)::numeric, 2) AS tli, trophic_state(tli(10, 0.05, 1.0, 1.0, 4.0));
SELECT round(tli(2.0, 0.02, 0.4, 3.0, 2.0)::numeric, 2) AS oligo, round(tli(80, 0.3, 4.0, 0.3, 12)::numeric, 2) AS hyper;
SELECT tli(NULL, 0.05, 1, 1, 4);
SELECT t, trophic_state(t) AS zh, trophic_state(t, 'en') AS en
FROM (VALUES (-3.0), (29.9), (29.95), (29.96), (30.0), (50.0), (50.05), (50.06), (60.0), (60.1), (70.0), (70.04), (70.1)) v(t);

-- parallel plans give the serial answers
CREATE TABLE water_rows (section integer, item text, value float8);
INSERT INTO water_rows
SELECT s, item, base * (0.5 + ((s * 7919 + length(item)) % 100) / 60.0)
FROM generate_series(1, 3000) s,
	(VALUES ('DO', 6.0), ('CODMn', 4.0), ('NH3-N', 0.5), ('TP', 0.1), ('COD', 15.0), ('BOD5', 3.0)) v(item, base);
ANALYZE water_rows;
CREATE TEMP TABLE water_serial AS
SELECT section, section_class(item, value) AS class, exceeding_items(item, value) AS exceeding
FROM water_rows GROUP BY section;
SELECT class, count(*) AS sections, min(exceeding) AS an_exceeding_list FROM water_serial GROUP BY class ORDER BY class;
CREATE TEMP TABLE whole_serial AS
SELECT section_class(item, value) AS c, exceeding_items(item, value) AS e FROM water_rows;
CREATE TEMP TABLE status_serial AS
SELECT water_status(c) AS status, count(*) FROM
	(SELECT section, section_class(item, value) AS c FROM water_rows GROUP BY section) t;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF)
SELECT section, section_class(item, value), exceeding_items(item, value) FROM water_rows GROUP BY section;
SELECT count(*) AS groups, count(*) FILTER (WHERE p.class = s.class AND p.exceeding = s.exceeding) AS same
FROM (SELECT section, section_class(item, value) AS class, exceeding_items(item, value) AS exceeding
	  FROM water_rows GROUP BY section) p
JOIN water_serial s USING (section);
-- one group over all rows: the workers' states are serialized and combined
EXPLAIN (COSTS OFF) SELECT section_class(item, value) FROM water_rows;
SELECT section_class(item, value) AS class, exceeding_items(item, value) AS exceeding,
	(section_class(item, value), exceeding_items(item, value)) = (SELECT c, e FROM whole_serial) AS same
FROM water_rows;
CREATE TABLE water_section_classes AS
SELECT section, section_class(item, value) AS c FROM water_rows GROUP BY section;
ANALYZE water_section_classes;
EXPLAIN (COSTS OFF) SELECT water_status(c) FROM water_section_classes;
SELECT p.status = s.status AS same, p.status
FROM (SELECT water_status(c) AS status FROM water_section_classes) p, status_serial s;
RESET enable_hashagg;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE water_rows, water_section_classes;
