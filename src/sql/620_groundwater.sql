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

CREATE AGGREGATE @extschema@.groundwater_sample_class(item text, value double precision) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_sample_class_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.groundwater_sample_class(item text, value double precision, detected boolean) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_sample_class_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.groundwater_worst_items(item text, value double precision) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
	FINALFUNC = @extschema@.groundwater_worst_items_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.groundwater_worst_items(item text, value double precision, detected boolean) (
	SFUNC = @extschema@.groundwater_sample_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 176,
	COMBINEFUNC = @extschema@.groundwater_sample_combine,
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

-- the support objects
COMMENT ON FUNCTION @extschema@.groundwater_class_in(cstring) IS
	'groundwater_class text input: I..V, Ⅰ..Ⅴ or 1..5, with or without 类 (GB/T 14848-2017 §4.1)';
COMMENT ON FUNCTION @extschema@.groundwater_class_out(@extschema@.groundwater_class) IS
	'groundwater_class text output: I..V (GB/T 14848-2017 §4.1)';
COMMENT ON FUNCTION @extschema@.groundwater_class_recv(internal) IS
	'groundwater_class binary input: format version byte 1, then the class byte 1..5';
COMMENT ON FUNCTION @extschema@.groundwater_class_send(@extschema@.groundwater_class) IS
	'groundwater_class binary output: format version byte 1, then the class byte 1..5';
COMMENT ON FUNCTION @extschema@.groundwater_class_cmp(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'btree support: orders GB/T 14848-2017 classes best (I) to worst (V)';
COMMENT ON FUNCTION @extschema@.groundwater_class_eq(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'implements = for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_ne(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'implements <> for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_lt(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'implements < (better than) for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_le(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'implements <= (at least as good as) for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_gt(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'implements > (worse than) for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_ge(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'implements >= (at most as good as) for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_hash(@extschema@.groundwater_class) IS
	'hash support for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_hash_extended(@extschema@.groundwater_class, bigint) IS
	'extended hash support for GB/T 14848-2017 groundwater classes';
COMMENT ON FUNCTION @extschema@.groundwater_class_larger(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'the worse of two GB/T 14848-2017 classes (max support)';
COMMENT ON FUNCTION @extschema@.groundwater_class_smaller(@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'the better of two GB/T 14848-2017 classes (min support)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.groundwater_class) IS
	'the worst GB/T 14848-2017 groundwater class of a group';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.groundwater_class) IS
	'the best GB/T 14848-2017 groundwater class of a group';
COMMENT ON FUNCTION @extschema@.groundwater_class_to_integer(@extschema@.groundwater_class) IS
	'the GB/T 14848-2017 class number 1..5 (cast to integer)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'same GB/T 14848-2017 groundwater class';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'different GB/T 14848-2017 groundwater classes';
COMMENT ON OPERATOR @extschema@.< (@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'better GB/T 14848-2017 groundwater class';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'better or the same GB/T 14848-2017 groundwater class';
COMMENT ON OPERATOR @extschema@.> (@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'worse GB/T 14848-2017 groundwater class';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.groundwater_class, @extschema@.groundwater_class) IS
	'worse or the same GB/T 14848-2017 groundwater class';
COMMENT ON OPERATOR CLASS @extschema@.groundwater_class_ops USING btree IS
	'btree order of GB/T 14848-2017 groundwater classes, I to V';
COMMENT ON OPERATOR CLASS @extschema@.groundwater_class_hash_ops USING hash IS
	'hash equality of GB/T 14848-2017 groundwater classes';
COMMENT ON CAST (@extschema@.groundwater_class AS integer) IS
	'the GB/T 14848-2017 class number 1..5';
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
COMMENT ON OPERATOR FAMILY @extschema@.groundwater_class_ops USING btree IS
	'btree order of GB/T 14848-2017 groundwater classes, I to V';
COMMENT ON OPERATOR FAMILY @extschema@.groundwater_class_hash_ops USING hash IS
	'hash equality of GB/T 14848-2017 groundwater classes';
