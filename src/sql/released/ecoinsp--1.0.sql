-- ecoinsp extension script, assembled by the Makefile from src/sql/*.sql.
--
-- Security (PostgreSQL "Security Considerations for Extensions"): every
-- reference to an object of this extension is qualified with @extschema@,
-- every reference to a built-in one with pg_catalog, and SQL-language
-- functions fix their search_path, so that objects a user puts on the
-- search_path cannot change what these functions do.

\echo Use "CREATE EXTENSION ecoinsp" to load this file. \quit

-- ---------------------------------------------------------------------------
-- The air quality index: HJ 633-2012, HJ 633-2026 (the default, in force
-- since 2026-03-01) and the US EPA AQI (2024).  src/aqi.c, src/core/aqi*.c.
-- ---------------------------------------------------------------------------

-- The individual air quality index (IAQI) of one concentration.  period NULL:
-- the period in the pollutant's name ('o3_1h'), else the pollutant's
-- daily-report indicator (CN: 24h, O3 8h; US: PM 24h, O3 8h, CO 8h, SO2 and
-- NO2 1h).  Not STRICT: period NULL has that meaning; a NULL pollutant or
-- concentration gives NULL.
CREATE FUNCTION @extschema@.iaqi(pollutant text, concentration double precision,
		period text DEFAULT NULL, standard text DEFAULT 'hj633-2026')
RETURNS integer
AS 'MODULE_PATHNAME', 'aqi_iaqi'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- The aqi type: index value, standard, primary and exceeding pollutants and
-- the beyond-the-scale flag in 8 bytes, passed by value.
CREATE TYPE @extschema@.aqi;

CREATE FUNCTION @extschema@.aqi_in(cstring) RETURNS @extschema@.aqi
AS 'MODULE_PATHNAME', 'aqi_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aqi_out(@extschema@.aqi) RETURNS cstring
AS 'MODULE_PATHNAME', 'aqi_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aqi_recv(internal) RETURNS @extschema@.aqi
AS 'MODULE_PATHNAME', 'aqi_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aqi_send(@extschema@.aqi) RETURNS bytea
AS 'MODULE_PATHNAME', 'aqi_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.aqi (
	INPUT = @extschema@.aqi_in,
	OUTPUT = @extschema@.aqi_out,
	RECEIVE = @extschema@.aqi_recv,
	SEND = @extschema@.aqi_send,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,
	ALIGNMENT = double,
	STORAGE = plain
);

-- Daily report (日报).  NULL = not measured.  o3_1h: an indicator of HJ
-- 633-2012 (daily max 1-h), rejected by 2026, optional for the US.  so2_24h:
-- only the US substitute for 1-h SO2 above 304 ppb.
CREATE FUNCTION @extschema@.aqi_daily(so2 double precision, no2 double precision,
		pm10 double precision, co double precision, o3_8h double precision,
		pm25 double precision, o3_1h double precision DEFAULT NULL,
		standard text DEFAULT 'hj633-2026', so2_24h double precision DEFAULT NULL)
RETURNS @extschema@.aqi
AS 'MODULE_PATHNAME', 'aqi_daily'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- Real-time report (实时报): 1-h values; HJ 633-2012 adds the O3 8-h and
-- PM 24-h moving means, and so2_24h as the note-2 substitute.
CREATE FUNCTION @extschema@.aqi_hourly(so2 double precision, no2 double precision,
		pm10 double precision, co double precision, o3 double precision,
		pm25 double precision, o3_8h double precision DEFAULT NULL,
		pm10_24h double precision DEFAULT NULL, pm25_24h double precision DEFAULT NULL,
		so2_24h double precision DEFAULT NULL, standard text DEFAULT 'hj633-2026')
RETURNS @extschema@.aqi
AS 'MODULE_PATHNAME', 'aqi_hourly'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- Accessors
CREATE FUNCTION @extschema@.value(@extschema@.aqi) RETURNS integer
AS 'MODULE_PATHNAME', 'aqi_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.aqi AS integer)
	WITH FUNCTION @extschema@.value(@extschema@.aqi);
CREATE FUNCTION @extschema@.level(@extschema@.aqi) RETURNS integer
AS 'MODULE_PATHNAME', 'aqi_level' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.category(@extschema@.aqi, lang text DEFAULT 'zh') RETURNS text
AS 'MODULE_PATHNAME', 'aqi_category' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.color(@extschema@.aqi) RETURNS text
AS 'MODULE_PATHNAME', 'aqi_color' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.primary_pollutants(@extschema@.aqi) RETURNS text[]
AS 'MODULE_PATHNAME', 'aqi_primary_pollutants' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exceeding_pollutants(@extschema@.aqi) RETURNS text[]
AS 'MODULE_PATHNAME', 'aqi_exceeding_pollutants' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.standard(@extschema@.aqi) RETURNS text
AS 'MODULE_PATHNAME', 'aqi_standard' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.is_beyond_scale(@extschema@.aqi) RETURNS boolean
AS 'MODULE_PATHNAME', 'aqi_is_beyond_scale' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Ordering: by index value, ties broken by the other fields.
CREATE FUNCTION @extschema@.aqi_lt(@extschema@.aqi, @extschema@.aqi) RETURNS boolean
AS 'MODULE_PATHNAME', 'aqi_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_le(@extschema@.aqi, @extschema@.aqi) RETURNS boolean
AS 'MODULE_PATHNAME', 'aqi_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_eq(@extschema@.aqi, @extschema@.aqi) RETURNS boolean
AS 'MODULE_PATHNAME', 'aqi_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_ne(@extschema@.aqi, @extschema@.aqi) RETURNS boolean
AS 'MODULE_PATHNAME', 'aqi_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_ge(@extschema@.aqi, @extschema@.aqi) RETURNS boolean
AS 'MODULE_PATHNAME', 'aqi_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_gt(@extschema@.aqi, @extschema@.aqi) RETURNS boolean
AS 'MODULE_PATHNAME', 'aqi_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_cmp(@extschema@.aqi, @extschema@.aqi) RETURNS integer
AS 'MODULE_PATHNAME', 'aqi_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_hash(@extschema@.aqi) RETURNS integer
AS 'MODULE_PATHNAME', 'aqi_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_hash_extended(@extschema@.aqi, bigint) RETURNS bigint
AS 'MODULE_PATHNAME', 'aqi_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.aqi, RIGHTARG = @extschema@.aqi,
	FUNCTION = @extschema@.aqi_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.aqi, RIGHTARG = @extschema@.aqi,
	FUNCTION = @extschema@.aqi_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.aqi, RIGHTARG = @extschema@.aqi,
	FUNCTION = @extschema@.aqi_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.aqi, RIGHTARG = @extschema@.aqi,
	FUNCTION = @extschema@.aqi_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.aqi, RIGHTARG = @extschema@.aqi,
	FUNCTION = @extschema@.aqi_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.aqi, RIGHTARG = @extschema@.aqi,
	FUNCTION = @extschema@.aqi_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);

CREATE OPERATOR CLASS @extschema@.aqi_ops
DEFAULT FOR TYPE @extschema@.aqi USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.aqi_cmp(@extschema@.aqi, @extschema@.aqi);

CREATE OPERATOR CLASS @extschema@.aqi_hash_ops
DEFAULT FOR TYPE @extschema@.aqi USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.aqi_hash(@extschema@.aqi),
	FUNCTION 2 @extschema@.aqi_hash_extended(@extschema@.aqi, bigint);

-- max/min: the worst (best) value keeps its primary pollutants.
CREATE FUNCTION @extschema@.aqi_larger(@extschema@.aqi, @extschema@.aqi) RETURNS @extschema@.aqi
AS 'MODULE_PATHNAME', 'aqi_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aqi_smaller(@extschema@.aqi, @extschema@.aqi) RETURNS @extschema@.aqi
AS 'MODULE_PATHNAME', 'aqi_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.max(@extschema@.aqi) (
	SFUNC = @extschema@.aqi_larger,
	STYPE = @extschema@.aqi,
	COMBINEFUNC = @extschema@.aqi_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.aqi) (
	SFUNC = @extschema@.aqi_smaller,
	STYPE = @extschema@.aqi,
	COMBINEFUNC = @extschema@.aqi_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);

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

-- Aggregates: the state is the rate itself (not internal), so that Citus can
-- push them down; zero rows (or only NULLs) give 0/0, the rate of nothing.

CREATE AGGREGATE @extschema@.sum(@extschema@.rate) (
	SFUNC = @extschema@.rate_merge,
	STYPE = @extschema@.rate,
	COMBINEFUNC = @extschema@.rate_merge,
	INITCOND = '0/0',
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

CREATE FUNCTION @extschema@.rate_agg_parts_transfn(@extschema@.rate, double precision, double precision)
	RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rate_agg_parts_transfn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.rate_agg(numerator double precision, denominator double precision) (
	SFUNC = @extschema@.rate_agg_parts_transfn,
	STYPE = @extschema@.rate,
	COMBINEFUNC = @extschema@.rate_merge,
	INITCOND = '0/0',
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

-- ---------------------------------------------------------------------------
-- Change between periods, in percent: yoy_change = (current - previous) /
-- previous * 100; improvement = (previous - current) / previous * 100 (for
-- lower-is-better indicators).  NULL or zero previous gives NULL.
-- The window forms look for the row exactly one year earlier in the
-- partition (a missing year gives NULL); periods are integer years or dates.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.yoy_change(current double precision, previous double precision)
	RETURNS double precision
	AS 'MODULE_PATHNAME', 'yoy_change_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.yoy_change(current numeric, previous numeric) RETURNS numeric
	AS 'MODULE_PATHNAME', 'yoy_change_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(current double precision, previous double precision)
	RETURNS double precision
	AS 'MODULE_PATHNAME', 'improvement_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(current numeric, previous numeric) RETURNS numeric
	AS 'MODULE_PATHNAME', 'improvement_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- Integer literals (improvement(30, 31)) would otherwise resolve to the
-- window forms below, whose period argument is an integer.
CREATE FUNCTION @extschema@.yoy_change(current integer, previous integer) RETURNS double precision
	AS 'MODULE_PATHNAME', 'yoy_change_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(current integer, previous integer) RETURNS double precision
	AS 'MODULE_PATHNAME', 'improvement_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.yoy_change(value double precision, period integer) RETURNS double precision
	AS 'MODULE_PATHNAME', 'yoy_change_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.yoy_change(value double precision, period date) RETURNS double precision
	AS 'MODULE_PATHNAME', 'yoy_change_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.yoy_change(value numeric, period integer) RETURNS numeric
	AS 'MODULE_PATHNAME', 'yoy_change_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.yoy_change(value numeric, period date) RETURNS numeric
	AS 'MODULE_PATHNAME', 'yoy_change_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(value double precision, period integer) RETURNS double precision
	AS 'MODULE_PATHNAME', 'improvement_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(value double precision, period date) RETURNS double precision
	AS 'MODULE_PATHNAME', 'improvement_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(value numeric, period integer) RETURNS numeric
	AS 'MODULE_PATHNAME', 'improvement_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.improvement(value numeric, period date) RETURNS numeric
	AS 'MODULE_PATHNAME', 'improvement_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

-- ---------------------------------------------------------------------------
-- Rectification (整改) of inspection feedback issues, counted as of a date:
-- rectification(deadline, completed_on, as_of) -> rectification_summary;
-- rollup(rectification_summary) merges summaries taken as of the same date.
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.rectification_summary;

CREATE FUNCTION @extschema@.rectification_summary_in(cstring) RETURNS @extschema@.rectification_summary
	AS 'MODULE_PATHNAME', 'rectification_summary_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_out(@extschema@.rectification_summary) RETURNS cstring
	AS 'MODULE_PATHNAME', 'rectification_summary_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_recv(internal) RETURNS @extschema@.rectification_summary
	AS 'MODULE_PATHNAME', 'rectification_summary_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_send(@extschema@.rectification_summary) RETURNS bytea
	AS 'MODULE_PATHNAME', 'rectification_summary_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.rectification_summary (
	INPUT = @extschema@.rectification_summary_in,
	OUTPUT = @extschema@.rectification_summary_out,
	RECEIVE = @extschema@.rectification_summary_recv,
	SEND = @extschema@.rectification_summary_send,
	INTERNALLENGTH = 64,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.rectification_summary IS
	'counts of inspection feedback issues as of a date: total, with a deadline, due, completed, completed on time';

-- Equality of all fields, an order without meaning beyond that, and hashing:
-- DISTINCT, GROUP BY, UNION, sorting and joins on summaries.
CREATE FUNCTION @extschema@.rectification_summary_cmp(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS integer AS 'MODULE_PATHNAME', 'rectification_summary_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_lt(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS boolean AS 'MODULE_PATHNAME', 'rectification_summary_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_le(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS boolean AS 'MODULE_PATHNAME', 'rectification_summary_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_eq(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS boolean AS 'MODULE_PATHNAME', 'rectification_summary_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_ne(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS boolean AS 'MODULE_PATHNAME', 'rectification_summary_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_ge(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS boolean AS 'MODULE_PATHNAME', 'rectification_summary_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_gt(@extschema@.rectification_summary, @extschema@.rectification_summary)
	RETURNS boolean AS 'MODULE_PATHNAME', 'rectification_summary_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_hash(@extschema@.rectification_summary)
	RETURNS integer AS 'MODULE_PATHNAME', 'rectification_summary_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_hash_extended(@extschema@.rectification_summary, bigint)
	RETURNS bigint AS 'MODULE_PATHNAME', 'rectification_summary_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.rectification_summary, RIGHTARG = @extschema@.rectification_summary,
	FUNCTION = @extschema@.rectification_summary_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.rectification_summary, RIGHTARG = @extschema@.rectification_summary,
	FUNCTION = @extschema@.rectification_summary_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.rectification_summary, RIGHTARG = @extschema@.rectification_summary,
	FUNCTION = @extschema@.rectification_summary_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.rectification_summary, RIGHTARG = @extschema@.rectification_summary,
	FUNCTION = @extschema@.rectification_summary_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.rectification_summary, RIGHTARG = @extschema@.rectification_summary,
	FUNCTION = @extschema@.rectification_summary_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.rectification_summary, RIGHTARG = @extschema@.rectification_summary,
	FUNCTION = @extschema@.rectification_summary_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);

CREATE OPERATOR CLASS @extschema@.rectification_summary_ops
	DEFAULT FOR TYPE @extschema@.rectification_summary USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.rectification_summary_cmp(@extschema@.rectification_summary, @extschema@.rectification_summary);
CREATE OPERATOR CLASS @extschema@.rectification_summary_hash_ops
	DEFAULT FOR TYPE @extschema@.rectification_summary USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.rectification_summary_hash(@extschema@.rectification_summary),
	FUNCTION 2 @extschema@.rectification_summary_hash_extended(@extschema@.rectification_summary, bigint);

CREATE FUNCTION @extschema@.rectification_transfn(@extschema@.rectification_summary, date, date, date)
	RETURNS @extschema@.rectification_summary
	AS 'MODULE_PATHNAME', 'rectification_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rectification_summary_merge(@extschema@.rectification_summary,
														@extschema@.rectification_summary)
	RETURNS @extschema@.rectification_summary
	AS 'MODULE_PATHNAME', 'rectification_summary_merge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- zero rows give NULL: without a row there is no as_of to count as of
CREATE AGGREGATE @extschema@.rectification(deadline date, completed_on date, as_of date) (
	SFUNC = @extschema@.rectification_transfn,
	STYPE = @extschema@.rectification_summary,
	COMBINEFUNC = @extschema@.rectification_summary_merge,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.rollup(@extschema@.rectification_summary) (
	SFUNC = @extschema@.rectification_summary_merge,
	STYPE = @extschema@.rectification_summary,
	COMBINEFUNC = @extschema@.rectification_summary_merge,
	PARALLEL = SAFE
);

CREATE FUNCTION @extschema@.as_of(@extschema@.rectification_summary) RETURNS date
	AS 'MODULE_PATHNAME', 'rectification_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.total(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_total' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.with_deadline(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_with_deadline' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.due(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_due' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.completed(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_completed' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.completed_due(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_completed_due' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.overdue(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_overdue' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.completed_on_time(@extschema@.rectification_summary) RETURNS bigint
	AS 'MODULE_PATHNAME', 'rectification_completed_on_time' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.completion_rate(@extschema@.rectification_summary) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rectification_completion_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.completion_rate(@extschema@.rectification_summary) IS
	'due issues completed by as_of, of all due issues (deadline on or before as_of)';
CREATE FUNCTION @extschema@.on_time_rate(@extschema@.rectification_summary) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rectification_on_time_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.on_time_rate(@extschema@.rectification_summary) IS
	'due issues completed on or before their own deadline, of all due issues';
CREATE FUNCTION @extschema@.closure_rate(@extschema@.rectification_summary) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rectification_closure_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.closure_rate(@extschema@.rectification_summary) IS
	'issues completed by as_of, of all issues';
-- From hours to days: GB 3095-2012 / GB 3095-2026 Table 4 validity counts and
-- the HJ 663-2013 / HJ 663-2026 §6.1.2 O3 daily maximum 8-hour mean.

-- valid_avg(value, min_count): the mean of the non-NULL values when there
-- are at least min_count of them, else NULL.  Exact (fixed point, 10^-6
-- units, 128-bit sum), so its moving-window form removes values without drift.

CREATE FUNCTION @extschema@.valid_avg_transfn(internal, double precision, integer)
RETURNS internal
AS 'MODULE_PATHNAME', 'valid_avg_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_avg_moving_transfn(internal, double precision, integer)
RETURNS internal
AS 'MODULE_PATHNAME', 'valid_avg_moving_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_avg_invfn(internal, double precision, integer)
RETURNS internal
AS 'MODULE_PATHNAME', 'valid_avg_invfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_avg_final(internal)
RETURNS double precision
AS 'MODULE_PATHNAME', 'valid_avg_final'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_avg_combine(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'valid_avg_combine'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_avg_serialize(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'valid_avg_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_avg_deserialize(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'valid_avg_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.valid_avg(value double precision, min_count integer) (
	SFUNC = @extschema@.valid_avg_transfn,
	STYPE = internal,
	SSPACE = 40,
	FINALFUNC = @extschema@.valid_avg_final,
	COMBINEFUNC = @extschema@.valid_avg_combine,
	SERIALFUNC = @extschema@.valid_avg_serialize,
	DESERIALFUNC = @extschema@.valid_avg_deserialize,
	MSFUNC = @extschema@.valid_avg_moving_transfn,
	MINVFUNC = @extschema@.valid_avg_invfn,
	MSTYPE = internal,
	MSSPACE = 48,
	MFINALFUNC = @extschema@.valid_avg_final,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.valid_avg(double precision, integer) IS
'mean of the non-NULL values when at least min_count are given, else NULL (exact; moving-window capable)';

-- mean_24h(value): the daily (24-hour) mean, valid with at least 20 hourly
-- values (GB 3095-2012 Table 4, GB 3095-2026 Table 4).
-- mean_8h(value): the 8-hour mean, valid with at least 6 hourly values
-- (same tables); as a window over RANGE BETWEEN '7 hours' PRECEDING AND
-- CURRENT ROW it is the O3 8-hour moving mean.

CREATE FUNCTION @extschema@.mean_24h_transfn(internal, double precision)
RETURNS internal
AS 'MODULE_PATHNAME', 'mean_24h_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.mean_8h_transfn(internal, double precision)
RETURNS internal
AS 'MODULE_PATHNAME', 'mean_8h_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.fixed_count_mean_invfn(internal, double precision)
RETURNS internal
AS 'MODULE_PATHNAME', 'fixed_count_mean_invfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.mean_24h(value double precision) (
	SFUNC = @extschema@.mean_24h_transfn,
	STYPE = internal,
	SSPACE = 40,
	FINALFUNC = @extschema@.valid_avg_final,
	COMBINEFUNC = @extschema@.valid_avg_combine,
	SERIALFUNC = @extschema@.valid_avg_serialize,
	DESERIALFUNC = @extschema@.valid_avg_deserialize,
	MSFUNC = @extschema@.mean_24h_transfn,
	MINVFUNC = @extschema@.fixed_count_mean_invfn,
	MSTYPE = internal,
	MSSPACE = 40,
	MFINALFUNC = @extschema@.valid_avg_final,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.mean_24h(double precision) IS
'daily (24-hour) mean: NULL unless at least 20 hourly values (GB 3095 Table 4)';

CREATE AGGREGATE @extschema@.mean_8h(value double precision) (
	SFUNC = @extschema@.mean_8h_transfn,
	STYPE = internal,
	SSPACE = 40,
	FINALFUNC = @extschema@.valid_avg_final,
	COMBINEFUNC = @extschema@.valid_avg_combine,
	SERIALFUNC = @extschema@.valid_avg_serialize,
	DESERIALFUNC = @extschema@.valid_avg_deserialize,
	MSFUNC = @extschema@.mean_8h_transfn,
	MINVFUNC = @extschema@.fixed_count_mean_invfn,
	MSTYPE = internal,
	MSSPACE = 40,
	MFINALFUNC = @extschema@.valid_avg_final,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.mean_8h(double precision) IS
'8-hour mean: NULL unless at least 6 hourly values (GB 3095 Table 4); the O3 8-hour moving mean as a window over RANGE ''7 hours'' PRECEDING';

-- air_day(observed_at, hour_label): the day an hourly row belongs to.
-- 'start': observed_at opens the hour (00:00 is 00:00-01:00 of that day);
-- 'end': observed_at closes it (00:00 is the 24th hour of the day before).

CREATE FUNCTION @extschema@.air_day(observed_at timestamp, hour_label text DEFAULT 'start')
RETURNS date
AS 'MODULE_PATHNAME', 'air_day'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.air_day(timestamp, text) IS
'the day an hourly value belongs to; hour_label ''start'' (default) or ''end'' says which end of the hour observed_at stamps';

-- o3_max8h(observed_at, o3[, hour_label]): one day's O3 daily maximum 8-hour
-- mean (MDA8) of one station, HJ 663 §6.1.2: the 8-hour means ending 08:00 ..
-- 24:00 (each valid with >= 6 hours), valid with >= 14 of them or when their
-- maximum exceeds 160 µg/m³.  Aggregates take no DEFAULT arguments, so the
-- two-argument form is the 'start' label.

CREATE FUNCTION @extschema@.o3_max8h_transfn(internal, timestamp, double precision, text)
RETURNS internal
AS 'MODULE_PATHNAME', 'o3_max8h_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.o3_max8h_start_transfn(internal, timestamp, double precision)
RETURNS internal
AS 'MODULE_PATHNAME', 'o3_max8h_start_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.o3_max8h_final(internal)
RETURNS double precision
AS 'MODULE_PATHNAME', 'o3_max8h_final'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.o3_max8h_combine(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'o3_max8h_combine'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.o3_max8h_serialize(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'o3_max8h_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.o3_max8h_deserialize(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'o3_max8h_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.o3_max8h(observed_at timestamp, o3 double precision, hour_label text) (
	SFUNC = @extschema@.o3_max8h_transfn,
	STYPE = internal,
	SSPACE = 216,
	FINALFUNC = @extschema@.o3_max8h_final,
	COMBINEFUNC = @extschema@.o3_max8h_combine,
	SERIALFUNC = @extschema@.o3_max8h_serialize,
	DESERIALFUNC = @extschema@.o3_max8h_deserialize,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.o3_max8h(observed_at timestamp, o3 double precision) (
	SFUNC = @extschema@.o3_max8h_start_transfn,
	STYPE = internal,
	SSPACE = 216,
	FINALFUNC = @extschema@.o3_max8h_final,
	COMBINEFUNC = @extschema@.o3_max8h_combine,
	SERIALFUNC = @extschema@.o3_max8h_serialize,
	DESERIALFUNC = @extschema@.o3_max8h_deserialize,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.o3_max8h(timestamp, double precision, text) IS
'O3 daily maximum 8-hour mean of one station-day (HJ 663 §6.1.2); NULL when not valid; unrounded';
COMMENT ON AGGREGATE @extschema@.o3_max8h(timestamp, double precision) IS
'O3 daily maximum 8-hour mean of one station-day, hours stamped by their start (HJ 663 §6.1.2); NULL when not valid; unrounded';
-- air_summary: a stored, mergeable annual air-quality summary (HJ 663-2013
-- assessment of the six basic pollutants, GB 3095-2012/2026 limits, HJ 633
-- daily AQI).  See src/air_summary.c and src/core/air_summary.c.

CREATE TYPE @extschema@.air_summary;

CREATE FUNCTION @extschema@.air_summary_in(cstring) RETURNS @extschema@.air_summary
	AS 'MODULE_PATHNAME', 'air_summary_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_out(@extschema@.air_summary) RETURNS cstring
	AS 'MODULE_PATHNAME', 'air_summary_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_recv(internal) RETURNS @extschema@.air_summary
	AS 'MODULE_PATHNAME', 'air_summary_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_send(@extschema@.air_summary) RETURNS bytea
	AS 'MODULE_PATHNAME', 'air_summary_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.air_summary (
	INPUT = @extschema@.air_summary_in,
	OUTPUT = @extschema@.air_summary_out,
	RECEIVE = @extschema@.air_summary_recv,
	SEND = @extschema@.air_summary_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);

COMMENT ON TYPE @extschema@.air_summary IS
	'one calendar year of daily concentrations of SO2, NO2, PM10, CO, O3 (MDA8), PM2.5 (HJ 663-2013), mergeable';

-- The aggregates.  The state is the summary type itself (not internal), so
-- that a distributed engine can push partial aggregation down.

CREATE FUNCTION @extschema@.air_summary_trans(
	@extschema@.air_summary, date, double precision, double precision, double precision,
	double precision, double precision, double precision)
	RETURNS @extschema@.air_summary
	AS 'MODULE_PATHNAME', 'air_summary_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_trans(
	@extschema@.air_summary, date, double precision, double precision, double precision,
	double precision, double precision, double precision, text)
	RETURNS @extschema@.air_summary
	AS 'MODULE_PATHNAME', 'air_summary_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_combine(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS @extschema@.air_summary
	AS 'MODULE_PATHNAME', 'air_summary_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_final(@extschema@.air_summary)
	RETURNS @extschema@.air_summary
	AS 'MODULE_PATHNAME', 'air_summary_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- SSPACE: a station-year in day order takes about 4 kB (an appendable state);
-- rows out of order use a dense state of about 22 kB.
CREATE AGGREGATE @extschema@.air_summary(
	day date, so2 double precision, no2 double precision, pm10 double precision,
	co double precision, o3_8h double precision, pm25 double precision) (
	SFUNC = @extschema@.air_summary_trans,
	STYPE = @extschema@.air_summary,
	SSPACE = 8192,
	COMBINEFUNC = @extschema@.air_summary_combine,
	FINALFUNC = @extschema@.air_summary_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.air_summary(
	day date, so2 double precision, no2 double precision, pm10 double precision,
	co double precision, o3_8h double precision, pm25 double precision, standard text) (
	SFUNC = @extschema@.air_summary_trans,
	STYPE = @extschema@.air_summary,
	SSPACE = 8192,
	COMBINEFUNC = @extschema@.air_summary_combine,
	FINALFUNC = @extschema@.air_summary_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.rollup(@extschema@.air_summary) (
	SFUNC = @extschema@.air_summary_combine,
	STYPE = @extschema@.air_summary,
	SSPACE = 8192,
	COMBINEFUNC = @extschema@.air_summary_combine,
	FINALFUNC = @extschema@.air_summary_final,
	PARALLEL = SAFE
);

-- Accessors.

CREATE FUNCTION @extschema@.year(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aqi_standard(@extschema@.air_summary) RETURNS text
	AS 'MODULE_PATHNAME', 'air_summary_aqi_standard' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.valid_days(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_valid_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.valid_days(@extschema@.air_summary, pollutant text) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_valid_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.is_valid_year(@extschema@.air_summary) RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_is_valid_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.is_valid_year(@extschema@.air_summary, pollutant text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_is_valid_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.is_valid_month(@extschema@.air_summary, month integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_is_valid_month' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.is_valid_month(@extschema@.air_summary, month integer, pollutant text)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_is_valid_month' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.mean(@extschema@.air_summary, pollutant text) RETURNS double precision
	AS 'MODULE_PATHNAME', 'air_summary_mean' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.percentile(@extschema@.air_summary, pollutant text, p double precision)
	RETURNS numeric
	AS 'MODULE_PATHNAME', 'air_summary_percentile' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.evaluation_value(@extschema@.air_summary, pollutant text,
	statistic text DEFAULT 'annual') RETURNS numeric
	AS 'MODULE_PATHNAME', 'air_summary_evaluation_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Not STRICT: a NULL standard means the default edition for the summary's year.
CREATE FUNCTION @extschema@.compliant(@extschema@.air_summary, pollutant text,
	class integer DEFAULT 2, standard text DEFAULT NULL) RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_compliant' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.compliant(@extschema@.air_summary) RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_compliant_all' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.subindex(@extschema@.air_summary, pollutant text) RETURNS numeric
	AS 'MODULE_PATHNAME', 'air_summary_subindex' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.composite_index(@extschema@.air_summary) RETURNS numeric
	AS 'MODULE_PATHNAME', 'air_summary_composite_index' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.max_subindex_pollutant(@extschema@.air_summary) RETURNS text
	AS 'MODULE_PATHNAME', 'air_summary_max_subindex_pollutant' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.aqi_days(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_aqi_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.good_days(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_good_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.heavy_days(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_heavy_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.days_at_level(@extschema@.air_summary, level integer) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_days_at_level' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exceedance_days(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_exceedance_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exceedance_days(@extschema@.air_summary, pollutant text) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_exceedance_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.primary_pollutant_days(@extschema@.air_summary, pollutant text,
	basis text DEFAULT 'primary') RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_primary_pollutant_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.report_concentration(pollutant text, value double precision)
	RETURNS numeric
	AS 'MODULE_PATHNAME', 'report_concentration' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- air_summary accessors returning a rate (200_rate.sql): good-day ratio and
-- primary-pollutant shares (reference §2.5).

-- 优良天数比例: days with AQI <= 100 over the days with a daily AQI.
CREATE FUNCTION @extschema@.good_day_ratio(@extschema@.air_summary) RETURNS @extschema@.rate
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN @extschema@.rate(@extschema@.good_days($1)::double precision,
							@extschema@.aqi_days($1)::double precision);

-- The share of the days on which the pollutant was (one of) the primary
-- pollutant(s).  'exceedance' (national bulletins): over the days with AQI >
-- 100; 'primary': over every day with a primary pollutant (AQI > 50).  A
-- day with tied primary pollutants counts for each.
CREATE FUNCTION @extschema@.primary_pollutant_share(@extschema@.air_summary, pollutant text,
	basis text DEFAULT 'exceedance') RETURNS @extschema@.rate
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN @extschema@.rate(
		@extschema@.primary_pollutant_days($1, pollutant, basis)::double precision,
		(CASE WHEN pg_catalog.lower(basis) OPERATOR(pg_catalog.=) 'exceedance'
			  THEN @extschema@.exceedance_days($1)
			  ELSE @extschema@.aqi_days($1) OPERATOR(pg_catalog.-) @extschema@.days_at_level($1, 1)
		 END)::double precision);
-- Noise grades of HJ 640-2012 (城市声环境常规监测): the noise_grade type.

CREATE TYPE @extschema@.noise_grade;

CREATE FUNCTION @extschema@.noise_grade_in(cstring) RETURNS @extschema@.noise_grade
	AS 'MODULE_PATHNAME', 'noise_grade_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_out(@extschema@.noise_grade) RETURNS cstring
	AS 'MODULE_PATHNAME', 'noise_grade_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_recv(internal) RETURNS @extschema@.noise_grade
	AS 'MODULE_PATHNAME', 'noise_grade_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_send(@extschema@.noise_grade) RETURNS bytea
	AS 'MODULE_PATHNAME', 'noise_grade_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.noise_grade (
	INPUT = @extschema@.noise_grade_in,
	OUTPUT = @extschema@.noise_grade_out,
	RECEIVE = @extschema@.noise_grade_recv,
	SEND = @extschema@.noise_grade_send,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,
	ALIGNMENT = double
);
COMMENT ON TYPE @extschema@.noise_grade IS
	'HJ 640-2012 noise grade 一级 (好) .. 五级 (差), ordered best to worst';

CREATE FUNCTION @extschema@.noise_grade_cmp(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_eq(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_ne(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_lt(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_le(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_gt(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_ge(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_hash(@extschema@.noise_grade) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_hash_extended(@extschema@.noise_grade, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'eco_ordinal_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = @extschema@.noise_grade,
	FUNCTION = @extschema@.noise_grade_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = @extschema@.noise_grade,
	FUNCTION = @extschema@.noise_grade_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = @extschema@.noise_grade,
	FUNCTION = @extschema@.noise_grade_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = @extschema@.noise_grade,
	FUNCTION = @extschema@.noise_grade_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = @extschema@.noise_grade,
	FUNCTION = @extschema@.noise_grade_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = @extschema@.noise_grade,
	FUNCTION = @extschema@.noise_grade_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);

CREATE OPERATOR CLASS @extschema@.noise_grade_ops
	DEFAULT FOR TYPE @extschema@.noise_grade USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.noise_grade_cmp(@extschema@.noise_grade, @extschema@.noise_grade);

CREATE OPERATOR CLASS @extschema@.noise_grade_hash_ops
	DEFAULT FOR TYPE @extschema@.noise_grade USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.noise_grade_hash(@extschema@.noise_grade),
	FUNCTION 2 @extschema@.noise_grade_hash_extended(@extschema@.noise_grade, bigint);

-- min() is the best and max() the worst noise grade of a group
CREATE FUNCTION @extschema@.noise_grade_larger(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS @extschema@.noise_grade
	AS 'MODULE_PATHNAME', 'eco_ordinal_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_smaller(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS @extschema@.noise_grade
	AS 'MODULE_PATHNAME', 'eco_ordinal_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.max(@extschema@.noise_grade) (
	SFUNC = @extschema@.noise_grade_larger, STYPE = @extschema@.noise_grade,
	COMBINEFUNC = @extschema@.noise_grade_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.min(@extschema@.noise_grade) (
	SFUNC = @extschema@.noise_grade_smaller, STYPE = @extschema@.noise_grade,
	COMBINEFUNC = @extschema@.noise_grade_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE);

-- the grade number 1..5
CREATE FUNCTION @extschema@.noise_grade_to_integer(@extschema@.noise_grade) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.noise_grade AS integer)
	WITH FUNCTION @extschema@.noise_grade_to_integer(@extschema@.noise_grade);

-- HJ 640-2012 wording: 好, 较好, 一般, 较差, 差 (lang 'en': good .. poor)
CREATE FUNCTION @extschema@.label(grade @extschema@.noise_grade, lang text DEFAULT 'zh') RETURNS text
	AS 'MODULE_PATHNAME', 'noise_grade_label' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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

-- Energy mean 10·lg((1/n)·Σ 10^(0.1·L_i)) of equivalent levels.
CREATE FUNCTION @extschema@.leq_mean_transfn(double precision[], double precision)
	RETURNS double precision[]
	AS 'MODULE_PATHNAME', 'leq_mean_transfn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_combine(double precision[], double precision[])
	RETURNS double precision[]
	AS 'MODULE_PATHNAME', 'leq_mean_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_final(double precision[]) RETURNS double precision
	AS 'MODULE_PATHNAME', 'leq_mean_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.leq_mean(level_db double precision) (
	SFUNC = @extschema@.leq_mean_transfn,
	STYPE = double precision[],
	INITCOND = '{0,0,0}',
	COMBINEFUNC = @extschema@.leq_mean_combine,
	FINALFUNC = @extschema@.leq_mean_final,
	PARALLEL = SAFE
);

-- HJ 640-2012 road traffic noise: Σ(l_i·L_i) / Σ l_i over monitored segments.
CREATE FUNCTION @extschema@.length_weighted_mean_transfn(double precision[], double precision,
														 double precision)
	RETURNS double precision[]
	AS 'MODULE_PATHNAME', 'length_weighted_mean_transfn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_combine(double precision[], double precision[])
	RETURNS double precision[]
	AS 'MODULE_PATHNAME', 'length_weighted_mean_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_final(double precision[]) RETURNS double precision
	AS 'MODULE_PATHNAME', 'length_weighted_mean_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.length_weighted_mean(level_db double precision, road_length double precision) (
	SFUNC = @extschema@.length_weighted_mean_transfn,
	STYPE = double precision[],
	INITCOND = '{0,0,0}',
	COMBINEFUNC = @extschema@.length_weighted_mean_combine,
	FINALFUNC = @extschema@.length_weighted_mean_final,
	PARALLEL = SAFE
);
-- Surface-water classes of GB 3838-2002: the water_class type.

CREATE TYPE @extschema@.water_class;

CREATE FUNCTION @extschema@.water_class_in(cstring) RETURNS @extschema@.water_class
	AS 'MODULE_PATHNAME', 'water_class_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_out(@extschema@.water_class) RETURNS cstring
	AS 'MODULE_PATHNAME', 'water_class_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_recv(internal) RETURNS @extschema@.water_class
	AS 'MODULE_PATHNAME', 'water_class_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_send(@extschema@.water_class) RETURNS bytea
	AS 'MODULE_PATHNAME', 'water_class_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.water_class (
	INPUT = @extschema@.water_class_in,
	OUTPUT = @extschema@.water_class_out,
	RECEIVE = @extschema@.water_class_recv,
	SEND = @extschema@.water_class_send,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,
	ALIGNMENT = double
);
COMMENT ON TYPE @extschema@.water_class IS
	'GB 3838-2002 surface-water class I, II, III, IV, V, 劣V, ordered best to worst';

CREATE FUNCTION @extschema@.water_class_cmp(@extschema@.water_class, @extschema@.water_class) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_eq(@extschema@.water_class, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_ne(@extschema@.water_class, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_lt(@extschema@.water_class, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_le(@extschema@.water_class, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_gt(@extschema@.water_class, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_ge(@extschema@.water_class, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_hash(@extschema@.water_class) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_hash_extended(@extschema@.water_class, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'eco_ordinal_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.water_class, RIGHTARG = @extschema@.water_class,
	FUNCTION = @extschema@.water_class_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.water_class, RIGHTARG = @extschema@.water_class,
	FUNCTION = @extschema@.water_class_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.water_class, RIGHTARG = @extschema@.water_class,
	FUNCTION = @extschema@.water_class_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.water_class, RIGHTARG = @extschema@.water_class,
	FUNCTION = @extschema@.water_class_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.water_class, RIGHTARG = @extschema@.water_class,
	FUNCTION = @extschema@.water_class_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.water_class, RIGHTARG = @extschema@.water_class,
	FUNCTION = @extschema@.water_class_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);

CREATE OPERATOR CLASS @extschema@.water_class_ops
	DEFAULT FOR TYPE @extschema@.water_class USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.water_class_cmp(@extschema@.water_class, @extschema@.water_class);

CREATE OPERATOR CLASS @extschema@.water_class_hash_ops
	DEFAULT FOR TYPE @extschema@.water_class USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.water_class_hash(@extschema@.water_class),
	FUNCTION 2 @extschema@.water_class_hash_extended(@extschema@.water_class, bigint);

-- min() is the best and max() the worst water class of a group
CREATE FUNCTION @extschema@.water_class_larger(@extschema@.water_class, @extschema@.water_class) RETURNS @extschema@.water_class
	AS 'MODULE_PATHNAME', 'eco_ordinal_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_smaller(@extschema@.water_class, @extschema@.water_class) RETURNS @extschema@.water_class
	AS 'MODULE_PATHNAME', 'eco_ordinal_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.max(@extschema@.water_class) (
	SFUNC = @extschema@.water_class_larger, STYPE = @extschema@.water_class,
	COMBINEFUNC = @extschema@.water_class_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.min(@extschema@.water_class) (
	SFUNC = @extschema@.water_class_smaller, STYPE = @extschema@.water_class,
	COMBINEFUNC = @extschema@.water_class_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE);

-- the class number 1..6 (劣V is 6)
CREATE FUNCTION @extschema@.water_class_to_integer(@extschema@.water_class) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.water_class AS integer)
	WITH FUNCTION @extschema@.water_class_to_integer(@extschema@.water_class);

-- 《地表水环境质量评价办法（试行）》 断面水质定性评价: 优 (I, II), 良好 (III),
-- 轻度污染 (IV), 中度污染 (V), 重度污染 (劣V); lang 'en' for English.
CREATE FUNCTION @extschema@.status(water_class @extschema@.water_class, lang text DEFAULT 'zh') RETURNS text
	AS 'MODULE_PATHNAME', 'water_class_status' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- 水质优良: class I to III.
CREATE FUNCTION @extschema@.is_good(water_class @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'water_class_is_good' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- GB 3838-2002 single-item classes and the evaluation of
-- 《地表水环境质量评价办法（试行）》(环办〔2011〕22号).

-- The class of one measured value of a GB 3838-2002 Table 1 item (names in
-- Chinese, English or abbreviated) for a waterbody 'river' (河流), 'lake'
-- (湖泊) or 'reservoir' (水库).  NULL for 水温 and for 总氮 of a river, which
-- the standard does not class.
CREATE FUNCTION @extschema@.water_class(item text, value double precision, waterbody text DEFAULT 'river')
	RETURNS @extschema@.water_class
	AS 'MODULE_PATHNAME', 'water_class_of_item' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- 超标倍数 (value − Cs) / Cs against the class III limit Cs; NULL when the
-- value does not exceed class III or the item has no multiple (pH, DO, 水温).
CREATE FUNCTION @extschema@.exceedance(item text, value double precision, waterbody text DEFAULT 'river')
	RETURNS double precision
	AS 'MODULE_PATHNAME', 'water_exceedance' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- The section aggregates share one state: the count and sum of each item.
CREATE FUNCTION @extschema@.water_section_transfn(internal, text, double precision)
	RETURNS internal
	AS 'MODULE_PATHNAME', 'water_section_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_section_transfn(internal, text, double precision, text)
	RETURNS internal
	AS 'MODULE_PATHNAME', 'water_section_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_section_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'water_section_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_section_serialize(internal) RETURNS bytea
	AS 'MODULE_PATHNAME', 'water_section_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_section_deserialize(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'water_section_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_section_class_final(internal) RETURNS @extschema@.water_class
	AS 'MODULE_PATHNAME', 'water_section_class_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_exceeding_items_final(internal) RETURNS text
	AS 'MODULE_PATHNAME', 'water_exceeding_items_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- 单因子评价法: the class of a section over one row per measurement, the
-- worst class among the items' period means, leaving out 水温, 总氮 and
-- 粪大肠菌群.
CREATE AGGREGATE @extschema@.section_class(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = internal,
	SSPACE = 400,
	COMBINEFUNC = @extschema@.water_section_combine,
	SERIALFUNC = @extschema@.water_section_serialize,
	DESERIALFUNC = @extschema@.water_section_deserialize,
	FINALFUNC = @extschema@.water_section_class_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.section_class(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = internal,
	SSPACE = 400,
	COMBINEFUNC = @extschema@.water_section_combine,
	SERIALFUNC = @extschema@.water_section_serialize,
	DESERIALFUNC = @extschema@.water_section_deserialize,
	FINALFUNC = @extschema@.water_section_class_final,
	PARALLEL = SAFE
);

-- The evaluated items whose period mean is worse than class III, worst
-- first: '总磷(0.3)、氨氮(0.1)' with the 超标倍数 to one decimal; '' when none.
CREATE AGGREGATE @extschema@.exceeding_items(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = internal,
	SSPACE = 400,
	COMBINEFUNC = @extschema@.water_section_combine,
	SERIALFUNC = @extschema@.water_section_serialize,
	DESERIALFUNC = @extschema@.water_section_deserialize,
	FINALFUNC = @extschema@.water_exceeding_items_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.exceeding_items(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = internal,
	SSPACE = 400,
	COMBINEFUNC = @extschema@.water_section_combine,
	SERIALFUNC = @extschema@.water_section_serialize,
	DESERIALFUNC = @extschema@.water_section_deserialize,
	FINALFUNC = @extschema@.water_exceeding_items_final,
	PARALLEL = SAFE
);

-- 断面水质类别比例法: the status word of a river, basin or region from the
-- classes of its sections (5 or more; NULL with fewer).
CREATE FUNCTION @extschema@.water_status_transfn(bigint[], @extschema@.water_class) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'water_status_transfn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_status_combine(bigint[], bigint[]) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'water_status_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_status_final(bigint[]) RETURNS text
	AS 'MODULE_PATHNAME', 'water_status_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.water_status(water_class @extschema@.water_class) (
	SFUNC = @extschema@.water_status_transfn,
	STYPE = bigint[],
	INITCOND = '{0,0,0}',
	COMBINEFUNC = @extschema@.water_status_combine,
	FINALFUNC = @extschema@.water_status_final,
	PARALLEL = SAFE
);

-- 总站生字〔2001〕090号: the comprehensive trophic level index TLI(Σ) of a
-- lake from chlorophyll a (mg/m³), TP, TN (mg/L), transparency SD (m) and
-- CODMn (mg/L); NULL when any is missing.
CREATE FUNCTION @extschema@.tli(chla double precision, tp double precision, tn double precision,
								sd double precision, codmn double precision)
	RETURNS double precision
	AS 'MODULE_PATHNAME', 'water_tli' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- 贫营养, 中营养, 轻度富营养, 中度富营养, 重度富营养 of a TLI(Σ) rounded to 0.1.
CREATE FUNCTION @extschema@.trophic_state(tli double precision, lang text DEFAULT 'zh') RETURNS text
	AS 'MODULE_PATHNAME', 'water_trophic_state' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
