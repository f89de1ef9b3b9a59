-- ecoinsp 1.1 → 1.2 upgrade script (src/sql/upgrade/ecoinsp--1.1--1.2.sql),
-- assembled by make upgrade-script from
-- src/sql/upgrade/1.1--1.2/*.sql (changes to objects that 1.1 created) and
-- the pieces of src/sql/ that are new in 1.2 (PIECES_NEW_IN_1_2), merged in
-- the order of their file names.  The same security rules as the install
-- script hold: @extschema@ and pg_catalog qualify every reference.

\echo Use "ALTER EXTENSION ecoinsp UPDATE TO '1.2'" to load this file. \quit
-- exact_state: the one state type of the aggregates that sum measurements
-- (leq_mean, length_weighted_mean, sum(rate), rate_agg(numerator,
-- denominator), and the per-item means of section_class, exceeding_items,
-- drinking_water_* and groundwater_*).  A real type, not internal, with
-- exact text and binary forms and combine functions, so that a distributed
-- engine (Citus) runs these aggregates as worker partials and combines
-- their states on the coordinator (docs/distributed.md).  The text form is
-- the kind, a colon and the stored form in hexadecimal
-- (docs/exact-sums.md); input validates every byte.

CREATE TYPE @extschema@.exact_state;
CREATE FUNCTION @extschema@.exact_state_in(cstring) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'exact_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exact_state_out(@extschema@.exact_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'exact_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exact_state_recv(internal) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'exact_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exact_state_send(@extschema@.exact_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'exact_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.exact_state (
	INPUT = @extschema@.exact_state_in,
	OUTPUT = @extschema@.exact_state_out,
	RECEIVE = @extschema@.exact_state_recv,
	SEND = @extschema@.exact_state_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = extended
);

COMMENT ON TYPE @extschema@.exact_state IS
	'the transition state of the aggregates that sum measurements: counts and exact sums (docs/exact-sums.md), text kind:hex of a versioned stored form';
-- sum(rate) and rate_agg(numerator, denominator):
-- the state becomes exact_state (190_exact_state.sql) instead of internal.  An aggregate's state type cannot be ALTERed and DROP AGGREGATE
-- fails while a user's view uses it, but CREATE OR REPLACE AGGREGATE keeps
-- the aggregate (its oid, the views on it, its comment) and replaces its
-- state type and support functions; the internal support functions of 1.1
-- are dropped after.

CREATE FUNCTION @extschema@.rate_sum_transfn(@extschema@.exact_state, @extschema@.rate) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'rate_sum_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_sum_invfn(@extschema@.exact_state, @extschema@.rate) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'rate_sum_invfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_agg_parts_exact_transfn(@extschema@.exact_state, double precision, double precision)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'rate_agg_parts_exact_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_agg_parts_invfn(@extschema@.exact_state, double precision, double precision)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'rate_agg_parts_invfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_sum_combine(@extschema@.exact_state, @extschema@.exact_state) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'rate_sum_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_sum_final(@extschema@.exact_state) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rate_sum_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE AGGREGATE @extschema@.sum(@extschema@.rate) (
	SFUNC = @extschema@.rate_sum_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 160,
	FINALFUNC = @extschema@.rate_sum_final,
	COMBINEFUNC = @extschema@.rate_sum_combine,
	MSFUNC = @extschema@.rate_sum_transfn,
	MINVFUNC = @extschema@.rate_sum_invfn,
	MSTYPE = @extschema@.exact_state,
	MSSPACE = 160,
	MFINALFUNC = @extschema@.rate_sum_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.rate_agg(numerator double precision, denominator double precision) (
	SFUNC = @extschema@.rate_agg_parts_exact_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 160,
	FINALFUNC = @extschema@.rate_sum_final,
	COMBINEFUNC = @extschema@.rate_sum_combine,
	MSFUNC = @extschema@.rate_agg_parts_exact_transfn,
	MINVFUNC = @extschema@.rate_agg_parts_invfn,
	MSTYPE = @extschema@.exact_state,
	MSSPACE = 160,
	MFINALFUNC = @extschema@.rate_sum_final,
	PARALLEL = SAFE
);

DROP FUNCTION @extschema@.rate_sum_transfn(internal, @extschema@.rate);
DROP FUNCTION @extschema@.rate_sum_invfn(internal, @extschema@.rate);
DROP FUNCTION @extschema@.rate_agg_parts_exact_transfn(internal, double precision, double precision);
DROP FUNCTION @extschema@.rate_agg_parts_invfn(internal, double precision, double precision);
DROP FUNCTION @extschema@.rate_sum_combine(internal, internal);
DROP FUNCTION @extschema@.rate_sum_serialize(internal);
DROP FUNCTION @extschema@.rate_sum_deserialize(bytea, internal);
DROP FUNCTION @extschema@.rate_sum_final(internal);
-- leq_mean and length_weighted_mean:
-- the state becomes exact_state (190_exact_state.sql) instead of internal.  An aggregate's state type cannot be ALTERed and DROP AGGREGATE
-- fails while a user's view uses it, but CREATE OR REPLACE AGGREGATE keeps
-- the aggregate (its oid, the views on it, its comment) and replaces its
-- state type and support functions; the internal support functions of 1.1
-- are dropped after.

CREATE FUNCTION @extschema@.leq_mean_exact_transfn(@extschema@.exact_state, double precision) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'leq_mean_exact_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_invfn(@extschema@.exact_state, double precision) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'leq_mean_exact_invfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_combine(@extschema@.exact_state, @extschema@.exact_state) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'leq_mean_exact_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_final(@extschema@.exact_state) RETURNS double precision
	AS 'MODULE_PATHNAME', 'leq_mean_exact_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_exact_transfn(@extschema@.exact_state, double precision, double precision)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_exact_invfn(@extschema@.exact_state, double precision, double precision)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_invfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_exact_combine(@extschema@.exact_state, @extschema@.exact_state) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_exact_final(@extschema@.exact_state) RETURNS double precision
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE AGGREGATE @extschema@.leq_mean(level_db double precision) (
	SFUNC = @extschema@.leq_mean_exact_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 128,
	FINALFUNC = @extschema@.leq_mean_exact_final,
	COMBINEFUNC = @extschema@.leq_mean_exact_combine,
	MSFUNC = @extschema@.leq_mean_exact_transfn,
	MINVFUNC = @extschema@.leq_mean_exact_invfn,
	MSTYPE = @extschema@.exact_state,
	MSSPACE = 128,
	MFINALFUNC = @extschema@.leq_mean_exact_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.length_weighted_mean(level_db double precision, road_length double precision) (
	SFUNC = @extschema@.length_weighted_mean_exact_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 200,
	FINALFUNC = @extschema@.length_weighted_mean_exact_final,
	COMBINEFUNC = @extschema@.length_weighted_mean_exact_combine,
	MSFUNC = @extschema@.length_weighted_mean_exact_transfn,
	MINVFUNC = @extschema@.length_weighted_mean_exact_invfn,
	MSTYPE = @extschema@.exact_state,
	MSSPACE = 200,
	MFINALFUNC = @extschema@.length_weighted_mean_exact_final,
	PARALLEL = SAFE
);

DROP FUNCTION @extschema@.leq_mean_exact_transfn(internal, double precision);
DROP FUNCTION @extschema@.leq_mean_exact_invfn(internal, double precision);
DROP FUNCTION @extschema@.leq_mean_exact_combine(internal, internal);
DROP FUNCTION @extschema@.leq_mean_exact_serialize(internal);
DROP FUNCTION @extschema@.leq_mean_exact_deserialize(bytea, internal);
DROP FUNCTION @extschema@.leq_mean_exact_final(internal);
DROP FUNCTION @extschema@.length_weighted_mean_exact_transfn(internal, double precision, double precision);
DROP FUNCTION @extschema@.length_weighted_mean_exact_invfn(internal, double precision, double precision);
DROP FUNCTION @extschema@.length_weighted_mean_exact_combine(internal, internal);
DROP FUNCTION @extschema@.length_weighted_mean_exact_serialize(internal);
DROP FUNCTION @extschema@.length_weighted_mean_exact_deserialize(bytea, internal);
DROP FUNCTION @extschema@.length_weighted_mean_exact_final(internal);
-- section_class and exceeding_items:
-- the state becomes exact_state (190_exact_state.sql) instead of internal.  An aggregate's state type cannot be ALTERed and DROP AGGREGATE
-- fails while a user's view uses it, but CREATE OR REPLACE AGGREGATE keeps
-- the aggregate (its oid, the views on it, its comment) and replaces its
-- state type and support functions; the internal support functions of 1.1
-- are dropped after.

CREATE FUNCTION @extschema@.water_section_transfn(@extschema@.exact_state, text, double precision)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'water_section_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_section_transfn(@extschema@.exact_state, text, double precision, text)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'water_section_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_section_combine(@extschema@.exact_state, @extschema@.exact_state) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'water_section_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_section_class_final(@extschema@.exact_state) RETURNS @extschema@.water_class
	AS 'MODULE_PATHNAME', 'water_section_class_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_exceeding_items_final(@extschema@.exact_state) RETURNS text
	AS 'MODULE_PATHNAME', 'water_exceeding_items_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE AGGREGATE @extschema@.section_class(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_section_class_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.section_class(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_section_class_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.exceeding_items(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_exceeding_items_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.exceeding_items(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_exceeding_items_final,
	PARALLEL = SAFE
);

DROP FUNCTION @extschema@.water_section_transfn(internal, text, double precision);
DROP FUNCTION @extschema@.water_section_transfn(internal, text, double precision, text);
DROP FUNCTION @extschema@.water_section_combine(internal, internal);
DROP FUNCTION @extschema@.water_section_serialize(internal);
DROP FUNCTION @extschema@.water_section_deserialize(bytea, internal);
DROP FUNCTION @extschema@.water_section_class_final(internal);
DROP FUNCTION @extschema@.water_exceeding_items_final(internal);
-- groundwater_sample_class and groundwater_worst_items:
-- the state becomes exact_state (190_exact_state.sql) instead of internal.  An aggregate's state type cannot be ALTERed and DROP AGGREGATE
-- fails while a user's view uses it, but CREATE OR REPLACE AGGREGATE keeps
-- the aggregate (its oid, the views on it, its comment) and replaces its
-- state type and support functions; the internal support functions of 1.1
-- are dropped after.

CREATE FUNCTION @extschema@.groundwater_sample_transfn(@extschema@.exact_state, text, double precision)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'groundwater_sample_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_sample_transfn(@extschema@.exact_state, text, double precision, boolean)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'groundwater_sample_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_sample_combine(@extschema@.exact_state, @extschema@.exact_state) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'groundwater_sample_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_sample_class_final(@extschema@.exact_state) RETURNS @extschema@.groundwater_class
	AS 'MODULE_PATHNAME', 'groundwater_sample_class_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_worst_items_final(@extschema@.exact_state) RETURNS text[]
	AS 'MODULE_PATHNAME', 'groundwater_worst_items_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE AGGREGATE @extschema@.groundwater_sample_class(item text, value double precision) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_sample_class_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.groundwater_sample_class(item text, value double precision, detected boolean) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_sample_class_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.groundwater_worst_items(item text, value double precision) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_worst_items_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.groundwater_worst_items(item text, value double precision, detected boolean) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_worst_items_final,
	PARALLEL = SAFE
);

DROP FUNCTION @extschema@.groundwater_sample_transfn(internal, text, double precision);
DROP FUNCTION @extschema@.groundwater_sample_transfn(internal, text, double precision, boolean);
DROP FUNCTION @extschema@.groundwater_sample_combine(internal, internal);
DROP FUNCTION @extschema@.groundwater_sample_serialize(internal);
DROP FUNCTION @extschema@.groundwater_sample_deserialize(bytea, internal);
DROP FUNCTION @extschema@.groundwater_sample_class_final(internal);
DROP FUNCTION @extschema@.groundwater_worst_items_final(internal);

COMMENT ON FUNCTION @extschema@.groundwater_sample_transfn(@extschema@.exact_state, text, double precision) IS
	'GB/T 14848-2017 §6.3 sample aggregates: transition, the worst class of each item';
COMMENT ON FUNCTION @extschema@.groundwater_sample_transfn(@extschema@.exact_state, text, double precision, boolean) IS
	'GB/T 14848-2017 §6.3 sample aggregates: transition with a non-detect flag';
COMMENT ON FUNCTION @extschema@.groundwater_sample_combine(@extschema@.exact_state, @extschema@.exact_state) IS
	'GB/T 14848-2017 §6.3 sample aggregates: combines two partial states (the worse class per item)';
COMMENT ON FUNCTION @extschema@.groundwater_sample_class_final(@extschema@.exact_state) IS
	'GB/T 14848-2017 §6.3: the worst item class of the state';
COMMENT ON FUNCTION @extschema@.groundwater_worst_items_final(@extschema@.exact_state) IS
	'GB/T 14848-2017 §6.3: the items at the worst class of the state';
-- drinking_water_compliant and drinking_water_failures:
-- the state becomes exact_state (190_exact_state.sql) instead of internal.  An aggregate's state type cannot be ALTERed and DROP AGGREGATE
-- fails while a user's view uses it, but CREATE OR REPLACE AGGREGATE keeps
-- the aggregate (its oid, the views on it, its comment) and replaces its
-- state type and support functions; the internal support functions of 1.1
-- are dropped after.

CREATE FUNCTION @extschema@.drinking_water_transfn(@extschema@.exact_state, text, double precision)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'drinking_water_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.drinking_water_transfn(@extschema@.exact_state, text, double precision, text)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'drinking_water_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.drinking_water_combine(@extschema@.exact_state, @extschema@.exact_state) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'drinking_water_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.drinking_water_compliant_final(@extschema@.exact_state) RETURNS boolean
	AS 'MODULE_PATHNAME', 'drinking_water_compliant_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.drinking_water_failures_final(@extschema@.exact_state) RETURNS text[]
	AS 'MODULE_PATHNAME', 'drinking_water_failures_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE AGGREGATE @extschema@.drinking_water_compliant(item text, value double precision) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 5376,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	FINALFUNC = @extschema@.drinking_water_compliant_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.drinking_water_compliant(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 5376,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	FINALFUNC = @extschema@.drinking_water_compliant_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.drinking_water_failures(item text, value double precision) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 5376,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	FINALFUNC = @extschema@.drinking_water_failures_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.drinking_water_failures(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 5376,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	FINALFUNC = @extschema@.drinking_water_failures_final,
	PARALLEL = SAFE
);

DROP FUNCTION @extschema@.drinking_water_transfn(internal, text, double precision);
DROP FUNCTION @extschema@.drinking_water_transfn(internal, text, double precision, text);
DROP FUNCTION @extschema@.drinking_water_combine(internal, internal);
DROP FUNCTION @extschema@.drinking_water_serialize(internal);
DROP FUNCTION @extschema@.drinking_water_deserialize(bytea, internal);
DROP FUNCTION @extschema@.drinking_water_compliant_final(internal);
DROP FUNCTION @extschema@.drinking_water_failures_final(internal);

COMMENT ON FUNCTION @extschema@.drinking_water_transfn(@extschema@.exact_state, text, double precision) IS
	'GB 3838-2002 drinking-water source aggregates: transition, the count and sum of each item of Tables 1-3 (river)';
COMMENT ON FUNCTION @extschema@.drinking_water_transfn(@extschema@.exact_state, text, double precision, text) IS
	'GB 3838-2002 drinking-water source aggregates: transition for a river, lake or reservoir';
COMMENT ON FUNCTION @extschema@.drinking_water_combine(@extschema@.exact_state, @extschema@.exact_state) IS
	'GB 3838-2002 drinking-water source aggregates: combines two partial states';
COMMENT ON FUNCTION @extschema@.drinking_water_compliant_final(@extschema@.exact_state) IS
	'GB 3838-2002 §5.1: whether every judged item mean of the state is within its limit';
COMMENT ON FUNCTION @extschema@.drinking_water_failures_final(@extschema@.exact_state) IS
	'GB 3838-2002 §5.1: the failing items of the state with their exceedance multiples';
