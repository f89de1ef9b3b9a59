-- air_summary, 1.0 → 1.1 (src/sql/400_air_summary.sql).
--
-- The text form is now base64 of the stored form (1.0 wrote hexadecimal; the
-- input reads both) and two summaries of the same data have the same stored
-- bytes: C changes only, the same functions.
--
-- SSPACE of the three aggregates: from 8192 to 22016, what a state can grow
-- to (issue 8 §4: hash aggregation used 3× work_mem).  ALTER AGGREGATE cannot
-- change it, and dropping the aggregates would drop the user's views over
-- them, so the catalog is updated as CREATE AGGREGATE ... SSPACE = 22016
-- would have written it.
UPDATE pg_catalog.pg_aggregate SET aggtransspace = 22016
WHERE aggfnoid OPERATOR(pg_catalog.=) ANY (ARRAY[
	'@extschema@.air_summary(date, double precision, double precision, double precision, double precision, double precision, double precision)'::pg_catalog.regprocedure,
	'@extschema@.air_summary(date, double precision, double precision, double precision, double precision, double precision, double precision, text)'::pg_catalog.regprocedure,
	'@extschema@.rollup(@extschema@.air_summary)'::pg_catalog.regprocedure]::pg_catalog.oid[]);
