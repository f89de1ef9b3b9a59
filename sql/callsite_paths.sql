-- Text arguments parsed once per call site (src/callsite.h), through every
-- path a user has: a plain query, a forced parallel plan, PL/pgSQL, SQL
-- functions (inlined and not), a prepared statement under a generic plan and
-- a cursor, with the arguments changing between calls in shuffled order.
-- Every result must equal a fresh single call with the same arguments (a
-- query of its own).  A PL/pgSQL variable is a Param that is stable during
-- one execution of a cached expression but different in the next, so a
-- cache that trusted get_fn_expr_arg_stable() served the previous call's
-- standard (a bug once: iaqi('pm2.5', 34, NULL, std) gave 97 for
-- 'hj633-2012' after 'us-epa-2024').
SELECT setseed(0.31);

CREATE TABLE callsite_case (id serial PRIMARY KEY, fn text NOT NULL,
	a text, b text, c text, d text, x double precision, n integer, s air_summary);
-- fn: the SQL expression of the call, over the case's columns a .. s
CREATE TABLE callsite_fn (fn text PRIMARY KEY, expr text NOT NULL);
CREATE TABLE callsite_ref (id integer PRIMARY KEY, v text);
CREATE TABLE callsite_got (path text, id integer, v text);

CREATE FUNCTION callsite_pick(VARIADIC choices text[]) RETURNS text
	LANGUAGE sql VOLATILE AS 'SELECT choices[1 + floor(random() * cardinality(choices))::int]';

-- ---- AQI: a randomized differential over the breakpoint tables ----
-- transcribed from test/reference/aqi-hj633.csv, aqi-hj633-2026.csv and
-- aqi-us-epa-2024.csv (sql/aqi_breakpoints.sql checks the values themselves)
CREATE TABLE callsite_breakpoint (standard text, pollutant text, period text,
	c_lo numeric, c_hi numeric);
