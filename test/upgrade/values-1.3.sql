-- Values of every ecoinsp 1.3 type, made with the 1.3 functions only (this
-- file is frozen with 1.3, like src/sql/released/ecoinsp--1.3.sql).  1.3
-- added no type, so these are 1.2's values, its expression index and
-- materialized view on aqi_daily under HJ 633-2012 included, which 1.3
-- made and which the update from 1.3 must leave alone.  test/upgrade/run.sh
-- runs it where ecoinsp 1.3 is installed, updates the extension and reads
-- them back.
\ir values-1.2.sql
INSERT INTO upg.stored (kind, a)
SELECT 'aqi 1.3 as_given', aqi_daily(NULL, NULL, NULL, NULL, NULL, 75.4, NULL, 'hj633-2012', NULL, 'as_given')
UNION ALL
SELECT 'aqi 1.3 reporting', aqi_daily(NULL, NULL, NULL, NULL, NULL, 75.4, NULL, 'hj633-2012', NULL, 'reporting');
