-- Bulletin sentences, in Chinese and English, with and without
-- the previous period.  Every figure is checked by hand in the comments.
SET client_min_messages = warning;
-- the station days of the bundled Beijing data (sql/beijing_data.sql)
CREATE TABLE bi_station_year AS
SELECT station, extract(year FROM day)::integer AS year, air_summary(day, so2, no2, pm10, co, o3_8h, pm25) AS s
FROM beijing_station_day GROUP BY 1, 2;
CREATE TEMP TABLE city_year AS SELECT year, rollup(s) AS s FROM bi_station_year GROUP BY year;
\pset tuples_only on
\pset format unaligned

-- Beijing 2016 after 2015: composite index 6.77 after 7.27, (7.27 - 6.77) /
-- 7.27 = 6.88% better -> 改善6.9%; PM2.5 72 after 79: -8.86% -> 下降8.9%;
-- good days 198/365 = 54.2%, 198/365 - 187/363 = 2.73 points -> 上升2.7;
-- heavy 39 after 47 -> 减少8天; of the 167 exceedance days PM2.5 was primary
-- on 107 (64.1%), O3 on 54 (32.3%), PM10 on 5 (3.0%), NO2 on 1 (0.6%).
-- 2014 has no previous year: no 同比 parts.
SELECT year, air_sentence(s, lag(s) OVER w) FROM city_year WINDOW w AS (ORDER BY year) ORDER BY year;
SELECT year, air_sentence(s, lag(s) OVER w, 'en') FROM city_year WINDOW w AS (ORDER BY year) ORDER BY year;
-- another area and period label; lang is case-insensitive
SELECT air_sentence(c.s, p.s, 'ZH', area => '东四站', period => '2016年全年')
FROM bi_station_year c JOIN bi_station_year p ON p.station = c.station AND p.year = c.year - 1
WHERE c.station = 'Dongsi' AND c.year = 2016;
SELECT air_sentence(c.s, p.s, 'En', area => 'Dongsi')
FROM bi_station_year c JOIN bi_station_year p ON p.station = c.station AND p.year = c.year - 1
WHERE c.station = 'Dongsi' AND c.year = 2016;
-- a year compared with itself: unchanged (同比持平), and a worse year
SELECT air_sentence(s, s) FROM city_year WHERE year = 2016;
SELECT air_sentence(c.s, p.s, 'zh') FROM city_year c, city_year p WHERE c.year = 2015 AND p.year = 2016;
SELECT air_sentence(c.s, p.s, 'en') FROM city_year c, city_year p WHERE c.year = 2015 AND p.year = 2016;

-- NULL pieces: January 2024 without PM10 and O3 has no composite index; its
-- 31 days have AQI <= 100 (PM2.5 30: IAQI 43), so no exceedance day
CREATE TEMP TABLE partial AS
SELECT air_summary(d::date, 10, 40, NULL, 1.0, NULL, 30) AS s
FROM generate_series('2024-01-01'::date, '2024-01-31', '1 day') d;
SELECT air_sentence(s, period => '2024年1月') FROM partial;
SELECT air_sentence(s, lang => 'en', period => 'January 2024') FROM partial;
-- a previous summary without PM2.5: the PM2.5 change is left out
SELECT air_sentence(c.s, p.s)
FROM partial c, (SELECT air_summary(d::date, 10, 40, 50, 1.0, 60, NULL) AS s
				 FROM generate_series('2023-01-01'::date, '2023-01-31', '1 day') d) p;
SELECT air_sentence(NULL, s) IS NULL AS no_current, air_sentence(s, NULL, NULL) IS NULL AS no_lang FROM partial;
\pset tuples_only off
\pset format aligned
\set SHOW_CONTEXT never
SELECT air_sentence(s, lang => 'fr') FROM partial;
\echo :LAST_ERROR_SQLSTATE
SELECT air_sentence(s, lang => repeat('x', 300)) FROM partial;
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY sqlstate
SELECT air_sentence(s, lang => 'fr') FROM partial;
\set VERBOSITY default
\pset tuples_only on
\pset format unaligned

-- Rectification and petitions: the seed bulletin (209 of 256 issues due by
-- 2022-12-31, all completed on time; 2976 of 2981 petitions: 99.8%)
CREATE TEMP TABLE issues (deadline date, completed_on date);
INSERT INTO issues SELECT '2022-03-31'::date + (i % 270), '2022-03-01'::date + (i % 300) FROM generate_series(1, 209) i;
INSERT INTO issues SELECT '2023-06-30', CASE WHEN i <= 12 THEN '2022-11-30'::date END FROM generate_series(1, 30) i;
INSERT INTO issues SELECT NULL, CASE WHEN i <= 5 THEN '2022-08-15'::date END FROM generate_series(1, 17) i;
SELECT rectification_sentence(rectification(deadline, completed_on, '2022-12-31'), rate(2976, 2981)) FROM issues;
SELECT rectification_sentence(rectification(deadline, completed_on, '2022-12-31'), rate(2976, 2981), 'en') FROM issues;
-- as of 2023-07-31 the 30 issues due 2023-06-30 are due too: 239 due, 221
-- completed (92.5%), 18 overdue; without petitions
SELECT rectification_sentence(rectification(deadline, completed_on, '2023-07-31')) FROM issues;
SELECT rectification_sentence(rectification(deadline, completed_on, '2023-07-31'), lang => 'en') FROM issues;
-- nothing due yet; petitions without any case ('0/0') are left out
SELECT rectification_sentence(rectification(deadline, completed_on, '2021-12-31'), '0/0') FROM issues;
SELECT rectification_sentence(rectification(deadline, completed_on, '2021-12-31'), '0/0', 'en') FROM issues;
-- petitions alone; nothing at all
SELECT rectification_sentence(NULL, '2976/2981'), rectification_sentence(NULL, '2976/2981', 'en');
SELECT rectification_sentence(NULL, NULL) IS NULL AS nothing;