INSERT INTO callsite_breakpoint VALUES
('hj633-2012','SO2','24h',0,50), ('hj633-2012','SO2','24h',50,150), ('hj633-2012','SO2','24h',150,475),
('hj633-2012','SO2','24h',475,800), ('hj633-2012','SO2','24h',800,1600), ('hj633-2012','SO2','24h',1600,2100),
('hj633-2012','SO2','24h',2100,2620), ('hj633-2012','SO2','1h',0,150), ('hj633-2012','SO2','1h',150,500),
('hj633-2012','SO2','1h',500,650), ('hj633-2012','SO2','1h',650,800), ('hj633-2012','NO2','24h',0,40),
('hj633-2012','NO2','24h',40,80), ('hj633-2012','NO2','24h',80,180), ('hj633-2012','NO2','24h',180,280),
('hj633-2012','NO2','24h',280,565), ('hj633-2012','NO2','24h',565,750), ('hj633-2012','NO2','24h',750,940),
('hj633-2012','NO2','1h',0,100), ('hj633-2012','NO2','1h',100,200), ('hj633-2012','NO2','1h',200,700),
('hj633-2012','NO2','1h',700,1200), ('hj633-2012','NO2','1h',1200,2340), ('hj633-2012','NO2','1h',2340,3090),
('hj633-2012','NO2','1h',3090,3840), ('hj633-2012','PM10','24h',0,50), ('hj633-2012','PM10','24h',50,150),
('hj633-2012','PM10','24h',150,250), ('hj633-2012','PM10','24h',250,350), ('hj633-2012','PM10','24h',350,420),
('hj633-2012','PM10','24h',420,500), ('hj633-2012','PM10','24h',500,600), ('hj633-2012','CO','24h',0,2),
('hj633-2012','CO','24h',2,4), ('hj633-2012','CO','24h',4,14), ('hj633-2012','CO','24h',14,24),
('hj633-2012','CO','24h',24,36), ('hj633-2012','CO','24h',36,48), ('hj633-2012','CO','24h',48,60),
('hj633-2012','CO','1h',0,5), ('hj633-2012','CO','1h',5,10), ('hj633-2012','CO','1h',10,35),
('hj633-2012','CO','1h',35,60), ('hj633-2012','CO','1h',60,90), ('hj633-2012','CO','1h',90,120),
('hj633-2012','CO','1h',120,150), ('hj633-2012','O3','1h',0,160), ('hj633-2012','O3','1h',160,200),
('hj633-2012','O3','1h',200,300), ('hj633-2012','O3','1h',300,400), ('hj633-2012','O3','1h',400,800),
('hj633-2012','O3','1h',800,1000), ('hj633-2012','O3','1h',1000,1200), ('hj633-2012','O3','8h',0,100),
('hj633-2012','O3','8h',100,160), ('hj633-2012','O3','8h',160,215), ('hj633-2012','O3','8h',215,265),
('hj633-2012','O3','8h',265,800), ('hj633-2012','PM2.5','24h',0,35), ('hj633-2012','PM2.5','24h',35,75),
('hj633-2012','PM2.5','24h',75,115), ('hj633-2012','PM2.5','24h',115,150), ('hj633-2012','PM2.5','24h',150,250),
('hj633-2012','PM2.5','24h',250,350), ('hj633-2012','PM2.5','24h',350,500), ('hj633-2026','SO2','24h',0,50),
('hj633-2026','SO2','24h',50,150), ('hj633-2026','SO2','24h',150,475), ('hj633-2026','SO2','24h',475,800),
('hj633-2026','SO2','24h',800,1600), ('hj633-2026','SO2','24h',1600,2100), ('hj633-2026','SO2','24h',2100,2620),
('hj633-2026','SO2','1h',0,150), ('hj633-2026','SO2','1h',150,500), ('hj633-2026','SO2','1h',500,650),
('hj633-2026','SO2','1h',650,800), ('hj633-2026','NO2','24h',0,40), ('hj633-2026','NO2','24h',40,80),
('hj633-2026','NO2','24h',80,180), ('hj633-2026','NO2','24h',180,280), ('hj633-2026','NO2','24h',280,565),
('hj633-2026','NO2','24h',565,750), ('hj633-2026','NO2','24h',750,940), ('hj633-2026','NO2','1h',0,100),
('hj633-2026','NO2','1h',100,200), ('hj633-2026','NO2','1h',200,700), ('hj633-2026','NO2','1h',700,1200),
('hj633-2026','NO2','1h',1200,2340), ('hj633-2026','NO2','1h',2340,3090), ('hj633-2026','NO2','1h',3090,3840),
('hj633-2026','CO','24h',0,2), ('hj633-2026','CO','24h',2,4), ('hj633-2026','CO','24h',4,14),
('hj633-2026','CO','24h',14,24), ('hj633-2026','CO','24h',24,36), ('hj633-2026','CO','24h',36,48),
('hj633-2026','CO','24h',48,60), ('hj633-2026','CO','1h',0,5), ('hj633-2026','CO','1h',5,10),
('hj633-2026','CO','1h',10,35), ('hj633-2026','CO','1h',35,60), ('hj633-2026','CO','1h',60,90),
('hj633-2026','CO','1h',90,120), ('hj633-2026','CO','1h',120,150), ('hj633-2026','O3','8h',0,100),
('hj633-2026','O3','8h',100,160), ('hj633-2026','O3','8h',160,215), ('hj633-2026','O3','8h',215,265),
('hj633-2026','O3','8h',265,800), ('hj633-2026','O3','1h',0,160), ('hj633-2026','O3','1h',160,200),
('hj633-2026','O3','1h',200,300), ('hj633-2026','O3','1h',300,400), ('hj633-2026','O3','1h',400,800),
('hj633-2026','O3','1h',800,1000), ('hj633-2026','O3','1h',1000,1200), ('hj633-2026','PM10','24h',0,50),
('hj633-2026','PM10','24h',50,120), ('hj633-2026','PM10','24h',120,250), ('hj633-2026','PM10','24h',250,350),
('hj633-2026','PM10','24h',350,420), ('hj633-2026','PM10','24h',420,500), ('hj633-2026','PM10','24h',500,600),
('hj633-2026','PM2.5','24h',0,35), ('hj633-2026','PM2.5','24h',35,60), ('hj633-2026','PM2.5','24h',60,115),
('hj633-2026','PM2.5','24h',115,150), ('hj633-2026','PM2.5','24h',150,250), ('hj633-2026','PM2.5','24h',250,350),
('hj633-2026','PM2.5','24h',350,500), ('us-epa-2024','O3','8h',0.000,0.054), ('us-epa-2024','O3','8h',0.055,0.070),
('us-epa-2024','O3','8h',0.071,0.085), ('us-epa-2024','O3','8h',0.086,0.105), ('us-epa-2024','O3','8h',0.106,0.200),
('us-epa-2024','O3','1h',0.125,0.164), ('us-epa-2024','O3','1h',0.165,0.204), ('us-epa-2024','O3','1h',0.205,0.404),
('us-epa-2024','O3','1h',0.405,0.604), ('us-epa-2024','PM2.5','24h',0.0,9.0), ('us-epa-2024','PM2.5','24h',9.1,35.4),
('us-epa-2024','PM2.5','24h',35.5,55.4), ('us-epa-2024','PM2.5','24h',55.5,125.4), ('us-epa-2024','PM2.5','24h',125.5,225.4),
('us-epa-2024','PM2.5','24h',225.5,325.4), ('us-epa-2024','PM10','24h',0,54), ('us-epa-2024','PM10','24h',55,154),
('us-epa-2024','PM10','24h',155,254), ('us-epa-2024','PM10','24h',255,354), ('us-epa-2024','PM10','24h',355,424),
('us-epa-2024','PM10','24h',425,604), ('us-epa-2024','CO','8h',0.0,4.4), ('us-epa-2024','CO','8h',4.5,9.4),
('us-epa-2024','CO','8h',9.5,12.4), ('us-epa-2024','CO','8h',12.5,15.4), ('us-epa-2024','CO','8h',15.5,30.4),
('us-epa-2024','CO','8h',30.5,50.4), ('us-epa-2024','SO2','1h',0,35), ('us-epa-2024','SO2','1h',36,75),
('us-epa-2024','SO2','1h',76,185), ('us-epa-2024','SO2','1h',186,304), ('us-epa-2024','SO2','24h',305,604),
('us-epa-2024','SO2','24h',605,1004), ('us-epa-2024','NO2','1h',0,53), ('us-epa-2024','NO2','1h',54,100),
('us-epa-2024','NO2','1h',101,360), ('us-epa-2024','NO2','1h',361,649), ('us-epa-2024','NO2','1h',650,1249),
('us-epa-2024','NO2','1h',1250,2049);

