
-- ---------------------------------------------------------------------------
-- rate: a numerator over a denominator (good days of valid days, sections in
-- class I-III of all sections, rectified of due issues), merged exactly by
-- adding both parts.  Ordered and compared by value (1/2 = 2/4); a rate with
-- denominator 0 has no value, sorts last and equals every other such rate.
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.rate;

CREATE FUNCTION @extschema@.rate_in(cstring) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rate_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_out(@extschema@.rate) RETURNS cstring
	AS 'MODULE_PATHNAME', 'rate_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_recv(internal) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rate_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_send(@extschema@.rate) RETURNS bytea
	AS 'MODULE_PATHNAME', 'rate_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.rate (
	INPUT = @extschema@.rate_in,
	OUTPUT = @extschema@.rate_out,
	RECEIVE = @extschema@.rate_recv,
	SEND = @extschema@.rate_send,
	INTERNALLENGTH = 16,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.rate IS
	'numerator/denominator (non-negative, finite), merged by adding both parts; ordered by value, denominator 0 last';

-- constructor and accessors

CREATE FUNCTION @extschema@.rate(numerator double precision, denominator double precision)
	RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rate_make' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.numerator(@extschema@.rate) RETURNS double precision
	AS 'MODULE_PATHNAME', 'rate_numerator' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.denominator(@extschema@.rate) RETURNS double precision
	AS 'MODULE_PATHNAME', 'rate_denominator' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fraction(@extschema@.rate) RETURNS double precision
	AS 'MODULE_PATHNAME', 'rate_fraction' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fraction(@extschema@.rate) IS
	'numerator / denominator; NULL when the denominator is 0';
CREATE FUNCTION @extschema@.pct(@extschema@.rate, digits integer DEFAULT 1) RETURNS numeric
	AS 'MODULE_PATHNAME', 'rate_pct' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pct(@extschema@.rate, integer) IS
	'100 * numerator / denominator rounded per GB/T 8170 (half to even, exact); NULL when the denominator is 0';

-- casts (explicit): a rate without a value is an error, fraction() gives NULL

CREATE FUNCTION @extschema@.float8(@extschema@.rate) RETURNS double precision
	AS 'MODULE_PATHNAME', 'rate_to_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.numeric(@extschema@.rate) RETURNS numeric
	AS 'MODULE_PATHNAME', 'rate_to_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.rate AS double precision)
	WITH FUNCTION @extschema@.float8(@extschema@.rate);
CREATE CAST (@extschema@.rate AS numeric)
	WITH FUNCTION @extschema@.numeric(@extschema@.rate);

-- comparison by value

CREATE FUNCTION @extschema@.rate_cmp(@extschema@.rate, @extschema@.rate) RETURNS integer
	AS 'MODULE_PATHNAME', 'rate_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_lt(@extschema@.rate, @extschema@.rate) RETURNS boolean
	AS 'MODULE_PATHNAME', 'rate_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_le(@extschema@.rate, @extschema@.rate) RETURNS boolean
	AS 'MODULE_PATHNAME', 'rate_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_eq(@extschema@.rate, @extschema@.rate) RETURNS boolean
	AS 'MODULE_PATHNAME', 'rate_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_ne(@extschema@.rate, @extschema@.rate) RETURNS boolean
	AS 'MODULE_PATHNAME', 'rate_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_ge(@extschema@.rate, @extschema@.rate) RETURNS boolean
	AS 'MODULE_PATHNAME', 'rate_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_gt(@extschema@.rate, @extschema@.rate) RETURNS boolean
	AS 'MODULE_PATHNAME', 'rate_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_hash(@extschema@.rate) RETURNS integer
	AS 'MODULE_PATHNAME', 'rate_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_hash_extended(@extschema@.rate, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rate_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.rate, RIGHTARG = @extschema@.rate, FUNCTION = @extschema@.rate_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.rate, RIGHTARG = @extschema@.rate, FUNCTION = @extschema@.rate_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.rate, RIGHTARG = @extschema@.rate, FUNCTION = @extschema@.rate_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.rate, RIGHTARG = @extschema@.rate, FUNCTION = @extschema@.rate_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.rate, RIGHTARG = @extschema@.rate, FUNCTION = @extschema@.rate_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.rate, RIGHTARG = @extschema@.rate, FUNCTION = @extschema@.rate_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);

CREATE OPERATOR CLASS @extschema@.rate_ops
	DEFAULT FOR TYPE @extschema@.rate USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.rate_cmp(@extschema@.rate, @extschema@.rate);

CREATE OPERATOR CLASS @extschema@.rate_hash_ops
	DEFAULT FOR TYPE @extschema@.rate USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.rate_hash(@extschema@.rate),
	FUNCTION 2 @extschema@.rate_hash_extended(@extschema@.rate, bigint);

CREATE FUNCTION @extschema@.rate_smaller(@extschema@.rate, @extschema@.rate) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rate_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_larger(@extschema@.rate, @extschema@.rate) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rate_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.min(@extschema@.rate) (
	SFUNC = @extschema@.rate_smaller, STYPE = @extschema@.rate,
	COMBINEFUNC = @extschema@.rate_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.max(@extschema@.rate) (
	SFUNC = @extschema@.rate_larger, STYPE = @extschema@.rate,
	COMBINEFUNC = @extschema@.rate_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE);

-- merging: a + b adds numerators and denominators

CREATE FUNCTION @extschema@.rate_merge(@extschema@.rate, @extschema@.rate) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rate_merge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR @extschema@.+ (
	LEFTARG = @extschema@.rate, RIGHTARG = @extschema@.rate, FUNCTION = @extschema@.rate_merge,
	COMMUTATOR = OPERATOR(@extschema@.+));

-- Aggregates.  rate_agg(hit) counts whole rows: its parts are integers,
-- exact in doubles, so its state is the rate itself.  sum(rate) and
-- rate_agg(numerator, denominator) add fractional parts: their state sums
-- both parts exactly (docs/exact-sums.md) and rounds them once at the end,
-- so that every plan (serial, parallel, hashed, sorted, a moving window)
-- gives the same bits.  Zero rows (or only NULLs) give 0/0, the rate of
-- nothing.

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

CREATE AGGREGATE @extschema@.sum(@extschema@.rate) (
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

CREATE FUNCTION @extschema@.rate_agg_hit_transfn(@extschema@.rate, boolean) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rate_agg_hit_transfn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.rate_agg(hit boolean) (
	SFUNC = @extschema@.rate_agg_hit_transfn,
	STYPE = @extschema@.rate,
	COMBINEFUNC = @extschema@.rate_merge,
	INITCOND = '0/0',
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.rate_agg(numerator double precision, denominator double precision) (
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

-- pp_change(current, previous): percentage points; NULL if either has no value

CREATE FUNCTION @extschema@.pp_change(current @extschema@.rate, previous @extschema@.rate)
	RETURNS double precision
	AS 'MODULE_PATHNAME', 'rate_pp_change' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- ---------------------------------------------------------------------------
-- round_gb8170: GB/T 8170-2008 §3.3 rounding (half to even) of the exact
-- decimal value.  pct() and the bulletin figures use it.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.round_gb8170(value numeric, digits integer DEFAULT 0) RETURNS numeric
	AS 'MODULE_PATHNAME', 'round_gb8170_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.round_gb8170(value double precision, digits integer DEFAULT 0) RETURNS numeric
	AS 'MODULE_PATHNAME', 'round_gb8170_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
