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
