-- Name arguments are parsed once per call site and cached by their bytes in
-- fn_extra: an argument that changes from row to row must never be answered
-- from the previous row's cache entry.

-- every cached name argument changes on every row, and comes back later
SELECT n, k, p, noise_grade(62.0, k, p) AS grade, label(noise_grade(62.0, k, p), lang) AS label
FROM (VALUES (1, 'regional', 'day', 'zh'), (2, 'road_traffic', 'day', 'en'), (3, 'regional', 'night', 'en'),
			 (4, 'traffic', 'night', 'zh'), (5, 'regional', 'day', 'EN'), (6, '道路交通', '昼间', 'zh')) t(n, k, p, lang)
ORDER BY n;
SELECT z, p, noise_limit(z, p) AS limit_db, noise_compliant(55.0, z, p) AS compliant_55
FROM (VALUES (1, '0', 'day'), (2, '0', 'night'), (3, '4b', 'night'), (4, '4a', 'night'), (5, '1', 'day'),
			 (6, '0', 'day')) t(n, z, p)
ORDER BY n;
SELECT n, i, wb, water_class(i, 0.05, wb) AS class, exceedance(i, 0.25, wb) AS multiple
FROM (VALUES (1, 'TP', 'river'), (2, 'TP', 'lake'), (3, 'COD', 'lake'), (4, 'TP', 'river'), (5, '总磷', '水库'),
			 (6, 'NH3-N', 'river'), (7, 'TP', 'lake')) t(n, i, wb)
ORDER BY n;
SELECT n, c::water_class AS class, status(c::water_class, lang) AS status, trophic_state(tli, lang) AS trophic
FROM (VALUES (1, 'I', 'zh', 25.0), (2, 'IV', 'en', 55.0), (3, '劣V', 'zh', 65.0), (4, 'I', 'en', 75.0)) t(n, c, lang, tli)
ORDER BY n;
SELECT n, air_day(ts, l) AS day
FROM (VALUES (1, timestamp '2016-05-02 00:00', 'start'), (2, '2016-05-02 00:00', 'end'),
			 (3, '2016-05-02 00:00', 'START'), (4, '2016-05-02 00:00', 'End')) t(n, ts, l)
ORDER BY n;

-- section_class keeps a small hash table of the item spellings it has seen;
-- 200 spellings of 5 items (more than the table keeps) still classify
-- every row by its own name
CREATE TEMP TABLE spellings AS
SELECT n, name, item, value
FROM generate_series(0, 199) n,
	LATERAL (SELECT (ARRAY['DO', 'CODMn', 'NH3-N', 'TP', 'COD'])[1 + n % 5] AS item) i,
	LATERAL (SELECT repeat(' ', n / 5 % 8) || CASE WHEN n / 40 % 2 = 0 THEN lower(item) ELSE upper(item) END
					|| repeat('_', n / 80) AS name) s,
	LATERAL (SELECT CASE item WHEN 'DO' THEN 6.0 WHEN 'CODMn' THEN 3.0 WHEN 'NH3-N' THEN 0.1
			 WHEN 'TP' THEN 0.15 ELSE 25.0 END AS value) v;
SELECT count(DISTINCT name) AS spellings, count(DISTINCT item) AS items FROM spellings;
-- per item: all spellings give the class of the item's value
SELECT item, section_class(name, value) AS by_spelling, max(water_class(item, value)) AS expected
FROM spellings GROUP BY item ORDER BY item;
SELECT section_class(name, value) AS section, exceeding_items(name, value) AS exceeding FROM spellings;
