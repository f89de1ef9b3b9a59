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
