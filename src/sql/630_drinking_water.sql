-- Surface drinking-water sources (集中式生活饮用水地表水源地) under GB 3838-2002
-- Tables 1-3: compliance (达标) of a sample or source and its failing items.

CREATE FUNCTION @extschema@.drinking_water_transfn(internal, text, double precision)
	RETURNS internal
	AS 'MODULE_PATHNAME', 'drinking_water_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.drinking_water_transfn(internal, text, double precision, text)
	RETURNS internal
	AS 'MODULE_PATHNAME', 'drinking_water_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.drinking_water_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'drinking_water_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.drinking_water_serialize(internal) RETURNS bytea
	AS 'MODULE_PATHNAME', 'drinking_water_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.drinking_water_deserialize(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'drinking_water_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.drinking_water_compliant_final(internal) RETURNS boolean
	AS 'MODULE_PATHNAME', 'drinking_water_compliant_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.drinking_water_failures_final(internal) RETURNS text[]
	AS 'MODULE_PATHNAME', 'drinking_water_failures_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.drinking_water_compliant(item text, value double precision) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = internal,
	SSPACE = 1760,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	SERIALFUNC = @extschema@.drinking_water_serialize,
	DESERIALFUNC = @extschema@.drinking_water_deserialize,
	FINALFUNC = @extschema@.drinking_water_compliant_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.drinking_water_compliant(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = internal,
	SSPACE = 1760,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	SERIALFUNC = @extschema@.drinking_water_serialize,
	DESERIALFUNC = @extschema@.drinking_water_deserialize,
	FINALFUNC = @extschema@.drinking_water_compliant_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.drinking_water_failures(item text, value double precision) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = internal,
	SSPACE = 1760,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	SERIALFUNC = @extschema@.drinking_water_serialize,
	DESERIALFUNC = @extschema@.drinking_water_deserialize,
	FINALFUNC = @extschema@.drinking_water_failures_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.drinking_water_failures(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = internal,
	SSPACE = 1760,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	SERIALFUNC = @extschema@.drinking_water_serialize,
	DESERIALFUNC = @extschema@.drinking_water_deserialize,
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
COMMENT ON FUNCTION @extschema@.drinking_water_transfn(internal, text, double precision) IS
	'GB 3838-2002 drinking-water source aggregates: transition, the count and sum of each item of Tables 1-3 (river)';
COMMENT ON FUNCTION @extschema@.drinking_water_transfn(internal, text, double precision, text) IS
	'GB 3838-2002 drinking-water source aggregates: transition for a river, lake or reservoir';
COMMENT ON FUNCTION @extschema@.drinking_water_combine(internal, internal) IS
	'GB 3838-2002 drinking-water source aggregates: combines two partial states';
COMMENT ON FUNCTION @extschema@.drinking_water_serialize(internal) IS
	'GB 3838-2002 drinking-water source aggregates: the state as bytes (version, waterbody, count and sum per item)';
COMMENT ON FUNCTION @extschema@.drinking_water_deserialize(bytea, internal) IS
	'GB 3838-2002 drinking-water source aggregates: the state from bytes, validated';
COMMENT ON FUNCTION @extschema@.drinking_water_compliant_final(internal) IS
	'GB 3838-2002 §5.1: whether every judged item mean of the state is within its limit';
COMMENT ON FUNCTION @extschema@.drinking_water_failures_final(internal) IS
	'GB 3838-2002 §5.1: the failing items of the state with their exceedance multiples';