-- each row's ends and two random concentrations inside it, names spelled in
-- random case
INSERT INTO callsite_case (fn, a, b, c, x)
SELECT 'iaqi', callsite_pick(pollutant, lower(pollutant), upper(pollutant)),
	callsite_pick(period, upper(period)), callsite_pick(standard, upper(standard)), v
FROM callsite_breakpoint,
	LATERAL (VALUES (c_lo), (c_hi), (round(c_lo + random()::numeric * (c_hi - c_lo), 3)),
					(round(c_lo + random()::numeric * (c_hi - c_lo), 1))) AS v(v)
ORDER BY random();
INSERT INTO callsite_fn VALUES ('iaqi', 'iaqi(a, x, b, c)');

INSERT INTO callsite_case (fn, c, d, x)
SELECT f, callsite_pick('hj633-2012', 'HJ633-2012', 'hj633-2026', 'Hj633-2026',
					   'us-epa-2024', 'US-EPA-2024'),
	callsite_pick('zh', 'en', 'ZH', 'En'), round((random() * 300)::numeric, 1)
FROM generate_series(1, 60), unnest(ARRAY['aqi_daily', 'category']) AS f;
INSERT INTO callsite_case (fn, c, x)
SELECT 'aqi_hourly', callsite_pick('hj633-2012', 'HJ633-2012', 'hj633-2026', 'HJ633-2026'),
	round((random() * 300)::numeric, 1)
