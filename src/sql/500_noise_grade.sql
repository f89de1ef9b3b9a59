-- Noise grades of HJ 640-2012 (城市声环境常规监测): the noise_grade type.

CREATE TYPE @extschema@.noise_grade;

CREATE FUNCTION @extschema@.noise_grade_in(cstring) RETURNS @extschema@.noise_grade
	AS 'MODULE_PATHNAME', 'noise_grade_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_out(@extschema@.noise_grade) RETURNS cstring
	AS 'MODULE_PATHNAME', 'noise_grade_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_recv(internal) RETURNS @extschema@.noise_grade
	AS 'MODULE_PATHNAME', 'noise_grade_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_send(@extschema@.noise_grade) RETURNS bytea
	AS 'MODULE_PATHNAME', 'noise_grade_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.noise_grade (
	INPUT = @extschema@.noise_grade_in,
	OUTPUT = @extschema@.noise_grade_out,
	RECEIVE = @extschema@.noise_grade_recv,
	SEND = @extschema@.noise_grade_send,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,
	ALIGNMENT = double
);
COMMENT ON TYPE @extschema@.noise_grade IS
	'HJ 640-2012 noise grade 一级 (好) .. 五级 (差), ordered best to worst';

CREATE FUNCTION @extschema@.noise_grade_cmp(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_eq(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_ne(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_lt(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_le(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_gt(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_ge(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'eco_ordinal_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_hash(@extschema@.noise_grade) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_hash_extended(@extschema@.noise_grade, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'eco_ordinal_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = @extschema@.noise_grade,
	FUNCTION = @extschema@.noise_grade_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = @extschema@.noise_grade,
	FUNCTION = @extschema@.noise_grade_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = @extschema@.noise_grade,
	FUNCTION = @extschema@.noise_grade_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = @extschema@.noise_grade,
	FUNCTION = @extschema@.noise_grade_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = @extschema@.noise_grade,
	FUNCTION = @extschema@.noise_grade_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = @extschema@.noise_grade,
	FUNCTION = @extschema@.noise_grade_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);

CREATE OPERATOR CLASS @extschema@.noise_grade_ops
	DEFAULT FOR TYPE @extschema@.noise_grade USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.noise_grade_cmp(@extschema@.noise_grade, @extschema@.noise_grade);

CREATE OPERATOR CLASS @extschema@.noise_grade_hash_ops
	DEFAULT FOR TYPE @extschema@.noise_grade USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.noise_grade_hash(@extschema@.noise_grade),
	FUNCTION 2 @extschema@.noise_grade_hash_extended(@extschema@.noise_grade, bigint);

-- min() is the best and max() the worst noise grade of a group
CREATE FUNCTION @extschema@.noise_grade_larger(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS @extschema@.noise_grade
	AS 'MODULE_PATHNAME', 'eco_ordinal_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_smaller(@extschema@.noise_grade, @extschema@.noise_grade) RETURNS @extschema@.noise_grade
	AS 'MODULE_PATHNAME', 'eco_ordinal_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.max(@extschema@.noise_grade) (
	SFUNC = @extschema@.noise_grade_larger, STYPE = @extschema@.noise_grade,
	COMBINEFUNC = @extschema@.noise_grade_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.min(@extschema@.noise_grade) (
	SFUNC = @extschema@.noise_grade_smaller, STYPE = @extschema@.noise_grade,
	COMBINEFUNC = @extschema@.noise_grade_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE);

-- the grade number 1..5
CREATE FUNCTION @extschema@.noise_grade_to_integer(@extschema@.noise_grade) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.noise_grade AS integer)
	WITH FUNCTION @extschema@.noise_grade_to_integer(@extschema@.noise_grade);

-- HJ 640-2012 wording: 好, 较好, 一般, 较差, 差 (lang 'en': good .. poor)
CREATE FUNCTION @extschema@.label(grade @extschema@.noise_grade, lang text DEFAULT 'zh') RETURNS text
	AS 'MODULE_PATHNAME', 'noise_grade_label' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
