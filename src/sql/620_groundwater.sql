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
CREATE FUNCTION @extschema@.groundwater_sample_transfn(internal, text, double precision)
	RETURNS internal
	AS 'MODULE_PATHNAME', 'groundwater_sample_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_sample_transfn(internal, text, double precision, boolean)
	RETURNS internal
	AS 'MODULE_PATHNAME', 'groundwater_sample_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_sample_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'groundwater_sample_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_sample_serialize(internal) RETURNS bytea
	AS 'MODULE_PATHNAME', 'groundwater_sample_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_sample_deserialize(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'groundwater_sample_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_sample_class_final(internal) RETURNS @extschema@.groundwater_class
	AS 'MODULE_PATHNAME', 'groundwater_sample_class_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_worst_items_final(internal) RETURNS text[]
	AS 'MODULE_PATHNAME', 'groundwater_worst_items_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.groundwater_sample_class(item text, value double precision) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = internal,
	SSPACE = 96,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	SERIALFUNC = @extschema@.groundwater_sample_serialize,
	DESERIALFUNC = @extschema@.groundwater_sample_deserialize,
	FINALFUNC = @extschema@.groundwater_sample_class_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.groundwater_sample_class(item text, value double precision, detected boolean) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = internal,
	SSPACE = 96,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	SERIALFUNC = @extschema@.groundwater_sample_serialize,
	DESERIALFUNC = @extschema@.groundwater_sample_deserialize,
	FINALFUNC = @extschema@.groundwater_sample_class_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.groundwater_worst_items(item text, value double precision) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = internal,
	SSPACE = 96,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	SERIALFUNC = @extschema@.groundwater_sample_serialize,
	DESERIALFUNC = @extschema@.groundwater_sample_deserialize,
	FINALFUNC = @extschema@.groundwater_worst_items_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.groundwater_worst_items(item text, value double precision, detected boolean) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = internal,
	SSPACE = 96,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	SERIALFUNC = @extschema@.groundwater_sample_serialize,
	DESERIALFUNC = @extschema@.groundwater_sample_deserialize,
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
