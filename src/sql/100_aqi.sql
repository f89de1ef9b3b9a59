
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
