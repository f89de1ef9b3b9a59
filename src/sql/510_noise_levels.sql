-- HJ 640-2012 grades of mean levels, GB 3096-2008 zone limits, day and night,
-- and the two means the grades are applied to.

-- The HJ 640-2012 grade of a mean level: kind 'regional' (区域, the
-- arithmetic mean of grid points) or 'road_traffic' (traffic, 道路交通, the
-- length-weighted mean of segments); period 'day' (昼间) or 'night' (夜间).
-- The level is rounded to 0.1 dB (GB/T 8170) before the comparison.
CREATE FUNCTION @extschema@.noise_grade(level_db double precision, kind text DEFAULT 'regional',
										period text DEFAULT 'day')
	RETURNS @extschema@.noise_grade
	AS 'MODULE_PATHNAME', 'noise_grade_of_level' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- GB 3096-2008 Table 1: the limit L_Aeq in dB(A) of a functional zone class
-- (0, 1, 2, 3, 4a, 4b) by day or by night.
CREATE FUNCTION @extschema@.noise_limit(zone text, period text) RETURNS double precision
	AS 'MODULE_PATHNAME', 'noise_zone_limit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Whether a level (rounded to 0.1 dB) meets its zone's GB 3096-2008 limit.
CREATE FUNCTION @extschema@.noise_compliant(level_db double precision, zone text, period text)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'noise_zone_compliant' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- GB 3096-2008 §3: 'day' from 06:00 to 22:00, else 'night', by the clock of
-- a local timestamp (no timestamptz version: the answer would depend on
-- the TimeZone setting; convert with AT TIME ZONE first).
CREATE FUNCTION @extschema@.noise_period(ts timestamp) RETURNS text
	AS 'MODULE_PATHNAME', 'noise_period_of_timestamp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Energy mean 10·lg((1/n)·Σ 10^(0.1·L_i)) of equivalent levels, and the HJ
-- 640-2012 road traffic mean Σ(l_i·L_i) / Σ l_i over monitored segments.
-- Both sums are exact (docs/exact-sums.md), so every plan (serial,
-- parallel, hashed, sorted, a moving window) gives the same bits.
CREATE FUNCTION @extschema@.leq_mean_exact_transfn(@extschema@.exact_state, double precision) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'leq_mean_exact_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_invfn(@extschema@.exact_state, double precision) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'leq_mean_exact_invfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_combine(@extschema@.exact_state, @extschema@.exact_state) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'leq_mean_exact_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_final(@extschema@.exact_state) RETURNS double precision
	AS 'MODULE_PATHNAME', 'leq_mean_exact_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.leq_mean(level_db double precision) (
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

CREATE AGGREGATE @extschema@.length_weighted_mean(level_db double precision, road_length double precision) (
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
