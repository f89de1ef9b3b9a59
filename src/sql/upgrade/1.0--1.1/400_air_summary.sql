-- air_summary, 1.0 → 1.1 (src/sql/400_air_summary.sql).
--
-- The text form is now base64 of the stored form (1.0 wrote hexadecimal; the
-- input reads both) and two summaries of the same data have the same stored
-- bytes: C changes only, the same functions.
--
-- SSPACE of the three aggregates: from 8192 to what a state can grow to
-- after its group is created (issue 8 §4: hash aggregation used 3× work_mem):
-- 22016 for air_summary, 16384 for rollup (which merges stored forms up to
-- that size).  CREATE OR REPLACE AGGREGATE keeps the aggregates' identity,
-- so the user's views over them survive.
CREATE OR REPLACE AGGREGATE @extschema@.air_summary(
	day date, so2 double precision, no2 double precision, pm10 double precision,
	co double precision, o3_8h double precision, pm25 double precision) (
	SFUNC = @extschema@.air_summary_trans,
	STYPE = @extschema@.air_summary,
	SSPACE = 22016,
	COMBINEFUNC = @extschema@.air_summary_combine,
	FINALFUNC = @extschema@.air_summary_final,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.air_summary(
	day date, so2 double precision, no2 double precision, pm10 double precision,
	co double precision, o3_8h double precision, pm25 double precision, standard text) (
	SFUNC = @extschema@.air_summary_trans,
	STYPE = @extschema@.air_summary,
	SSPACE = 22016,
	COMBINEFUNC = @extschema@.air_summary_combine,
	FINALFUNC = @extschema@.air_summary_final,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.rollup(@extschema@.air_summary) (
	SFUNC = @extschema@.air_summary_combine,
	STYPE = @extschema@.air_summary,
	SSPACE = 16384,
	COMBINEFUNC = @extschema@.air_summary_combine,
	FINALFUNC = @extschema@.air_summary_final,
	PARALLEL = SAFE
);
