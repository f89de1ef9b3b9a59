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
