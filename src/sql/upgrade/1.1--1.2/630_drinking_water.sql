-- drinking_water_compliant and drinking_water_failures:
-- the state becomes exact_state (190_exact_state.sql) instead of internal.  An aggregate's state type cannot be ALTERed and DROP AGGREGATE
-- fails while a user's view uses it, but CREATE OR REPLACE AGGREGATE keeps
-- the aggregate (its oid, the views on it, its comment) and replaces its
-- state type and support functions; the internal support functions of 1.1
-- are dropped after.

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

CREATE OR REPLACE AGGREGATE @extschema@.drinking_water_compliant(item text, value double precision) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 5376,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	FINALFUNC = @extschema@.drinking_water_compliant_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.drinking_water_compliant(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 5376,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	FINALFUNC = @extschema@.drinking_water_compliant_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.drinking_water_failures(item text, value double precision) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 5376,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	FINALFUNC = @extschema@.drinking_water_failures_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.drinking_water_failures(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.drinking_water_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 5376,
	COMBINEFUNC = @extschema@.drinking_water_combine,
	FINALFUNC = @extschema@.drinking_water_failures_final,
	PARALLEL = SAFE
);

DROP FUNCTION @extschema@.drinking_water_transfn(internal, text, double precision);
DROP FUNCTION @extschema@.drinking_water_transfn(internal, text, double precision, text);
DROP FUNCTION @extschema@.drinking_water_combine(internal, internal);
DROP FUNCTION @extschema@.drinking_water_serialize(internal);
DROP FUNCTION @extschema@.drinking_water_deserialize(bytea, internal);
DROP FUNCTION @extschema@.drinking_water_compliant_final(internal);
DROP FUNCTION @extschema@.drinking_water_failures_final(internal);

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