FROM generate_series(1, 60);
INSERT INTO callsite_fn VALUES
	('aqi_daily', 'aqi_daily(NULL, NULL, x * 1.5, NULL, NULL, x, NULL, c)'),
	('aqi_hourly', 'aqi_hourly(NULL, NULL, x * 1.5, NULL, NULL, x, NULL, NULL, NULL, NULL, c)'),
	('category', 'category(aqi_daily(NULL, NULL, NULL, NULL, NULL, x, NULL, c), d)');

-- ---- hourly to daily: hour_label ----
INSERT INTO callsite_case (fn, a, x)
SELECT f, callsite_pick('start', 'end', 'Start', 'END'), 24 * floor(random() * 3) + callsite_pick('0', '12')::int
FROM generate_series(1, 40), unnest(ARRAY['air_day', 'o3_max8h']) AS f;
INSERT INTO callsite_fn VALUES
	('air_day', 'air_day(timestamp ''2024-03-01'' + x * interval ''1 hour'', a)'),
	('o3_max8h', '(SELECT o3_max8h(timestamp ''2024-03-01'' + h * interval ''1 hour'', x + (h * 37) % 101, a) FROM generate_series(1, 23) AS h)');

-- ---- annual summaries: standard, pollutant, statistic, edition, basis ----
-- three station-years: 2024 under HJ 633-2026 (SO2 missing every fifth day,
-- NO2 every seventh), 2023 under HJ 633-2012 with 300 days, 2025 polluted
CREATE TABLE callsite_summary AS
SELECT k, air_summary(date (2022 + k || '-01-01') + i,
		CASE WHEN i % 5 > 0 OR k <> 2 THEN 3 + (i * k) % 40 END,
		CASE WHEN i % 7 > 0 OR k <> 2 THEN 10 + (i * 7 * k) % 60 END,
		30 + (i * 13 * k) % (120 * k), 0.4 + ((i * k) % 30) / 10.0,
		50 + (i * 11 * k) % (110 * k), 15 + (i * 17 * k) % (80 * k),
		CASE k WHEN 1 THEN 'hj633-2012' ELSE 'hj633-2026' END) AS s
FROM generate_series(1, 3) AS k, generate_series(0, 364) AS i
WHERE k <> 1 OR i < 300
GROUP BY k;

INSERT INTO callsite_case (fn, a, b, c, x, n, s)
SELECT f, callsite_pick('so2', 'no2', 'pm10', 'co', 'o3', 'o3_8h', 'pm2.5', 'PM25', 'SO2'),
	CASE f WHEN 'evaluation_value' THEN callsite_pick('annual', 'mean', '24h', 'daily', 'Annual')
		   ELSE callsite_pick('exceedance', 'primary', 'Primary', 'EXCEEDANCE') END,
	callsite_pick('gb3095-2012', 'gb3095-2026', 'gb3095-2026-final', 'GB3095-2012', NULL),
	round((random() * 100)::numeric, 1), 1 + floor(random() * 12), s
FROM (SELECT f, 1 + floor(random() * 3) AS pick
	  FROM generate_series(1, 50),
		  unnest(ARRAY['valid_days', 'is_valid_year', 'is_valid_month', 'mean', 'percentile',
					   'evaluation_value', 'subindex', 'exceedance_days', 'primary_pollutant_days',
					   'primary_pollutant_share']) AS f) AS q
	JOIN callsite_summary ON k = pick;
INSERT INTO callsite_case (fn, a, c, n, s)
SELECT 'compliant', callsite_pick('so2', 'no2', 'pm10', 'co', 'o3', 'pm2.5', 'all', 'ALL'),
	callsite_pick('gb3095-2012', 'gb3095-2026', 'gb3095-2026-final', 'GB3095-2012', NULL),
	1 + floor(random() * 2), s
FROM (SELECT 1 + floor(random() * 3) AS pick FROM generate_series(1, 60)) AS q
	JOIN callsite_summary ON k = pick;
INSERT INTO callsite_case (fn, c, x)
SELECT 'air_summary', callsite_pick('hj633-2012', 'HJ633-2012', 'hj633-2026', 'HJ633-2026'),
	round((20 + random() * 150)::numeric, 1)
