-- Shares of sections and of point-measurements with the rate type:
-- 优良比例 = rate_agg(is_good(class)), 劣V比例 = rate_agg(class = '劣V'),
-- functional-zone noise compliance = rate_agg(noise_compliant(...)).

-- 11 sections: ten in class I-III, one in IV
CREATE TEMP TABLE rate_sections (section integer, item text, value float8);
INSERT INTO rate_sections
SELECT s, item, CASE WHEN s = 11 AND item = 'TP' THEN 0.26 ELSE value END
FROM generate_series(1, 11) s,
	(VALUES ('DO', 6.5), ('CODMn', 3.5), ('NH3-N', 0.4), ('TP', 0.12), ('COD', 14.0)) v(item, value);
CREATE TEMP TABLE rate_classes AS
SELECT section, section_class(item, value) AS class FROM rate_sections GROUP BY section;
SELECT class, count(*) FROM rate_classes GROUP BY class ORDER BY class;

SELECT rate_agg(is_good(class)) AS good, pct(rate_agg(is_good(class))) AS good_pct,
	rate_agg(class = '劣V') AS worse_v, pct(rate_agg(class = '劣V')) AS worse_v_pct,
	water_status(class) AS status
FROM rate_classes;

-- a section that could not be classed (nothing measured) is not counted
INSERT INTO rate_classes VALUES (12, NULL);
SELECT rate_agg(is_good(class)) AS good, pct(rate_agg(is_good(class))) AS good_pct FROM rate_classes;

-- 劣V share and the status table agree: 2 of 5 sections 劣V is 40%, 重度污染
SELECT rate_agg(c = '劣V') AS worse_v, pct(rate_agg(c = '劣V')) AS pct, rate_agg(is_good(c)) AS good,
	water_status(c) AS status
FROM unnest('{II,II,II,劣V,劣V}'::water_class[]) c;

-- GB 3096-2008 compliance per period: 达标点次 / 监测点次
SELECT period, rate_agg(noise_compliant(leq, zone, period)) AS compliant,
	pct(rate_agg(noise_compliant(leq, zone, period))) AS pct
FROM (VALUES ('1', 'day', 54.9), ('1', 'day', 55.06), ('2', 'day', 59.0), ('4a', 'day', 70.0),
			 ('1', 'night', 45.0), ('2', 'night', 50.1), ('4b', 'night', 59.9), ('3', 'night', 56.0)) t(zone, period, leq)
GROUP BY period ORDER BY period;
