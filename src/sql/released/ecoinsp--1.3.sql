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
-- since 2026-03-01) and the US EPA AQI (2024); the European AQI (eea-2024,
-- eea-2021) and the UK DAQI (uk-daqi) as banded standards whose value is a
-- level.  src/aqi.c, src/core/aqi*.c.
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
-- The hash functions are not LEAKPROOF (from 1.2): they refuse a bare index
-- value ("200", src/aqi.c), which has no hash consistent with its equality.
CREATE FUNCTION @extschema@.aqi_hash(@extschema@.aqi) RETURNS integer
AS 'MODULE_PATHNAME', 'aqi_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aqi_hash_extended(@extschema@.aqi, bigint) RETURNS bigint
AS 'MODULE_PATHNAME', 'aqi_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

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
-- The US EPA NowCast (AirNow real-time reporting): PM2.5, PM10 and the
-- legacy 2016 ozone NowCast.  src/nowcast.c, src/core/nowcast.c.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.nowcast_transfn(internal, timestamp without time zone,
		double precision, text)
RETURNS internal
AS 'MODULE_PATHNAME', 'nowcast_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nowcast_final(internal)
RETURNS double precision
AS 'MODULE_PATHNAME', 'nowcast_final'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nowcast_combine(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'nowcast_combine'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nowcast_serialize(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'nowcast_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nowcast_deserialize(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'nowcast_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Rows are hours (observed_at on the hour, one row per hour, value NULL =
-- no valid value); the result is the NowCast at the latest hour among them.
-- Two rows for an hour of that window are an error (raised by the final
-- function, whatever the order of the rows); rows of older hours are ignored.
CREATE AGGREGATE @extschema@.nowcast(observed_at timestamp without time zone,
		value double precision, pollutant text) (
	SFUNC = @extschema@.nowcast_transfn,
	STYPE = internal,
	SSPACE = 128,
	FINALFUNC = @extschema@.nowcast_final,
	COMBINEFUNC = @extschema@.nowcast_combine,
	SERIALFUNC = @extschema@.nowcast_serialize,
	DESERIALFUNC = @extschema@.nowcast_deserialize,
	PARALLEL = SAFE
);

COMMENT ON FUNCTION @extschema@.nowcast_transfn(internal, timestamp without time zone, double precision, text) IS
'transition function of nowcast(): keeps the last 12 hours (8 for o3-2016) before the latest hour seen';
COMMENT ON FUNCTION @extschema@.nowcast_final(internal) IS
'final function of nowcast(): the NowCast at the latest hour, NULL unless 2 of its 3 most recent hours are valid';
COMMENT ON FUNCTION @extschema@.nowcast_combine(internal, internal) IS
'combine function of nowcast() (parallel aggregation): merges two windows of hours';
COMMENT ON FUNCTION @extschema@.nowcast_serialize(internal) IS
'serial function of nowcast(): the window of hours and its duplicate hours as 112 bytes';
COMMENT ON FUNCTION @extschema@.nowcast_deserialize(bytea, internal) IS
'deserial function of nowcast(): reads and checks every byte of a serialized window';
COMMENT ON AGGREGATE @extschema@.nowcast(timestamp without time zone, double precision, text) IS
'US EPA NowCast at the latest hour of the rows (AirNow): pm2.5 and pm10 over 12 hours, weight factor cmin/cmax at least 0.5, 2 of the last 3 hours valid, truncated to 0.1 and 1 ug/m3; o3-2016 is the legacy 2016-2019 ozone NowCast (8 hours, no minimum weight)';

-- ---------------------------------------------------------------------------
-- Plain values of the aqi type for BI tools and report views (new in 1.1):
-- comparisons with a plain number and the casts to json and jsonb.
-- value(aqi) and the cast to integer are in 100_aqi.sql.
-- ---------------------------------------------------------------------------

-- aqi OP integer and integer OP aqi compare the index value alone (an
-- integer, HJ 633-2012 §6.2, HJ 633-2026 §4.2.6): aqi > 200 is 重污染.
-- Support functions of the operators below (src/bi.c).
CREATE FUNCTION @extschema@.aqi_eq_int4(@extschema@.aqi, integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_eq_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_ne_int4(@extschema@.aqi, integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_ne_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_lt_int4(@extschema@.aqi, integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_lt_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_le_int4(@extschema@.aqi, integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_le_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_gt_int4(@extschema@.aqi, integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_gt_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_ge_int4(@extschema@.aqi, integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_ge_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int4_eq_aqi(integer, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int4_eq_aqi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int4_ne_aqi(integer, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int4_ne_aqi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int4_lt_aqi(integer, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int4_lt_aqi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int4_le_aqi(integer, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int4_le_aqi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int4_gt_aqi(integer, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int4_gt_aqi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int4_ge_aqi(integer, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int4_ge_aqi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.aqi, RIGHTARG = integer, FUNCTION = @extschema@.aqi_eq_int4,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.aqi, RIGHTARG = integer, FUNCTION = @extschema@.aqi_ne_int4,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.aqi, RIGHTARG = integer, FUNCTION = @extschema@.aqi_lt_int4,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.aqi, RIGHTARG = integer, FUNCTION = @extschema@.aqi_le_int4,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.aqi, RIGHTARG = integer, FUNCTION = @extschema@.aqi_gt_int4,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.aqi, RIGHTARG = integer, FUNCTION = @extschema@.aqi_ge_int4,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = integer, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int4_eq_aqi,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = integer, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int4_ne_aqi,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = integer, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int4_lt_aqi,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = integer, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int4_le_aqi,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = integer, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int4_gt_aqi,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = integer, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int4_ge_aqi,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);

COMMENT ON OPERATOR @extschema@.= (@extschema@.aqi, integer) IS
	'the AQI value (HJ 633-2012 §6.2, HJ 633-2026 §4.2.6: an integer) equals the number; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.aqi, integer) IS
	'the AQI value (HJ 633-2012 §6.2) differs from the number';
COMMENT ON OPERATOR @extschema@.< (@extschema@.aqi, integer) IS
	'the AQI value (HJ 633-2012 §6.2) is below the number';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.aqi, integer) IS
	'the AQI value (HJ 633-2012 §6.2) is at most the number (aqi <= 100: 优良, HJ 633 Table 2 levels I-II)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.aqi, integer) IS
	'the AQI value (HJ 633-2012 §6.2) is above the number (aqi > 200: 重度及以上污染, HJ 633 Table 2 levels V-VI)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.aqi, integer) IS
	'the AQI value (HJ 633-2012 §6.2) is at least the number';
COMMENT ON OPERATOR @extschema@.= (integer, @extschema@.aqi) IS
	'the number equals the AQI value (HJ 633-2012 §6.2); the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<> (integer, @extschema@.aqi) IS
	'the number differs from the AQI value (HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.< (integer, @extschema@.aqi) IS
	'the number is below the AQI value (HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.<= (integer, @extschema@.aqi) IS
	'the number is at most the AQI value (HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.> (integer, @extschema@.aqi) IS
	'the number is above the AQI value (HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.>= (integer, @extschema@.aqi) IS
	'the number is at least the AQI value (HJ 633-2012 §6.2)';

-- json and jsonb: to_json(row), to_jsonb(row) and row_to_json(row) of a row
-- with an aqi column use the cast to json (PostgreSQL's json_categorize_type
-- looks for a cast to json of a type that is not built in, for jsonb too),
-- so a report row gives an object, not the text form.  The keys follow the
-- accessor functions of 100_aqi.sql.
-- In C (src/bi.c): as SQL functions over the accessors they were 100 times
-- slower than the text output.
CREATE FUNCTION @extschema@.aqi_json(@extschema@.aqi) RETURNS json
	AS 'MODULE_PATHNAME', 'aqi_json' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aqi_jsonb(@extschema@.aqi) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'aqi_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.aqi AS json) WITH FUNCTION @extschema@.aqi_json(@extschema@.aqi);
CREATE CAST (@extschema@.aqi AS jsonb) WITH FUNCTION @extschema@.aqi_jsonb(@extschema@.aqi);
COMMENT ON CAST (@extschema@.aqi AS json) IS
	'{value, level, category, category_en, color, primary_pollutants, exceeding_pollutants, standard, beyond_scale}: HJ 633-2012 §6.2 integer index, Table 2 level, category and colour, §3.3/§3.4 primary and exceeding pollutants';
COMMENT ON CAST (@extschema@.aqi AS jsonb) IS
	'the object of the cast to json, as jsonb (HJ 633-2012 §6.2, Table 2, §3.3, §3.4)';

-- ---------------------------------------------------------------------------
-- What BI drivers send next to an aqi (new in 1.2): comparisons
-- with the parameter types drivers bind, avg(aqi) and width_bucket(aqi).
-- int4 uses the integer operators of 150_aqi_values.sql, int2 the double
-- precision ones below (PostgreSQL's preferred type among int2's implicit
-- casts; exact for every int2); an untyped parameter ($1 with no type, '200') becomes
-- an aqi, and a bare number reads as an index value without a standard that
-- compares by value (src/aqi.c, docs/aqi.md "Bare numbers").
-- ---------------------------------------------------------------------------

-- aqi OP bigint / numeric / double precision and the reverse compare the
-- index value alone, exactly (src/aqi_compare.c), as aqi OP integer does:
-- JDBC setLong and setBigDecimal, psycopg int beyond int4, Decimal and float.

CREATE FUNCTION @extschema@.aqi_int8_eq(@extschema@.aqi, bigint) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_int8_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int8_aqi_eq(bigint, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int8_aqi_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_int8_ne(@extschema@.aqi, bigint) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_int8_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int8_aqi_ne(bigint, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int8_aqi_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_int8_lt(@extschema@.aqi, bigint) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_int8_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int8_aqi_lt(bigint, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int8_aqi_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_int8_le(@extschema@.aqi, bigint) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_int8_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int8_aqi_le(bigint, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int8_aqi_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_int8_gt(@extschema@.aqi, bigint) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_int8_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int8_aqi_gt(bigint, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int8_aqi_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_int8_ge(@extschema@.aqi, bigint) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_int8_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int8_aqi_ge(bigint, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int8_aqi_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.aqi, RIGHTARG = bigint, FUNCTION = @extschema@.aqi_int8_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = bigint, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int8_aqi_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.aqi, RIGHTARG = bigint, FUNCTION = @extschema@.aqi_int8_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = bigint, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int8_aqi_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.aqi, RIGHTARG = bigint, FUNCTION = @extschema@.aqi_int8_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = bigint, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int8_aqi_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.aqi, RIGHTARG = bigint, FUNCTION = @extschema@.aqi_int8_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = bigint, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int8_aqi_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.aqi, RIGHTARG = bigint, FUNCTION = @extschema@.aqi_int8_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = bigint, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int8_aqi_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.aqi, RIGHTARG = bigint, FUNCTION = @extschema@.aqi_int8_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = bigint, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int8_aqi_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.aqi, bigint) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) equals the bigint number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.= (bigint, @extschema@.aqi) IS
	'the bigint number equals the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.aqi, bigint) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) differs from the bigint number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<> (bigint, @extschema@.aqi) IS
	'the bigint number differs from the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.< (@extschema@.aqi, bigint) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is below the bigint number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.< (bigint, @extschema@.aqi) IS
	'the bigint number is below the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.aqi, bigint) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is at most the bigint number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<= (bigint, @extschema@.aqi) IS
	'the bigint number is at most the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.> (@extschema@.aqi, bigint) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is above the bigint number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.> (bigint, @extschema@.aqi) IS
	'the bigint number is above the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.aqi, bigint) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is at least the bigint number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.>= (bigint, @extschema@.aqi) IS
	'the bigint number is at least the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';

CREATE FUNCTION @extschema@.aqi_numeric_eq(@extschema@.aqi, numeric) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_numeric_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.numeric_aqi_eq(numeric, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'numeric_aqi_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_numeric_ne(@extschema@.aqi, numeric) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_numeric_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.numeric_aqi_ne(numeric, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'numeric_aqi_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_numeric_lt(@extschema@.aqi, numeric) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_numeric_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.numeric_aqi_lt(numeric, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'numeric_aqi_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_numeric_le(@extschema@.aqi, numeric) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_numeric_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.numeric_aqi_le(numeric, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'numeric_aqi_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_numeric_gt(@extschema@.aqi, numeric) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_numeric_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.numeric_aqi_gt(numeric, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'numeric_aqi_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_numeric_ge(@extschema@.aqi, numeric) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_numeric_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.numeric_aqi_ge(numeric, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'numeric_aqi_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.aqi, RIGHTARG = numeric, FUNCTION = @extschema@.aqi_numeric_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = numeric, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.numeric_aqi_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.aqi, RIGHTARG = numeric, FUNCTION = @extschema@.aqi_numeric_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = numeric, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.numeric_aqi_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.aqi, RIGHTARG = numeric, FUNCTION = @extschema@.aqi_numeric_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = numeric, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.numeric_aqi_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.aqi, RIGHTARG = numeric, FUNCTION = @extschema@.aqi_numeric_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = numeric, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.numeric_aqi_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.aqi, RIGHTARG = numeric, FUNCTION = @extschema@.aqi_numeric_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = numeric, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.numeric_aqi_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.aqi, RIGHTARG = numeric, FUNCTION = @extschema@.aqi_numeric_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = numeric, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.numeric_aqi_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.aqi, numeric) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) equals the numeric number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.= (numeric, @extschema@.aqi) IS
	'the numeric number equals the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.aqi, numeric) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) differs from the numeric number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<> (numeric, @extschema@.aqi) IS
	'the numeric number differs from the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.< (@extschema@.aqi, numeric) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is below the numeric number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.< (numeric, @extschema@.aqi) IS
	'the numeric number is below the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.aqi, numeric) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is at most the numeric number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<= (numeric, @extschema@.aqi) IS
	'the numeric number is at most the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.> (@extschema@.aqi, numeric) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is above the numeric number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.> (numeric, @extschema@.aqi) IS
	'the numeric number is above the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.aqi, numeric) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is at least the numeric number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.>= (numeric, @extschema@.aqi) IS
	'the numeric number is at least the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';

CREATE FUNCTION @extschema@.aqi_float8_eq(@extschema@.aqi, double precision) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_float8_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.float8_aqi_eq(double precision, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'float8_aqi_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_float8_ne(@extschema@.aqi, double precision) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_float8_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.float8_aqi_ne(double precision, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'float8_aqi_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_float8_lt(@extschema@.aqi, double precision) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_float8_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.float8_aqi_lt(double precision, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'float8_aqi_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_float8_le(@extschema@.aqi, double precision) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_float8_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.float8_aqi_le(double precision, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'float8_aqi_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_float8_gt(@extschema@.aqi, double precision) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_float8_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.float8_aqi_gt(double precision, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'float8_aqi_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_float8_ge(@extschema@.aqi, double precision) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_float8_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.float8_aqi_ge(double precision, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'float8_aqi_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.aqi, RIGHTARG = double precision, FUNCTION = @extschema@.aqi_float8_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = double precision, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.float8_aqi_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.aqi, RIGHTARG = double precision, FUNCTION = @extschema@.aqi_float8_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = double precision, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.float8_aqi_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.aqi, RIGHTARG = double precision, FUNCTION = @extschema@.aqi_float8_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = double precision, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.float8_aqi_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.aqi, RIGHTARG = double precision, FUNCTION = @extschema@.aqi_float8_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = double precision, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.float8_aqi_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.aqi, RIGHTARG = double precision, FUNCTION = @extschema@.aqi_float8_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = double precision, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.float8_aqi_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.aqi, RIGHTARG = double precision, FUNCTION = @extschema@.aqi_float8_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = double precision, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.float8_aqi_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.aqi, double precision) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) equals the double precision number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.= (double precision, @extschema@.aqi) IS
	'the double precision number equals the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.aqi, double precision) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) differs from the double precision number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<> (double precision, @extschema@.aqi) IS
	'the double precision number differs from the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.< (@extschema@.aqi, double precision) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is below the double precision number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.< (double precision, @extschema@.aqi) IS
	'the double precision number is below the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.aqi, double precision) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is at most the double precision number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<= (double precision, @extschema@.aqi) IS
	'the double precision number is at most the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.> (@extschema@.aqi, double precision) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is above the double precision number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.> (double precision, @extschema@.aqi) IS
	'the double precision number is above the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.aqi, double precision) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is at least the double precision number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.>= (double precision, @extschema@.aqi) IS
	'the double precision number is at least the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';

-- avg(aqi): the mean index value as avg(integer) gives it (numeric); like
-- max and min it refuses values of different standards (22023).  The state
-- is int8[] {count, sum, standard}: a real type, so partial aggregates
-- combine in parallel query and across partitions.
CREATE FUNCTION @extschema@.aqi_avg_trans(bigint[], @extschema@.aqi) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'aqi_avg_trans' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aqi_avg_combine(bigint[], bigint[]) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'aqi_avg_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aqi_avg_final(bigint[]) RETURNS numeric
	AS 'MODULE_PATHNAME', 'aqi_avg_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.avg(@extschema@.aqi) (
	SFUNC = @extschema@.aqi_avg_trans,
	STYPE = bigint[],
	INITCOND = '{0,0,-1}',
	COMBINEFUNC = @extschema@.aqi_avg_combine,
	FINALFUNC = @extschema@.aqi_avg_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.avg(@extschema@.aqi) IS
	'the mean AQI value (numeric, as avg(integer)) of values under one standard; values of two standards are an error (22023), as in max and min';

-- width_bucket(aqi, low, high, count): the bucket of the index value, as
-- width_bucket(double precision, ...) gives it, for the histogram a BI tool
-- draws of an aqi column.  Percentiles: percentile_disc orders aqi values
-- itself; percentile_cont takes value(aqi) (docs/bi.md).
CREATE FUNCTION @extschema@.width_bucket(a @extschema@.aqi, low double precision, high double precision,
		count integer) RETURNS integer
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN pg_catalog.width_bucket(@extschema@.value(a)::double precision, low, high, count);
COMMENT ON FUNCTION @extschema@.width_bucket(@extschema@.aqi, double precision, double precision, integer) IS
	'the bucket of the AQI value (HJ 633-2012 §6.2) among count equal buckets from low to high, as width_bucket(double precision, ...): for histograms of an aqi column';
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

-- ---------------------------------------------------------------------------
-- rate and rectification_summary as plain values for BI tools (new in 1.1):
-- casts to json and jsonb, and rectification_report(), one flat row of
-- counts and percentages.  value() of a rate is fraction() (200_rate.sql);
-- pct() is the bulletin's percentage (GB/T 8170 §3.3).
-- ---------------------------------------------------------------------------

-- In C (src/bi.c), as the aqi casts.
CREATE FUNCTION @extschema@.rate_json(@extschema@.rate) RETURNS json
	AS 'MODULE_PATHNAME', 'rate_json' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_jsonb(@extschema@.rate) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'rate_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.rate AS json) WITH FUNCTION @extschema@.rate_json(@extschema@.rate);
CREATE CAST (@extschema@.rate AS jsonb) WITH FUNCTION @extschema@.rate_jsonb(@extschema@.rate);
COMMENT ON CAST (@extschema@.rate AS json) IS
	'{numerator, denominator, fraction, percent}: percent is 100 * fraction rounded to 0.1 per GB/T 8170-2008 §3.3; fraction and percent null when the denominator is 0';
COMMENT ON CAST (@extschema@.rate AS jsonb) IS
	'the object of the cast to json, as jsonb (percent per GB/T 8170-2008 §3.3)';

-- One row of a rectification summary (督察反馈问题整改), every column a
-- plain SQL type.
CREATE TYPE @extschema@.rectification_report AS (
	as_of date,
	total integer,
	with_deadline integer,
	due integer,
	completed integer,
	completed_due integer,
	completed_on_time integer,
	overdue integer,
	completion_pct numeric(4,1),
	on_time_pct numeric(4,1),
	closure_pct numeric(4,1)
);
COMMENT ON TYPE @extschema@.rectification_report IS
	'a rectification_summary as plain columns: counts of inspection feedback issues and the rectification percentages (GB/T 8170-2008 §3.3 rounding to 0.1)';
COMMENT ON COLUMN @extschema@.rectification_report.as_of IS 'the date the issues are counted as of';
COMMENT ON COLUMN @extschema@.rectification_report.total IS 'all issues (反馈问题总数)';
COMMENT ON COLUMN @extschema@.rectification_report.with_deadline IS 'issues with a rectification deadline';
COMMENT ON COLUMN @extschema@.rectification_report.due IS 'issues whose deadline is on or before as_of (已到整改时限)';
COMMENT ON COLUMN @extschema@.rectification_report.completed IS 'issues completed by as_of, due or not (已完成)';
COMMENT ON COLUMN @extschema@.rectification_report.completed_due IS 'due issues completed by as_of (到期已完成)';
COMMENT ON COLUMN @extschema@.rectification_report.completed_on_time IS 'issues completed on or before their own deadline, due or not (按期完成)';
COMMENT ON COLUMN @extschema@.rectification_report.overdue IS 'due issues not completed by as_of (逾期未完成)';
COMMENT ON COLUMN @extschema@.rectification_report.completion_pct IS 'completed_due / due in percent, 0.1 (整改完成率); NULL when nothing is due';
COMMENT ON COLUMN @extschema@.rectification_report.on_time_pct IS 'due issues completed on or before their own deadline, of the due issues, in percent, 0.1 (按期完成率); NULL when nothing is due';
COMMENT ON COLUMN @extschema@.rectification_report.closure_pct IS 'completed / total in percent, 0.1; NULL when there is no issue';

CREATE FUNCTION @extschema@.rectification_report(@extschema@.rectification_summary)
	RETURNS @extschema@.rectification_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN ROW(@extschema@.as_of($1), @extschema@.total($1), @extschema@.with_deadline($1),
			   @extschema@.due($1), @extschema@.completed($1), @extschema@.completed_due($1),
			   @extschema@.completed_on_time($1), @extschema@.overdue($1),
			   @extschema@.pct(@extschema@.completion_rate($1), 1),
			   @extschema@.pct(@extschema@.on_time_rate($1), 1),
			   @extschema@.pct(@extschema@.closure_rate($1), 1))::@extschema@.rectification_report;
COMMENT ON FUNCTION @extschema@.rectification_report(@extschema@.rectification_summary) IS
	'the summary as one flat row of counts and percentages (GB/T 8170-2008 §3.3), for SELECT (rectification_report(s)).*';

-- The json form of a summary is its report row.
CREATE FUNCTION @extschema@.rectification_summary_json(@extschema@.rectification_summary) RETURNS json
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN pg_catalog.row_to_json(@extschema@.rectification_report($1));
CREATE FUNCTION @extschema@.rectification_summary_jsonb(@extschema@.rectification_summary) RETURNS jsonb
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN pg_catalog.to_jsonb(@extschema@.rectification_report($1));
CREATE CAST (@extschema@.rectification_summary AS json)
	WITH FUNCTION @extschema@.rectification_summary_json(@extschema@.rectification_summary);
CREATE CAST (@extschema@.rectification_summary AS jsonb)
	WITH FUNCTION @extschema@.rectification_summary_jsonb(@extschema@.rectification_summary);
COMMENT ON CAST (@extschema@.rectification_summary AS json) IS
	'the rectification_report row as a json object: counts and percentages (GB/T 8170-2008 §3.3)';
COMMENT ON CAST (@extschema@.rectification_summary AS jsonb) IS
	'the rectification_report row as a jsonb object: counts and percentages (GB/T 8170-2008 §3.3)';

-- ---------------------------------------------------------------------------
-- The list side of rectification() (new in 1.2): is_due() and is_overdue()
-- hold for exactly the issues that due(s) and overdue(s) count as of the
-- same date, so a list of issues agrees with the summary's counts:
--   SELECT * FROM issues WHERE is_overdue(deadline, completed_on, '2022-12-31');
-- An issue completed after as_of is overdue as of that date, which
-- "completed_on IS NULL" misses.  In C (src/rectification.c), with the
-- date checks of rectification().
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.is_due(deadline date, as_of date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'rectification_is_due' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_due(date, date) IS
	'whether an inspection feedback issue is due for rectification as of a date (已到整改时限): its deadline is on or before as_of; false without a deadline; the issues due(rectification(...)) counts';
CREATE FUNCTION @extschema@.is_overdue(deadline date, completed_on date, as_of date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'rectification_is_overdue' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_overdue(date, date, date) IS
	'whether an issue is overdue as of a date (逾期未完成): due, and not completed on or before as_of (an issue completed after as_of is overdue then); the issues overdue(rectification(...)) counts';
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
-- Stamps that state their hour convention: hour_ending and
-- hour_starting are domains over timestamp.  air_day and o3_max8h, given a
-- stamp of one of them, take the convention from the type (they look through
-- the implicit cast to timestamp), so it is stated once, in the column's type
-- or the view that casts to it, not in every call; an hour_label that
-- contradicts the type is an error.  No new overloads: a domain overload
-- would make air_day('2016-05-01 00:00') ambiguous.  Functions stay IMMUTABLE.

CREATE DOMAIN @extschema@.hour_ending AS timestamp;
CREATE DOMAIN @extschema@.hour_starting AS timestamp;

COMMENT ON DOMAIN @extschema@.hour_ending IS
'an hourly stamp that closes its hour (00:00 is the 24th hour of the day before); air_day and o3_max8h read the convention from the type';
COMMENT ON DOMAIN @extschema@.hour_starting IS
'an hourly stamp that opens its hour (00:00 is the first hour of its day); air_day and o3_max8h read the convention from the type';
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

-- SSPACE: what a state can grow to after its group is created.  A
-- station-year in day order takes about 4 kB at reporting precision (an
-- appendable state), 16 kB with fractional values; rows out of order use a
-- dense state of about 22 kB, beyond which no state grows (STATE_SIZE_MAX in
-- src/air_summary.c).  Hash aggregation sizes its groups by it, so it keeps
-- within work_mem when the groups grow after they are created.  rollup()
-- merges summaries in their stored form, in any order, up to 16 kB
-- (COMBINED_SIZE_MAX; a station-year of fractional means is about 9 kB), and
-- turns dense (22 kB) only beyond: it declares 16 kB, so that the planner
-- hashes a materialized view's station-months into station-years instead of
-- sorting them.
CREATE AGGREGATE @extschema@.air_summary(
	day date, so2 double precision, no2 double precision, pm10 double precision,
	co double precision, o3_8h double precision, pm25 double precision) (
	SFUNC = @extschema@.air_summary_trans,
	STYPE = @extschema@.air_summary,
	SSPACE = 22016,
	COMBINEFUNC = @extschema@.air_summary_combine,
	FINALFUNC = @extschema@.air_summary_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.air_summary(
	day date, so2 double precision, no2 double precision, pm10 double precision,
	co double precision, o3_8h double precision, pm25 double precision, standard text) (
	SFUNC = @extschema@.air_summary_trans,
	STYPE = @extschema@.air_summary,
	SSPACE = 22016,
	COMBINEFUNC = @extschema@.air_summary_combine,
	FINALFUNC = @extschema@.air_summary_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.rollup(@extschema@.air_summary) (
	SFUNC = @extschema@.air_summary_combine,
	STYPE = @extschema@.air_summary,
	SSPACE = 16384,
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
-- air_summary equality and hashing, as report views need them: DISTINCT, GROUP BY, UNION,
-- IN and joins on summaries.  Two summaries are equal when they hold the
-- same data: the same year, AQI standard, and per day and pollutant the same
-- station count and exact sum (HJ 663-2013 city daily values).  The stored
-- form is canonical, so equality compares stored bytes.
--
-- A summary has no meaningful order, but count(DISTINCT s), ordered
-- aggregates grouped by s, PARTITION BY s and merge joins need one: the
-- default btree class sorts by year, then AQI standard, then stored bytes.
-- Its operators are named ~<~ ~<=~ ~>=~ ~>~ (as text_pattern_ops names
-- its own), so that no one reads s1 < s2 as "better air".

CREATE FUNCTION @extschema@.air_summary_eq(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_ne(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_cmp(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_lt(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_le(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_ge(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_gt(@extschema@.air_summary, @extschema@.air_summary)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'air_summary_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.air_summary_hash(@extschema@.air_summary) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.air_summary_hash_extended(@extschema@.air_summary, bigint)
	RETURNS bigint
	AS 'MODULE_PATHNAME', 'air_summary_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.air_summary,
	RIGHTARG = @extschema@.air_summary,
	FUNCTION = @extschema@.air_summary_eq,
	COMMUTATOR = OPERATOR(@extschema@.=),
	NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel,
	JOIN = pg_catalog.eqjoinsel,
	HASHES,
	MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.air_summary,
	RIGHTARG = @extschema@.air_summary,
	FUNCTION = @extschema@.air_summary_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>),
	NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel,
	JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR @extschema@.~<~ (
	LEFTARG = @extschema@.air_summary,
	RIGHTARG = @extschema@.air_summary,
	FUNCTION = @extschema@.air_summary_lt,
	COMMUTATOR = OPERATOR(@extschema@.~>~),
	NEGATOR = OPERATOR(@extschema@.~>=~),
	RESTRICT = pg_catalog.scalarltsel,
	JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.~<=~ (
	LEFTARG = @extschema@.air_summary,
	RIGHTARG = @extschema@.air_summary,
	FUNCTION = @extschema@.air_summary_le,
	COMMUTATOR = OPERATOR(@extschema@.~>=~),
	NEGATOR = OPERATOR(@extschema@.~>~),
	RESTRICT = pg_catalog.scalarlesel,
	JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.~>=~ (
	LEFTARG = @extschema@.air_summary,
	RIGHTARG = @extschema@.air_summary,
	FUNCTION = @extschema@.air_summary_ge,
	COMMUTATOR = OPERATOR(@extschema@.~<=~),
	NEGATOR = OPERATOR(@extschema@.~<~),
	RESTRICT = pg_catalog.scalargesel,
	JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR @extschema@.~>~ (
	LEFTARG = @extschema@.air_summary,
	RIGHTARG = @extschema@.air_summary,
	FUNCTION = @extschema@.air_summary_gt,
	COMMUTATOR = OPERATOR(@extschema@.~<~),
	NEGATOR = OPERATOR(@extschema@.~<=~),
	RESTRICT = pg_catalog.scalargtsel,
	JOIN = pg_catalog.scalargtjoinsel
);

CREATE OPERATOR CLASS @extschema@.air_summary_btree_ops
	DEFAULT FOR TYPE @extschema@.air_summary USING btree AS
	OPERATOR 1 @extschema@.~<~ (@extschema@.air_summary, @extschema@.air_summary),
	OPERATOR 2 @extschema@.~<=~ (@extschema@.air_summary, @extschema@.air_summary),
	OPERATOR 3 @extschema@.= (@extschema@.air_summary, @extschema@.air_summary),
	OPERATOR 4 @extschema@.~>=~ (@extschema@.air_summary, @extschema@.air_summary),
	OPERATOR 5 @extschema@.~>~ (@extschema@.air_summary, @extschema@.air_summary),
	FUNCTION 1 @extschema@.air_summary_cmp(@extschema@.air_summary, @extschema@.air_summary);
CREATE OPERATOR CLASS @extschema@.air_summary_hash_ops
	DEFAULT FOR TYPE @extschema@.air_summary USING hash AS
	OPERATOR 1 @extschema@.= (@extschema@.air_summary, @extschema@.air_summary),
	FUNCTION 1 @extschema@.air_summary_hash(@extschema@.air_summary),
	FUNCTION 2 @extschema@.air_summary_hash_extended(@extschema@.air_summary, bigint);

COMMENT ON FUNCTION @extschema@.air_summary_eq(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of air_summary = : the same year, AQI standard and HJ 663-2013 daily sums and counts';
COMMENT ON FUNCTION @extschema@.air_summary_ne(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of air_summary <>';
COMMENT ON FUNCTION @extschema@.air_summary_hash(@extschema@.air_summary) IS
	'support function of the air_summary hash operator class';
COMMENT ON FUNCTION @extschema@.air_summary_hash_extended(@extschema@.air_summary, bigint) IS
	'support function of the air_summary hash operator class (64-bit, seeded)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.air_summary, @extschema@.air_summary) IS
	'the same data: year, AQI standard (HJ 633), and per day and pollutant the station count and exact sum (HJ 663-2013 §2.3.5 city daily values)';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.air_summary, @extschema@.air_summary) IS
	'not the same data (see air_summary =)';
COMMENT ON FUNCTION @extschema@.air_summary_cmp(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of the air_summary btree operator class: year, AQI standard, then stored bytes (an order for sorting only)';
COMMENT ON FUNCTION @extschema@.air_summary_lt(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of air_summary ~<~';
COMMENT ON FUNCTION @extschema@.air_summary_le(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of air_summary ~<=~';
COMMENT ON FUNCTION @extschema@.air_summary_ge(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of air_summary ~>=~';
COMMENT ON FUNCTION @extschema@.air_summary_gt(@extschema@.air_summary, @extschema@.air_summary) IS
	'support function of air_summary ~>~';
COMMENT ON OPERATOR @extschema@.~<~ (@extschema@.air_summary, @extschema@.air_summary) IS
	'sorting order of air_summary (year, AQI standard, stored bytes), for DISTINCT, ordered aggregates and merge joins; not an order of air quality';
COMMENT ON OPERATOR @extschema@.~<=~ (@extschema@.air_summary, @extschema@.air_summary) IS
	'sorting order of air_summary (year, AQI standard, stored bytes), for DISTINCT, ordered aggregates and merge joins; not an order of air quality';
COMMENT ON OPERATOR @extschema@.~>=~ (@extschema@.air_summary, @extschema@.air_summary) IS
	'sorting order of air_summary (year, AQI standard, stored bytes), for DISTINCT, ordered aggregates and merge joins; not an order of air quality';
COMMENT ON OPERATOR @extschema@.~>~ (@extschema@.air_summary, @extschema@.air_summary) IS
	'sorting order of air_summary (year, AQI standard, stored bytes), for DISTINCT, ordered aggregates and merge joins; not an order of air quality';
COMMENT ON OPERATOR CLASS @extschema@.air_summary_btree_ops USING btree IS
	'sorting of air_summary by year, AQI standard and stored bytes (not an order of air quality)';
COMMENT ON OPERATOR CLASS @extschema@.air_summary_hash_ops USING hash IS
	'hashing of air_summary for GROUP BY, DISTINCT, UNION and hash joins';
-- air_summary accessors returning a rate (200_rate.sql): good-day ratio and
-- primary-pollutant shares (bulletins: 以X为首要污染物的超标天数占总超标天数的比例).

-- 优良天数比例: days with AQI <= 100 over the days with a daily AQI.
CREATE FUNCTION @extschema@.good_day_ratio(@extschema@.air_summary) RETURNS @extschema@.rate
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN @extschema@.rate(@extschema@.good_days($1)::double precision,
							@extschema@.aqi_days($1)::double precision);

-- The share of the days on which the pollutant was (one of) the primary
-- pollutant(s).  'exceedance' (national bulletins): over the days with AQI >
-- 100; 'primary': over every day with a primary pollutant (AQI > 50).  A
-- day with tied primary pollutants counts for each.  In C, so that basis is
-- read by the name parser of primary_pollutant_days() (1.0 compared
-- lower(basis) in SQL, which disagreed with it on spellings like 'Exceed-ance').
CREATE FUNCTION @extschema@.primary_pollutant_share(@extschema@.air_summary, pollutant text,
	basis text DEFAULT 'exceedance') RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'air_summary_primary_pollutant_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- ---------------------------------------------------------------------------
-- The rounding option of the daily AQI (new in 1.3): the precision at which
-- the daily report reads its concentrations.  'reporting' (the default of
-- aqi_daily() and of the summary's day counts): by GB/T 8170 to integer
-- µg/m³ and CO 0.1 mg/m³ first, as bulletins count the published daily
-- values and as HJ 633-2026 §4.2.2 writes it; 'as_given': HJ 633-2012 read
-- literally.  Only HJ 633-2012 reads differently: HJ 633-2026 rounds and
-- US EPA truncates its inputs itself.  src/aqi_rounding.c,
-- src/air_summary_rounding.c, src/core/aqi_rounding.c.
--
-- New overloads, so that 1.2's functions and the views that use them stay:
-- the aqi_daily overload takes all ten arguments without defaults, so no
-- call of the nine-argument aqi_daily (at most nine arguments, none named
-- rounding) can reach it, whatever its literals; the day counts take
-- rounding after their 1.2 arguments.  Not STRICT: a NULL rounding is an
-- error (22004), not a NULL result.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.aqi_daily(so2 double precision, no2 double precision,
		pm10 double precision, co double precision, o3_8h double precision,
		pm25 double precision, o3_1h double precision, standard text,
		so2_24h double precision, rounding text)
RETURNS @extschema@.aqi
AS 'MODULE_PATHNAME', 'aqi_daily_rounding'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.aqi_daily(double precision, double precision, double precision, double precision, double precision, double precision, double precision, text, double precision, text) IS
	'the daily AQI with the rounding of its concentrations named: ''reporting'' (GB/T 8170 to integer µg/m³, CO 0.1 mg/m³, as bulletins and HJ 633-2026 §4.2.2; the default of aqi_daily) or ''as_given'' (HJ 633-2012 read literally)';

CREATE FUNCTION @extschema@.aqi_days(@extschema@.air_summary, rounding text) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_aqi_days_rounding' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.aqi_days(@extschema@.air_summary, text) IS
	'days with a daily AQI (HJ 633), the daily values read at ''reporting'' precision (the default of aqi_days(s)) or ''as_given''';
CREATE FUNCTION @extschema@.good_days(@extschema@.air_summary, rounding text) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_good_days_rounding' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.good_days(@extschema@.air_summary, text) IS
	'days with AQI <= 100 (优良天数, HJ 633-2012 Table 2), the daily values read at ''reporting'' precision (the bulletins'' reading, the default of good_days(s)) or ''as_given''';
CREATE FUNCTION @extschema@.heavy_days(@extschema@.air_summary, rounding text) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_heavy_days_rounding' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.heavy_days(@extschema@.air_summary, text) IS
	'days with AQI > 200 (重污染天数, HJ 633-2012 Table 2), the daily values read at ''reporting'' precision (the default of heavy_days(s)) or ''as_given''';
CREATE FUNCTION @extschema@.days_at_level(@extschema@.air_summary, level integer, rounding text) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_days_at_level_rounding' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.days_at_level(@extschema@.air_summary, integer, text) IS
	'days at AQI level 1..6 (HJ 633-2012 Table 2), the daily values read at ''reporting'' precision (the default of days_at_level(s, level)) or ''as_given''';

-- 优良天数比例 under the option: good_days over aqi_days, both read alike.
CREATE FUNCTION @extschema@.good_day_ratio(@extschema@.air_summary, rounding text) RETURNS @extschema@.rate
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN @extschema@.rate(@extschema@.good_days($1, $2)::double precision,
							@extschema@.aqi_days($1, $2)::double precision);
COMMENT ON FUNCTION @extschema@.good_day_ratio(@extschema@.air_summary, text) IS
	'the good-day ratio 优良天数比例 as a rate, good_days(s, rounding) of aqi_days(s, rounding)';

-- ---------------------------------------------------------------------------
-- air_report(air_summary): the annual (or monthly) air-quality report of a
-- summary as one flat row of plain columns, for BI tools and report views:
--   SELECT station, (air_report(s)).* FROM station_year;
-- and the casts of air_summary to json and jsonb, which give that row as an
-- object (new in 1.1).  Built on the accessors of 400_air_summary.sql and
-- 410_air_summary_rate.sql, so every figure is the one they give.
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.air_report AS (
	year integer,
	aqi_standard text,
	valid_days integer,
	valid_year boolean,
	so2 numeric(6,0),
	no2 numeric(6,0),
	pm10 numeric(6,0),
	co numeric(7,1),
	o3 numeric(6,0),
	pm25 numeric(6,0),
	composite_index numeric(5,2),
	max_subindex numeric(5,2),
	max_subindex_pollutant text,
	aqi_days integer,
	good_days integer,
	good_day_pct numeric(4,1),
	level1_days integer,
	level2_days integer,
	level3_days integer,
	level4_days integer,
	level5_days integer,
	level6_days integer,
	heavy_days integer,
	exceedance_days integer,
	pm25_primary_pct numeric(4,1),
	o3_primary_pct numeric(4,1),
	pm10_primary_pct numeric(4,1),
	no2_primary_pct numeric(4,1),
	so2_primary_pct numeric(4,1),
	co_primary_pct numeric(4,1),
	so2_compliant boolean,
	no2_compliant boolean,
	pm10_compliant boolean,
	co_compliant boolean,
	o3_compliant boolean,
	pm25_compliant boolean,
	compliant boolean,
	valid_period boolean
);
COMMENT ON TYPE @extschema@.air_report IS
	'an air_summary as plain columns: HJ 663-2013 evaluation values, composite index, HJ 633 daily-AQI day counts and primary-pollutant shares, GB 3095 Class II compliance';
COMMENT ON COLUMN @extschema@.air_report.year IS 'the calendar year of the summary';
COMMENT ON COLUMN @extschema@.air_report.aqi_standard IS 'the HJ 633 edition of the daily AQI (''by date'': HJ 633-2012 until 2026-02-28, HJ 633-2026 after)';
COMMENT ON COLUMN @extschema@.air_report.valid_days IS 'days on which all six pollutants have a valid daily value (GB 3095 Table 4)';
COMMENT ON COLUMN @extschema@.air_report.valid_year IS 'each of the six pollutants has a valid year (GB 3095 Table 4: at least 324 daily values, at least 27 in every month, 25 in February)';
COMMENT ON COLUMN @extschema@.air_report.so2 IS 'SO2 annual mean, µg/m³, integer (HJ 663-2013 annual assessment, GB/T 8170 rounding)';
COMMENT ON COLUMN @extschema@.air_report.no2 IS 'NO2 annual mean, µg/m³, integer (HJ 663-2013 annual assessment)';
COMMENT ON COLUMN @extschema@.air_report.pm10 IS 'PM10 annual mean, µg/m³, integer (HJ 663-2013 annual assessment)';
COMMENT ON COLUMN @extschema@.air_report.co IS 'CO 24-hour mean 95th percentile, mg/m³, one decimal (HJ 663-2013 annual assessment)';
COMMENT ON COLUMN @extschema@.air_report.o3 IS 'O3 daily maximum 8-hour mean 90th percentile, µg/m³, integer (HJ 663-2013 annual assessment)';
COMMENT ON COLUMN @extschema@.air_report.pm25 IS 'PM2.5 annual mean, µg/m³, integer (HJ 663-2013 annual assessment)';
COMMENT ON COLUMN @extschema@.air_report.composite_index IS 'the ambient air quality composite index Σ C_i/S_i, two decimals (城市环境空气质量排名技术规定)';
COMMENT ON COLUMN @extschema@.air_report.max_subindex IS 'the largest single index C_i/S_i, two decimals';
COMMENT ON COLUMN @extschema@.air_report.max_subindex_pollutant IS 'the pollutant(s) with the largest single index, comma-separated on a tie';
COMMENT ON COLUMN @extschema@.air_report.aqi_days IS 'days with a daily AQI (HJ 633)';
COMMENT ON COLUMN @extschema@.air_report.good_days IS 'days with AQI <= 100, levels I and II (优良天数, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.good_day_pct IS 'good_days / aqi_days in percent, 0.1 (优良天数比例, GB/T 8170 rounding)';
COMMENT ON COLUMN @extschema@.air_report.level1_days IS 'days at AQI level I, 优 (0-50, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.level2_days IS 'days at AQI level II, 良 (51-100, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.level3_days IS 'days at AQI level III, 轻度污染 (101-150, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.level4_days IS 'days at AQI level IV, 中度污染 (151-200, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.level5_days IS 'days at AQI level V, 重度污染 (201-300, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.level6_days IS 'days at AQI level VI, 严重污染 (>300, HJ 633 Table 2)';
COMMENT ON COLUMN @extschema@.air_report.heavy_days IS 'days with AQI > 200, levels V and VI (重污染天数)';
COMMENT ON COLUMN @extschema@.air_report.exceedance_days IS 'days with AQI > 100 (超标天数)';
COMMENT ON COLUMN @extschema@.air_report.pm25_primary_pct IS 'exceedance days with PM2.5 primary (HJ 633 §3.3) over all exceedance days, percent, 0.1';
COMMENT ON COLUMN @extschema@.air_report.o3_primary_pct IS 'exceedance days with O3 (8-h) primary over all exceedance days, percent, 0.1';
COMMENT ON COLUMN @extschema@.air_report.pm10_primary_pct IS 'exceedance days with PM10 primary over all exceedance days, percent, 0.1';
COMMENT ON COLUMN @extschema@.air_report.no2_primary_pct IS 'exceedance days with NO2 primary over all exceedance days, percent, 0.1';
COMMENT ON COLUMN @extschema@.air_report.so2_primary_pct IS 'exceedance days with SO2 primary over all exceedance days, percent, 0.1';
COMMENT ON COLUMN @extschema@.air_report.co_primary_pct IS 'exceedance days with CO primary over all exceedance days, percent, 0.1';
COMMENT ON COLUMN @extschema@.air_report.so2_compliant IS 'SO2 meets the GB 3095 Class II annual limit';
COMMENT ON COLUMN @extschema@.air_report.no2_compliant IS 'NO2 meets the GB 3095 Class II annual limit';
COMMENT ON COLUMN @extschema@.air_report.pm10_compliant IS 'PM10 meets the GB 3095 Class II annual limit';
COMMENT ON COLUMN @extschema@.air_report.co_compliant IS 'CO 95th percentile meets the GB 3095 Class II 24-hour limit';
COMMENT ON COLUMN @extschema@.air_report.o3_compliant IS 'O3 MDA8 90th percentile meets the GB 3095 Class II 8-hour limit';
COMMENT ON COLUMN @extschema@.air_report.pm25_compliant IS 'PM2.5 meets the GB 3095 Class II annual limit';
COMMENT ON COLUMN @extschema@.air_report.compliant IS 'all six pollutants meet GB 3095 Class II (环境空气质量达标); NULL when none exceeds but one has no valid statistic';
COMMENT ON COLUMN @extschema@.air_report.valid_period IS 'every month from the first with data to the last meets GB 3095 Table 4 (27 daily values of each pollutant, 25 in February): false marks a month, year-to-date or year whose figures rest on incomplete data; for a calendar year valid_year is the rule';

-- In C (src/bi.c): the accessors' C functions on the summary detoasted once,
-- the day counts derived from the six level counts.
CREATE FUNCTION @extschema@.air_report(@extschema@.air_summary) RETURNS @extschema@.air_report
	AS 'MODULE_PATHNAME', 'air_report' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.air_report(@extschema@.air_summary) IS
	'the summary as one flat row (type air_report): HJ 663-2013 annual assessment evaluation values, composite index, HJ 633 day counts and primary-pollutant shares, GB 3095 Class II compliance; for SELECT (air_report(s)).*';

-- The json form of a summary is its report row (the whole state stays
-- available through the text and binary forms).
CREATE FUNCTION @extschema@.air_summary_json(@extschema@.air_summary) RETURNS json
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN pg_catalog.row_to_json(@extschema@.air_report($1));
CREATE FUNCTION @extschema@.air_summary_jsonb(@extschema@.air_summary) RETURNS jsonb
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN pg_catalog.to_jsonb(@extschema@.air_report($1));
CREATE CAST (@extschema@.air_summary AS json)
	WITH FUNCTION @extschema@.air_summary_json(@extschema@.air_summary);
CREATE CAST (@extschema@.air_summary AS jsonb)
	WITH FUNCTION @extschema@.air_summary_jsonb(@extschema@.air_summary);
COMMENT ON CAST (@extschema@.air_summary AS json) IS
	'the air_report row as a json object (HJ 663-2013 annual assessment evaluation values, HJ 633 day counts, GB 3095 compliance)';
COMMENT ON CAST (@extschema@.air_summary AS jsonb) IS
	'the air_report row as a jsonb object (HJ 663-2013 annual assessment evaluation values, HJ 633 day counts, GB 3095 compliance)';
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

-- ---------------------------------------------------------------------------
-- noise_kind(kind) (new in 1.2): the name noise_grade() reads a kind as,
-- 'regional' (HJ 640-2012 Tables 1-2) or 'road_traffic' (Table 3).  The
-- kind column of noise_report (550_noise_report.sql) shows it, so that a
-- length-weighted traffic mean graded by the regional table by accident is
-- visible in the row.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.noise_kind(kind text) RETURNS text
	AS 'MODULE_PATHNAME', 'noise_kind_name' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.noise_kind(text) IS
	'the HJ 640-2012 grading table a noise kind names: regional (区域, Tables 1-2) or road_traffic (traffic, 道路交通, Table 3); 22023 for another name';

-- ---------------------------------------------------------------------------
-- noise_grade as a plain value for BI tools (new in 1.1): value(), the casts
-- to json and jsonb, and noise_report() for a mean level.  There is no noise
-- summary type: the means are plain float8 aggregates (leq_mean,
-- length_weighted_mean, avg), so the report takes the mean level.
-- Sorting: ORDER BY a noise_grade column uses the type's btree order (一级
-- first); ORDER BY its text (一级, 三级, 二级, ...) or of value()::text
-- does not.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.value(@extschema@.noise_grade) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.value(@extschema@.noise_grade) IS
	'the grade number 1 (一级, 好) .. 5 (五级, 差) of HJ 640-2012 Tables 1-2 (区域) and 3 (道路交通); the same as the cast to integer';

-- In C (src/ordinal.c, the template of the ordinal types).
CREATE FUNCTION @extschema@.noise_grade_json(@extschema@.noise_grade) RETURNS json
	AS 'MODULE_PATHNAME', 'noise_grade_json' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_jsonb(@extschema@.noise_grade) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'noise_grade_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.noise_grade AS json)
	WITH FUNCTION @extschema@.noise_grade_json(@extschema@.noise_grade);
CREATE CAST (@extschema@.noise_grade AS jsonb)
	WITH FUNCTION @extschema@.noise_grade_jsonb(@extschema@.noise_grade);
COMMENT ON CAST (@extschema@.noise_grade AS json) IS
	'{grade, name, label, label_en}: the HJ 640-2012 grade number 1..5, 一级..五级 and the wording 好..差 (good..poor)';
COMMENT ON CAST (@extschema@.noise_grade AS jsonb) IS
	'{grade, name, label, label_en} of the HJ 640-2012 grade, as jsonb';

CREATE TYPE @extschema@.noise_report AS (
	level_db numeric(4,1),
	grade integer,
	grade_name text,
	label text,
	label_en text,
	kind text
);
COMMENT ON TYPE @extschema@.noise_report IS
	'a mean noise level and its HJ 640-2012 grade as plain columns';
COMMENT ON COLUMN @extschema@.noise_report.level_db IS 'the mean equivalent level L_Aeq, dB(A), rounded to 0.1 (GB/T 8170) as HJ 640-2012 grades it';
COMMENT ON COLUMN @extschema@.noise_report.grade IS 'the HJ 640-2012 grade number 1..5';
COMMENT ON COLUMN @extschema@.noise_report.grade_name IS 'the grade, 一级..五级';
COMMENT ON COLUMN @extschema@.noise_report.label IS 'the HJ 640-2012 wording 好, 较好, 一般, 较差, 差';
COMMENT ON COLUMN @extschema@.noise_report.label_en IS 'the wording in English: good .. poor';
COMMENT ON COLUMN @extschema@.noise_report.kind IS 'the HJ 640-2012 table that graded the level: regional (Tables 1-2) or road_traffic (Table 3, for a length-weighted traffic mean)';

CREATE FUNCTION @extschema@.noise_report(level_db double precision, kind text DEFAULT 'regional',
										 period text DEFAULT 'day')
	RETURNS @extschema@.noise_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT ROW(@extschema@.round_gb8170(level_db, 1), @extschema@.value(g), g::text,
			   @extschema@.label(g, 'zh'::text), @extschema@.label(g, 'en'::text),
			   @extschema@.noise_kind(kind))::@extschema@.noise_report
	FROM (SELECT @extschema@.noise_grade(level_db, kind, period) AS g OFFSET 0) x;
END;
COMMENT ON FUNCTION @extschema@.noise_report(double precision, text, text) IS
	'a mean level as one flat row: level to 0.1 dB(A), its HJ 640-2012 grade (kind regional: Tables 1-2; road_traffic: Table 3; period day or night) and wording';
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

-- The section aggregates share one state: the count and the exact sum of
-- each item (docs/exact-sums.md), so a mean, and the class read from it, is
-- the same in every plan.  SSPACE: the exact_state with its 24 compact
-- sums (a sum whose values span more than 2^125 needs 544 bytes more).
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

-- 单因子评价法: the class of a section over one row per measurement, the
-- worst class among the items' period means, leaving out 水温, 总氮 and
-- 粪大肠菌群.
CREATE AGGREGATE @extschema@.section_class(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_section_class_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.section_class(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_section_class_final,
	PARALLEL = SAFE
);

-- The evaluated items whose period mean is worse than class III, worst
-- first: '总磷(0.3)、氨氮(0.1)' with the 超标倍数 to one decimal; '' when none.
CREATE AGGREGATE @extschema@.exceeding_items(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_exceeding_items_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.exceeding_items(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
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
-- 《地表水环境质量评价办法（试行）》(环办〔2011〕22号) 主要污染指标 of a river,
-- basin or city, by 断面超标率 (docs/water.md).

-- The state: bigint[48], per GB 3838-2002 Table 1 item the sections that
-- measured it, then the sections where it is above class III.
CREATE FUNCTION @extschema@.water_main_items_transfn(bigint[], text, double precision)
	RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'water_main_items_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_main_items_transfn(bigint[], text, double precision, text)
	RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'water_main_items_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_main_items_combine(bigint[], bigint[]) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'water_main_items_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_main_items_final(bigint[]) RETURNS text
	AS 'MODULE_PATHNAME', 'water_main_items_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Over one row per section and item holding the section's period mean:
-- the items with the largest 断面超标率 (sections above class III / sections),
-- the first three and any tied with the third, as '总磷(40.0%)、氨氮(20.0%)';
-- '' when none exceeds; NULL with fewer than 5 sections.
CREATE AGGREGATE @extschema@.main_pollution_items(item text, value double precision) (
	SFUNC = @extschema@.water_main_items_transfn,
	STYPE = bigint[],
	INITCOND = '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}',
	COMBINEFUNC = @extschema@.water_main_items_combine,
	FINALFUNC = @extschema@.water_main_items_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.main_pollution_items(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_main_items_transfn,
	STYPE = bigint[],
	INITCOND = '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}',
	COMBINEFUNC = @extschema@.water_main_items_combine,
	FINALFUNC = @extschema@.water_main_items_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.main_pollution_items(text, double precision) IS
	'the main pollution items (主要污染指标, 《地表水环境质量评价办法（试行）》) of a river, basin or city over one row per section and item (its period mean): the three items above class III at the most sections, with their 断面超标率; NULL with fewer than 5 sections';
COMMENT ON AGGREGATE @extschema@.main_pollution_items(text, double precision, text) IS
	'the main pollution items (主要污染指标) of rivers, lakes and reservoirs, one row per section and item with its waterbody; NULL with fewer than 5 sections';
-- Groundwater quality of GB/T 14848-2017: the groundwater_class type, the
-- class of one item (§6.2) and of a sample or point over its items (§6.3).

CREATE TYPE @extschema@.groundwater_class;

CREATE FUNCTION @extschema@.groundwater_class_in(cstring) RETURNS @extschema@.groundwater_class
	AS 'MODULE_PATHNAME', 'groundwater_class_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_out(@extschema@.groundwater_class) RETURNS cstring
	AS 'MODULE_PATHNAME', 'groundwater_class_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_recv(internal) RETURNS @extschema@.groundwater_class
	AS 'MODULE_PATHNAME', 'groundwater_class_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_send(@extschema@.groundwater_class) RETURNS bytea
	AS 'MODULE_PATHNAME', 'groundwater_class_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.groundwater_class (
	INPUT = @extschema@.groundwater_class_in,
	OUTPUT = @extschema@.groundwater_class_out,
	RECEIVE = @extschema@.groundwater_class_recv,
	SEND = @extschema@.groundwater_class_send,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,
	ALIGNMENT = double
);

CREATE FUNCTION @extschema@.groundwater_class_cmp(@extschema@.groundwater_class, @extschema@.groundwater_class) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_eq(@extschema@.groundwater_class, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_ne(@extschema@.groundwater_class, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_lt(@extschema@.groundwater_class, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_le(@extschema@.groundwater_class, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_gt(@extschema@.groundwater_class, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_ge(@extschema@.groundwater_class, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_hash(@extschema@.groundwater_class) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_hash_extended(@extschema@.groundwater_class, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'eco_ordinal_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = @extschema@.groundwater_class,
	FUNCTION = @extschema@.groundwater_class_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = @extschema@.groundwater_class,
	FUNCTION = @extschema@.groundwater_class_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = @extschema@.groundwater_class,
	FUNCTION = @extschema@.groundwater_class_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = @extschema@.groundwater_class,
	FUNCTION = @extschema@.groundwater_class_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = @extschema@.groundwater_class,
	FUNCTION = @extschema@.groundwater_class_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = @extschema@.groundwater_class,
	FUNCTION = @extschema@.groundwater_class_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);

CREATE OPERATOR CLASS @extschema@.groundwater_class_ops
	DEFAULT FOR TYPE @extschema@.groundwater_class USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.groundwater_class_cmp(@extschema@.groundwater_class, @extschema@.groundwater_class);

CREATE OPERATOR CLASS @extschema@.groundwater_class_hash_ops
	DEFAULT FOR TYPE @extschema@.groundwater_class USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.groundwater_class_hash(@extschema@.groundwater_class),
	FUNCTION 2 @extschema@.groundwater_class_hash_extended(@extschema@.groundwater_class, bigint);

-- min() is the best and max() the worst groundwater class of a group
CREATE FUNCTION @extschema@.groundwater_class_larger(@extschema@.groundwater_class, @extschema@.groundwater_class) RETURNS @extschema@.groundwater_class
	AS 'MODULE_PATHNAME', 'eco_ordinal_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_smaller(@extschema@.groundwater_class, @extschema@.groundwater_class) RETURNS @extschema@.groundwater_class
	AS 'MODULE_PATHNAME', 'eco_ordinal_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.max(@extschema@.groundwater_class) (
	SFUNC = @extschema@.groundwater_class_larger, STYPE = @extschema@.groundwater_class,
	COMBINEFUNC = @extschema@.groundwater_class_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.min(@extschema@.groundwater_class) (
	SFUNC = @extschema@.groundwater_class_smaller, STYPE = @extschema@.groundwater_class,
	COMBINEFUNC = @extschema@.groundwater_class_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE);

-- the class number 1..5
CREATE FUNCTION @extschema@.groundwater_class_to_integer(@extschema@.groundwater_class) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.groundwater_class AS integer)
	WITH FUNCTION @extschema@.groundwater_class_to_integer(@extschema@.groundwater_class);

CREATE FUNCTION @extschema@.groundwater_class(item text, value double precision, detected boolean DEFAULT true)
	RETURNS @extschema@.groundwater_class
	AS 'MODULE_PATHNAME', 'groundwater_class_of_item' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.groundwater_unit(item text) RETURNS text
	AS 'MODULE_PATHNAME', 'groundwater_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- The sample aggregates share one state: the worst class of each item.
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

CREATE AGGREGATE @extschema@.groundwater_sample_class(item text, value double precision) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_sample_class_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.groundwater_sample_class(item text, value double precision, detected boolean) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_sample_class_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.groundwater_worst_items(item text, value double precision) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_worst_items_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.groundwater_worst_items(item text, value double precision, detected boolean) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_worst_items_final,
	PARALLEL = SAFE
);

COMMENT ON TYPE @extschema@.groundwater_class IS
	'GB/T 14848-2017 §4.1 groundwater quality class I, II, III, IV, V, ordered best to worst';
COMMENT ON FUNCTION @extschema@.groundwater_class(text, double precision, boolean) IS
	'GB/T 14848-2017 §6.2: the class of one value of an item of Table 1 or 2 (in the table''s unit); equal limits give the better class (从优不从劣); pH two-sided; 嗅和味 and 肉眼可见物 0 = absent, 1 = present; detected => false: value is the detection limit of a non-detect';
COMMENT ON FUNCTION @extschema@.groundwater_unit(text) IS
	'GB/T 14848-2017 Tables 1 and 2: the unit an item''s values are given in (mg/L, μg/L, NTU, ...)';
COMMENT ON AGGREGATE @extschema@.groundwater_sample_class(text, double precision) IS
	'GB/T 14848-2017 §6.3: the class of a sample or point, the worst class of its items (several rows of one item: the worst)';
COMMENT ON AGGREGATE @extschema@.groundwater_sample_class(text, double precision, boolean) IS
	'GB/T 14848-2017 §6.3: the class of a sample or point, the worst class of its items; detected => false marks a non-detect given by its detection limit';
COMMENT ON AGGREGATE @extschema@.groundwater_worst_items(text, double precision) IS
	'GB/T 14848-2017 §6.3 (并指出最差类别的指标): the items at the sample''s worst class, in the order of Tables 1 and 2';
COMMENT ON AGGREGATE @extschema@.groundwater_worst_items(text, double precision, boolean) IS
	'GB/T 14848-2017 §6.3 (并指出最差类别的指标): the items at the sample''s worst class; detected => false marks a non-detect';

-- the support objects
COMMENT ON FUNCTION @extschema@.groundwater_class_in(cstring) IS
	'groundwater_class text input: I..V, Ⅰ..Ⅴ or 1..5, with or without 类 (GB/T 14848-2017 §4.1)';
COMMENT ON FUNCTION @extschema@.groundwater_class_out(@extschema@.groundwater_class) IS
	'groundwater_class text output: I..V (GB/T 14848-2017 §4.1)';
COMMENT ON FUNCTION @extschema@.groundwater_class_recv(internal) IS
	'groundwater_class binary input: format version byte 1, then the class byte 1..5';
COMMENT ON FUNCTION @extschema@.groundwater_class_send(@extschema@.groundwater_class) IS
	'groundwater_class binary output: format version byte 1, then the class byte 1..5';
COMMENT ON FUNCTION @extschema@.groundwater_class_cmp(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'btree support: orders GB/T 14848-2017 classes best (I) to worst (V)';
COMMENT ON FUNCTION @extschema@.groundwater_class_eq(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'implements = for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_ne(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'implements <> for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_lt(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'implements < (better than) for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_le(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'implements <= (at least as good as) for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_gt(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'implements > (worse than) for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_ge(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'implements >= (at most as good as) for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_hash(@extschema@.groundwater_class) IS
	'hash support for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_hash_extended(@extschema@.groundwater_class, bigint) IS
	'extended hash support for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_larger(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'the worse of two GB/T 14848-2017 classes (max support)';
COMMENT ON FUNCTION @extschema@.groundwater_class_smaller(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'the better of two GB/T 14848-2017 classes (min support)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.groundwater_class) IS
	'the worst GB/T 14848-2017 groundwater class of a group';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.groundwater_class) IS
	'the best GB/T 14848-2017 groundwater class of a group';
COMMENT ON FUNCTION @extschema@.groundwater_class_to_integer(@extschema@.groundwater_class) IS
	'the GB/T 14848-2017 class number 1..5 (cast to integer)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'same GB/T 14848-2017 groundwater class';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'different GB/T 14848-2017 groundwater classes';
COMMENT ON OPERATOR @extschema@.< (@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'better GB/T 14848-2017 groundwater class';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'better or the same GB/T 14848-2017 groundwater class';
COMMENT ON OPERATOR @extschema@.> (@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'worse GB/T 14848-2017 groundwater class';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'worse or the same GB/T 14848-2017 groundwater class';
COMMENT ON OPERATOR CLASS @extschema@.groundwater_class_ops USING btree IS
	'btree order of GB/T 14848-2017 groundwater classes, I to V';
COMMENT ON OPERATOR CLASS @extschema@.groundwater_class_hash_ops USING hash IS
	'hash equality of GB/T 14848-2017 groundwater classes';
COMMENT ON CAST (@extschema@.groundwater_class AS integer) IS
	'the GB/T 14848-2017 class number 1..5';
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
COMMENT ON OPERATOR FAMILY @extschema@.groundwater_class_ops USING btree IS
	'btree order of GB/T 14848-2017 groundwater classes, I to V';
COMMENT ON OPERATOR FAMILY @extschema@.groundwater_class_hash_ops USING hash IS
	'hash equality of GB/T 14848-2017 groundwater classes';

-- ---------------------------------------------------------------------------
-- groundwater_class as a plain value for BI tools (new in 1.2):
-- value() and the casts to json and jsonb, as noise_grade and water_class
-- have them (550_noise_report.sql, 650_water_report.sql); the object is
-- written by the ordinal types' one json writer (src/ordinal.c).
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.value(@extschema@.groundwater_class) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.value(@extschema@.groundwater_class) IS
	'the GB/T 14848-2017 §4.1 class number 1 (I) .. 5 (V); the same as the cast to integer';

CREATE FUNCTION @extschema@.groundwater_class_json(@extschema@.groundwater_class) RETURNS json
	AS 'MODULE_PATHNAME', 'groundwater_class_json' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_jsonb(@extschema@.groundwater_class) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'groundwater_class_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.groundwater_class AS json)
	WITH FUNCTION @extschema@.groundwater_class_json(@extschema@.groundwater_class);
CREATE CAST (@extschema@.groundwater_class AS jsonb)
	WITH FUNCTION @extschema@.groundwater_class_jsonb(@extschema@.groundwater_class);
COMMENT ON CAST (@extschema@.groundwater_class AS json) IS
	'{class, name, use, use_en, drinking_source}: the GB/T 14848-2017 class 1..5, I..V, the use §4.1 says it suits and whether it suits a drinking-water source (I-III)';
COMMENT ON CAST (@extschema@.groundwater_class AS jsonb) IS
	'{class, name, use, use_en, drinking_source} of the GB/T 14848-2017 class, as jsonb';
-- Surface drinking-water sources (集中式生活饮用水地表水源地) under GB 3838-2002
-- Tables 1-3: compliance (达标) of a sample or source and its failing items.

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

CREATE AGGREGATE @extschema@.drinking_water_compliant(item text, value double precision) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 5376,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	FINALFUNC = @extschema@.drinking_water_compliant_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.drinking_water_compliant(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 5376,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	FINALFUNC = @extschema@.drinking_water_compliant_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.drinking_water_failures(item text, value double precision) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 5376,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	FINALFUNC = @extschema@.drinking_water_failures_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.drinking_water_failures(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 5376,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	FINALFUNC = @extschema@.drinking_water_failures_final,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.drinking_water_compliant(text, double precision) IS
	'GB 3838-2002 §5.1 single-factor evaluation of a river drinking-water source (达标) over its rows (each item''s mean): Table 1 class III or better without 水温, 总氮, 粪大肠菌群 (环办〔2011〕22号), every Table 2 and given Table 3 item within its limit';
COMMENT ON AGGREGATE @extschema@.drinking_water_compliant(text, double precision, text) IS
	'GB 3838-2002 §5.1 single-factor evaluation of a drinking-water source in a river, lake or reservoir (达标) over its rows (each item''s mean): Table 1 class III or better without 水温, 总氮, 粪大肠菌群, every Table 2 and given Table 3 item within its limit';
COMMENT ON AGGREGATE @extschema@.drinking_water_failures(text, double precision) IS
	'GB 3838-2002 §5.1 (超标的应说明超标项目和超标倍数): the failing items of a river drinking-water source with their exceedance multiples, e.g. 铁(0.50)';
COMMENT ON AGGREGATE @extschema@.drinking_water_failures(text, double precision, text) IS
	'GB 3838-2002 §5.1 (超标的应说明超标项目和超标倍数): the failing items of a drinking-water source in a river, lake or reservoir with their exceedance multiples, e.g. 铁(0.50)';

-- the support functions
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

-- ---------------------------------------------------------------------------
-- water_class as a plain value for BI tools (new in 1.1): value(), the casts
-- to json and jsonb, and water_report() over the classes of a set of
-- sections.  There is no water summary type: section_class() gives a
-- water_class per section and water_status() a status word, so the report
-- takes the sections' classes (array_agg(class)).
-- Sorting: ORDER BY a water_class column uses the type's btree order (I
-- first, 劣V last); ORDER BY its text does not.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.value(@extschema@.water_class) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.value(@extschema@.water_class) IS
	'the GB 3838-2002 class number 1 (I) .. 5 (V), 6 for 劣V (worse than V); the same as the cast to integer';

-- In C (src/ordinal.c, the template of the ordinal types).
CREATE FUNCTION @extschema@.water_class_json(@extschema@.water_class) RETURNS json
	AS 'MODULE_PATHNAME', 'water_class_json' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_jsonb(@extschema@.water_class) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'water_class_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.water_class AS json)
	WITH FUNCTION @extschema@.water_class_json(@extschema@.water_class);
CREATE CAST (@extschema@.water_class AS jsonb)
	WITH FUNCTION @extschema@.water_class_jsonb(@extschema@.water_class);
COMMENT ON CAST (@extschema@.water_class AS json) IS
	'{class, name, status, status_en, good}: the GB 3838-2002 class 1..6, I..劣V, the 《地表水环境质量评价办法（试行）》 status word and whether it is I-III (优良)';
COMMENT ON CAST (@extschema@.water_class AS jsonb) IS
	'{class, name, status, status_en, good} of the GB 3838-2002 class, as jsonb';

CREATE TYPE @extschema@.water_report AS (
	sections integer,
	class1 integer,
	class2 integer,
	class3 integer,
	class4 integer,
	class5 integer,
	class6 integer,
	good_sections integer,
	good_pct numeric(4,1),
	worse_than_v_pct numeric(4,1),
	status text,
	status_en text
);
COMMENT ON TYPE @extschema@.water_report IS
	'the classes of a set of sections as plain columns: counts per GB 3838-2002 class, shares and the 断面水质类别比例法 status';
COMMENT ON COLUMN @extschema@.water_report.sections IS 'sections with a class (NULL elements are left out)';
COMMENT ON COLUMN @extschema@.water_report.class1 IS 'sections of class I (GB 3838-2002)';
COMMENT ON COLUMN @extschema@.water_report.class2 IS 'sections of class II';
COMMENT ON COLUMN @extschema@.water_report.class3 IS 'sections of class III';
COMMENT ON COLUMN @extschema@.water_report.class4 IS 'sections of class IV';
COMMENT ON COLUMN @extschema@.water_report.class5 IS 'sections of class V';
COMMENT ON COLUMN @extschema@.water_report.class6 IS 'sections worse than class V (劣V)';
COMMENT ON COLUMN @extschema@.water_report.good_sections IS 'sections of class I-III (水质优良)';
COMMENT ON COLUMN @extschema@.water_report.good_pct IS 'good_sections / sections in percent, 0.1 (GB/T 8170)';
COMMENT ON COLUMN @extschema@.water_report.worse_than_v_pct IS 'class6 / sections in percent, 0.1 (劣V类比例)';
COMMENT ON COLUMN @extschema@.water_report.status IS 'the status word of 《地表水环境质量评价办法（试行）》 断面水质类别比例法 (优 .. 重度污染); NULL with fewer than 5 sections';
COMMENT ON COLUMN @extschema@.water_report.status_en IS 'the status word in English (excellent .. heavily polluted)';

CREATE FUNCTION @extschema@.water_report(classes @extschema@.water_class[])
	RETURNS @extschema@.water_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT ROW(n, c1, c2, c3, c4, c5, c6, c1 + c2 + c3,
			   @extschema@.pct(@extschema@.rate((c1 + c2 + c3)::double precision, n::double precision), 1),
			   @extschema@.pct(@extschema@.rate(c6::double precision, n::double precision), 1),
			   st,
			   CASE st WHEN '优' THEN 'excellent' WHEN '良好' THEN 'good'
					   WHEN '轻度污染' THEN 'slightly polluted' WHEN '中度污染' THEN 'moderately polluted'
					   WHEN '重度污染' THEN 'heavily polluted' END)::@extschema@.water_report
	FROM (SELECT pg_catalog.count(c)::integer AS n,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 1)::integer AS c1,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 2)::integer AS c2,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 3)::integer AS c3,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 4)::integer AS c4,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 5)::integer AS c5,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 6)::integer AS c6,
				 @extschema@.water_status(c) AS st
		  FROM pg_catalog.unnest(classes) AS c) x;
END;
COMMENT ON FUNCTION @extschema@.water_report(@extschema@.water_class[]) IS
	'the classes of a set of sections (array_agg(section_class)) as one flat row: counts per GB 3838-2002 class, I-III and 劣V shares, and the 《地表水环境质量评价办法（试行）》 断面水质类别比例法 status';

-- ---------------------------------------------------------------------------
-- section_report(item, value [, waterbody]) (new in 1.2): a section's class
-- with what was judged.  《地表水环境质量评价办法（试行）》(环办〔2011〕22号)
-- evaluates the 21 items of GB 3838-2002 Table 1 other than 水温, 总氮 and
-- 粪大肠菌群; a section measured on fewer of them still gets the worst class
-- of its measured items (section_class), and this row says how many items
-- that class rests on and marks it when they are fewer than the 21.
-- The same state and transition as section_class (610_water_evaluation.sql).
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.water_section_report AS (
	class integer,
	class_name text,
	judged_items integer,
	required_items integer,
	all_items_judged boolean,
	exceeding_items text
);
COMMENT ON TYPE @extschema@.water_section_report IS
	'one section''s GB 3838-2002 class as plain columns, with the number of items judged against the 21 evaluation items of the 2011 evaluation method (环办〔2011〕22号)';
COMMENT ON COLUMN @extschema@.water_section_report.class IS 'the section class 1 (I) .. 5 (V), 6 for 劣V: the worst class of the judged items'' period means (单因子评价法)';
COMMENT ON COLUMN @extschema@.water_section_report.class_name IS 'the class, I .. V or 劣V';
COMMENT ON COLUMN @extschema@.water_section_report.judged_items IS 'evaluation items with a value in the period, the items the class rests on';
COMMENT ON COLUMN @extschema@.water_section_report.required_items IS 'the evaluation items of the 2011 method: GB 3838-2002 Table 1 without 水温, 总氮 and 粪大肠菌群 (21)';
COMMENT ON COLUMN @extschema@.water_section_report.all_items_judged IS 'judged_items reaches required_items; false marks a class judged on fewer items than the method evaluates';
COMMENT ON COLUMN @extschema@.water_section_report.exceeding_items IS 'the judged items worse than class III with their 超标倍数, worst first, as exceeding_items(); '''' when none';

CREATE FUNCTION @extschema@.water_section_report_final(@extschema@.exact_state) RETURNS @extschema@.water_section_report
	AS 'MODULE_PATHNAME', 'water_section_report_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.section_report(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_section_report_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.section_report(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_section_report_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.section_report(text, double precision) IS
	'a section''s class over one row per measurement (river), as one row: the GB 3838-2002 class, the items judged and whether they are all 21 evaluation items of 环办〔2011〕22号, the exceeding items';
COMMENT ON AGGREGATE @extschema@.section_report(text, double precision, text) IS
	'a section''s class over one row per measurement of a river, lake or reservoir, as one row: the GB 3838-2002 class, the items judged and whether they are all 21 evaluation items of 环办〔2011〕22号, the exceeding items';

-- ---------------------------------------------------------------------------
-- noise_grade, water_class and groundwater_class compared with a string
-- (new in 1.2): JDBC's setString binds varchar and other drivers
-- text, for which "class <= $1" found no operator.  The string is read by
-- the type's text input (names and numbers: '二级' or '2', 'III', 'Ⅲ类' or
-- '3'; malformed: 22P02) and the ranks compared (src/ordinal.c); varchar
-- reaches these operators by its implicit cast to text.  An untyped
-- parameter or literal needs none of them: it becomes the type itself.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.noise_grade_text_eq(@extschema@.noise_grade, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'noise_grade_text_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_noise_grade_eq(text, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_noise_grade_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_text_ne(@extschema@.noise_grade, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'noise_grade_text_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_noise_grade_ne(text, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_noise_grade_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_text_lt(@extschema@.noise_grade, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'noise_grade_text_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_noise_grade_lt(text, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_noise_grade_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_text_le(@extschema@.noise_grade, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'noise_grade_text_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_noise_grade_le(text, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_noise_grade_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_text_gt(@extschema@.noise_grade, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'noise_grade_text_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_noise_grade_gt(text, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_noise_grade_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_text_ge(@extschema@.noise_grade, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'noise_grade_text_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_noise_grade_ge(text, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_noise_grade_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = text, FUNCTION = @extschema@.noise_grade_text_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = text, RIGHTARG = @extschema@.noise_grade, FUNCTION = @extschema@.text_noise_grade_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = text, FUNCTION = @extschema@.noise_grade_text_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = text, RIGHTARG = @extschema@.noise_grade, FUNCTION = @extschema@.text_noise_grade_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = text, FUNCTION = @extschema@.noise_grade_text_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = text, RIGHTARG = @extschema@.noise_grade, FUNCTION = @extschema@.text_noise_grade_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = text, FUNCTION = @extschema@.noise_grade_text_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = text, RIGHTARG = @extschema@.noise_grade, FUNCTION = @extschema@.text_noise_grade_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = text, FUNCTION = @extschema@.noise_grade_text_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = text, RIGHTARG = @extschema@.noise_grade, FUNCTION = @extschema@.text_noise_grade_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = text, FUNCTION = @extschema@.noise_grade_text_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = text, RIGHTARG = @extschema@.noise_grade, FUNCTION = @extschema@.text_noise_grade_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.noise_grade, text) IS
	'the HJ 640-2012 noise grade is the same as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.= (text, @extschema@.noise_grade) IS
	'the HJ 640-2012 noise grade the string names (its text input: name or number) is the same as the other';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.noise_grade, text) IS
	'the HJ 640-2012 noise grade differs from the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.<> (text, @extschema@.noise_grade) IS
	'the HJ 640-2012 noise grade the string names (its text input: name or number) differs from the other';
COMMENT ON OPERATOR @extschema@.< (@extschema@.noise_grade, text) IS
	'the HJ 640-2012 noise grade is better than the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.< (text, @extschema@.noise_grade) IS
	'the HJ 640-2012 noise grade the string names (its text input: name or number) is better than the other';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.noise_grade, text) IS
	'the HJ 640-2012 noise grade is at least as good as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.<= (text, @extschema@.noise_grade) IS
	'the HJ 640-2012 noise grade the string names (its text input: name or number) is at least as good as the other';
COMMENT ON OPERATOR @extschema@.> (@extschema@.noise_grade, text) IS
	'the HJ 640-2012 noise grade is worse than the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.> (text, @extschema@.noise_grade) IS
	'the HJ 640-2012 noise grade the string names (its text input: name or number) is worse than the other';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.noise_grade, text) IS
	'the HJ 640-2012 noise grade is at most as good as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.>= (text, @extschema@.noise_grade) IS
	'the HJ 640-2012 noise grade the string names (its text input: name or number) is at most as good as the other';

CREATE FUNCTION @extschema@.water_class_text_eq(@extschema@.water_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'water_class_text_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_water_class_eq(text, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_water_class_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_text_ne(@extschema@.water_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'water_class_text_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_water_class_ne(text, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_water_class_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_text_lt(@extschema@.water_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'water_class_text_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_water_class_lt(text, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_water_class_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_text_le(@extschema@.water_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'water_class_text_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_water_class_le(text, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_water_class_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_text_gt(@extschema@.water_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'water_class_text_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_water_class_gt(text, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_water_class_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_text_ge(@extschema@.water_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'water_class_text_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_water_class_ge(text, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_water_class_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.water_class, RIGHTARG = text, FUNCTION = @extschema@.water_class_text_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = text, RIGHTARG = @extschema@.water_class, FUNCTION = @extschema@.text_water_class_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.water_class, RIGHTARG = text, FUNCTION = @extschema@.water_class_text_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = text, RIGHTARG = @extschema@.water_class, FUNCTION = @extschema@.text_water_class_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.water_class, RIGHTARG = text, FUNCTION = @extschema@.water_class_text_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = text, RIGHTARG = @extschema@.water_class, FUNCTION = @extschema@.text_water_class_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.water_class, RIGHTARG = text, FUNCTION = @extschema@.water_class_text_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = text, RIGHTARG = @extschema@.water_class, FUNCTION = @extschema@.text_water_class_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.water_class, RIGHTARG = text, FUNCTION = @extschema@.water_class_text_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = text, RIGHTARG = @extschema@.water_class, FUNCTION = @extschema@.text_water_class_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.water_class, RIGHTARG = text, FUNCTION = @extschema@.water_class_text_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = text, RIGHTARG = @extschema@.water_class, FUNCTION = @extschema@.text_water_class_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.water_class, text) IS
	'the GB 3838-2002 water class is the same as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.= (text, @extschema@.water_class) IS
	'the GB 3838-2002 water class the string names (its text input: name or number) is the same as the other';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.water_class, text) IS
	'the GB 3838-2002 water class differs from the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.<> (text, @extschema@.water_class) IS
	'the GB 3838-2002 water class the string names (its text input: name or number) differs from the other';
COMMENT ON OPERATOR @extschema@.< (@extschema@.water_class, text) IS
	'the GB 3838-2002 water class is better than the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.< (text, @extschema@.water_class) IS
	'the GB 3838-2002 water class the string names (its text input: name or number) is better than the other';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.water_class, text) IS
	'the GB 3838-2002 water class is at least as good as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.<= (text, @extschema@.water_class) IS
	'the GB 3838-2002 water class the string names (its text input: name or number) is at least as good as the other';
COMMENT ON OPERATOR @extschema@.> (@extschema@.water_class, text) IS
	'the GB 3838-2002 water class is worse than the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.> (text, @extschema@.water_class) IS
	'the GB 3838-2002 water class the string names (its text input: name or number) is worse than the other';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.water_class, text) IS
	'the GB 3838-2002 water class is at most as good as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.>= (text, @extschema@.water_class) IS
	'the GB 3838-2002 water class the string names (its text input: name or number) is at most as good as the other';

CREATE FUNCTION @extschema@.groundwater_class_text_eq(@extschema@.groundwater_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'groundwater_class_text_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_groundwater_class_eq(text, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_groundwater_class_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_text_ne(@extschema@.groundwater_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'groundwater_class_text_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_groundwater_class_ne(text, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_groundwater_class_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_text_lt(@extschema@.groundwater_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'groundwater_class_text_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_groundwater_class_lt(text, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_groundwater_class_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_text_le(@extschema@.groundwater_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'groundwater_class_text_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_groundwater_class_le(text, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_groundwater_class_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_text_gt(@extschema@.groundwater_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'groundwater_class_text_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_groundwater_class_gt(text, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_groundwater_class_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_text_ge(@extschema@.groundwater_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'groundwater_class_text_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_groundwater_class_ge(text, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_groundwater_class_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = text, FUNCTION = @extschema@.groundwater_class_text_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = text, RIGHTARG = @extschema@.groundwater_class, FUNCTION = @extschema@.text_groundwater_class_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = text, FUNCTION = @extschema@.groundwater_class_text_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = text, RIGHTARG = @extschema@.groundwater_class, FUNCTION = @extschema@.text_groundwater_class_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = text, FUNCTION = @extschema@.groundwater_class_text_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = text, RIGHTARG = @extschema@.groundwater_class, FUNCTION = @extschema@.text_groundwater_class_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = text, FUNCTION = @extschema@.groundwater_class_text_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = text, RIGHTARG = @extschema@.groundwater_class, FUNCTION = @extschema@.text_groundwater_class_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = text, FUNCTION = @extschema@.groundwater_class_text_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = text, RIGHTARG = @extschema@.groundwater_class, FUNCTION = @extschema@.text_groundwater_class_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = text, FUNCTION = @extschema@.groundwater_class_text_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = text, RIGHTARG = @extschema@.groundwater_class, FUNCTION = @extschema@.text_groundwater_class_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.groundwater_class, text) IS
	'the GB/T 14848-2017 groundwater class is the same as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.= (text, @extschema@.groundwater_class) IS
	'the GB/T 14848-2017 groundwater class the string names (its text input: name or number) is the same as the other';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.groundwater_class, text) IS
	'the GB/T 14848-2017 groundwater class differs from the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.<> (text, @extschema@.groundwater_class) IS
	'the GB/T 14848-2017 groundwater class the string names (its text input: name or number) differs from the other';
COMMENT ON OPERATOR @extschema@.< (@extschema@.groundwater_class, text) IS
	'the GB/T 14848-2017 groundwater class is better than the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.< (text, @extschema@.groundwater_class) IS
	'the GB/T 14848-2017 groundwater class the string names (its text input: name or number) is better than the other';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.groundwater_class, text) IS
	'the GB/T 14848-2017 groundwater class is at least as good as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.<= (text, @extschema@.groundwater_class) IS
	'the GB/T 14848-2017 groundwater class the string names (its text input: name or number) is at least as good as the other';
COMMENT ON OPERATOR @extschema@.> (@extschema@.groundwater_class, text) IS
	'the GB/T 14848-2017 groundwater class is worse than the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.> (text, @extschema@.groundwater_class) IS
	'the GB/T 14848-2017 groundwater class the string names (its text input: name or number) is worse than the other';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.groundwater_class, text) IS
	'the GB/T 14848-2017 groundwater class is at most as good as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.>= (text, @extschema@.groundwater_class) IS
	'the GB/T 14848-2017 groundwater class the string names (its text input: name or number) is at most as good as the other';
-- The item names of GB 3838-2002 Tables 1-3 and GB/T 14848-2017 Tables 1
-- and 2, read from the tables the parsers use (docs/names.md).

-- The item as GB 3838-2002 Tables 1-3 print it: water_item('NH₃-N') is
-- '氨氮（NH3-N）', water_item('总铁') is '铁'.
CREATE FUNCTION @extschema@.water_item(name text) RETURNS text
	AS 'MODULE_PATHNAME', 'water_item_printed' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.water_item(text) IS
	'the surface-water item named, as GB 3838-2002 Tables 1-3 print it (化学需氧量（COD）); 22023 when unknown';

-- The item as GB/T 14848-2017 Tables 1 and 2 print it.
CREATE FUNCTION @extschema@.groundwater_item(name text) RETURNS text
	AS 'MODULE_PATHNAME', 'groundwater_item_printed' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.groundwater_item(text) IS
	'the groundwater item named, as GB/T 14848-2017 Tables 1 and 2 print it (氨氮（以N计）); 22023 when unknown';

-- Every item of the standard ('gb3838-2002', 'gbt14848-2017'; NULL: both)
-- in the order of its tables, with the other names accepted for it.
CREATE FUNCTION @extschema@.water_item_names(standard text DEFAULT NULL)
	RETURNS TABLE (standard text, table_no integer, item text, names text[])
	AS 'MODULE_PATHNAME', 'water_item_names' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 202;
COMMENT ON FUNCTION @extschema@.water_item_names(text) IS
	'the items of GB 3838-2002 Tables 1-3 and GB/T 14848-2017 Tables 1-2 as printed, with every other name the item arguments accept';
-- Laboratory readings below the detection limit ("0.01L", "<0.01", "ND")
-- read into values (docs/water.md, "Non-detects").

-- A reading's value: a number as it is; a non-detect under the convention
-- 'half_limit' (default: 环办监测函〔2020〕82号 point 7, SL 219-2013
-- §12.2.5), 'limit' or 'zero', at the reading's own limit ("0.01L") or,
-- for "ND", at detection_limit.
CREATE FUNCTION @extschema@.nondetect_value(reading text, detection_limit double precision DEFAULT NULL,
											convention text DEFAULT 'half_limit')
	RETURNS double precision
	AS 'MODULE_PATHNAME', 'nondetect_value' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nondetect_value(text, double precision, text) IS
	'the value of a laboratory reading (0.35, 0.01L, <0.01, ND with detection_limit); a non-detect is half its detection limit by default (环办监测函〔2020〕82号), or convention => ''limit'' or ''zero''';

-- Whether a reading is a non-detect ("0.01L", "<0.01", "ND", "未检出").
CREATE FUNCTION @extschema@.is_nondetect(reading text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'is_nondetect' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_nondetect(text) IS
	'whether a laboratory reading is below the detection limit (0.01L, <0.01, ND, 未检出); 22P02 when it is no reading';
-- HJ 212 data packets (HJ/T 212-2005, HJ 212-2017): a check for CHECK
-- constraints and WHERE clauses, and the packet's values as rows.

CREATE FUNCTION @extschema@.hj212_check(packet text) RETURNS text
	AS 'MODULE_PATHNAME', 'hj212_check' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hj212_check(text) IS
	'NULL when the text is a valid HJ 212 packet (HJ/T 212-2005 or HJ 212-2017: framing, length, the standard''s CRC in either case, CR LF optional, every header and CP field), else the reason';

CREATE FUNCTION @extschema@.hj212_values(packet text,
		OUT mn text, OUT st text, OUT cn text, OUT qn timestamp, OUT data_time timestamp,
		OUT code text, OUT pollutant text, OUT kind text, OUT value double precision,
		OUT flag text, OUT valid boolean)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'hj212_values' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.hj212_values(text) IS
	'the values of an HJ 212 packet, one row per code and kind (Rtd, Avg, Min, Max, Cou, ZsAvg...): header, DataTime (the period''s start, or the acquisition time for 2011), pollutant as ecoinsp names it, value as sent (units are not converted), data flag and validity; error 22P02 for an invalid packet';

CREATE FUNCTION @extschema@.hj212_frame(data text) RETURNS text
	AS 'MODULE_PATHNAME', 'hj212_frame' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hj212_frame(text) IS
	'an HJ 212 packet around a data segment: "##", its length in bytes, the segment, its CRC (HJ 212-2017 附录A, upper case) and CR LF; error 22003 beyond 1024 bytes';

-- ---------------------------------------------------------------------------
-- Bulletin sentences (new in 1.1): the standard sentences of a national or
-- municipal environmental bulletin (环境状况公报), written from the
-- summaries in Chinese ('zh', the default) or English ('en').  A previous
-- period's summary, when given, adds the year-over-year parts (同比);
-- figures that are NULL leave their clause out.  Percentages and changes
-- are rounded per GB/T 8170-2008 §3.3 (round_gb8170, pct).
-- ---------------------------------------------------------------------------

-- 'zh' or 'en', read as every label language argument is (the same name
-- table as category(aqi, lang), so the sentences accept what the labels
-- accept), else 22023.  C since 1.3.  Support function of the sentence
-- functions below.
CREATE FUNCTION @extschema@.bulletin_lang(lang text) RETURNS text
AS 'MODULE_PATHNAME', 'bulletin_lang' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- A change in the words of a bulletin: the magnitude (always positive) and
-- the word for its direction, e.g. 同比下降8.9% / down 8.9%.  Support
-- function of the sentence functions below.
CREATE FUNCTION @extschema@.bulletin_change(delta numeric, unit text, up_zh text, down_zh text,
											up_en text, down_en text, lang text)
	RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN CASE
		WHEN delta OPERATOR(pg_catalog.=) 0 THEN
			CASE lang WHEN 'zh' THEN '同比持平' ELSE 'unchanged' END
		WHEN lang OPERATOR(pg_catalog.=) 'zh' THEN
			'同比' OPERATOR(pg_catalog.||)
			CASE WHEN delta OPERATOR(pg_catalog.>) 0 THEN up_zh ELSE down_zh END
			OPERATOR(pg_catalog.||) pg_catalog.abs(delta)::text OPERATOR(pg_catalog.||) unit
		ELSE CASE WHEN delta OPERATOR(pg_catalog.>) 0 THEN up_en ELSE down_en END
			OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) pg_catalog.abs(delta)::text
			OPERATOR(pg_catalog.||) CASE unit WHEN '%' THEN '%' WHEN '个百分点' THEN ' percentage points'
											  WHEN '天' THEN CASE WHEN pg_catalog.abs(delta) OPERATOR(pg_catalog.=) 1 THEN ' day' ELSE ' days' END WHEN '分贝' THEN ' dB(A)' ELSE unit END
	END;

-- The change in percentage points between two shares given as counts,
-- from the exact shares (pp_change), rounded to 0.1 (GB/T 8170-2008 §3.3);
-- not the difference of the two rounded percentages.  Support function of
-- the sentence functions below.
CREATE FUNCTION @extschema@.bulletin_pp_change(part bigint, whole bigint, previous_part bigint,
											 previous_whole bigint)
	RETURNS numeric
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN @extschema@.round_gb8170(@extschema@.pp_change(
		@extschema@.rate(part::double precision, whole::double precision),
		@extschema@.rate(previous_part::double precision, previous_whole::double precision)), 1);

-- The air paragraph: composite index and its change, PM2.5, good days and
-- their ratio, heavy-pollution days, and the primary pollutants' shares of
-- the exceedance days.  period labels a summary that is not a calendar
-- year ('2024年1月', 'January 2024'); the PM2.5 mean is then not called
-- annual (年均).
CREATE FUNCTION @extschema@.air_sentence(current @extschema@.air_summary,
										 previous @extschema@.air_summary DEFAULT NULL,
										 lang text DEFAULT 'zh', area text DEFAULT NULL,
										 period text DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l text := @extschema@.bulletin_lang(lang);
	c @extschema@.air_report;
	p @extschema@.air_report;
	parts text[] := '{}';
	s text;
	shares text;
	note text := '';
BEGIN
	IF current IS NULL OR l IS NULL THEN
		RETURN NULL;
	END IF;
	c := @extschema@.air_report(current);
	IF previous IS NOT NULL THEN
		p := @extschema@.air_report(previous);
	END IF;
	-- GB 3095 Table 4: a calendar year (period NULL) by valid_year, another
	-- period (a month, year to date) by valid_period; the figures stay, the
	-- sentence says they rest on incomplete data
	IF (CASE WHEN period IS NULL THEN c.valid_year ELSE c.valid_period END) IS NOT TRUE THEN
		note := CASE l WHEN 'zh' THEN '本期有效监测数据不完整，未达到GB 3095表4的数据统计有效性规定。'
			ELSE ' The data of this period are incomplete: they do not meet the validity rules of GB 3095 Table 4.' END;
	END IF;
	IF l = 'zh' THEN
		s := coalesce(period, c.year || '年') || '，';
		IF c.composite_index IS NOT NULL THEN
			parts := parts || (coalesce(area, '全市') || '环境空气质量综合指数为' || c.composite_index
				|| coalesce('，' || @extschema@.bulletin_change(
					@extschema@.round_gb8170(@extschema@.improvement(c.composite_index, p.composite_index), 1),
					'%'::text, '改善'::text, '变差'::text, ''::text, ''::text, l), ''));
		END IF;
		IF c.pm25 IS NOT NULL THEN
			parts := parts || ('PM2.5' || CASE WHEN period IS NULL THEN '年均' ELSE '平均' END || '浓度为' || c.pm25 || '微克/立方米'
				|| coalesce('，' || @extschema@.bulletin_change(
					@extschema@.round_gb8170(@extschema@.yoy_change(c.pm25, p.pm25), 1),
					'%'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), ''));
		END IF;
		IF c.good_day_pct IS NOT NULL THEN
			parts := parts || ('优良天数' || c.good_days || '天，优良天数比例为' || c.good_day_pct || '%'
				|| coalesce('，' || @extschema@.bulletin_change(@extschema@.bulletin_pp_change(c.good_days::bigint, c.aqi_days::bigint, p.good_days::bigint, p.aqi_days::bigint),
					'个百分点'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), ''));
			parts := parts || ('重污染天数' || c.heavy_days || '天'
				|| coalesce('，' || @extschema@.bulletin_change((c.heavy_days - p.heavy_days)::numeric,
					'天'::text, '增加'::text, '减少'::text, ''::text, ''::text, l), ''));
		END IF;
		IF c.exceedance_days = 0 THEN
			parts := parts || '无超标天'::text;
		ELSIF c.exceedance_days > 0 THEN
			SELECT string_agg(CASE WHEN n = 1 THEN '以' || name || '为首要污染物的超标天数占总超标天数的' || v || '%'
								   ELSE '以' || name || '为首要污染物的占' || v || '%' END, '，' ORDER BY n)
			INTO shares
			FROM (SELECT name, v, row_number() OVER (ORDER BY v DESC, k) AS n
				  FROM (VALUES (1, 'PM2.5', c.pm25_primary_pct), (2, '臭氧', c.o3_primary_pct),
							   (3, 'PM10', c.pm10_primary_pct), (4, '二氧化氮', c.no2_primary_pct),
							   (5, '二氧化硫', c.so2_primary_pct), (6, '一氧化碳', c.co_primary_pct)) t(k, name, v)
				  WHERE v > 0) x;
			parts := parts || shares;
		END IF;
		RETURN s || array_to_string(parts, '；') || '。' || note;
	END IF;

	s := 'In ' || coalesce(period, c.year::text) || ', ';
	IF c.composite_index IS NOT NULL THEN
		parts := parts || (coalesce(area, 'the city') || '''s ambient air quality composite index was ' || c.composite_index
			|| coalesce(', ' || @extschema@.bulletin_change(
				@extschema@.round_gb8170(@extschema@.improvement(c.composite_index, p.composite_index), 1),
				'%'::text, ''::text, ''::text, 'an improvement of'::text, 'a deterioration of'::text, l) || ' year on year', ''));
	END IF;
	IF c.pm25 IS NOT NULL THEN
		parts := parts || ('the ' || CASE WHEN period IS NULL THEN 'annual ' ELSE '' END || 'mean PM2.5 concentration was ' || c.pm25 || ' µg/m³'
			|| coalesce(', ' || @extschema@.bulletin_change(
				@extschema@.round_gb8170(@extschema@.yoy_change(c.pm25, p.pm25), 1),
				'%'::text, ''::text, ''::text, 'up'::text, 'down'::text, l) || ' year on year', ''));
	END IF;
	IF c.good_day_pct IS NOT NULL THEN
		parts := parts || (c.good_days || ' days were good or excellent (AQI ≤ 100), ' || c.good_day_pct || '% of the days'
			|| coalesce(', ' || @extschema@.bulletin_change(@extschema@.bulletin_pp_change(c.good_days::bigint, c.aqi_days::bigint, p.good_days::bigint, p.aqi_days::bigint),
				'个百分点'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), ''));
		parts := parts || (c.heavy_days || ' days were heavily polluted (AQI > 200)'
			|| coalesce(', ' || @extschema@.bulletin_change((c.heavy_days - p.heavy_days)::numeric,
				'天'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), ''));
	END IF;
	IF c.exceedance_days = 0 THEN
		parts := parts || 'no day exceeded the standard'::text;
	ELSIF c.exceedance_days > 0 THEN
		SELECT string_agg(CASE WHEN n = 1 THEN name || ' was the primary pollutant on ' || v || '% of the days exceeding the standard'
							   ELSE name || ' on ' || v || '%' END, ', ' ORDER BY n)
		INTO shares
		FROM (SELECT name, v, row_number() OVER (ORDER BY v DESC, k) AS n
			  FROM (VALUES (1, 'PM2.5', c.pm25_primary_pct), (2, 'ozone', c.o3_primary_pct),
						   (3, 'PM10', c.pm10_primary_pct), (4, 'NO2', c.no2_primary_pct),
						   (5, 'SO2', c.so2_primary_pct), (6, 'CO', c.co_primary_pct)) t(k, name, v)
			  WHERE v > 0) x;
		parts := parts || shares;
	END IF;
	RETURN s || array_to_string(parts, '; ') || '.' || note;
END
$$;
COMMENT ON FUNCTION @extschema@.air_sentence(@extschema@.air_summary, @extschema@.air_summary, text, text, text) IS
	'the air paragraph of a bulletin in Chinese (zh) or English (en): composite index (城市环境空气质量排名技术规定) and its improvement, PM2.5 annual mean (HJ 663-2013), good and heavy days (HJ 633 Table 2), primary-pollutant shares of the exceedance days; year-over-year parts when previous is given; a closing note when the data miss the GB 3095 Table 4 validity rules (valid_year for a year, valid_period for another period)';

-- The rectification and petitions sentence (督察整改与信访).
CREATE FUNCTION @extschema@.rectification_sentence(current @extschema@.rectification_summary,
												   petitions @extschema@.rate DEFAULT NULL,
												   lang text DEFAULT 'zh')
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l text := @extschema@.bulletin_lang(lang);
	r @extschema@.rectification_report;
	parts text[] := '{}';
BEGIN
	IF l IS NULL OR (current IS NULL AND petitions IS NULL) THEN
		RETURN NULL;
	END IF;
	IF current IS NOT NULL THEN
		r := @extschema@.rectification_report(current);
		IF l = 'zh' THEN
			parts := parts || ('截至' || to_char(r.as_of, 'YYYY"年"FMMM"月"FMDD"日"') || '，' || r.total
				|| '项督察反馈问题中，' || CASE WHEN r.due = 0 THEN '尚无问题到整改时限'
				ELSE r.due || '项已到整改时限，已完成' || r.completed_due || '项，完成率' || r.completion_pct
					|| '%（按期完成率' || r.on_time_pct || '%' || CASE WHEN r.overdue > 0
					THEN '，逾期未完成' || r.overdue || '项' ELSE '' END || '）' END);
		ELSE
			parts := parts || ('As of ' || to_char(r.as_of, 'FMDD FMMonth YYYY') || ', '
				|| CASE WHEN r.due = 0 THEN 'none of the ' || r.total || ' inspection feedback issues was due for rectification'
				ELSE r.due || ' of the ' || r.total || ' inspection feedback issues were due for rectification and '
					|| r.completed_due || ' of them had been completed (' || r.completion_pct || '%; '
					|| r.on_time_pct || '% on time' || CASE WHEN r.overdue > 0
					THEN ', ' || r.overdue || ' overdue' ELSE '' END || ')' END);
		END IF;
	END IF;
	IF @extschema@.denominator(petitions) > 0 THEN
		IF l = 'zh' THEN
			parts := parts || ('受理信访件' || @extschema@.denominator(petitions) || '件，办结'
				|| @extschema@.numerator(petitions) || '件，办结率' || @extschema@.pct(petitions, 1) || '%');
		ELSE
			parts := parts || (@extschema@.numerator(petitions) || ' of ' || @extschema@.denominator(petitions)
				|| ' petitions were resolved (' || @extschema@.pct(petitions, 1) || '%)');
		END IF;
	END IF;
	IF cardinality(parts) = 0 THEN
		RETURN NULL;
	END IF;
	RETURN CASE l WHEN 'zh' THEN array_to_string(parts, '；') || '。'
				  ELSE array_to_string(parts, '; ') || '.' END;
END
$$;
COMMENT ON FUNCTION @extschema@.rectification_sentence(@extschema@.rectification_summary, @extschema@.rate, text) IS
	'the rectification and petitions sentence in Chinese (zh) or English (en): issues due, completed, completion and on-time rates, overdue; petitions resolved (percentages per GB/T 8170-2008 §3.3)';

-- The noise sentence (声环境): the day and night mean levels, their HJ
-- 640-2012 grades, and the change from the previous period's levels.
CREATE FUNCTION @extschema@.noise_sentence(day_level double precision, night_level double precision,
										   kind text DEFAULT 'regional',
										   previous_day double precision DEFAULT NULL,
										   previous_night double precision DEFAULT NULL,
										   lang text DEFAULT 'zh', area text DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l text := @extschema@.bulletin_lang(lang);
	k text;
	d @extschema@.noise_report;
	n @extschema@.noise_report;
	parts text[] := '{}';
	subject text;
BEGIN
	IF l IS NULL OR kind IS NULL OR (day_level IS NULL AND night_level IS NULL) THEN
		RETURN NULL;
	END IF;
	-- the kind as noise_grade() reads it (22023 for an unknown name)
	k := @extschema@.noise_kind(kind);
	d := @extschema@.noise_report(day_level, k, 'day'::text);
	n := @extschema@.noise_report(night_level, k, 'night'::text);
	IF l = 'zh' THEN
		subject := coalesce(area, '全市') || CASE k WHEN 'regional' THEN '区域声环境' ELSE '道路交通声环境' END;
		IF d.level_db IS NOT NULL THEN
			parts := parts || ('昼间' || CASE k WHEN 'regional' THEN '' ELSE '长度加权' END || '平均等效声级为'
				|| d.level_db || '分贝' || coalesce('，' || @extschema@.bulletin_change(
					d.level_db - @extschema@.round_gb8170(previous_day, 1), '分贝'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), '')
				|| '，质量等级为' || d.grade_name || '（' || d.label || '）');
		END IF;
		IF n.level_db IS NOT NULL THEN
			parts := parts || ('夜间' || CASE k WHEN 'regional' THEN '' ELSE '长度加权' END || '平均等效声级为'
				|| n.level_db || '分贝' || coalesce('，' || @extschema@.bulletin_change(
					n.level_db - @extschema@.round_gb8170(previous_night, 1), '分贝'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), '')
				|| '，质量等级为' || n.grade_name || '（' || n.label || '）');
		END IF;
		RETURN subject || array_to_string(parts, '；') || '。';
	END IF;
	subject := CASE k WHEN 'regional' THEN 'Regional environmental noise' ELSE 'Road traffic noise' END
		|| coalesce(' in ' || area, '') || ': ';
	IF d.level_db IS NOT NULL THEN
		parts := parts || ('the daytime ' || CASE k WHEN 'regional' THEN '' ELSE 'length-weighted ' END
			|| 'mean equivalent level was ' || d.level_db || ' dB(A), grade ' || d.grade || ' (' || d.label_en || ')'
			|| coalesce(', ' || @extschema@.bulletin_change(
				d.level_db - @extschema@.round_gb8170(previous_day, 1), '分贝'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), ''));
	END IF;
	IF n.level_db IS NOT NULL THEN
		parts := parts || ('the night-time ' || CASE k WHEN 'regional' THEN '' ELSE 'length-weighted ' END
			|| 'mean was ' || n.level_db || ' dB(A), grade ' || n.grade || ' (' || n.label_en || ')'
			|| coalesce(', ' || @extschema@.bulletin_change(
				n.level_db - @extschema@.round_gb8170(previous_night, 1), '分贝'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), ''));
	END IF;
	RETURN subject || array_to_string(parts, '; ') || '.';
END
$$;
COMMENT ON FUNCTION @extschema@.noise_sentence(double precision, double precision, text, double precision, double precision, text, text) IS
	'the noise sentence in Chinese (zh) or English (en): day and night mean levels to 0.1 dB(A), their HJ 640-2012 grades (kind regional: Tables 1-2; road_traffic: Table 3) and the change from the previous levels';

-- The water sentence (地表水环境): the share of sections in class I-III and
-- worse than V, the change in percentage points, and the status word.
CREATE FUNCTION @extschema@.water_sentence(current @extschema@.water_report,
										   previous @extschema@.water_report DEFAULT NULL,
										   lang text DEFAULT 'zh', area text DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l text := @extschema@.bulletin_lang(lang);
	c @extschema@.water_report := current;
	p @extschema@.water_report := previous;
BEGIN
	IF l IS NULL OR c.sections IS NULL OR c.sections = 0 THEN
		RETURN NULL;
	END IF;
	IF l = 'zh' THEN
		RETURN coalesce(area, '全市') || c.sections || '个地表水监测断面中，Ⅰ～Ⅲ类水质断面' || c.good_sections
			|| '个，占' || c.good_pct || '%' || coalesce('，' || @extschema@.bulletin_change(
				@extschema@.bulletin_pp_change(c.good_sections::bigint, c.sections::bigint, p.good_sections::bigint, p.sections::bigint), '个百分点'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), '')
			|| '；劣Ⅴ类断面' || c.class6 || '个，占' || c.worse_than_v_pct || '%' || coalesce('，' || @extschema@.bulletin_change(
				@extschema@.bulletin_pp_change(c.class6::bigint, c.sections::bigint, p.class6::bigint, p.sections::bigint), '个百分点'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), '')
			|| coalesce('；水质状况为' || c.status, '') || '。';
	END IF;
	RETURN 'Of the ' || c.sections || ' surface-water sections monitored' || coalesce(' in ' || area, '') || ', '
		|| c.good_sections || ' (' || c.good_pct || '%) ' || CASE c.good_sections WHEN 1 THEN 'was' ELSE 'were' END || ' in class I-III' || coalesce(', ' || @extschema@.bulletin_change(
			@extschema@.bulletin_pp_change(c.good_sections::bigint, c.sections::bigint, p.good_sections::bigint, p.sections::bigint), '个百分点'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), '')
		|| '; ' || c.class6 || ' (' || c.worse_than_v_pct || '%) ' || CASE c.class6 WHEN 1 THEN 'was' ELSE 'were' END || ' worse than class V' || coalesce(', ' || @extschema@.bulletin_change(
			@extschema@.bulletin_pp_change(c.class6::bigint, c.sections::bigint, p.class6::bigint, p.sections::bigint), '个百分点'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), '')
		|| coalesce('; the water quality was ' || c.status_en, '') || '.';
END
$$;
COMMENT ON FUNCTION @extschema@.water_sentence(@extschema@.water_report, @extschema@.water_report, text, text) IS
	'the surface-water sentence in Chinese (zh) or English (en): sections in GB 3838-2002 class I-III and worse than V, their change in percentage points, and the 《地表水环境质量评价办法（试行）》 status';

-- The helpers are support functions (1.3: commented, so that \df+ says so).
COMMENT ON FUNCTION @extschema@.bulletin_lang(text) IS
	'support function of the sentence functions (air_sentence, noise_sentence, ...), not for direct use: the label language ''zh'' or ''en'' of a lang argument, read as category(aqi, lang) reads it';
COMMENT ON FUNCTION @extschema@.bulletin_change(numeric, text, text, text, text, text, text) IS
	'support function of the sentence functions, not for direct use: a year-over-year change in the words of a bulletin (同比下降8.9% / down 8.9%)';
COMMENT ON FUNCTION @extschema@.bulletin_pp_change(bigint, bigint, bigint, bigint) IS
	'support function of the sentence functions, not for direct use: the change in percentage points between two shares given as counts, from the exact shares, rounded to 0.1 (GB/T 8170-2008)';

-- ---------------------------------------------------------------------------
-- Comments on the user-facing objects that ecoinsp 1.0 created without one
-- (new in 1.1).  This piece is part of both the install script and the
-- 1.0 -> 1.1 upgrade script: COMMENT ON replaces, so it serves both.
-- Objects new in 1.1 are commented beside their definitions.
--
-- Support functions are not commented; they are named by the convention
-- <type>_<role>, role one of in, out, recv, send (type I/O), cmp, eq, ne,
-- lt, le, gt, ge, hash, hash_extended (operators and operator classes),
-- larger, smaller, trans, transfn, final, combine, serialize, deserialize,
-- invfn, merge (aggregates), json, jsonb (casts), plus <type>_<op>_int4 /
-- int4_<op>_<type> (cross-type operators); the sentence functions'
-- bulletin_* helpers are commented as support functions (800_bulletin.sql,
-- 1.3).  sql/comments.sql checks both halves.
-- ---------------------------------------------------------------------------

-- the aqi type (HJ 633-2012, HJ 633-2026, US EPA 2024)
COMMENT ON TYPE @extschema@.aqi IS
	'an air quality index: value (integer, HJ 633-2012 §6.2), standard, primary pollutants (HJ 633-2012 §3.3) and exceeding pollutants (§3.4), beyond-scale flag; ordered by value';
COMMENT ON FUNCTION @extschema@.iaqi(text, double precision, text, text) IS
	'the individual air quality index IAQI of one concentration (HJ 633-2012 Table 1 and formula (1), HJ 633-2026 Table 3, US EPA 2024); period NULL: the pollutant''s daily-report indicator';
COMMENT ON FUNCTION @extschema@.aqi_daily(double precision, double precision, double precision, double precision, double precision, double precision, double precision, text, double precision) IS
	'the daily AQI (日报) from 24-hour means and the O3 daily maximum 8-hour mean: the largest IAQI (HJ 633-2012 §5, HJ 633-2026 §4), with its primary and exceeding pollutants; concentrations at reporting precision first (GB/T 8170, as bulletins and HJ 633-2026 §4.2.2; rounding => ''as_given'' for HJ 633-2012 read literally)';
COMMENT ON FUNCTION @extschema@.aqi_hourly(double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, text) IS
	'the real-time AQI (实时报) from 1-hour values, with the O3 8-hour and PM 24-hour moving means of HJ 633-2012 Table 1 notes';
COMMENT ON FUNCTION @extschema@.value(@extschema@.aqi) IS
	'the index value, an integer (HJ 633-2012 §6.2, HJ 633-2026 §4.2.6); the same as the cast to integer';
COMMENT ON CAST (@extschema@.aqi AS integer) IS
	'the index value (HJ 633-2012 §6.2), as value(aqi)';
COMMENT ON FUNCTION @extschema@.level(@extschema@.aqi) IS
	'the AQI level 1..6 (HJ 633-2012 Table 2; the US categories have the same bounds)';
COMMENT ON FUNCTION @extschema@.category(@extschema@.aqi, text) IS
	'the AQI category in Chinese (zh: 优 .. 严重污染, HJ 633-2012 Table 2) or English (en)';
COMMENT ON FUNCTION @extschema@.color(@extschema@.aqi) IS
	'the colour of the AQI level as #RRGGBB (HJ 633-2012 Table 2 and Appendix A)';
COMMENT ON FUNCTION @extschema@.primary_pollutants(@extschema@.aqi) IS
	'the primary pollutants 首要污染物 (HJ 633-2012 §3.3: IAQI largest, AQI > 50); {} when none';
COMMENT ON FUNCTION @extschema@.exceeding_pollutants(@extschema@.aqi) IS
	'the exceeding pollutants 超标污染物 (HJ 633-2012 §3.4: IAQI > 100); always {} outside HJ 633-2012';
COMMENT ON FUNCTION @extschema@.standard(@extschema@.aqi) IS
	'the standard the index was computed by: hj633-2012, hj633-2026 or us-epa-2024';
COMMENT ON FUNCTION @extschema@.is_beyond_scale(@extschema@.aqi) IS
	'a sub-index was above the top of its column (HJ 633-2012 Table 1 ends at 500)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.aqi) IS
	'the worst AQI of the group, keeping its primary pollutants (ordered by value, HJ 633-2012 §6.2)';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.aqi) IS
	'the best AQI of the group, keeping its primary pollutants (ordered by value, HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.< (@extschema@.aqi, @extschema@.aqi) IS 'lower index value (HJ 633-2012 §6.2); ties broken by standard and pollutants';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.aqi, @extschema@.aqi) IS 'lower or equal (index value first, HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.aqi, @extschema@.aqi) IS 'identical: value, standard, primary and exceeding pollutants (HJ 633-2012 §3.3, §3.4, §6.2)';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.aqi, @extschema@.aqi) IS 'not identical (value, standard or pollutants differ)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.aqi, @extschema@.aqi) IS 'higher or equal (index value first, HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.aqi, @extschema@.aqi) IS 'higher index value (HJ 633-2012 §6.2); ties broken by standard and pollutants';

-- rate, GB/T 8170 rounding, change between periods
COMMENT ON FUNCTION @extschema@.rate(double precision, double precision) IS
	'a rate numerator/denominator (both non-negative and finite), e.g. good days of valid days (优良天数比例)';
COMMENT ON FUNCTION @extschema@.numerator(@extschema@.rate) IS 'the numerator of the rate';
COMMENT ON FUNCTION @extschema@.denominator(@extschema@.rate) IS 'the denominator of the rate';
COMMENT ON FUNCTION @extschema@.float8(@extschema@.rate) IS
	'numerator / denominator; error 22012 when the denominator is 0 (use fraction())';
COMMENT ON FUNCTION @extschema@.numeric(@extschema@.rate) IS
	'numerator / denominator as numeric; error 22012 when the denominator is 0 (use fraction())';
COMMENT ON CAST (@extschema@.rate AS double precision) IS 'numerator / denominator; error when the denominator is 0';
COMMENT ON CAST (@extschema@.rate AS numeric) IS 'numerator / denominator; error when the denominator is 0';
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.rate) IS
	'the merged rate: numerators added, denominators added (district rates into the city''s rate)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.rate) IS 'the largest rate by value (denominator 0 last)';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.rate) IS 'the smallest rate by value';
COMMENT ON AGGREGATE @extschema@.rate_agg(boolean) IS
	'the rate of true rows: true counts in both parts, false in the denominator, NULL is skipped (e.g. rate_agg(aqi <= 100), 优良天数比例)';
COMMENT ON AGGREGATE @extschema@.rate_agg(double precision, double precision) IS
	'the rate of weighted parts: numerators summed over denominators summed (exact); a row with a NULL is skipped';
COMMENT ON FUNCTION @extschema@.pp_change(@extschema@.rate, @extschema@.rate) IS
	'the change in percentage points (百分点) from previous to current; round with round_gb8170 (GB/T 8170-2008 §3.3)';
COMMENT ON FUNCTION @extschema@.round_gb8170(numeric, integer) IS
	'rounds to digits decimals per GB/T 8170-2008 §3.3 (四舍六入五成双, half to even) on the exact decimal value';
COMMENT ON FUNCTION @extschema@.round_gb8170(double precision, integer) IS
	'rounds the exact decimal value of the double to digits decimals per GB/T 8170-2008 §3.3 (half to even)';
COMMENT ON FUNCTION @extschema@.yoy_change(double precision, double precision) IS
	'year-over-year change in percent (同比): (current - previous) / previous * 100; NULL when previous is 0';
COMMENT ON FUNCTION @extschema@.yoy_change(numeric, numeric) IS
	'year-over-year change in percent (同比): (current - previous) / previous * 100; NULL when previous is 0';
COMMENT ON FUNCTION @extschema@.yoy_change(integer, integer) IS
	'year-over-year change in percent (同比): (current - previous) / previous * 100; NULL when previous is 0';
COMMENT ON FUNCTION @extschema@.improvement(double precision, double precision) IS
	'improvement in percent (同比改善) of a lower-is-better indicator: (previous - current) / previous * 100';
COMMENT ON FUNCTION @extschema@.improvement(numeric, numeric) IS
	'improvement in percent (同比改善) of a lower-is-better indicator: (previous - current) / previous * 100';
COMMENT ON FUNCTION @extschema@.improvement(integer, integer) IS
	'improvement in percent (同比改善) of a lower-is-better indicator: (previous - current) / previous * 100';
COMMENT ON FUNCTION @extschema@.yoy_change(double precision, integer) IS
	'window: the change in percent from the row exactly one year earlier (period a year); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.yoy_change(double precision, date) IS
	'window: the change in percent from the row exactly one year earlier (period a date); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.yoy_change(numeric, integer) IS
	'window: the change in percent from the row exactly one year earlier (period a year); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.yoy_change(numeric, date) IS
	'window: the change in percent from the row exactly one year earlier (period a date); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.improvement(double precision, integer) IS
	'window: the improvement in percent over the row exactly one year earlier (period a year); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.improvement(double precision, date) IS
	'window: the improvement in percent over the row exactly one year earlier (period a date); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.improvement(numeric, integer) IS
	'window: the improvement in percent over the row exactly one year earlier (period a year); NULL when that row is missing';
COMMENT ON FUNCTION @extschema@.improvement(numeric, date) IS
	'window: the improvement in percent over the row exactly one year earlier (period a date); NULL when that row is missing';
COMMENT ON OPERATOR @extschema@.< (@extschema@.rate, @extschema@.rate) IS 'smaller by value (denominator 0 last)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.rate, @extschema@.rate) IS 'smaller or equal by value (denominator 0 last)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.rate, @extschema@.rate) IS 'equal by value (1/2 = 2/4); all rates with denominator 0 are equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.rate, @extschema@.rate) IS 'different by value';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.rate, @extschema@.rate) IS 'larger or equal by value (denominator 0 last)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.rate, @extschema@.rate) IS 'larger by value (denominator 0 last)';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.rate, @extschema@.rate) IS
	'the merged rate: numerators added, denominators added';

-- rectification of inspection feedback issues (督察反馈问题整改)
COMMENT ON AGGREGATE @extschema@.rectification(date, date, date) IS
	'counts inspection feedback issues (deadline, completion date) as of a date into a rectification_summary; NULL without rows';
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.rectification_summary) IS
	'merges rectification summaries taken as of the same date';
COMMENT ON FUNCTION @extschema@.as_of(@extschema@.rectification_summary) IS 'the date the issues are counted as of';
COMMENT ON FUNCTION @extschema@.total(@extschema@.rectification_summary) IS 'all issues (反馈问题总数)';
COMMENT ON FUNCTION @extschema@.with_deadline(@extschema@.rectification_summary) IS 'issues with a rectification deadline';
COMMENT ON FUNCTION @extschema@.due(@extschema@.rectification_summary) IS 'issues whose deadline is on or before as_of (已到整改时限)';
COMMENT ON FUNCTION @extschema@.completed(@extschema@.rectification_summary) IS 'issues completed by as_of, due or not';
COMMENT ON FUNCTION @extschema@.completed_due(@extschema@.rectification_summary) IS 'due issues completed by as_of (到期已完成)';
COMMENT ON FUNCTION @extschema@.overdue(@extschema@.rectification_summary) IS 'due issues not completed by as_of (逾期未完成)';
COMMENT ON FUNCTION @extschema@.completed_on_time(@extschema@.rectification_summary) IS 'issues completed on or before their own deadline, due or not (按期完成)';
COMMENT ON OPERATOR @extschema@.< (@extschema@.rectification_summary, @extschema@.rectification_summary) IS 'an order of the fields without further meaning (sorting, merge joins)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.rectification_summary, @extschema@.rectification_summary) IS 'an order of the fields without further meaning';
COMMENT ON OPERATOR @extschema@.= (@extschema@.rectification_summary, @extschema@.rectification_summary) IS 'all fields equal (DISTINCT, GROUP BY, UNION, joins)';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.rectification_summary, @extschema@.rectification_summary) IS 'some field differs';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.rectification_summary, @extschema@.rectification_summary) IS 'an order of the fields without further meaning';
COMMENT ON OPERATOR @extschema@.> (@extschema@.rectification_summary, @extschema@.rectification_summary) IS 'an order of the fields without further meaning';

-- air_summary (HJ 663-2013, GB 3095-2012/2026, HJ 633)
COMMENT ON AGGREGATE @extschema@.air_summary(date, double precision, double precision, double precision, double precision, double precision, double precision) IS
	'the summary of daily concentrations SO2, NO2, PM10, CO (mg/m³), O3 MDA8, PM2.5 (µg/m³) of one year; several stations on one day are averaged (HJ 663-2013 city value); daily AQI by HJ 633 of the day''s date';
COMMENT ON AGGREGATE @extschema@.air_summary(date, double precision, double precision, double precision, double precision, double precision, double precision, text) IS
	'the summary of daily concentrations of one year with the daily AQI by the given HJ 633 edition (hj633-2012, hj633-2026)';
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.air_summary) IS
	'merges summaries (station-months into the city''s year): the same as aggregating their days directly';
COMMENT ON FUNCTION @extschema@.year(@extschema@.air_summary) IS 'the calendar year of the summary';
COMMENT ON FUNCTION @extschema@.aqi_standard(@extschema@.air_summary) IS
	'the HJ 633 edition of the daily AQI: hj633-2012, hj633-2026 or ''by date'' (2012 until 2026-02-28)';
COMMENT ON FUNCTION @extschema@.valid_days(@extschema@.air_summary) IS
	'days on which all six pollutants have a valid daily value (GB 3095 Table 4)';
COMMENT ON FUNCTION @extschema@.valid_days(@extschema@.air_summary, text) IS
	'days with a valid daily value of the pollutant (GB 3095 Table 4)';
COMMENT ON FUNCTION @extschema@.is_valid_year(@extschema@.air_summary) IS
	'each of the six pollutants has a valid year: at least 324 daily values, 27 in every month, 25 in February (GB 3095 Table 4)';
COMMENT ON FUNCTION @extschema@.is_valid_year(@extschema@.air_summary, text) IS
	'the pollutant has a valid year: at least 324 daily values, 27 in every month, 25 in February (GB 3095 Table 4)';
COMMENT ON FUNCTION @extschema@.is_valid_month(@extschema@.air_summary, integer) IS
	'each of the six pollutants has at least 27 daily values in the month, 25 in February (GB 3095 Table 4)';
COMMENT ON FUNCTION @extschema@.is_valid_month(@extschema@.air_summary, integer, text) IS
	'the pollutant has at least 27 daily values in the month, 25 in February (GB 3095 Table 4)';
COMMENT ON FUNCTION @extschema@.mean(@extschema@.air_summary, text) IS
	'the mean of the city daily values of the pollutant, unrounded (HJ 663-2013 annual mean)';
COMMENT ON FUNCTION @extschema@.percentile(@extschema@.air_summary, text, double precision) IS
	'the HJ 663-2013 percentile of the daily values, exact: k = 1 + (n-1)p/100, X(s) + (X(s+1) - X(s))(k - s)';
COMMENT ON FUNCTION @extschema@.evaluation_value(@extschema@.air_summary, text, text) IS
	'the HJ 663-2013 evaluation value at reporting precision (GB/T 8170): annual means of SO2, NO2, PM10, PM2.5, CO 24-h 95th and O3 MDA8 90th percentiles; statistic ''24h'' or ''mean'' for the others';
COMMENT ON FUNCTION @extschema@.compliant(@extschema@.air_summary, text, integer, text) IS
	'the pollutant meets the GB 3095 (2012, 2026 transitional or final) Table 1 limit of the class; NULL without a valid statistic (Table 4)';
COMMENT ON FUNCTION @extschema@.compliant(@extschema@.air_summary) IS
	'all six pollutants meet GB 3095 Table 1 Class II of the default edition for the year (环境空气质量达标)';
COMMENT ON FUNCTION @extschema@.subindex(@extschema@.air_summary, text) IS
	'the single index C_i / S_i of the pollutant, two decimals (城市环境空气质量排名技术规定)';
COMMENT ON FUNCTION @extschema@.composite_index(@extschema@.air_summary) IS
	'the ambient air quality composite index Σ C_i / S_i of the six, exact and rounded once to two decimals (城市环境空气质量排名技术规定, GB/T 8170)';
COMMENT ON FUNCTION @extschema@.max_subindex_pollutant(@extschema@.air_summary) IS
	'the pollutant(s) with the largest single index (城市环境空气质量排名技术规定), comma-separated on a tie';
COMMENT ON FUNCTION @extschema@.aqi_days(@extschema@.air_summary) IS 'days with a daily AQI (HJ 633)';
COMMENT ON FUNCTION @extschema@.good_days(@extschema@.air_summary) IS 'days with AQI <= 100, levels I-II (优良天数, HJ 633-2012 Table 2)';
COMMENT ON FUNCTION @extschema@.heavy_days(@extschema@.air_summary) IS 'days with AQI > 200, levels V-VI (重污染天数, HJ 633-2012 Table 2)';
COMMENT ON FUNCTION @extschema@.days_at_level(@extschema@.air_summary, integer) IS 'days at AQI level 1..6 (HJ 633-2012 Table 2)';
COMMENT ON FUNCTION @extschema@.exceedance_days(@extschema@.air_summary) IS 'days with AQI > 100 (超标天数, HJ 633-2012 Table 2)';
COMMENT ON FUNCTION @extschema@.exceedance_days(@extschema@.air_summary, text) IS
	'days on which the pollutant''s IAQI exceeds 100 (超标污染物, HJ 633-2012 §3.4)';
COMMENT ON FUNCTION @extschema@.primary_pollutant_days(@extschema@.air_summary, text, text) IS
	'days on which the pollutant was (one of) the primary pollutant(s) (HJ 633-2012 §3.3); basis ''exceedance'': only days with AQI > 100';
COMMENT ON FUNCTION @extschema@.good_day_ratio(@extschema@.air_summary) IS
	'good days over AQI days as a rate (优良天数比例, HJ 633-2012 Table 2 levels I-II)';
COMMENT ON FUNCTION @extschema@.primary_pollutant_share(@extschema@.air_summary, text, text) IS
	'days with the pollutant primary (HJ 633-2012 §3.3) over exceedance days (basis ''exceedance'', national bulletins) or over days with a primary pollutant (''primary'')';
COMMENT ON FUNCTION @extschema@.report_concentration(text, double precision) IS
	'a concentration at reporting precision (GB/T 8170): integer µg/m³, CO to 0.1 mg/m³';

-- noise (HJ 640-2012, GB 3096-2008)
COMMENT ON FUNCTION @extschema@.noise_grade(double precision, text, text) IS
	'the HJ 640-2012 grade of a mean level rounded to 0.1 dB: kind regional (Tables 1-2) or road_traffic (Table 3), period day or night';
COMMENT ON FUNCTION @extschema@.noise_grade_to_integer(@extschema@.noise_grade) IS
	'the grade number 1..5 (HJ 640-2012); the function of the cast to integer';
COMMENT ON CAST (@extschema@.noise_grade AS integer) IS 'the grade number 1..5 (HJ 640-2012)';
COMMENT ON FUNCTION @extschema@.label(@extschema@.noise_grade, text) IS
	'the HJ 640-2012 wording of the grade: 好, 较好, 一般, 较差, 差 (zh) or good .. poor (en)';
COMMENT ON FUNCTION @extschema@.noise_limit(text, text) IS
	'the GB 3096-2008 Table 1 limit L_Aeq in dB(A) of a functional zone (0, 1, 2, 3, 4a, 4b) by day or night';
COMMENT ON FUNCTION @extschema@.noise_compliant(double precision, text, text) IS
	'the level, rounded to 0.1 dB, is at most its zone''s GB 3096-2008 Table 1 limit';
COMMENT ON FUNCTION @extschema@.noise_period(timestamp) IS
	'day (06:00-22:00) or night of a local timestamp (GB 3096-2008 §3)';
COMMENT ON AGGREGATE @extschema@.leq_mean(double precision) IS
	'the energy mean 10·lg((1/n)·Σ 10^(0.1·L_i)) of equivalent levels: day L_d and night L_n of GB 3096-2008 (the clause printing the discrete form is unconfirmed)';
COMMENT ON AGGREGATE @extschema@.length_weighted_mean(double precision, double precision) IS
	'the road traffic noise mean Σ(l_i·L_i) / Σ l_i over monitored segments (HJ 640-2012 road traffic monitoring)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.noise_grade) IS 'the worst grade of the group (HJ 640-2012)';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.noise_grade) IS 'the best grade of the group (HJ 640-2012)';
COMMENT ON OPERATOR @extschema@.< (@extschema@.noise_grade, @extschema@.noise_grade) IS 'better grade (HJ 640-2012: 一级 best)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.noise_grade, @extschema@.noise_grade) IS 'better or the same grade (HJ 640-2012)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.noise_grade, @extschema@.noise_grade) IS 'the same grade (HJ 640-2012)';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.noise_grade, @extschema@.noise_grade) IS 'a different grade (HJ 640-2012)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.noise_grade, @extschema@.noise_grade) IS 'worse or the same grade (HJ 640-2012)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.noise_grade, @extschema@.noise_grade) IS 'worse grade (HJ 640-2012: 五级 worst)';

-- surface water (GB 3838-2002, 环办〔2011〕22号)
COMMENT ON FUNCTION @extschema@.water_class(text, double precision, text) IS
	'the GB 3838-2002 Table 1 class of one measured item for a river, lake or reservoir; NULL for 水温 and for 总氮 of a river';
COMMENT ON FUNCTION @extschema@.water_class_to_integer(@extschema@.water_class) IS
	'the class number 1..6 (劣V is 6, GB 3838-2002); the function of the cast to integer';
COMMENT ON CAST (@extschema@.water_class AS integer) IS 'the class number 1..6 (劣V is 6, GB 3838-2002)';
COMMENT ON FUNCTION @extschema@.status(@extschema@.water_class, text) IS
	'the section status word of 《地表水环境质量评价办法（试行）》: 优 (I-II), 良好 (III), 轻度污染 (IV), 中度污染 (V), 重度污染 (劣V)';
COMMENT ON FUNCTION @extschema@.is_good(@extschema@.water_class) IS 'class I-III (水质优良, 《地表水环境质量评价办法（试行）》)';
COMMENT ON FUNCTION @extschema@.exceedance(text, double precision, text) IS
	'超标倍数 (value - Cs) / Cs against the GB 3838-2002 class III limit Cs; NULL when not above it or not defined';
COMMENT ON AGGREGATE @extschema@.section_class(text, double precision) IS
	'the class of a river section by the single-factor method (单因子评价法, 《地表水环境质量评价办法（试行）》): the worst class of the items'' period means';
COMMENT ON AGGREGATE @extschema@.section_class(text, double precision, text) IS
	'the class of a river, lake or reservoir section by the single-factor method (《地表水环境质量评价办法（试行）》)';
COMMENT ON AGGREGATE @extschema@.exceeding_items(text, double precision) IS
	'the items worse than class III with their 超标倍数, worst first (《地表水环境质量评价办法（试行）》 主要污染指标)';
COMMENT ON AGGREGATE @extschema@.exceeding_items(text, double precision, text) IS
	'the items worse than class III with their 超标倍数, worst first, for a river, lake or reservoir';
COMMENT ON AGGREGATE @extschema@.water_status(@extschema@.water_class) IS
	'the status of a river, basin or region from its sections'' classes (断面水质类别比例法, 《地表水环境质量评价办法（试行）》); NULL with fewer than 5 sections';
COMMENT ON FUNCTION @extschema@.tli(double precision, double precision, double precision, double precision, double precision) IS
	'the comprehensive trophic level index TLI(Σ) of a lake (总站生字〔2001〕090号) from chlorophyll a, TP, TN, SD and CODMn';
COMMENT ON FUNCTION @extschema@.trophic_state(double precision, text) IS
	'the trophic state of a TLI(Σ) rounded to 0.1: 贫营养 .. 重度富营养 (总站生字〔2001〕090号)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.water_class) IS 'the worst class of the group (GB 3838-2002)';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.water_class) IS 'the best class of the group (GB 3838-2002)';
COMMENT ON OPERATOR @extschema@.< (@extschema@.water_class, @extschema@.water_class) IS 'better class (GB 3838-2002: I best)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.water_class, @extschema@.water_class) IS 'better or the same class (GB 3838-2002)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.water_class, @extschema@.water_class) IS 'the same class (GB 3838-2002)';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.water_class, @extschema@.water_class) IS 'a different class (GB 3838-2002)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.water_class, @extschema@.water_class) IS 'worse or the same class (GB 3838-2002)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.water_class, @extschema@.water_class) IS 'worse class (GB 3838-2002: 劣V worst)';