FROM generate_series(1, 40);
INSERT INTO callsite_case (fn, a, x)
SELECT 'report_concentration',
	callsite_pick('so2', 'no2', 'pm10', 'co', 'o3_8h', 'o3_1h', 'pm2.5', 'PM25'),
	round((random() * 100)::numeric, 4)
FROM generate_series(1, 40);
INSERT INTO callsite_fn VALUES
	('valid_days', 'valid_days(s, a)'),
	('is_valid_year', 'is_valid_year(s, a)'),
	('is_valid_month', 'is_valid_month(s, n, a)'),
	('mean', 'mean(s, a)'),
	('percentile', 'percentile(s, a, x)'),
	('evaluation_value', 'evaluation_value(s, a, b)'),
	('subindex', 'subindex(s, a)'),
	('exceedance_days', 'exceedance_days(s, a)'),
	('primary_pollutant_days', 'primary_pollutant_days(s, a, b)'),
	('primary_pollutant_share', 'primary_pollutant_share(s, a, b)'),
	('compliant', 'compliant(s, a, n, c)'),
	('air_summary', '(SELECT aqi_standard(t.agg) || '' '' || exceedance_days(t.agg) || '' '' || good_days(t.agg) FROM (SELECT air_summary(date ''2024-01-01'' + i, x, x, x * 2, 1, x * 2, x * 1.5, c) AS agg FROM generate_series(0, 9) AS i) AS t)'),
	('report_concentration', 'report_concentration(a, x)');

-- ---- the rounding option (1.3): HJ 633-2012 read at reporting precision or
-- as given.  A 2025 station-year under HJ 633-2012 whose PM2.5 lies just
-- above the IAQI 50 and 100 breakpoints (35.1 to 35.4, 75.1 to 75.4 µg/m³:
-- 35 and 75 at reporting precision), so that the two readings count other
-- days; good_days' expression reads no other argument.
CREATE TABLE callsite_rounding AS
SELECT air_summary(date '2025-01-01' + i, 5, 10, 20, 0.4, 60,
		CASE i % 2 WHEN 0 THEN 74.9 ELSE 34.9 END + (i % 6) / 10.0, 'hj633-2012') AS s
FROM generate_series(0, 364) AS i;
INSERT INTO callsite_case (fn, a, n, x, s)
SELECT f, callsite_pick('reporting', 'as_given', 'As-Given', 'REPORTING'), 1 + floor(random() * 2),
	callsite_pick('75.4', '35.2', '75.0')::double precision, s
FROM generate_series(1, 30),
	unnest(ARRAY['good_days rounding', 'days_at_level rounding', 'aqi_daily rounding']) AS f,
	callsite_rounding;
INSERT INTO callsite_fn VALUES
	('good_days rounding', 'good_days(s, a) || '' '' || good_day_ratio(s, a) || '' '' || aqi_days(s, a) || '' '' || heavy_days(s, a)'),
	('days_at_level rounding', 'days_at_level(s, n, a)'),
	('aqi_daily rounding', 'aqi_daily(NULL, NULL, NULL, NULL, NULL, x, NULL, ''hj633-2012'', NULL, a)');

-- ---- noise: kind, period, zone, language ----
INSERT INTO callsite_case (fn, a, b, d, x)
SELECT f, CASE WHEN f IN ('noise_limit', 'noise_compliant')
			   THEN callsite_pick('0', '1', '2', '3', '4a', '4b', '4A', '2类')
			   ELSE callsite_pick('regional', 'road_traffic', 'traffic', '区域', 'Road Traffic') END,
	callsite_pick('day', 'night', '昼间', '夜间', 'Night'),
	callsite_pick('zh', 'en', 'EN'), round((40 + random() * 40)::numeric, 1)
FROM generate_series(1, 40),
	unnest(ARRAY['noise_grade', 'label', 'noise_limit', 'noise_compliant']) AS f;
INSERT INTO callsite_fn VALUES
	('noise_grade', 'noise_grade(x, a, b)'),
	('label', 'label(noise_grade(x, a, b), d)'),
	('noise_limit', 'noise_limit(a, b)'),
	('noise_compliant', 'noise_compliant(x, a, b)');

