-- groundwater_sample_class and groundwater_worst_items:
-- the state becomes exact_state (190_exact_state.sql) instead of internal.  An aggregate's state type cannot be ALTERed and DROP AGGREGATE
-- fails while a user's view uses it, but CREATE OR REPLACE AGGREGATE keeps
-- the aggregate (its oid, the views on it, its comment) and replaces its
-- state type and support functions; the internal support functions of 1.1
-- are dropped after.

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

CREATE OR REPLACE AGGREGATE @extschema@.groundwater_sample_class(item text, value double precision) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_sample_class_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.groundwater_sample_class(item text, value double precision, detected boolean) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_sample_class_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.groundwater_worst_items(item text, value double precision) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_worst_items_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.groundwater_worst_items(item text, value double precision, detected boolean) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_worst_items_final,
	PARALLEL = SAFE
);

DROP FUNCTION @extschema@.groundwater_sample_transfn(internal, text, double precision);
DROP FUNCTION @extschema@.groundwater_sample_transfn(internal, text, double precision, boolean);
DROP FUNCTION @extschema@.groundwater_sample_combine(internal, internal);
DROP FUNCTION @extschema@.groundwater_sample_serialize(internal);
DROP FUNCTION @extschema@.groundwater_sample_deserialize(bytea, internal);
DROP FUNCTION @extschema@.groundwater_sample_class_final(internal);
DROP FUNCTION @extschema@.groundwater_worst_items_final(internal);

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