-- Noise: 54.26 -> 54.3 (二级, regional day 50.1-55.0), previous 54.7 -> 0.4
-- lower; night 45.14 -> 45.1 (三级, 45.1-50.0)
SELECT noise_sentence(54.26, 45.14, previous_day => 54.7);
SELECT noise_sentence(54.26, 45.14, previous_day => 54.7, lang => 'en');
-- road traffic: day 68.0 一级 (<= 68.0), night 58.1 二级 (58.1-60.0), both
-- 0.5 up from 67.5 and 57.6
SELECT noise_sentence(68.0, 58.1, 'road_traffic', 67.5, 57.6, area => '城区');
SELECT noise_sentence(68.0, 58.1, 'traffic', 67.5, 57.6, 'en', 'the urban districts');
-- night missing
SELECT noise_sentence(56, NULL);
SELECT noise_sentence(NULL, 46.04, '道路交通', lang => 'en');
SELECT noise_sentence(NULL, NULL) IS NULL AS nothing;
\pset tuples_only off
\pset format aligned
SELECT noise_sentence(56, 46, 'indoor');
\echo :LAST_ERROR_SQLSTATE
SELECT noise_sentence(56, 46, lang => 'de');
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY sqlstate
SELECT noise_sentence(56, 46, 'indoor');
SELECT rectification_sentence(NULL, '1/2', 'fr');
SELECT water_sentence(water_report('{II}'), lang => '');
\set VERBOSITY default
\set SHOW_CONTEXT errors
\pset tuples_only on
\pset format unaligned

-- Water: 11 sections, 8 in I-III (72.7%), 1 劣V (9.1%), 轻度污染; the year
-- before 11 sections with 6 in I-III: 8/11 - 6/11 = 18.18 points -> 18.2;
-- 劣V 1/11 after 2/11: 9.09 points down -> 9.1
SELECT water_sentence(water_report('{I,II,II,III,III,III,II,III,IV,V,劣V}'),
					  water_report('{II,II,II,III,III,III,IV,IV,V,劣V,劣V}'));
SELECT water_sentence(water_report('{I,II,II,III,III,III,II,III,IV,V,劣V}'),
					  water_report('{II,II,II,III,III,III,IV,IV,V,劣V,劣V}'), 'en');
-- 3 sections: no status word (the share method needs 5); none at all: NULL
SELECT water_sentence(water_report('{II,III,IV}'), area => '白河');
SELECT water_sentence(water_report('{II,III,IV}'), lang => 'en', area => 'the Bai River');
SELECT water_sentence(water_report('{}')) IS NULL AS no_sections;

-- call paths: SQL function, PL/pgSQL, prepared generic plan, cursor,
-- parallel plan
CREATE FUNCTION sql_sentence(c air_summary, p air_summary) RETURNS text LANGUAGE sql
	RETURN air_sentence(c, p, 'en');
CREATE FUNCTION pl_sentence(y integer) RETURNS text LANGUAGE plpgsql AS $$
DECLARE c air_summary; p air_summary;
BEGIN
	SELECT s INTO c FROM city_year WHERE year = y;
	SELECT s INTO p FROM city_year WHERE year = y - 1;
	RETURN air_sentence(c, p);
END $$;
SELECT sql_sentence(c.s, p.s) = air_sentence(c.s, p.s, 'en') AS sql_same,
	   pl_sentence(2016) = air_sentence(c.s, p.s) AS plpgsql_same
FROM city_year c, city_year p WHERE c.year = 2016 AND p.year = 2015;
SET plan_cache_mode = force_generic_plan;
PREPARE sent(integer, text) AS
SELECT air_sentence(c.s, p.s, $2) FROM city_year c LEFT JOIN city_year p ON p.year = c.year - 1 WHERE c.year = $1;
EXECUTE sent(2015, 'zh');
EXECUTE sent(2014, 'en');
RESET plan_cache_mode;
BEGIN;
DECLARE c CURSOR FOR SELECT station, air_sentence(s, lang => 'en') FROM bi_station_year WHERE year = 2016 ORDER BY station;
FETCH 1 FROM c;
COMMIT;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET force_parallel_mode = on;
SELECT count(*) AS sentences, count(*) FILTER (WHERE air_sentence(s) LIKE '%以PM2.5为首要污染物%') AS pm25_primary,
	   sum(length(air_sentence(s, lang => 'en'))) AS en_length
FROM bi_station_year;
RESET force_parallel_mode;
RESET max_parallel_workers_per_gather;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) AS sentences, count(*) FILTER (WHERE air_sentence(s) LIKE '%以PM2.5为首要污染物%') AS pm25_primary,
	   sum(length(air_sentence(s, lang => 'en'))) AS en_length
FROM bi_station_year;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
DROP FUNCTION sql_sentence(air_summary, air_summary), pl_sentence(integer);
DROP TABLE bi_station_year;