-- ---- water: item, waterbody, language ----
INSERT INTO callsite_case (fn, a, b, d, x)
SELECT f, callsite_pick('cod', 'COD', 'nh3-n', 'NH3_N', 'tp', '总磷', '氨氮', 'do', '溶解氧'),
	callsite_pick('river', 'lake', 'reservoir', '河流', '湖库', 'Lake'),
	callsite_pick('zh', 'en', 'EN'),
	CASE WHEN f = 'trophic_state' THEN round((20 + random() * 60)::numeric, 1)
		 ELSE round((random() * 2)::numeric ^ 3, 3) END
FROM generate_series(1, 40),
	unnest(ARRAY['water_class', 'exceedance', 'status', 'section_class', 'exceeding_items',
				 'trophic_state']) AS f;
INSERT INTO callsite_fn VALUES
	('water_class', 'water_class(a, x, b)'),
	('exceedance', 'exceedance(a, x, b)'),
	('status', 'status(water_class(a, x, b), d)'),
	('section_class', '(SELECT section_class(i.item, i.v, b) FROM (VALUES (a, x), (''tp'', x / 8), (''Nh3-N'', x * 2)) AS i(item, v))'),
	('exceeding_items', '(SELECT exceeding_items(i.item, i.v, b) FROM (VALUES (a, x), (''TP'', x / 8), (''氨氮'', x * 2)) AS i(item, v))'),
	('trophic_state', 'trophic_state(x, d)');

-- ---- water items as printed, lab readings, main pollution items (1.2) ----
INSERT INTO callsite_case (fn, a, b, c, d, x)
SELECT f, callsite_pick('COD', '化学需氧量（COD）', 'NH₃-N', '氨氮(NH3-N)', '总砷', 'tp', '高锰酸盐指数(CODMn)'),
	callsite_pick('0.02L', '<0.5', 'ND', '0.3', '1e-3L', ' 未检出 '),
	callsite_pick('half_limit', 'limit', 'zero', 'Half Limit'),
	callsite_pick('river', 'lake', '水库'),
	round((random() * 2)::numeric ^ 3, 3)
FROM generate_series(1, 40),
	unnest(ARRAY['nondetect_value', 'water_item', 'groundwater_item', 'main_pollution_items']) AS f;
INSERT INTO callsite_fn VALUES
	('nondetect_value', 'nondetect_value(b, x, c)'),
	('water_item', 'water_item(a)'),
	('groundwater_item', 'groundwater_item(CASE WHEN a LIKE ''%COD%'' THEN ''耗氧量'' WHEN a = ''tp'' THEN ''硫酸盐'' ELSE a END)'),
	('main_pollution_items', '(SELECT main_pollution_items(i.item, i.v * g / 3, d) FROM (VALUES (a, x), (''TP'', x / 8), (''Nh3-N'', x * 2)) AS i(item, v), generate_series(1, 5) AS g)');

-- ---- the paths ----
CREATE FUNCTION callsite_parallel(q text) RETURNS TABLE (id integer, v text)
	LANGUAGE plpgsql PARALLEL SAFE AS $$ BEGIN RETURN QUERY EXECUTE q; END $$;

CREATE FUNCTION callsite_run(f text, expr text) RETURNS bigint LANGUAGE plpgsql AS $run$
DECLARE
	r record;
	got text;
	case_id integer;
	cur refcursor;
	mode text;
	args text := 'a text, b text, c text, d text, x double precision, n integer, s air_summary';
	call text := '(a, b, c, d, x, n, s)';
	shuffled text := format('(SELECT * FROM callsite_case WHERE fn = %L ORDER BY random() OFFSET 0) AS callsite_case', f);
