-- The seed bulletin's water and soil figures that the extension computes
-- from synthetic raw rows (the rest of the bulletin is seed_bulletin):
--
--   "受污染耕地安全利用率达93%以上"          safe use of contaminated farmland ≥ 93%
--   "地下水质量国考点区域V类水比例小于26%"      class V share of the groundwater points < 26%
--   "重点建设用地安全利用率达100%"            safe use of key construction land 100%
--   "县级及以上集中式饮用水水源地水质达标率为100%"  drinking-water sources in compliance 100%
--   "鄱阳湖南昌湖区总磷浓度同比下降2.35%"        total phosphorus in the lake area down 2.35%

CREATE SCHEMA seed_bulletin_water_test;
SET search_path = seed_bulletin_water_test, public;

-- Contaminated farmland: 400 plots (mu), area-weighted; the safely used area
-- of a plot is the part under safe-use measures (a share, not a yes/no).
-- No standard defines the rate beyond safe area / contaminated area.
CREATE TABLE farmland_plots (plot integer PRIMARY KEY, area_mu float8, safe_mu float8);
INSERT INTO farmland_plots
SELECT p, 20 + p % 37, CASE WHEN p % 13 = 0 THEN (20 + p % 37) * 0.25 ELSE 20 + p % 37 END
FROM generate_series(1, 400) p;
SELECT count(*) AS plots, rate_agg(safe_mu, area_mu) AS safe_use, pct(rate_agg(safe_mu, area_mu), 1) AS "safe use %",
	fraction(rate_agg(safe_mu, area_mu)) >= 0.93 AS "at least 93%"
FROM farmland_plots;

-- Groundwater: 250 national points, one row per item; each point's class is
-- its worst item's (GB/T 14848-2017 §6.3); the shares are shares of points.
CREATE TABLE groundwater_points (point integer, item text, value float8, detected boolean);
INSERT INTO groundwater_points
SELECT p, item, value, detected
FROM generate_series(1, 250) p,
	LATERAL (VALUES
		('pH', 7.0 + (p % 10) / 10.0, true),
		-- a class I-III point has NH3-N 0.3 (III), a class IV point 1.2, a class V point 2.0
		('氨氮', CASE WHEN p <= 60 THEN 0.3 WHEN p <= 186 THEN 1.2 ELSE 2.0 END, true),
		('总硬度', 200.0 + p, true),
		-- mercury below its detection limit 0.00004 mg/L: class I
		('汞', 0.00004, false),
		('硝酸盐', 5.0 + p % 10, true)) v(item, value, detected);
WITH points AS (
	SELECT point, groundwater_sample_class(item, value, detected) AS class
	FROM groundwater_points GROUP BY point)
SELECT count(*) AS points, rate_agg(class <= 'III') AS "I-III", rate_agg(class = 'IV') AS "IV",
	rate_agg(class = 'V') AS "V", pct(rate_agg(class = 'V')) AS "V %",
	fraction(rate_agg(class = 'V')) < 0.26 AS "under 26%"
FROM points;

-- Key construction land: 36 plots whose use was approved after risk
-- assessment or remediation; all of the area is safely used.
CREATE TABLE construction_plots (plot integer PRIMARY KEY, area_m2 float8, safe_m2 float8);
INSERT INTO construction_plots SELECT p, 5000 + 731 * p, 5000 + 731 * p FROM generate_series(1, 36) p;
SELECT count(*) AS plots, rate_agg(safe_m2, area_m2) AS safe_use, pct(rate_agg(safe_m2, area_m2)) AS "safe use %"
FROM construction_plots;

-- County-level and higher drinking-water sources: 9 sources, 4 samples each
-- (Table 1 basic items, the 5 Table 2 items, the Table 3 items monitored)
CREATE TABLE dw_sources (source integer PRIMARY KEY, waterbody text, volume_10k_t float8);
INSERT INTO dw_sources SELECT s, CASE WHEN s <= 6 THEN 'river' ELSE 'reservoir' END, 100 + 17.5 * s
FROM generate_series(1, 9) s;
CREATE TABLE dw_samples (source integer, quarter integer, item text, value float8);
INSERT INTO dw_samples
SELECT s, q, item, value * (0.8 + 0.05 * ((s + q) % 5))
FROM generate_series(1, 9) s, generate_series(1, 4) q,
	(VALUES ('pH', 7.5), ('DO', 7.8), ('CODMn', 2.6), ('NH3-N', 0.25), ('TP', 0.04), ('TN', 1.6),
			('粪大肠菌群', 3000), ('水温', 18.0), ('硫酸盐', 40.0), ('氯化物', 25.0), ('硝酸盐', 1.8),
			('铁', 0.12), ('锰', 0.05), ('三氯甲烷', 0.002), ('苯', 0.001), ('甲醛', 0.05)) v(item, value);
WITH judged AS (
	SELECT s.source, s.volume_10k_t, drinking_water_compliant(d.item, d.value, s.waterbody) AS compliant,
		drinking_water_failures(d.item, d.value, s.waterbody) AS failures
	FROM dw_sources s JOIN dw_samples d USING (source) GROUP BY s.source)
SELECT count(*) AS sources, rate_agg(compliant) AS by_sources, pct(rate_agg(compliant)) AS "sources %",
	rate_agg(CASE WHEN compliant THEN volume_10k_t ELSE 0 END, volume_10k_t) AS by_volume,
	pct(rate_agg(CASE WHEN compliant THEN volume_10k_t ELSE 0 END, volume_10k_t)) AS "volume %",
	count(*) FILTER (WHERE failures <> '{}') AS with_failures
FROM judged;

-- Total phosphorus (mg/L) in the lake area, monthly at 6 sites: annual means
-- 0.0850 and 0.0830, (0.0850 - 0.0830) / 0.0850 = 2.353%: "down 2.35%"
CREATE TABLE lake_tp (site integer, year integer, month integer, tp numeric);
INSERT INTO lake_tp
SELECT s, y, m, CASE y WHEN 2021 THEN 0.085 ELSE 0.083 END + (s - 3.5) * 0.002 + (m - 6.5) * 0.0004
FROM generate_series(1, 6) s, (VALUES (2021), (2022)) v(y), generate_series(1, 12) m;
SELECT year, count(*) AS samples, round_gb8170(avg(tp), 4) AS mean,
	round_gb8170(yoy_change(avg(tp), year) OVER (ORDER BY year), 2) AS "change %",
	round_gb8170(improvement(avg(tp), year) OVER (ORDER BY year), 2) AS "down %"
FROM lake_tp GROUP BY year ORDER BY year;
-- and TP is class IV for a lake in both years (GB 3838-2002: IV ≤ 0.1, III ≤ 0.05)
SELECT year, water_class('TP', avg(tp)::float8, 'lake') AS class FROM lake_tp GROUP BY year ORDER BY year;

RESET search_path;
DROP SCHEMA seed_bulletin_water_test CASCADE;
