
-- ---------------------------------------------------------------------------
-- air_report(air_summary): the annual (or monthly) air-quality report of a
-- summary as one flat row of plain columns, for BI tools and report views:
--   SELECT station, (air_report(s)).* FROM station_year;
-- and the casts of air_summary to json and jsonb, which give that row as an
-- object (new in 1.1).  Built on the accessors of 400_air_summary.sql and
-- 410_air_summary_rate.sql, so every figure is the one they give.
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.air_report AS (
	year integer,
	aqi_standard text,
	valid_days integer,
	valid_year boolean,
	so2 numeric(6,0),
	no2 numeric(6,0),
	pm10 numeric(6,0),
	co numeric(7,1),
	o3 numeric(6,0),
	pm25 numeric(6,0),
	composite_index numeric(5,2),
	max_subindex numeric(5,2),
	max_subindex_pollutant text,
	aqi_days integer,
	good_days integer,
	good_day_pct numeric(4,1),
	level1_days integer,
	level2_days integer,
	level3_days integer,
	level4_days integer,
	level5_days integer,
	level6_days integer,
	heavy_days integer,
	exceedance_days integer,
	pm25_primary_pct numeric(4,1),
	o3_primary_pct numeric(4,1),
	pm10_primary_pct numeric(4,1),
	no2_primary_pct numeric(4,1),
	so2_primary_pct numeric(4,1),
	co_primary_pct numeric(4,1),
	so2_compliant boolean,
	no2_compliant boolean,
	pm10_compliant boolean,
	co_compliant boolean,
	o3_compliant boolean,
	pm25_compliant boolean,
	compliant boolean,
	valid_period boolean
);
COMMENT ON TYPE @extschema@.air_report IS
	'an air_summary as plain columns: HJ 663-2013 evaluation values, composite index, HJ 633 daily-AQI day counts and primary-pollutant shares, GB 3095 Class II compliance';