BEGIN
	-- the reference: every case in a query of its own
	FOR r IN SELECT id FROM callsite_case WHERE fn = f LOOP
		EXECUTE format('SELECT (%s)::text FROM callsite_case WHERE id = $1', expr) INTO got USING r.id;
		INSERT INTO callsite_ref VALUES (r.id, got);
	END LOOP;

	EXECUTE format('INSERT INTO callsite_got SELECT ''plain'', id, (%s)::text FROM %s', expr, shuffled);

	-- the cases in insertion order are in random order already (random()
	-- cannot run in a parallel worker)
	PERFORM set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
							THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'on', true);
	PERFORM set_config('parallel_setup_cost', '0', true);
	PERFORM set_config('parallel_tuple_cost', '0', true);
	PERFORM set_config('min_parallel_table_scan_size', '0', true);
	INSERT INTO callsite_got SELECT 'parallel', p.id, p.v
	FROM callsite_parallel(format('SELECT id, (%s)::text FROM callsite_case WHERE fn = %L', expr, f)) AS p;
	PERFORM set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
							THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'off', true);

	EXECUTE format('CREATE FUNCTION callsite_plpgsql(%s) RETURNS text LANGUAGE plpgsql AS %L',
				   args, format('BEGIN RETURN (%s)::text; END', expr));
	EXECUTE format('INSERT INTO callsite_got SELECT ''plpgsql'', id, callsite_plpgsql%s FROM %s', call, shuffled);
	-- one statement per call, as a report procedure would make them
	FOR r IN EXECUTE format('SELECT * FROM %s', shuffled) LOOP
		got := callsite_plpgsql(r.a, r.b, r.c, r.d, r.x, r.n, r.s);
		INSERT INTO callsite_got VALUES ('plpgsql loop', r.id, got);
	END LOOP;
	DROP FUNCTION callsite_plpgsql;

	EXECUTE format('CREATE FUNCTION callsite_sql(%s) RETURNS text LANGUAGE sql AS %L',
				   args, format('SELECT (%s)::text', expr));
	EXECUTE format('INSERT INTO callsite_got SELECT ''sql'', id, callsite_sql%s FROM %s', call, shuffled);
	DROP FUNCTION callsite_sql;
	-- a SET clause keeps the planner from inlining the function
	EXECUTE format('CREATE FUNCTION callsite_sql(%s) RETURNS text LANGUAGE sql SET search_path FROM CURRENT AS %L',
				   args, format('SELECT (%s)::text', expr));
	EXECUTE format('INSERT INTO callsite_got SELECT ''sql not inlined'', id, callsite_sql%s FROM %s', call, shuffled);
	DROP FUNCTION callsite_sql;

	EXECUTE format('PREPARE callsite_q(text, text, text, text, double precision, integer, air_summary) AS '
				   'SELECT (%s)::text FROM (SELECT $1 AS a, $2 AS b, $3 AS c, $4 AS d, $5 AS x, $6 AS n, $7 AS s) AS p',
				   expr);
	-- generic plans (the session's setting): the arguments are Params; custom
	-- plans: they become Consts of the expression, which a call site parses
	-- once (callsite.h), each execution a plan of its own
	FOREACH mode IN ARRAY ARRAY['force_generic_plan', 'force_custom_plan'] LOOP
		PERFORM set_config('plan_cache_mode', mode, true);
		FOR r IN EXECUTE format('SELECT * FROM %s', shuffled) LOOP
			EXECUTE format('EXECUTE callsite_q(%L, %L, %L, %L, %L, %L, %L)',
						   r.a, r.b, r.c, r.d, r.x, r.n, r.s) INTO got;
			INSERT INTO callsite_got VALUES (CASE mode WHEN 'force_generic_plan' THEN 'prepared'
												   ELSE 'prepared custom' END, r.id, got);
		END LOOP;
	END LOOP;
	PERFORM set_config('plan_cache_mode', 'force_generic_plan', true);
	DEALLOCATE callsite_q;

	OPEN cur FOR EXECUTE format('SELECT id, (%s)::text FROM %s', expr, shuffled);
	LOOP
		FETCH cur INTO case_id, got;
		EXIT WHEN NOT FOUND;
		INSERT INTO callsite_got VALUES ('cursor', case_id, got);
	END LOOP;
	CLOSE cur;
	RETURN (SELECT count(*) FROM callsite_case WHERE fn = f);
END
$run$;

SET plan_cache_mode = force_generic_plan;
SELECT fn, callsite_run(fn, expr) AS cases FROM callsite_fn ORDER BY fn;
RESET plan_cache_mode;

-- every function was called in every path for every case ...
SELECT path, count(*) AS calls, count(*) FILTER (WHERE g.v IS DISTINCT FROM r.v) AS mismatches
FROM callsite_got AS g JOIN callsite_ref AS r USING (id)
GROUP BY path ORDER BY path;
SELECT count(*) AS cases, count(DISTINCT fn) AS functions FROM callsite_case;
-- ... with no wrong result (this lists the functions that gave one) ...
SELECT fn, path, count(*) AS mismatches
FROM callsite_got AS g JOIN callsite_ref AS r USING (id) JOIN callsite_case USING (id)
WHERE g.v IS DISTINCT FROM r.v
GROUP BY fn, path ORDER BY fn, path;
-- ... although the text arguments change the result of each (none listed)
SELECT fn FROM callsite_case JOIN callsite_ref USING (id)
GROUP BY fn HAVING count(DISTINCT v) < 2;
SELECT fn FROM callsite_fn EXCEPT SELECT fn FROM callsite_case;

-- The issue's example, and a cursor declared by the client (the driver's
-- PL/pgSQL cursor above fetches row by row: one portal run per call).
CREATE FUNCTION callsite_f(std text) RETURNS integer LANGUAGE plpgsql AS
$$ BEGIN RETURN iaqi('pm2.5', 34, NULL, std); END $$;
SELECT callsite_f('us-epa-2024'), callsite_f('hj633-2012');
CREATE FUNCTION callsite_iaqi(a text, b text, c text, x double precision) RETURNS integer
	LANGUAGE plpgsql AS $$ BEGIN RETURN iaqi(a, x, b, c); END $$;
