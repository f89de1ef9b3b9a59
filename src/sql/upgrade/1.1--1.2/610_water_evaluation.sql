-- section_class and exceeding_items:
-- the state becomes exact_state (190_exact_state.sql) instead of internal.  An aggregate's state type cannot be ALTERed and DROP AGGREGATE
-- fails while a user's view uses it, but CREATE OR REPLACE AGGREGATE keeps
-- the aggregate (its oid, the views on it, its comment) and replaces its
-- state type and support functions; the internal support functions of 1.1
-- are dropped after.

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

CREATE OR REPLACE AGGREGATE @extschema@.section_class(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_section_class_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.section_class(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_section_class_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.exceeding_items(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_exceeding_items_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.exceeding_items(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_exceeding_items_final,
	PARALLEL = SAFE
);

DROP FUNCTION @extschema@.water_section_transfn(internal, text, double precision);
DROP FUNCTION @extschema@.water_section_transfn(internal, text, double precision, text);
DROP FUNCTION @extschema@.water_section_combine(internal, internal);
DROP FUNCTION @extschema@.water_section_serialize(internal);
DROP FUNCTION @extschema@.water_section_deserialize(bytea, internal);
DROP FUNCTION @extschema@.water_section_class_final(internal);
DROP FUNCTION @extschema@.water_exceeding_items_final(internal);
