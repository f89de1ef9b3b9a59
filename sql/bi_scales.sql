-- Report columns with declared scales: what a client's
-- metadata shows for a report column is the column's typmod, so no report
-- column is an unconstrained numeric or a bigint, and a table or view made
-- from a report keeps the scales.  docs/bi.md lists each column's type.
SET client_min_messages = warning;
-- every column of the extension's composite types: no unconstrained
-- numeric, no bigint (1.1: 21 numeric columns and 7 bigint counts)
SELECT t.typname, a.attname, format_type(a.atttypid, a.atttypmod) AS type
FROM pg_depend d
JOIN pg_extension e ON e.oid = d.refobjid AND d.refclassid = 'pg_extension'::regclass AND e.extname = 'ecoinsp'
JOIN pg_type t ON d.classid = 'pg_type'::regclass AND t.oid = d.objid AND t.typtype = 'c'
JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
WHERE d.deptype = 'e'
  AND (format_type(a.atttypid, a.atttypmod) IN ('numeric', 'bigint') OR a.atttypid = 'int8'::regtype)
ORDER BY 1, a.attnum;
-- the declared types, one line per distinct type
SELECT format_type(a.atttypid, a.atttypmod) AS type, count(*) AS columns,
	   string_agg(DISTINCT t.typname, ', ' ORDER BY t.typname) AS in_types
FROM pg_type t JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0
WHERE t.typname IN ('air_report', 'rectification_report', 'noise_report', 'water_report', 'water_section_report')
GROUP BY 1 ORDER BY 1;

-- a table made from the reports has the scales (what drivers describe)
CREATE TEMP TABLE year_days AS
SELECT d::date AS day FROM generate_series('2024-01-01'::date, '2024-12-31', '1 day') d;
CREATE TEMP TABLE report_table AS
SELECT (air_report(air_summary(day, 8, 30, 60, 0.8, 100, 35))).*,
	   (rectification_report(rectification(day, day, '2024-12-31'))).*
FROM year_days;
SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute
WHERE attrelid = 'report_table'::regclass
  AND attname IN ('composite_index', 'good_day_pct', 'pm25', 'co', 'total', 'overdue', 'completion_pct', 'valid_period')
ORDER BY attnum;
SELECT composite_index, good_day_pct, pm25, co, total, overdue, completion_pct FROM report_table;
CREATE TEMP TABLE other_reports AS
SELECT (noise_report(55.05)).*, (water_report('{I,II,劣V}')).*;
SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute
WHERE attrelid = 'other_reports'::regclass AND attname IN ('level_db', 'good_pct', 'worse_than_v_pct', 'sections')
ORDER BY attnum;

-- the largest composite index numeric(5,2) holds is 999.99; the
-- plausibility limits (docs/aqi.md) bound it below that: every pollutant at
-- its limit (SO2, NO2 5000, PM10 20000, CO 200, O3 2000, PM2.5 10000) gives
-- 83.33 + 125 + 285.71 + 50 + 12.5 + 285.71 = 842.26, which fits; CO in
-- µg/m³ (4000 "mg/m³", sub-index 1000) is refused before any report, 22003
SELECT (air_report(air_summary(day, 5000, 5000, 20000, 200, 2000, 10000))).composite_index FROM year_days;
\set VERBOSITY sqlstate
SELECT (air_report(air_summary(day, 8, 30, 60, 4000, 100, 35))).composite_index FROM year_days;
\set VERBOSITY default