BEGIN;
DECLARE callsite_cursor CURSOR FOR
	SELECT t.id FROM (SELECT * FROM callsite_case WHERE fn = 'iaqi' ORDER BY random() OFFSET 0) AS t
	JOIN callsite_ref AS r ON r.id = t.id
	WHERE callsite_iaqi(t.a, t.b, t.c, t.x)::text IS DISTINCT FROM r.v;
FETCH ALL FROM callsite_cursor;
COMMIT;

-- One folder for every name (eco_name_fold, core/names.h): ASCII case,
-- blanks and the separators _ - + . ( ) are ignored alike in every argument.
-- Before, standards, hour labels, editions, statistics and bases compared
-- only case-insensitively, and primary_pollutant_share() read its basis with
-- SQL lower() but counted the days with the C parser.
SELECT iaqi('pm2.5', 34, NULL, 'HJ 633-2012') = 49 AS standard,
	iaqi('PM 2.5', 34, '24 h', 'US EPA 2024') = 97 AS us_standard,
	air_day(timestamp '2024-03-01 00:00', ' End ') = date '2024-02-29' AS hour_label,
	compliant(s, 'pm25', 2, 'GB 3095-2012') = compliant(s, 'pm25', 2, 'gb3095-2012') AS edition,
	compliant(s, ' All ', 1) = compliant(s, 'all', 1) AS all_pollutants,
	evaluation_value(s, 'pm25', 'Daily ') = evaluation_value(s, 'pm25', 'daily') AS statistic,
	primary_pollutant_days(s, 'pm25', 'Exceed-ance') = primary_pollutant_days(s, 'pm25', 'exceedance') AS basis,
	primary_pollutant_share(s, 'pm25', 'Exceed-ance')::text AS share,
	primary_pollutant_share(s, 'pm25', 'exceedance')::text AS share_exceedance,
	primary_pollutant_share(s, 'pm25', 'primary')::text AS share_primary
FROM callsite_summary WHERE k = 3;

DROP FUNCTION callsite_f, callsite_iaqi, callsite_run, callsite_parallel, callsite_pick;
DROP TABLE callsite_case, callsite_fn, callsite_ref, callsite_got, callsite_breakpoint,
	callsite_summary;
