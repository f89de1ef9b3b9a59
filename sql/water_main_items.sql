-- main_pollution_items: the 主要污染指标 of a river, basin
-- or city by 断面超标率 (《地表水环境质量评价办法（试行）》): the boundary of
-- 5 sections, class III limits, ties at the third place, the shares'
-- rounding, NULLs, waterbodies, errors and a forced parallel plan.

CREATE FUNCTION pg_temp.try(query text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE query;
	RETURN 'no error';
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- five sections' period means: 总磷 above class III at 3 (60 %), 氨氮 at 2,
-- 高锰酸盐指数 and 化学需氧量 at 1 each (tied third: both listed, in Table 1
-- order); 粪大肠菌群 exceeds everywhere but is not an evaluated item
CREATE TEMP TABLE means (city text, section text, item text, value float8);
INSERT INTO means
SELECT 'X', s, i, v FROM (VALUES
	('s1', '总磷（以P计）', 0.25), ('s1', '氨氮（NH3-N）', 1.6), ('s1', '高锰酸盐指数', 7.0), ('s1', 'COD', 15),
	('s2', 'TP', 0.3), ('s2', 'NH3-N', 1.1), ('s2', 'CODMn', 4.0), ('s2', '化学需氧量（COD）', 21),
	('s3', 'TP', 0.21), ('s3', 'NH3-N', 0.9), ('s3', 'CODMn', 5.0), ('s3', 'COD', 12),
	('s4', 'TP', 0.2), ('s4', 'NH3-N', 1.0), ('s4', 'CODMn', 6.0), ('s4', 'COD', 20),
	('s5', 'TP', 0.1), ('s5', 'NH3-N', 0.5), ('s5', 'CODMn', 2.0), ('s5', 'COD', 10),
	('s1', '粪大肠菌群（个/L）', 50000), ('s2', '粪大肠菌群', 50000), ('s3', '水温', 30), ('s4', 'TN', 9)
) t(s, i, v);
SELECT main_pollution_items(item, value) FROM means;

-- on the class III limits (总磷 0.2 at s4, 氨氮 1.0, 高锰酸盐指数 6, 化学需氧量 20) nothing
-- exceeds: s4 adds nothing above; one unit of the sixth decimal above, it does
SELECT main_pollution_items(item, CASE WHEN section = 's4' THEN value + 0.000001 ELSE value END) FROM means;

-- 4 sections: NULL (the method names each section's items then); 5: the list
SELECT main_pollution_items(item, value) FILTER (WHERE section <> 's5') IS NULL AS four_null,
	main_pollution_items(item, value) FILTER (WHERE section <> 's5' OR item = 'TP') AS five_by_tp
FROM means;

-- no item above class III at 5 sections: ''; at 4: NULL; no row, or only NULLs: NULL
SELECT quote_nullable(main_pollution_items('TP', 0.2)) AS none_exceed,
	quote_nullable(main_pollution_items('TP', 0.2) FILTER (WHERE g < 5)) AS four_sections
FROM generate_series(1, 5) g;
SELECT main_pollution_items(item, value) FILTER (WHERE false) IS NULL AS no_rows,
	main_pollution_items(NULL::text, value) IS NULL AS null_items,
	main_pollution_items(item, NULL::float8) IS NULL AS null_values
FROM means;

-- NULL item or value rows are skipped: the same answer with them added
SELECT main_pollution_items(item, value) = (SELECT main_pollution_items(item, value) FROM means) AS same
FROM (SELECT item, value FROM means UNION ALL VALUES (NULL, 1.0), ('TP', NULL), (NULL, NULL)) t;

-- pH outside 6-9 and DO below class III exceed too (no multiple, but a share)
SELECT main_pollution_items(i, v) FROM (VALUES
	('pH', 5.9), ('pH', 9.1), ('pH', 7), ('pH', 7), ('pH', 7), ('pH', 7),
	('DO', 4.9), ('DO', 5), ('DO', 6), ('DO', 6), ('DO', 6), ('DO', 6)) t(i, v);

-- shares are rounded by GB/T 8170 to 0.1 %, exactly: 1/16 = 6.25 % → 6.2, 3/16 = 18.75 % → 18.8,
-- 1/6 → 16.7, 1/8 → 12.5
SELECT n, main_pollution_items(i, v)
FROM (SELECT 16 AS n, 'TP' AS i, CASE WHEN g <= 3 THEN 0.3 ELSE 0.1 END AS v FROM generate_series(1, 16) g
	  UNION ALL SELECT 16, 'COD', CASE WHEN g <= 1 THEN 30 ELSE 10 END FROM generate_series(1, 16) g
	  UNION ALL SELECT 6, 'TP', CASE WHEN g <= 1 THEN 0.3 ELSE 0.1 END FROM generate_series(1, 6) g
	  UNION ALL SELECT 8, 'TP', CASE WHEN g <= 1 THEN 0.3 ELSE 0.1 END FROM generate_series(1, 8) g) t
GROUP BY n ORDER BY n;

-- the sections are those of the most measured item: 总磷 at 10 sections, 铅 measured at 2 and
-- exceeding at 1 is 1 of 10 (10.0 %), not 1 of 2
SELECT main_pollution_items(i, v) FROM (
	SELECT 'TP' AS i, 0.1 AS v FROM generate_series(1, 10)
	UNION ALL VALUES ('Pb', 0.06), ('Pb', 0.01)) t;

-- waterbody: 总磷 0.06 is class II in a river, IV in a lake (the lake limit of III is 0.05)
SELECT main_pollution_items(item, value, 'river') AS river, main_pollution_items(item, value, 'lake') AS lake
FROM (SELECT 'TP' AS item, CASE WHEN g = 1 THEN 0.06 ELSE 0.01 END AS value FROM generate_series(1, 5) g) t;
SELECT main_pollution_items(i, v, w) FROM (VALUES
	('TP', 0.06, 'lake'), ('TP', 0.06, 'river'), ('TP', 0.01, '湖泊'), ('TP', 0.01, '河流'), ('TP', 0.01, '水库')) t(i, v, w);

-- errors: unknown item 22023, bad value 22003, NULL waterbody 22004, unknown waterbody 22023, bad state 22023
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT main_pollution_items(i, v) FROM (VALUES (''chlorophyll'', 1.0)) t(i, v)'),
	('SELECT main_pollution_items(i, v) FROM (VALUES (''TP'', -1.0)) t(i, v)'),
	('SELECT main_pollution_items(i, v) FROM (VALUES (''TP'', ''NaN''::float8)) t(i, v)'),
	('SELECT main_pollution_items(i, v, w) FROM (VALUES (''TP'', 1.0, NULL::text)) t(i, v, w)'),
	('SELECT main_pollution_items(i, v, w) FROM (VALUES (''TP'', 1.0, ''sea'')) t(i, v, w)'),
	('SELECT water_main_items_final(''{1,2}'')'),
	('SELECT water_main_items_final(array_fill(0::bigint, ARRAY[47]) || 1::bigint)')
) t(q);

-- a forced parallel plan gives the serial answers, per city and over all rows
CREATE TABLE city_means AS
SELECT 'city' || (s % 3) AS city, 's' || s AS section, i AS item,
	CASE WHEN s % (k + 1) = 0 THEN 3.0 ELSE 0.001 END *
	CASE i WHEN 'TP' THEN 0.1 WHEN 'NH3-N' THEN 0.6 WHEN 'COD' THEN 10 WHEN 'CODMn' THEN 3 ELSE 0.01 END AS value
FROM generate_series(1, 60) s, unnest(ARRAY['TP', 'NH3-N', 'COD', 'CODMn', 'Pb', 'Cd']) WITH ORDINALITY u(i, k);
ANALYZE city_means;
CREATE TEMP TABLE serial_answers AS
SELECT city, main_pollution_items(item, value) AS items FROM city_means GROUP BY city;
CREATE TEMP TABLE serial_all AS SELECT main_pollution_items(item, value) AS items FROM city_means;
SELECT * FROM serial_answers ORDER BY city;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT main_pollution_items(item, value) FROM city_means;
SELECT main_pollution_items(item, value) = (SELECT items FROM serial_all) AS same FROM city_means;
SELECT count(*) AS cities, count(*) FILTER (WHERE p.items = s.items) AS same
FROM (SELECT city, main_pollution_items(item, value) AS items FROM city_means GROUP BY city) p
JOIN serial_answers s USING (city);
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE city_means;

-- a NULL section (documented in docs/water.md): GROUP BY makes its rows one more group,
-- classed and counted like a section; WHERE section IS NOT NULL leaves them out
CREATE TEMP TABLE gaps AS SELECT section, item, value FROM means;
INSERT INTO gaps VALUES (NULL, 'TP', 0.5), (NULL, 'COD', 12);
SELECT section, section_class(item, value) AS class FROM gaps GROUP BY section ORDER BY section NULLS LAST;
SELECT water_status(c) AS with_null_group, count(*) AS groups
FROM (SELECT section, section_class(item, value) AS c FROM gaps GROUP BY section) t;
SELECT water_status(c) AS without, count(*) AS groups
FROM (SELECT section, section_class(item, value) AS c FROM gaps WHERE section IS NOT NULL GROUP BY section) t;
SELECT main_pollution_items(item, value) AS with_null_rows,
	main_pollution_items(item, value) FILTER (WHERE section IS NOT NULL) AS without
FROM (SELECT section, item, avg(value) AS value FROM gaps GROUP BY section, item) t;
