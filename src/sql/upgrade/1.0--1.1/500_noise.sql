-- leq_mean and length_weighted_mean accumulate exactly (issue 8 §3: the
-- same bits in every plan): internal states of exact sums with combine,
-- serial/deserial and moving-window functions replace the float8[] states.
-- CREATE OR REPLACE AGGREGATE keeps the aggregates' identity, so views using
-- them survive the update; the float8[] support functions go.

CREATE FUNCTION @extschema@.leq_mean_exact_transfn(internal, double precision) RETURNS internal
	AS 'MODULE_PATHNAME', 'leq_mean_exact_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_invfn(internal, double precision) RETURNS internal
	AS 'MODULE_PATHNAME', 'leq_mean_exact_invfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'leq_mean_exact_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_serialize(internal) RETURNS bytea
	AS 'MODULE_PATHNAME', 'leq_mean_exact_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_deserialize(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'leq_mean_exact_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_final(internal) RETURNS double precision
	AS 'MODULE_PATHNAME', 'leq_mean_exact_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE AGGREGATE @extschema@.leq_mean(level_db double precision) (
	SFUNC = @extschema@.leq_mean_exact_transfn,
	STYPE = internal,
	SSPACE = 40,
	FINALFUNC = @extschema@.leq_mean_exact_final,
	COMBINEFUNC = @extschema@.leq_mean_exact_combine,
	SERIALFUNC = @extschema@.leq_mean_exact_serialize,
	DESERIALFUNC = @extschema@.leq_mean_exact_deserialize,
	MSFUNC = @extschema@.leq_mean_exact_transfn,
	MINVFUNC = @extschema@.leq_mean_exact_invfn,
	MSTYPE = internal,
	MSSPACE = 40,
	MFINALFUNC = @extschema@.leq_mean_exact_final,
	PARALLEL = SAFE
);

CREATE FUNCTION @extschema@.length_weighted_mean_exact_transfn(internal, double precision, double precision)
	RETURNS internal
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_exact_invfn(internal, double precision, double precision)
	RETURNS internal
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_invfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_exact_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_exact_serialize(internal) RETURNS bytea
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_exact_deserialize(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_exact_final(internal) RETURNS double precision
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE AGGREGATE @extschema@.length_weighted_mean(level_db double precision, road_length double precision) (
	SFUNC = @extschema@.length_weighted_mean_exact_transfn,
	STYPE = internal,
	SSPACE = 64,
	FINALFUNC = @extschema@.length_weighted_mean_exact_final,
	COMBINEFUNC = @extschema@.length_weighted_mean_exact_combine,
	SERIALFUNC = @extschema@.length_weighted_mean_exact_serialize,
	DESERIALFUNC = @extschema@.length_weighted_mean_exact_deserialize,
	MSFUNC = @extschema@.length_weighted_mean_exact_transfn,
	MINVFUNC = @extschema@.length_weighted_mean_exact_invfn,
	MSTYPE = internal,
	MSSPACE = 64,
	MFINALFUNC = @extschema@.length_weighted_mean_exact_final,
	PARALLEL = SAFE
);

DROP FUNCTION @extschema@.leq_mean_transfn(double precision[], double precision);
DROP FUNCTION @extschema@.leq_mean_combine(double precision[], double precision[]);
DROP FUNCTION @extschema@.leq_mean_final(double precision[]);
DROP FUNCTION @extschema@.length_weighted_mean_transfn(double precision[], double precision, double precision);
DROP FUNCTION @extschema@.length_weighted_mean_combine(double precision[], double precision[]);
DROP FUNCTION @extschema@.length_weighted_mean_final(double precision[]);
