
-- ---------------------------------------------------------------------------
-- What BI drivers send next to an aqi (new in 1.2): comparisons
-- with the parameter types drivers bind, avg(aqi) and width_bucket(aqi).
-- int4 uses the integer operators of 150_aqi_values.sql, int2 the double
-- precision ones below (PostgreSQL's preferred type among int2's implicit
-- casts; exact for every int2); an untyped parameter ($1 with no type, '200') becomes
-- an aqi, and a bare number reads as an index value without a standard that
-- compares by value (src/aqi.c, docs/aqi.md "Bare numbers").
-- ---------------------------------------------------------------------------

-- aqi OP bigint / numeric / double precision and the reverse compare the
-- index value alone, exactly (src/aqi_compare.c), as aqi OP integer does:
-- JDBC setLong and setBigDecimal, psycopg int beyond int4, Decimal and float.

CREATE FUNCTION @extschema@.aqi_int8_eq(@extschema@.aqi, bigint) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_int8_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int8_aqi_eq(bigint, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int8_aqi_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_int8_ne(@extschema@.aqi, bigint) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_int8_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int8_aqi_ne(bigint, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int8_aqi_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_int8_lt(@extschema@.aqi, bigint) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_int8_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int8_aqi_lt(bigint, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int8_aqi_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_int8_le(@extschema@.aqi, bigint) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_int8_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int8_aqi_le(bigint, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int8_aqi_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_int8_gt(@extschema@.aqi, bigint) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_int8_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int8_aqi_gt(bigint, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int8_aqi_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_int8_ge(@extschema@.aqi, bigint) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_int8_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int8_aqi_ge(bigint, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int8_aqi_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.aqi, RIGHTARG = bigint, FUNCTION = @extschema@.aqi_int8_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = bigint, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int8_aqi_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.aqi, RIGHTARG = bigint, FUNCTION = @extschema@.aqi_int8_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = bigint, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int8_aqi_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.aqi, RIGHTARG = bigint, FUNCTION = @extschema@.aqi_int8_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = bigint, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int8_aqi_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.aqi, RIGHTARG = bigint, FUNCTION = @extschema@.aqi_int8_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = bigint, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int8_aqi_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.aqi, RIGHTARG = bigint, FUNCTION = @extschema@.aqi_int8_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = bigint, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int8_aqi_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.aqi, RIGHTARG = bigint, FUNCTION = @extschema@.aqi_int8_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = bigint, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int8_aqi_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.aqi, bigint) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) equals the bigint number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.= (bigint, @extschema@.aqi) IS
	'the bigint number equals the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.aqi, bigint) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) differs from the bigint number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<> (bigint, @extschema@.aqi) IS
	'the bigint number differs from the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.< (@extschema@.aqi, bigint) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is below the bigint number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.< (bigint, @extschema@.aqi) IS
	'the bigint number is below the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.aqi, bigint) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is at most the bigint number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<= (bigint, @extschema@.aqi) IS
	'the bigint number is at most the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.> (@extschema@.aqi, bigint) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is above the bigint number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.> (bigint, @extschema@.aqi) IS
	'the bigint number is above the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.aqi, bigint) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is at least the bigint number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.>= (bigint, @extschema@.aqi) IS
	'the bigint number is at least the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';

CREATE FUNCTION @extschema@.aqi_numeric_eq(@extschema@.aqi, numeric) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_numeric_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.numeric_aqi_eq(numeric, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'numeric_aqi_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_numeric_ne(@extschema@.aqi, numeric) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_numeric_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.numeric_aqi_ne(numeric, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'numeric_aqi_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_numeric_lt(@extschema@.aqi, numeric) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_numeric_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.numeric_aqi_lt(numeric, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'numeric_aqi_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_numeric_le(@extschema@.aqi, numeric) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_numeric_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.numeric_aqi_le(numeric, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'numeric_aqi_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_numeric_gt(@extschema@.aqi, numeric) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_numeric_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.numeric_aqi_gt(numeric, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'numeric_aqi_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_numeric_ge(@extschema@.aqi, numeric) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_numeric_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.numeric_aqi_ge(numeric, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'numeric_aqi_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.aqi, RIGHTARG = numeric, FUNCTION = @extschema@.aqi_numeric_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = numeric, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.numeric_aqi_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.aqi, RIGHTARG = numeric, FUNCTION = @extschema@.aqi_numeric_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = numeric, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.numeric_aqi_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.aqi, RIGHTARG = numeric, FUNCTION = @extschema@.aqi_numeric_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = numeric, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.numeric_aqi_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.aqi, RIGHTARG = numeric, FUNCTION = @extschema@.aqi_numeric_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = numeric, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.numeric_aqi_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.aqi, RIGHTARG = numeric, FUNCTION = @extschema@.aqi_numeric_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = numeric, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.numeric_aqi_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.aqi, RIGHTARG = numeric, FUNCTION = @extschema@.aqi_numeric_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = numeric, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.numeric_aqi_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.aqi, numeric) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) equals the numeric number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.= (numeric, @extschema@.aqi) IS
	'the numeric number equals the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.aqi, numeric) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) differs from the numeric number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<> (numeric, @extschema@.aqi) IS
	'the numeric number differs from the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.< (@extschema@.aqi, numeric) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is below the numeric number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.< (numeric, @extschema@.aqi) IS
	'the numeric number is below the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.aqi, numeric) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is at most the numeric number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<= (numeric, @extschema@.aqi) IS
	'the numeric number is at most the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.> (@extschema@.aqi, numeric) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is above the numeric number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.> (numeric, @extschema@.aqi) IS
	'the numeric number is above the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.aqi, numeric) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is at least the numeric number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.>= (numeric, @extschema@.aqi) IS
	'the numeric number is at least the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';

CREATE FUNCTION @extschema@.aqi_float8_eq(@extschema@.aqi, double precision) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_float8_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.float8_aqi_eq(double precision, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'float8_aqi_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_float8_ne(@extschema@.aqi, double precision) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_float8_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.float8_aqi_ne(double precision, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'float8_aqi_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_float8_lt(@extschema@.aqi, double precision) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_float8_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.float8_aqi_lt(double precision, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'float8_aqi_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_float8_le(@extschema@.aqi, double precision) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_float8_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.float8_aqi_le(double precision, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'float8_aqi_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_float8_gt(@extschema@.aqi, double precision) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_float8_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.float8_aqi_gt(double precision, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'float8_aqi_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_float8_ge(@extschema@.aqi, double precision) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_float8_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.float8_aqi_ge(double precision, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'float8_aqi_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.aqi, RIGHTARG = double precision, FUNCTION = @extschema@.aqi_float8_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = double precision, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.float8_aqi_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.aqi, RIGHTARG = double precision, FUNCTION = @extschema@.aqi_float8_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = double precision, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.float8_aqi_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.aqi, RIGHTARG = double precision, FUNCTION = @extschema@.aqi_float8_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = double precision, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.float8_aqi_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.aqi, RIGHTARG = double precision, FUNCTION = @extschema@.aqi_float8_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = double precision, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.float8_aqi_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.aqi, RIGHTARG = double precision, FUNCTION = @extschema@.aqi_float8_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = double precision, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.float8_aqi_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.aqi, RIGHTARG = double precision, FUNCTION = @extschema@.aqi_float8_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = double precision, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.float8_aqi_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.aqi, double precision) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) equals the double precision number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.= (double precision, @extschema@.aqi) IS
	'the double precision number equals the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.aqi, double precision) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) differs from the double precision number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<> (double precision, @extschema@.aqi) IS
	'the double precision number differs from the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.< (@extschema@.aqi, double precision) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is below the double precision number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.< (double precision, @extschema@.aqi) IS
	'the double precision number is below the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.aqi, double precision) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is at most the double precision number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<= (double precision, @extschema@.aqi) IS
	'the double precision number is at most the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.> (@extschema@.aqi, double precision) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is above the double precision number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.> (double precision, @extschema@.aqi) IS
	'the double precision number is above the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.aqi, double precision) IS
	'the AQI value (an integer, HJ 633-2012 §6.2) is at least the double precision number, compared exactly; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.>= (double precision, @extschema@.aqi) IS
	'the double precision number is at least the AQI value (an integer, HJ 633-2012 §6.2), compared exactly';

-- avg(aqi): the mean index value as avg(integer) gives it (numeric); like
-- max and min it refuses values of different standards (22023).  The state
-- is int8[] {count, sum, standard}: a real type, so partial aggregates
-- combine in parallel query and across partitions.
CREATE FUNCTION @extschema@.aqi_avg_trans(bigint[], @extschema@.aqi) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'aqi_avg_trans' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aqi_avg_combine(bigint[], bigint[]) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'aqi_avg_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aqi_avg_final(bigint[]) RETURNS numeric
	AS 'MODULE_PATHNAME', 'aqi_avg_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.avg(@extschema@.aqi) (
	SFUNC = @extschema@.aqi_avg_trans,
	STYPE = bigint[],
	INITCOND = '{0,0,-1}',
	COMBINEFUNC = @extschema@.aqi_avg_combine,
	FINALFUNC = @extschema@.aqi_avg_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.avg(@extschema@.aqi) IS
	'the mean AQI value (numeric, as avg(integer)) of values under one standard; values of two standards are an error (22023), as in max and min';

-- width_bucket(aqi, low, high, count): the bucket of the index value, as
-- width_bucket(double precision, ...) gives it, for the histogram a BI tool
-- draws of an aqi column.  Percentiles: percentile_disc orders aqi values
-- itself; percentile_cont takes value(aqi) (docs/bi.md).
CREATE FUNCTION @extschema@.width_bucket(a @extschema@.aqi, low double precision, high double precision,
		count integer) RETURNS integer
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN pg_catalog.width_bucket(@extschema@.value(a)::double precision, low, high, count);
COMMENT ON FUNCTION @extschema@.width_bucket(@extschema@.aqi, double precision, double precision, integer) IS
	'the bucket of the AQI value (HJ 633-2012 §6.2) among count equal buckets from low to high, as width_bucket(double precision, ...): for histograms of an aqi column';
