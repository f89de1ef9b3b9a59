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
