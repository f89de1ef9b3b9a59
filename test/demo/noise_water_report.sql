-- The noise and surface-water sections of an annual bulletin, computed with
-- ecoinsp from SYNTHETIC data (generated below with a fixed random seed):
-- the figures are realistic in size but describe no real city.
--
--   psql -X -q -d <database with ecoinsp> -f test/demo/noise_water_report.sql
SET client_min_messages = warning;
SELECT setseed(0.2012) \gset

-- ---------------------------------------------------------------- data
-- HJ 640-2012 regional noise: one point per 1 km grid, day and night Leq
CREATE TEMP TABLE demo_grid (point integer, day_leq float8, night_leq float8);
INSERT INTO demo_grid
SELECT p, round((48 + 12 * random() + 3 * random())::numeric, 1), round((39 + 10 * random() + 3 * random())::numeric, 1)
FROM generate_series(1, 128) p;

-- HJ 640-2012 road traffic noise: monitored segments with their length (km)
CREATE TEMP TABLE demo_roads (segment integer, length_km float8, day_leq float8, night_leq float8);
INSERT INTO demo_roads
SELECT s, round((0.4 + 3 * random())::numeric, 2), round((63 + 9 * random())::numeric, 1),
	round((54 + 10 * random())::numeric, 1)
FROM generate_series(1, 42) s;

-- GB 3096-2008 functional-zone monitoring: hourly Leq of 12 points over one
-- day per quarter (a night runs from 22:00 to 06:00 of the next day)
CREATE TEMP TABLE demo_zone_hours (point integer, zone text, ts timestamp, leq float8);
INSERT INTO demo_zone_hours
SELECT p, z.zone, ts,
	round((z.base + CASE WHEN noise_period(ts) = 'day' THEN 8 ELSE 0 END + 6 * random())::numeric, 1)
FROM (VALUES (1, '1', 40.0), (2, '1', 41.0), (3, '1', 42.0), (4, '2', 44.0), (5, '2', 45.0), (6, '2', 46.0),
			 (7, '3', 49.0), (8, '3', 50.0), (9, '4a', 52.0), (10, '4a', 54.0), (11, '4a', 51.0),
			 (12, '0', 36.0)) z(p, zone, base),
	unnest(ARRAY[date '2024-02-20', '2024-05-21', '2024-08-20', '2024-11-19']) d,
	generate_series(d + time '06:00', d + interval '1 day' + time '05:00', interval '1 hour') ts;

-- 《评价办法》: 11 river sections, one sample per month of the 21 evaluated
-- items (and TN, fecal coliform, which are not evaluated); section 11 is
-- downstream of an outfall
CREATE TEMP TABLE demo_water (section integer, river text, month integer, item text, value float8);
INSERT INTO demo_water
SELECT s, CASE WHEN s <= 6 THEN '清河' ELSE '白河' END, m, i.item,
	round((i.low + (i.high - i.low) * random() * CASE WHEN s = 11 AND i.polluting THEN 4.5 ELSE 1 END)::numeric, 5)
FROM generate_series(1, 11) s, generate_series(1, 12) m,
	(VALUES ('pH', 7.0, 8.2, false), ('DO', 6.2, 9.0, false), ('CODMn', 2.0, 4.8, true), ('COD', 9.0, 18.0, true),
			('BOD5', 1.0, 3.4, true), ('NH3-N', 0.08, 0.7, true), ('TP', 0.03, 0.16, true), ('TN', 1.0, 3.0, true),
			('Cu', 0.001, 0.008, false), ('Zn', 0.005, 0.04, false), ('F', 0.2, 0.7, false),
			('Se', 0.0002, 0.002, false), ('As', 0.0005, 0.004, false), ('Hg', 0.00001, 0.00004, false),
			('Cd', 0.00005, 0.0008, false), ('Cr6+', 0.002, 0.008, false), ('Pb', 0.0005, 0.008, false),
			('CN', 0.001, 0.004, false), ('volatile phenol', 0.0003, 0.0015, false), ('petroleum', 0.005, 0.04, false),
			('LAS', 0.02, 0.1, false), ('S2-', 0.005, 0.04, false), ('fecal coliform', 500, 8000, true))
		i(item, low, high, polluting);

-- one lake, monthly trophic parameters
CREATE TEMP TABLE demo_lake (month integer, chla float8, tp float8, tn float8, sd float8, codmn float8);
INSERT INTO demo_lake
SELECT m, round((6 + 10 * random())::numeric, 1), round((0.03 + 0.03 * random())::numeric, 3),
	round((0.6 + 0.6 * random())::numeric, 2), round((0.8 + 0.8 * random())::numeric, 2),
	round((3 + 2 * random())::numeric, 1)
