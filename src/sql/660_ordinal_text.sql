
-- ---------------------------------------------------------------------------
-- noise_grade, water_class and groundwater_class compared with a string
-- (new in 1.2): JDBC's setString binds varchar and other drivers
-- text, for which "class <= $1" found no operator.  The string is read by
-- the type's text input (names and numbers: '二级' or '2', 'III', 'Ⅲ类' or
-- '3'; malformed: 22P02) and the ranks compared (src/ordinal.c); varchar
-- reaches these operators by its implicit cast to text.  An untyped
-- parameter or literal needs none of them: it becomes the type itself.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.noise_grade_text_eq(@extschema@.noise_grade, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'noise_grade_text_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_noise_grade_eq(text, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_noise_grade_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_text_ne(@extschema@.noise_grade, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'noise_grade_text_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_noise_grade_ne(text, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_noise_grade_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_text_lt(@extschema@.noise_grade, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'noise_grade_text_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_noise_grade_lt(text, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_noise_grade_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_text_le(@extschema@.noise_grade, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'noise_grade_text_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_noise_grade_le(text, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_noise_grade_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_text_gt(@extschema@.noise_grade, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'noise_grade_text_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_noise_grade_gt(text, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_noise_grade_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_text_ge(@extschema@.noise_grade, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'noise_grade_text_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_noise_grade_ge(text, @extschema@.noise_grade) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_noise_grade_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = text, FUNCTION = @extschema@.noise_grade_text_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = text, RIGHTARG = @extschema@.noise_grade, FUNCTION = @extschema@.text_noise_grade_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = text, FUNCTION = @extschema@.noise_grade_text_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = text, RIGHTARG = @extschema@.noise_grade, FUNCTION = @extschema@.text_noise_grade_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = text, FUNCTION = @extschema@.noise_grade_text_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = text, RIGHTARG = @extschema@.noise_grade, FUNCTION = @extschema@.text_noise_grade_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = text, FUNCTION = @extschema@.noise_grade_text_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = text, RIGHTARG = @extschema@.noise_grade, FUNCTION = @extschema@.text_noise_grade_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = text, FUNCTION = @extschema@.noise_grade_text_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = text, RIGHTARG = @extschema@.noise_grade, FUNCTION = @extschema@.text_noise_grade_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.noise_grade, RIGHTARG = text, FUNCTION = @extschema@.noise_grade_text_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = text, RIGHTARG = @extschema@.noise_grade, FUNCTION = @extschema@.text_noise_grade_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.noise_grade, text) IS
	'the HJ 640-2012 noise grade is the same as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.= (text, @extschema@.noise_grade) IS
	'the HJ 640-2012 noise grade the string names (its text input: name or number) is the same as the other';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.noise_grade, text) IS
	'the HJ 640-2012 noise grade differs from the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.<> (text, @extschema@.noise_grade) IS
	'the HJ 640-2012 noise grade the string names (its text input: name or number) differs from the other';
COMMENT ON OPERATOR @extschema@.< (@extschema@.noise_grade, text) IS
	'the HJ 640-2012 noise grade is better than the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.< (text, @extschema@.noise_grade) IS
	'the HJ 640-2012 noise grade the string names (its text input: name or number) is better than the other';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.noise_grade, text) IS
	'the HJ 640-2012 noise grade is at least as good as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.<= (text, @extschema@.noise_grade) IS
	'the HJ 640-2012 noise grade the string names (its text input: name or number) is at least as good as the other';
COMMENT ON OPERATOR @extschema@.> (@extschema@.noise_grade, text) IS
	'the HJ 640-2012 noise grade is worse than the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.> (text, @extschema@.noise_grade) IS
	'the HJ 640-2012 noise grade the string names (its text input: name or number) is worse than the other';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.noise_grade, text) IS
	'the HJ 640-2012 noise grade is at most as good as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.>= (text, @extschema@.noise_grade) IS
	'the HJ 640-2012 noise grade the string names (its text input: name or number) is at most as good as the other';

CREATE FUNCTION @extschema@.water_class_text_eq(@extschema@.water_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'water_class_text_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_water_class_eq(text, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_water_class_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_text_ne(@extschema@.water_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'water_class_text_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_water_class_ne(text, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_water_class_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_text_lt(@extschema@.water_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'water_class_text_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_water_class_lt(text, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_water_class_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_text_le(@extschema@.water_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'water_class_text_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_water_class_le(text, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_water_class_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_text_gt(@extschema@.water_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'water_class_text_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_water_class_gt(text, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_water_class_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_text_ge(@extschema@.water_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'water_class_text_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_water_class_ge(text, @extschema@.water_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_water_class_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.water_class, RIGHTARG = text, FUNCTION = @extschema@.water_class_text_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = text, RIGHTARG = @extschema@.water_class, FUNCTION = @extschema@.text_water_class_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.water_class, RIGHTARG = text, FUNCTION = @extschema@.water_class_text_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = text, RIGHTARG = @extschema@.water_class, FUNCTION = @extschema@.text_water_class_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.water_class, RIGHTARG = text, FUNCTION = @extschema@.water_class_text_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = text, RIGHTARG = @extschema@.water_class, FUNCTION = @extschema@.text_water_class_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.water_class, RIGHTARG = text, FUNCTION = @extschema@.water_class_text_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = text, RIGHTARG = @extschema@.water_class, FUNCTION = @extschema@.text_water_class_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.water_class, RIGHTARG = text, FUNCTION = @extschema@.water_class_text_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = text, RIGHTARG = @extschema@.water_class, FUNCTION = @extschema@.text_water_class_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.water_class, RIGHTARG = text, FUNCTION = @extschema@.water_class_text_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = text, RIGHTARG = @extschema@.water_class, FUNCTION = @extschema@.text_water_class_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.water_class, text) IS
	'the GB 3838-2002 water class is the same as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.= (text, @extschema@.water_class) IS
	'the GB 3838-2002 water class the string names (its text input: name or number) is the same as the other';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.water_class, text) IS
	'the GB 3838-2002 water class differs from the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.<> (text, @extschema@.water_class) IS
	'the GB 3838-2002 water class the string names (its text input: name or number) differs from the other';
COMMENT ON OPERATOR @extschema@.< (@extschema@.water_class, text) IS
	'the GB 3838-2002 water class is better than the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.< (text, @extschema@.water_class) IS
	'the GB 3838-2002 water class the string names (its text input: name or number) is better than the other';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.water_class, text) IS
	'the GB 3838-2002 water class is at least as good as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.<= (text, @extschema@.water_class) IS
	'the GB 3838-2002 water class the string names (its text input: name or number) is at least as good as the other';
COMMENT ON OPERATOR @extschema@.> (@extschema@.water_class, text) IS
	'the GB 3838-2002 water class is worse than the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.> (text, @extschema@.water_class) IS
	'the GB 3838-2002 water class the string names (its text input: name or number) is worse than the other';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.water_class, text) IS
	'the GB 3838-2002 water class is at most as good as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.>= (text, @extschema@.water_class) IS
	'the GB 3838-2002 water class the string names (its text input: name or number) is at most as good as the other';

CREATE FUNCTION @extschema@.groundwater_class_text_eq(@extschema@.groundwater_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'groundwater_class_text_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_groundwater_class_eq(text, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_groundwater_class_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_text_ne(@extschema@.groundwater_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'groundwater_class_text_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_groundwater_class_ne(text, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_groundwater_class_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_text_lt(@extschema@.groundwater_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'groundwater_class_text_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_groundwater_class_lt(text, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_groundwater_class_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_text_le(@extschema@.groundwater_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'groundwater_class_text_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_groundwater_class_le(text, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_groundwater_class_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_text_gt(@extschema@.groundwater_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'groundwater_class_text_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_groundwater_class_gt(text, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_groundwater_class_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_text_ge(@extschema@.groundwater_class, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'groundwater_class_text_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text_groundwater_class_ge(text, @extschema@.groundwater_class) RETURNS boolean
	AS 'MODULE_PATHNAME', 'text_groundwater_class_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = text, FUNCTION = @extschema@.groundwater_class_text_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = text, RIGHTARG = @extschema@.groundwater_class, FUNCTION = @extschema@.text_groundwater_class_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = text, FUNCTION = @extschema@.groundwater_class_text_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = text, RIGHTARG = @extschema@.groundwater_class, FUNCTION = @extschema@.text_groundwater_class_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = text, FUNCTION = @extschema@.groundwater_class_text_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = text, RIGHTARG = @extschema@.groundwater_class, FUNCTION = @extschema@.text_groundwater_class_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = text, FUNCTION = @extschema@.groundwater_class_text_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = text, RIGHTARG = @extschema@.groundwater_class, FUNCTION = @extschema@.text_groundwater_class_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = text, FUNCTION = @extschema@.groundwater_class_text_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = text, RIGHTARG = @extschema@.groundwater_class, FUNCTION = @extschema@.text_groundwater_class_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.groundwater_class, RIGHTARG = text, FUNCTION = @extschema@.groundwater_class_text_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = text, RIGHTARG = @extschema@.groundwater_class, FUNCTION = @extschema@.text_groundwater_class_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.groundwater_class, text) IS
	'the GB/T 14848-2017 groundwater class is the same as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.= (text, @extschema@.groundwater_class) IS
	'the GB/T 14848-2017 groundwater class the string names (its text input: name or number) is the same as the other';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.groundwater_class, text) IS
	'the GB/T 14848-2017 groundwater class differs from the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.<> (text, @extschema@.groundwater_class) IS
	'the GB/T 14848-2017 groundwater class the string names (its text input: name or number) differs from the other';
COMMENT ON OPERATOR @extschema@.< (@extschema@.groundwater_class, text) IS
	'the GB/T 14848-2017 groundwater class is better than the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.< (text, @extschema@.groundwater_class) IS
	'the GB/T 14848-2017 groundwater class the string names (its text input: name or number) is better than the other';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.groundwater_class, text) IS
	'the GB/T 14848-2017 groundwater class is at least as good as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.<= (text, @extschema@.groundwater_class) IS
	'the GB/T 14848-2017 groundwater class the string names (its text input: name or number) is at least as good as the other';
COMMENT ON OPERATOR @extschema@.> (@extschema@.groundwater_class, text) IS
	'the GB/T 14848-2017 groundwater class is worse than the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.> (text, @extschema@.groundwater_class) IS
	'the GB/T 14848-2017 groundwater class the string names (its text input: name or number) is worse than the other';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.groundwater_class, text) IS
	'the GB/T 14848-2017 groundwater class is at most as good as the one the string names (its text input: name or number)';
COMMENT ON OPERATOR @extschema@.>= (text, @extschema@.groundwater_class) IS
	'the GB/T 14848-2017 groundwater class the string names (its text input: name or number) is at most as good as the other';
