
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
