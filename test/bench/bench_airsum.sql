-- air_summary benchmark, run twice: on daily rows at reporting precision
-- (integers of µg/m³, CO to 0.1 mg/m³) and on fractional daily means as
-- mean_24h and o3_max8h give them (means of 24 hourly integers: k/24, CO
-- k/240; O3 8-h: k/8), station-years of synthetic data, grouped by
-- station-year:
--   (a) air_summary() against avg() of the same six columns       target <= 1.3
--   (b) percentile(air_summary(...), 'o3_8h', 90) from raw rows
--       against percentile_cont(0.9)                               target <= 1
--   (c) the materialized-view path: rollup() of stored station-month
--       summaries against percentile_cont over the raw rows       target <= 0.1
--   (d) air_summary() with 2 parallel workers against serial      target <= 0.625
--   (e) cities: rollup() of the months of ten stations (days shared)
--       against the summary of their daily rows
-- Fails when the answers disagree: means against avg(), HJ 663 percentiles
-- against percentile_cont (the same interpolation on the same values), the
-- parallel summaries against the serial ones.
\ir lib.sql

-- the body runs once per kind of data (airsum_body.sql)

SELECT CASE WHEN :'scale' = 'full' THEN 27400 ELSE 3 END AS station_years,
	   CASE WHEN :'scale' = 'full' THEN 365 ELSE 120 END AS days,
	   3 AS repeats \gset

\set kind integer
\set q 1
\set q_co 10
\set q_o3 1
\ir airsum_body.sql
\set kind fractional
\set q 24
\set q_co 240
\set q_o3 8
\ir airsum_body.sql
