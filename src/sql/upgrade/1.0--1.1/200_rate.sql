-- sum(rate) and rate_agg(numerator, denominator) accumulate exactly (issue 8
-- §3: the same bits in every plan): an internal state of exact sums with
-- combine, serial/deserial and moving-window functions replaces the rate
-- state.  CREATE OR REPLACE AGGREGATE keeps the aggregates' identity, so
-- views using them survive the update.  Stored rates are unchanged.

CREATE FUNCTION @extschema@.rate_sum_transfn(internal, @extschema@.rate) RETURNS internal
	AS 'MODULE_PATHNAME', 'rate_sum_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_sum_invfn(internal, @extschema@.rate) RETURNS internal
	AS 'MODULE_PATHNAME', 'rate_sum_invfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_agg_parts_exact_transfn(internal, double precision, double precision)
	RETURNS internal
	AS 'MODULE_PATHNAME', 'rate_agg_parts_exact_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_agg_parts_invfn(internal, double precision, double precision)
	RETURNS internal
	AS 'MODULE_PATHNAME', 'rate_agg_parts_invfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_sum_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'rate_sum_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_sum_serialize(internal) RETURNS bytea
	AS 'MODULE_PATHNAME', 'rate_sum_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_sum_deserialize(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'rate_sum_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_sum_final(internal) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rate_sum_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE AGGREGATE @extschema@.sum(@extschema@.rate) (
	SFUNC = @extschema@.rate_sum_transfn,
	STYPE = internal,
	SSPACE = 64,
	FINALFUNC = @extschema@.rate_sum_final,
	COMBINEFUNC = @extschema@.rate_sum_combine,
	SERIALFUNC = @extschema@.rate_sum_serialize,
	DESERIALFUNC = @extschema@.rate_sum_deserialize,
	MSFUNC = @extschema@.rate_sum_transfn,
	MINVFUNC = @extschema@.rate_sum_invfn,
	MSTYPE = internal,
	MSSPACE = 64,
	MFINALFUNC = @extschema@.rate_sum_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.rate_agg(numerator double precision, denominator double precision) (
	SFUNC = @extschema@.rate_agg_parts_exact_transfn,
	STYPE = internal,
	SSPACE = 64,
	FINALFUNC = @extschema@.rate_sum_final,
	COMBINEFUNC = @extschema@.rate_sum_combine,
	SERIALFUNC = @extschema@.rate_sum_serialize,
	DESERIALFUNC = @extschema@.rate_sum_deserialize,
	MSFUNC = @extschema@.rate_agg_parts_exact_transfn,
	MINVFUNC = @extschema@.rate_agg_parts_invfn,
	MSTYPE = internal,
	MSSPACE = 64,
	MFINALFUNC = @extschema@.rate_sum_final,
	PARALLEL = SAFE
);

DROP FUNCTION @extschema@.rate_agg_parts_transfn(@extschema@.rate, double precision, double precision);