FROM generate_series(1, 12) m;

\pset footer off
\pset tuples_only on
\pset format unaligned
SELECT '【声环境】（以下数据为合成数据，仅演示计算方法 / synthetic data）';

-- HJ 640 §3.2: the regional figure is the arithmetic mean of the grid
-- points; the road traffic figure the length-weighted mean of the segments
SELECT noise_sentence(avg(day_leq), avg(night_leq), 'regional')
	|| format('（%s 个网格点；能量平均仅供参考：昼间 %s dB(A)）', count(*), round(leq_mean(day_leq)::numeric, 1))
FROM demo_grid;
SELECT noise_sentence(length_weighted_mean(day_leq, length_km), length_weighted_mean(night_leq, length_km),
					  'road_traffic') || format('监测路段 %s 条，总长 %s km。', count(*), round(sum(length_km)::numeric, 1))
FROM demo_roads;
SELECT noise_sentence(avg(day_leq), avg(night_leq), 'regional', lang => 'en') FROM demo_grid;

SELECT format('  昼间路段长度占比：%s',
	string_agg(format('%s %s%%', g, round((100 * len / total)::numeric, 1)), '，' ORDER BY g))
FROM (SELECT noise_grade(day_leq, 'road_traffic', 'day') AS g, sum(length_km) AS len,
			 sum(sum(length_km)) OVER () AS total
	  FROM demo_roads GROUP BY 1) t;

-- GB 3096: each point's day and night Leq (energy mean of its hours), judged
-- against its zone; the night is grouped with the evening it starts on
WITH levels AS (
	SELECT point, zone, (ts - interval '6 hours')::date AS day, noise_period(ts) AS period, leq_mean(leq) AS leq
	FROM demo_zone_hours GROUP BY 1, 2, 3, 4
)
SELECT format('功能区声环境：昼间达标率 %s%%（%s 点次），夜间达标率 %s%%（%s 点次）。',
	pct(rate_agg(noise_compliant(leq, zone, period)) FILTER (WHERE period = 'day')),
	rate_agg(noise_compliant(leq, zone, period)) FILTER (WHERE period = 'day'),
	pct(rate_agg(noise_compliant(leq, zone, period)) FILTER (WHERE period = 'night')),
	rate_agg(noise_compliant(leq, zone, period)) FILTER (WHERE period = 'night'))
FROM levels;

SELECT '';
SELECT '【地表水环境】（以下数据为合成数据，仅演示计算方法 / synthetic data）';

-- 《评价办法》: annual mean per item, single-factor class of each section
CREATE TEMP TABLE demo_sections AS
SELECT section, river, section_class(item, value) AS class, exceeding_items(item, value) AS exceeding
FROM demo_water GROUP BY section, river;

SELECT water_sentence(water_report(array_agg(class))) FROM demo_sections;
SELECT water_sentence(water_report(array_agg(class)), lang => 'en') FROM demo_sections;

SELECT format('  %s断面%s：%s类，%s%s', river, section, class, status(class),
	CASE WHEN exceeding <> '' THEN '，主要污染指标（超标倍数）：' || exceeding ELSE '' END)
FROM demo_sections ORDER BY section;

-- rivers: the share method needs 5 sections; with fewer the method averages
-- every item over the river's sections
SELECT format('  %s（%s 个断面）：%s', river, count(DISTINCT section),
	coalesce(sections.status, status(section_class(item, value)) || '（断面均值法）'))
FROM demo_water JOIN (SELECT river, water_status(class) AS status FROM demo_sections GROUP BY river) sections USING (river)
GROUP BY river, sections.status ORDER BY river;

SELECT format('湖库富营养化：年均综合营养状态指数 TLI(Σ) = %s，%s。',
	round(tli(avg(chla), avg(tp), avg(tn), avg(sd), avg(codmn))::numeric, 1),
	trophic_state(tli(avg(chla), avg(tp), avg(tn), avg(sd), avg(codmn))))
FROM demo_lake;

-- leave the session as it was found (this file can be included in a longer report)
\pset format aligned
\pset tuples_only off
\pset footer on
DROP TABLE demo_grid, demo_roads, demo_zone_hours, demo_water, demo_lake, demo_sections;
RESET client_min_messages;
