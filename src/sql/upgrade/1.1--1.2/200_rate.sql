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