COMMENT ON COLUMN @extschema@.air_report.year IS 'the calendar year of the summary';
COMMENT ON COLUMN @extschema@.air_report.aqi_standard IS 'the HJ 633 edition of the daily AQI (''by date'': HJ 633-2012 until 2026-02-28, HJ 633-2026 after)';
COMMENT ON COLUMN @extschema@.air_report.valid_days IS 'days on which all six pollutants have a valid daily value (GB 3095 Table 4)';
COMMENT ON COLUMN @extschema@.air_report.valid_year IS 'each of the six pollutants has a valid year (GB 3095 Table 4: at least 324 daily values, at least 27 in every month, 25 in February)';
COMMENT ON COLUMN @extschema@.air_report.so2 IS 'SO2 annual mean, µg/m³, integer (HJ 663-2013 annual assessment, GB/T 8170 rounding)';
COMMENT ON COLUMN @extschema@.air_report.no2 IS 'NO2 annual mean, µg/m³, integer (HJ 663-2013 annual assessment)';
COMMENT ON COLUMN @extschema@.air_report.pm10 IS 'PM10 annual mean, µg/m³, integer (HJ 663-2013 annual assessment)';
COMMENT ON COLUMN @extschema@.air_report.co IS 'CO 24-hour mean 95th percentile, mg/m³, one decimal (HJ 663-2013 annual assessment)';
COMMENT ON COLUMN @extschema@.air_report.o3 IS 'O3 daily maximum 8-hour mean 90th percentile, µg/m³, integer (HJ 663-2013 annual assessment)';
COMMENT ON COLUMN @extschema@.air_report.pm25 IS 'PM2.5 annual mean, µg/m³, integer (HJ 663-2013 annual assessment)';
COMMENT ON COLUMN @extschema@.air_report.composite_index IS 'the ambient air quality composite index Σ C_i/S_i, two decimals (城市环境空气质量排名技术规定)';
COMMENT ON COLUMN @extschema@.air_report.max_subindex IS 'the largest single index C_i/S_i, two decimals';
COMMENT ON COLUMN @extschema@.air_report.max_subindex_pollutant IS 'the pollutant(s) with the largest single index, comma-separated on a tie';
COMMENT ON COLUMN @extschema@.air_report.aqi_days IS 'days with a daily AQI (HJ 633)';
COMMENT ON COLUMN @extschema@.air_report.good_days IS 'days with AQI <= 100, levels I and II (优良天数, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.good_day_pct IS 'good_days / aqi_days in percent, 0.1 (优良天数比例, GB/T 8170 rounding)';
COMMENT ON COLUMN @extschema@.air_report.level1_days IS 'days at AQI level I, 优 (0-50, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.level2_days IS 'days at AQI level II, 良 (51-100, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.level3_days IS 'days at AQI level III, 轻度污染 (101-150, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.level4_days IS 'days at AQI level IV, 中度污染 (151-200, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.level5_days IS 'days at AQI level V, 重度污染 (201-300, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.level6_days IS 'days at AQI level VI, 严重污染 (>300, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.heavy_days IS 'days with AQI > 200, levels V and VI (重污染天数)';
COMMENT ON COLUMN @extschema@.air_report.exceedance_days IS 'days with AQI > 100 (超标天数)';
COMMENT ON COLUMN @extschema@.air_report.pm25_primary_pct IS 'exceedance days with PM2.5 primary (HJ 633 §3.3) over all exceedance days, percent, 0.1';
COMMENT ON COLUMN @extschema@.air_report.o3_primary_pct IS 'exceedance days with O3 (8-h) primary over all exceedance days, percent, 0.1';
COMMENT ON COLUMN @extschema@.air_report.pm10_primary_pct IS 'exceedance days with PM10 primary over all exceedance days, percent, 0.1';
COMMENT ON COLUMN @extschema@.air_report.no2_primary_pct IS 'exceedance days with NO2 primary over all exceedance days, percent, 0.1';
COMMENT ON COLUMN @extschema@.air_report.so2_primary_pct IS 'exceedance days with SO2 primary over all exceedance days, percent, 0.1';
COMMENT ON COLUMN @extschema@.air_report.co_primary_pct IS 'exceedance days with CO primary over all exceedance days, percent, 0.1';
COMMENT ON COLUMN @extschema@.air_report.so2_compliant IS 'SO2 meets the GB 3095 Class II annual limit';
COMMENT ON COLUMN @extschema@.air_report.no2_compliant IS 'NO2 meets the GB 3095 Class II annual limit';
COMMENT ON COLUMN @extschema@.air_report.pm10_compliant IS 'PM10 meets the GB 3095 Class II annual limit';
COMMENT ON COLUMN @extschema@.air_report.co_compliant IS 'CO 95th percentile meets the GB 3095 Class II 24-hour limit';
COMMENT ON COLUMN @extschema@.air_report.o3_compliant IS 'O3 MDA8 90th percentile meets the GB 3095 Class II 8-hour limit';
COMMENT ON COLUMN @extschema@.air_report.pm25_compliant IS 'PM2.5 meets the GB 3095 Class II annual limit';
COMMENT ON COLUMN @extschema@.air_report.compliant IS 'all six pollutants meet GB 3095 Class II (环境空气质量达标); NULL when none exceeds but one has no valid statistic';
COMMENT ON COLUMN @extschema@.air_report.valid_period IS 'every month from the first with data to the last meets GB 3095 Table 4 (27 daily values of each pollutant, 25 in February): false marks a month, year-to-date or year whose figures rest on incomplete data; for a calendar year valid_year is the rule';

-- In C (src/bi.c): the accessors' C functions on the summary detoasted once,
-- the day counts derived from the six level counts.
CREATE FUNCTION @extschema@.air_report(@extschema@.air_summary) RETURNS @extschema@.air_report
	AS 'MODULE_PATHNAME', 'air_report' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.air_report(@extschema@.air_summary) IS
	'the summary as one flat row (type air_report): HJ 663-2013 annual assessment evaluation values, composite index, HJ 633 day counts and primary-pollutant shares, GB 3095 Class II compliance; for SELECT (air_report(s)).*';

-- The json form of a summary is its report row (the whole state stays
-- available through the text and binary forms).
CREATE FUNCTION @extschema@.air_summary_json(@extschema@.air_summary) RETURNS json
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN pg_catalog.row_to_json(@extschema@.air_report($1));
CREATE FUNCTION @extschema@.air_summary_jsonb(@extschema@.air_summary) RETURNS jsonb
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN pg_catalog.to_jsonb(@extschema@.air_report($1));
CREATE CAST (@extschema@.air_summary AS json)
	WITH FUNCTION @extschema@.air_summary_json(@extschema@.air_summary);
CREATE CAST (@extschema@.air_summary AS jsonb)
	WITH FUNCTION @extschema@.air_summary_jsonb(@extschema@.air_summary);
COMMENT ON CAST (@extschema@.air_summary AS json) IS
	'the air_report row as a json object (HJ 663-2013 annual assessment evaluation values, HJ 633 day counts, GB 3095 compliance)';
COMMENT ON CAST (@extschema@.air_summary AS jsonb) IS
	'the air_report row as a jsonb object (HJ 663-2013 annual assessment evaluation values, HJ 633 day counts, GB 3095 compliance)';
