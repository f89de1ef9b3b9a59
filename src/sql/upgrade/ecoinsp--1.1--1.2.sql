-- ecoinsp 1.1 → 1.2 upgrade script (src/sql/upgrade/ecoinsp--1.1--1.2.sql),
-- assembled by make upgrade-script from
-- src/sql/upgrade/1.1--1.2/*.sql (changes to objects that 1.1 created) and
-- the pieces of src/sql/ that are new in 1.2 (PIECES_NEW_IN_1_2), merged in
-- the order of their file names.  The same security rules as the install
-- script hold: @extschema@ and pg_catalog qualify every reference.

\echo Use "ALTER EXTENSION ecoinsp UPDATE TO '1.2'" to load this file. \quit

-- aqi: a bare number ("200", what a driver's untyped parameter holds) reads
-- as an index value without a standard; the hash functions refuse
-- it, so they are no longer LEAKPROOF.
ALTER FUNCTION @extschema@.aqi_hash(@extschema@.aqi) NOT LEAKPROOF;
ALTER FUNCTION @extschema@.aqi_hash_extended(@extschema@.aqi, bigint) NOT LEAKPROOF;

-- nowcast(): the serialized state carries the mask of duplicate hours (two
-- rows for an hour of the window are an error in any row order), 112 bytes.
COMMENT ON FUNCTION @extschema@.nowcast_serialize(internal) IS
'serial function of nowcast(): the window of hours and its duplicate hours as 112 bytes';

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
-- exact_state: the one state type of the aggregates that sum measurements
-- (leq_mean, length_weighted_mean, sum(rate), rate_agg(numerator,
-- denominator), and the per-item means of section_class, exceeding_items,
-- drinking_water_* and groundwater_*).  A real type, not internal, with
-- exact text and binary forms and combine functions, so that a distributed
-- engine (Citus) runs these aggregates as worker partials and combines
-- their states on the coordinator (docs/distributed.md).  The text form is
-- the kind, a colon and the stored form in hexadecimal
-- (docs/exact-sums.md); input validates every byte.

CREATE TYPE @extschema@.exact_state;
CREATE FUNCTION @extschema@.exact_state_in(cstring) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'exact_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exact_state_out(@extschema@.exact_state) RETURNS cstring
	AS 'MODULE_PATHNAME', 'exact_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exact_state_recv(internal) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'exact_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exact_state_send(@extschema@.exact_state) RETURNS bytea
	AS 'MODULE_PATHNAME', 'exact_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.exact_state (
	INPUT = @extschema@.exact_state_in,
	OUTPUT = @extschema@.exact_state_out,
	RECEIVE = @extschema@.exact_state_recv,
	SEND = @extschema@.exact_state_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = extended
);

COMMENT ON TYPE @extschema@.exact_state IS
	'the transition state of the aggregates that sum measurements: counts and exact sums (docs/exact-sums.md), text kind:hex of a versioned stored form';
-- sum(rate) and rate_agg(numerator, denominator):
-- the state becomes exact_state (190_exact_state.sql) instead of internal.  An aggregate's state type cannot be ALTERed and DROP AGGREGATE
-- fails while a user's view uses it, but CREATE OR REPLACE AGGREGATE keeps
-- the aggregate (its oid, the views on it, its comment) and replaces its
-- state type and support functions; the internal support functions of 1.1
-- are dropped after.

CREATE FUNCTION @extschema@.rate_sum_transfn(@extschema@.exact_state, @extschema@.rate) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'rate_sum_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_sum_invfn(@extschema@.exact_state, @extschema@.rate) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'rate_sum_invfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_agg_parts_exact_transfn(@extschema@.exact_state, double precision, double precision)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'rate_agg_parts_exact_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_agg_parts_invfn(@extschema@.exact_state, double precision, double precision)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'rate_agg_parts_invfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_sum_combine(@extschema@.exact_state, @extschema@.exact_state) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'rate_sum_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_sum_final(@extschema@.exact_state) RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'rate_sum_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE AGGREGATE @extschema@.sum(@extschema@.rate) (
	SFUNC = @extschema@.rate_sum_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 160,
	FINALFUNC = @extschema@.rate_sum_final,
	COMBINEFUNC = @extschema@.rate_sum_combine,
	MSFUNC = @extschema@.rate_sum_transfn,
	MINVFUNC = @extschema@.rate_sum_invfn,
	MSTYPE = @extschema@.exact_state,
	MSSPACE = 160,
	MFINALFUNC = @extschema@.rate_sum_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.rate_agg(numerator double precision, denominator double precision) (
	SFUNC = @extschema@.rate_agg_parts_exact_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 160,
	FINALFUNC = @extschema@.rate_sum_final,
	COMBINEFUNC = @extschema@.rate_sum_combine,
	MSFUNC = @extschema@.rate_agg_parts_exact_transfn,
	MINVFUNC = @extschema@.rate_agg_parts_invfn,
	MSTYPE = @extschema@.exact_state,
	MSSPACE = 160,
	MFINALFUNC = @extschema@.rate_sum_final,
	PARALLEL = SAFE
);

DROP FUNCTION @extschema@.rate_sum_transfn(internal, @extschema@.rate);
DROP FUNCTION @extschema@.rate_sum_invfn(internal, @extschema@.rate);
DROP FUNCTION @extschema@.rate_agg_parts_exact_transfn(internal, double precision, double precision);
DROP FUNCTION @extschema@.rate_agg_parts_invfn(internal, double precision, double precision);
DROP FUNCTION @extschema@.rate_sum_combine(internal, internal);
DROP FUNCTION @extschema@.rate_sum_serialize(internal);
DROP FUNCTION @extschema@.rate_sum_deserialize(bytea, internal);
DROP FUNCTION @extschema@.rate_sum_final(internal);

-- ---------------------------------------------------------------------------
-- rectification_report (1.2): the counts are integer, as in the other reports,
-- and the percentages numeric(4,1).  ALTER TYPE refuses while a
-- function with an SQL-standard body uses the type, so the function gets a
-- body without dependencies first and its own body back after.
-- ---------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION @extschema@.rectification_report(@extschema@.rectification_summary)
	RETURNS @extschema@.rectification_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS 'SELECT NULL::@extschema@.rectification_report';
ALTER TYPE @extschema@.rectification_report
	ALTER ATTRIBUTE total TYPE integer,
	ALTER ATTRIBUTE with_deadline TYPE integer,
	ALTER ATTRIBUTE due TYPE integer,
	ALTER ATTRIBUTE completed TYPE integer,
	ALTER ATTRIBUTE completed_due TYPE integer,
	ALTER ATTRIBUTE completed_on_time TYPE integer,
	ALTER ATTRIBUTE overdue TYPE integer,
	ALTER ATTRIBUTE completion_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE on_time_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE closure_pct TYPE numeric(4,1);
CREATE OR REPLACE FUNCTION @extschema@.rectification_report(@extschema@.rectification_summary)
	RETURNS @extschema@.rectification_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN ROW(@extschema@.as_of($1), @extschema@.total($1), @extschema@.with_deadline($1),
			   @extschema@.due($1), @extschema@.completed($1), @extschema@.completed_due($1),
			   @extschema@.completed_on_time($1), @extschema@.overdue($1),
			   @extschema@.pct(@extschema@.completion_rate($1), 1),
			   @extschema@.pct(@extschema@.on_time_rate($1), 1),
			   @extschema@.pct(@extschema@.closure_rate($1), 1))::@extschema@.rectification_report;

-- ---------------------------------------------------------------------------
-- The list side of rectification() (new in 1.2): is_due() and is_overdue()
-- hold for exactly the issues that due(s) and overdue(s) count as of the
-- same date, so a list of issues agrees with the summary's counts:
--   SELECT * FROM issues WHERE is_overdue(deadline, completed_on, '2022-12-31');
-- An issue completed after as_of is overdue as of that date, which
-- "completed_on IS NULL" misses.  In C (src/rectification.c), with the
-- date checks of rectification().
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.is_due(deadline date, as_of date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'rectification_is_due' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_due(date, date) IS
	'whether an inspection feedback issue is due for rectification as of a date (已到整改时限): its deadline is on or before as_of; false without a deadline; the issues due(rectification(...)) counts';
CREATE FUNCTION @extschema@.is_overdue(deadline date, completed_on date, as_of date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'rectification_is_overdue' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_overdue(date, date, date) IS
	'whether an issue is overdue as of a date (逾期未完成): due, and not completed on or before as_of (an issue completed after as_of is overdue then); the issues overdue(rectification(...)) counts';
-- Stamps that state their hour convention: hour_ending and
-- hour_starting are domains over timestamp.  air_day and o3_max8h, given a
-- stamp of one of them, take the convention from the type (they look through
-- the implicit cast to timestamp), so it is stated once, in the column's type
-- or the view that casts to it, not in every call; an hour_label that
-- contradicts the type is an error.  No new overloads: a domain overload
-- would make air_day('2016-05-01 00:00') ambiguous.  Functions stay IMMUTABLE.

CREATE DOMAIN @extschema@.hour_ending AS timestamp;
CREATE DOMAIN @extschema@.hour_starting AS timestamp;

COMMENT ON DOMAIN @extschema@.hour_ending IS
'an hourly stamp that closes its hour (00:00 is the 24th hour of the day before); air_day and o3_max8h read the convention from the type';
COMMENT ON DOMAIN @extschema@.hour_starting IS
'an hourly stamp that opens its hour (00:00 is the first hour of its day); air_day and o3_max8h read the convention from the type';

-- ---------------------------------------------------------------------------
-- air_report (1.2): declared scales for every numeric column and
-- valid_period, the period's GB 3095 Table 4 validity.
-- ---------------------------------------------------------------------------
ALTER TYPE @extschema@.air_report
	ALTER ATTRIBUTE so2 TYPE numeric(6,0),
	ALTER ATTRIBUTE no2 TYPE numeric(6,0),
	ALTER ATTRIBUTE pm10 TYPE numeric(6,0),
	ALTER ATTRIBUTE co TYPE numeric(7,1),
	ALTER ATTRIBUTE o3 TYPE numeric(6,0),
	ALTER ATTRIBUTE pm25 TYPE numeric(6,0),
	ALTER ATTRIBUTE composite_index TYPE numeric(5,2),
	ALTER ATTRIBUTE max_subindex TYPE numeric(5,2),
	ALTER ATTRIBUTE good_day_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE pm25_primary_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE o3_primary_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE pm10_primary_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE no2_primary_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE so2_primary_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE co_primary_pct TYPE numeric(4,1),
	ADD ATTRIBUTE valid_period boolean;
COMMENT ON COLUMN @extschema@.air_report.valid_period IS 'every month from the first with data to the last meets GB 3095 Table 4 (27 daily values of each pollutant, 25 in February): false marks a month, year-to-date or year whose figures rest on incomplete data; for a calendar year valid_year is the rule';
-- leq_mean and length_weighted_mean:
-- the state becomes exact_state (190_exact_state.sql) instead of internal.  An aggregate's state type cannot be ALTERed and DROP AGGREGATE
-- fails while a user's view uses it, but CREATE OR REPLACE AGGREGATE keeps
-- the aggregate (its oid, the views on it, its comment) and replaces its
-- state type and support functions; the internal support functions of 1.1
-- are dropped after.

CREATE FUNCTION @extschema@.leq_mean_exact_transfn(@extschema@.exact_state, double precision) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'leq_mean_exact_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_invfn(@extschema@.exact_state, double precision) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'leq_mean_exact_invfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_combine(@extschema@.exact_state, @extschema@.exact_state) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'leq_mean_exact_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.leq_mean_exact_final(@extschema@.exact_state) RETURNS double precision
	AS 'MODULE_PATHNAME', 'leq_mean_exact_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_exact_transfn(@extschema@.exact_state, double precision, double precision)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_exact_invfn(@extschema@.exact_state, double precision, double precision)
	RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_invfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_exact_combine(@extschema@.exact_state, @extschema@.exact_state) RETURNS @extschema@.exact_state
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.length_weighted_mean_exact_final(@extschema@.exact_state) RETURNS double precision
	AS 'MODULE_PATHNAME', 'length_weighted_mean_exact_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE AGGREGATE @extschema@.leq_mean(level_db double precision) (
	SFUNC = @extschema@.leq_mean_exact_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 128,
	FINALFUNC = @extschema@.leq_mean_exact_final,
	COMBINEFUNC = @extschema@.leq_mean_exact_combine,
	MSFUNC = @extschema@.leq_mean_exact_transfn,
	MINVFUNC = @extschema@.leq_mean_exact_invfn,
	MSTYPE = @extschema@.exact_state,
	MSSPACE = 128,
	MFINALFUNC = @extschema@.leq_mean_exact_final,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.length_weighted_mean(level_db double precision, road_length double precision) (
	SFUNC = @extschema@.length_weighted_mean_exact_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 200,
	FINALFUNC = @extschema@.length_weighted_mean_exact_final,
	COMBINEFUNC = @extschema@.length_weighted_mean_exact_combine,
	MSFUNC = @extschema@.length_weighted_mean_exact_transfn,
	MINVFUNC = @extschema@.length_weighted_mean_exact_invfn,
	MSTYPE = @extschema@.exact_state,
	MSSPACE = 200,
	MFINALFUNC = @extschema@.length_weighted_mean_exact_final,
	PARALLEL = SAFE
);

DROP FUNCTION @extschema@.leq_mean_exact_transfn(internal, double precision);
DROP FUNCTION @extschema@.leq_mean_exact_invfn(internal, double precision);
DROP FUNCTION @extschema@.leq_mean_exact_combine(internal, internal);
DROP FUNCTION @extschema@.leq_mean_exact_serialize(internal);
DROP FUNCTION @extschema@.leq_mean_exact_deserialize(bytea, internal);
DROP FUNCTION @extschema@.leq_mean_exact_final(internal);
DROP FUNCTION @extschema@.length_weighted_mean_exact_transfn(internal, double precision, double precision);
DROP FUNCTION @extschema@.length_weighted_mean_exact_invfn(internal, double precision, double precision);
DROP FUNCTION @extschema@.length_weighted_mean_exact_combine(internal, internal);
DROP FUNCTION @extschema@.length_weighted_mean_exact_serialize(internal);
DROP FUNCTION @extschema@.length_weighted_mean_exact_deserialize(bytea, internal);
DROP FUNCTION @extschema@.length_weighted_mean_exact_final(internal);

-- ---------------------------------------------------------------------------
-- noise_kind(kind) (new in 1.2): the name noise_grade() reads a kind as,
-- 'regional' (HJ 640-2012 Tables 1-2) or 'road_traffic' (Table 3).  The
-- kind column of noise_report (550_noise_report.sql) shows it, so that a
-- length-weighted traffic mean graded by the regional table by accident is
-- visible in the row.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.noise_kind(kind text) RETURNS text
	AS 'MODULE_PATHNAME', 'noise_kind_name' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.noise_kind(text) IS
	'the HJ 640-2012 grading table a noise kind names: regional (区域, Tables 1-2) or road_traffic (traffic, 道路交通, Table 3); 22023 for another name';

-- ---------------------------------------------------------------------------
-- noise_report (1.2): level_db numeric(4,1) and the kind column,
-- the HJ 640-2012 table that graded the level.  The function's
-- body leaves the type while ALTER TYPE runs, as in 250_rate_report.sql.
-- ---------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION @extschema@.noise_report(level_db double precision, kind text DEFAULT 'regional',
										 period text DEFAULT 'day')
	RETURNS @extschema@.noise_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS 'SELECT NULL::@extschema@.noise_report';
ALTER TYPE @extschema@.noise_report
	ALTER ATTRIBUTE level_db TYPE numeric(4,1),
	ADD ATTRIBUTE kind text;
COMMENT ON COLUMN @extschema@.noise_report.kind IS 'the HJ 640-2012 table that graded the level: regional (Tables 1-2) or road_traffic (Table 3, for a length-weighted traffic mean)';
CREATE OR REPLACE FUNCTION @extschema@.noise_report(level_db double precision, kind text DEFAULT 'regional',
										 period text DEFAULT 'day')
	RETURNS @extschema@.noise_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT ROW(@extschema@.round_gb8170(level_db, 1), @extschema@.value(g), g::text,
			   @extschema@.label(g, 'zh'::text), @extschema@.label(g, 'en'::text),
			   @extschema@.noise_kind(kind))::@extschema@.noise_report
	FROM (SELECT @extschema@.noise_grade(level_db, kind, period) AS g OFFSET 0) x;
END;
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
-- 《地表水环境质量评价办法（试行）》(环办〔2011〕22号) 主要污染指标 of a river,
-- basin or city, by 断面超标率 (docs/water.md).

-- The state: bigint[48], per GB 3838-2002 Table 1 item the sections that
-- measured it, then the sections where it is above class III.
CREATE FUNCTION @extschema@.water_main_items_transfn(bigint[], text, double precision)
	RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'water_main_items_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_main_items_transfn(bigint[], text, double precision, text)
	RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'water_main_items_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_main_items_combine(bigint[], bigint[]) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'water_main_items_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_main_items_final(bigint[]) RETURNS text
	AS 'MODULE_PATHNAME', 'water_main_items_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Over one row per section and item holding the section's period mean:
-- the items with the largest 断面超标率 (sections above class III / sections),
-- the first three and any tied with the third, as '总磷(40.0%)、氨氮(20.0%)';
-- '' when none exceeds; NULL with fewer than 5 sections.
CREATE AGGREGATE @extschema@.main_pollution_items(item text, value double precision) (
	SFUNC = @extschema@.water_main_items_transfn,
	STYPE = bigint[],
	INITCOND = '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}',
	COMBINEFUNC = @extschema@.water_main_items_combine,
	FINALFUNC = @extschema@.water_main_items_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.main_pollution_items(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_main_items_transfn,
	STYPE = bigint[],
	INITCOND = '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}',
	COMBINEFUNC = @extschema@.water_main_items_combine,
	FINALFUNC = @extschema@.water_main_items_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.main_pollution_items(text, double precision) IS
	'the main pollution items (主要污染指标, 《地表水环境质量评价办法（试行）》) of a river, basin or city over one row per section and item (its period mean): the three items above class III at the most sections, with their 断面超标率; NULL with fewer than 5 sections';
COMMENT ON AGGREGATE @extschema@.main_pollution_items(text, double precision, text) IS
	'the main pollution items (主要污染指标) of rivers, lakes and reservoirs, one row per section and item with its waterbody; NULL with fewer than 5 sections';
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

-- ---------------------------------------------------------------------------
-- groundwater_class as a plain value for BI tools (new in 1.2):
-- value() and the casts to json and jsonb, as noise_grade and water_class
-- have them (550_noise_report.sql, 650_water_report.sql); the object is
-- written by the ordinal types' one json writer (src/ordinal.c).
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.value(@extschema@.groundwater_class) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.value(@extschema@.groundwater_class) IS
	'the GB/T 14848-2017 §4.1 class number 1 (I) .. 5 (V); the same as the cast to integer';

CREATE FUNCTION @extschema@.groundwater_class_json(@extschema@.groundwater_class) RETURNS json
	AS 'MODULE_PATHNAME', 'groundwater_class_json' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.groundwater_class_jsonb(@extschema@.groundwater_class) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'groundwater_class_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.groundwater_class AS json)
	WITH FUNCTION @extschema@.groundwater_class_json(@extschema@.groundwater_class);
CREATE CAST (@extschema@.groundwater_class AS jsonb)
	WITH FUNCTION @extschema@.groundwater_class_jsonb(@extschema@.groundwater_class);
COMMENT ON CAST (@extschema@.groundwater_class AS json) IS
	'{class, name, use, use_en, drinking_source}: the GB/T 14848-2017 class 1..5, I..V, the use §4.1 says it suits and whether it suits a drinking-water source (I-III)';
COMMENT ON CAST (@extschema@.groundwater_class AS jsonb) IS
	'{class, name, use, use_en, drinking_source} of the GB/T 14848-2017 class, as jsonb';
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

-- ---------------------------------------------------------------------------
-- water_report (1.2): the percentages numeric(4,1); the function's
-- body leaves the type while ALTER TYPE runs, as in 250_rate_report.sql.
-- ---------------------------------------------------------------------------
-- water_sentence takes water_report arguments, which ALTER TYPE refuses as
-- well: it is dropped here and created again by 800_bulletin.sql.
DROP FUNCTION @extschema@.water_sentence(@extschema@.water_report, @extschema@.water_report, text, text);
CREATE OR REPLACE FUNCTION @extschema@.water_report(classes @extschema@.water_class[])
	RETURNS @extschema@.water_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS 'SELECT NULL::@extschema@.water_report';
ALTER TYPE @extschema@.water_report
	ALTER ATTRIBUTE good_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE worse_than_v_pct TYPE numeric(4,1);
CREATE OR REPLACE FUNCTION @extschema@.water_report(classes @extschema@.water_class[])
	RETURNS @extschema@.water_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT ROW(n, c1, c2, c3, c4, c5, c6, c1 + c2 + c3,
			   @extschema@.pct(@extschema@.rate((c1 + c2 + c3)::double precision, n::double precision), 1),
			   @extschema@.pct(@extschema@.rate(c6::double precision, n::double precision), 1),
			   st,
			   CASE st WHEN '优' THEN 'excellent' WHEN '良好' THEN 'good'
					   WHEN '轻度污染' THEN 'slightly polluted' WHEN '中度污染' THEN 'moderately polluted'
					   WHEN '重度污染' THEN 'heavily polluted' END)::@extschema@.water_report
	FROM (SELECT pg_catalog.count(c)::integer AS n,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 1)::integer AS c1,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 2)::integer AS c2,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 3)::integer AS c3,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 4)::integer AS c4,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 5)::integer AS c5,
				 pg_catalog.count(c) FILTER (WHERE @extschema@.value(c) OPERATOR(pg_catalog.=) 6)::integer AS c6,
				 @extschema@.water_status(c) AS st
		  FROM pg_catalog.unnest(classes) AS c) x;
END;

-- ---------------------------------------------------------------------------
-- section_report(item, value [, waterbody]) (new in 1.2): a section's class
-- with what was judged.  《地表水环境质量评价办法（试行）》(环办〔2011〕22号)
-- evaluates the 21 items of GB 3838-2002 Table 1 other than 水温, 总氮 and
-- 粪大肠菌群; a section measured on fewer of them still gets the worst class
-- of its measured items (section_class), and this row says how many items
-- that class rests on and marks it when they are fewer than the 21.
-- The same state and transition as section_class (610_water_evaluation.sql).
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.water_section_report AS (
	class integer,
	class_name text,
	judged_items integer,
	required_items integer,
	all_items_judged boolean,
	exceeding_items text
);
COMMENT ON TYPE @extschema@.water_section_report IS
	'one section''s GB 3838-2002 class as plain columns, with the number of items judged against the 21 evaluation items of the 2011 evaluation method (环办〔2011〕22号)';
COMMENT ON COLUMN @extschema@.water_section_report.class IS 'the section class 1 (I) .. 5 (V), 6 for 劣V: the worst class of the judged items'' period means (单因子评价法)';
COMMENT ON COLUMN @extschema@.water_section_report.class_name IS 'the class, I .. V or 劣V';
COMMENT ON COLUMN @extschema@.water_section_report.judged_items IS 'evaluation items with a value in the period, the items the class rests on';
COMMENT ON COLUMN @extschema@.water_section_report.required_items IS 'the evaluation items of the 2011 method: GB 3838-2002 Table 1 without 水温, 总氮 and 粪大肠菌群 (21)';
COMMENT ON COLUMN @extschema@.water_section_report.all_items_judged IS 'judged_items reaches required_items; false marks a class judged on fewer items than the method evaluates';
COMMENT ON COLUMN @extschema@.water_section_report.exceeding_items IS 'the judged items worse than class III with their 超标倍数, worst first, as exceeding_items(); '''' when none';

CREATE FUNCTION @extschema@.water_section_report_final(@extschema@.exact_state) RETURNS @extschema@.water_section_report
	AS 'MODULE_PATHNAME', 'water_section_report_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.section_report(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_section_report_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.section_report(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_section_report_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.section_report(text, double precision) IS
	'a section''s class over one row per measurement (river), as one row: the GB 3838-2002 class, the items judged and whether they are all 21 evaluation items of 环办〔2011〕22号, the exceeding items';
COMMENT ON AGGREGATE @extschema@.section_report(text, double precision, text) IS
	'a section''s class over one row per measurement of a river, lake or reservoir, as one row: the GB 3838-2002 class, the items judged and whether they are all 21 evaluation items of 环办〔2011〕22号, the exceeding items';

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
-- The item names of GB 3838-2002 Tables 1-3 and GB/T 14848-2017 Tables 1
-- and 2, read from the tables the parsers use (docs/names.md).

-- The item as GB 3838-2002 Tables 1-3 print it: water_item('NH₃-N') is
-- '氨氮（NH3-N）', water_item('总铁') is '铁'.
CREATE FUNCTION @extschema@.water_item(name text) RETURNS text
	AS 'MODULE_PATHNAME', 'water_item_printed' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.water_item(text) IS
	'the surface-water item named, as GB 3838-2002 Tables 1-3 print it (化学需氧量（COD）); 22023 when unknown';

-- The item as GB/T 14848-2017 Tables 1 and 2 print it.
CREATE FUNCTION @extschema@.groundwater_item(name text) RETURNS text
	AS 'MODULE_PATHNAME', 'groundwater_item_printed' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.groundwater_item(text) IS
	'the groundwater item named, as GB/T 14848-2017 Tables 1 and 2 print it (氨氮（以N计）); 22023 when unknown';

-- Every item of the standard ('gb3838-2002', 'gbt14848-2017'; NULL: both)
-- in the order of its tables, with the other names accepted for it.
CREATE FUNCTION @extschema@.water_item_names(standard text DEFAULT NULL)
	RETURNS TABLE (standard text, table_no integer, item text, names text[])
	AS 'MODULE_PATHNAME', 'water_item_names' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 202;
COMMENT ON FUNCTION @extschema@.water_item_names(text) IS
	'the items of GB 3838-2002 Tables 1-3 and GB/T 14848-2017 Tables 1-2 as printed, with every other name the item arguments accept';
-- Laboratory readings below the detection limit ("0.01L", "<0.01", "ND")
-- read into values (docs/water.md, "Non-detects").

-- A reading's value: a number as it is; a non-detect under the convention
-- 'half_limit' (default: 环办监测函〔2020〕82号 point 7, SL 219-2013
-- §12.2.5), 'limit' or 'zero', at the reading's own limit ("0.01L") or,
-- for "ND", at detection_limit.
CREATE FUNCTION @extschema@.nondetect_value(reading text, detection_limit double precision DEFAULT NULL,
											convention text DEFAULT 'half_limit')
	RETURNS double precision
	AS 'MODULE_PATHNAME', 'nondetect_value' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nondetect_value(text, double precision, text) IS
	'the value of a laboratory reading (0.35, 0.01L, <0.01, ND with detection_limit); a non-detect is half its detection limit by default (环办监测函〔2020〕82号), or convention => ''limit'' or ''zero''';

-- Whether a reading is a non-detect ("0.01L", "<0.01", "ND", "未检出").
CREATE FUNCTION @extschema@.is_nondetect(reading text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'is_nondetect' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_nondetect(text) IS
	'whether a laboratory reading is below the detection limit (0.01L, <0.01, ND, 未检出); 22P02 when it is no reading';
-- HJ 212 data packets (HJ/T 212-2005, HJ 212-2017): a check for CHECK
-- constraints and WHERE clauses, and the packet's values as rows.

CREATE FUNCTION @extschema@.hj212_check(packet text) RETURNS text
	AS 'MODULE_PATHNAME', 'hj212_check' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hj212_check(text) IS
	'NULL when the text is a valid HJ 212 packet (HJ/T 212-2005 or HJ 212-2017: framing, length, the standard''s CRC in either case, CR LF optional, every header and CP field), else the reason';

CREATE FUNCTION @extschema@.hj212_values(packet text,
		OUT mn text, OUT st text, OUT cn text, OUT qn timestamp, OUT data_time timestamp,
		OUT code text, OUT pollutant text, OUT kind text, OUT value double precision,
		OUT flag text, OUT valid boolean)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'hj212_values' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.hj212_values(text) IS
	'the values of an HJ 212 packet, one row per code and kind (Rtd, Avg, Min, Max, Cou, ZsAvg...): header, DataTime (the period''s start, or the acquisition time for 2011), pollutant as ecoinsp names it, value as sent (units are not converted), data flag and validity; error 22P02 for an invalid packet';

CREATE FUNCTION @extschema@.hj212_frame(data text) RETURNS text
	AS 'MODULE_PATHNAME', 'hj212_frame' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hj212_frame(text) IS
	'an HJ 212 packet around a data segment: "##", its length in bytes, the segment, its CRC (HJ 212-2017 附录A, upper case) and CR LF; error 22003 beyond 1024 bytes';

-- ---------------------------------------------------------------------------
-- Bulletin sentences (1.2): "unchanged" for a zero change in English (issue
-- 17); calls whose argument types match the extension's functions exactly,
-- so that no overload created later in the schema is chosen at run time
--; air_sentence notes data that miss GB 3095 Table 4.  water_sentence is created again: 650_water_report.sql
-- dropped it to change its argument type.
-- ---------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION @extschema@.bulletin_change(delta numeric, unit text, up_zh text, down_zh text,
											up_en text, down_en text, lang text)
	RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN CASE
		WHEN delta OPERATOR(pg_catalog.=) 0 THEN
			CASE lang WHEN 'zh' THEN '同比持平' ELSE 'unchanged' END
		WHEN lang OPERATOR(pg_catalog.=) 'zh' THEN
			'同比' OPERATOR(pg_catalog.||)
			CASE WHEN delta OPERATOR(pg_catalog.>) 0 THEN up_zh ELSE down_zh END
			OPERATOR(pg_catalog.||) pg_catalog.abs(delta)::text OPERATOR(pg_catalog.||) unit
		ELSE CASE WHEN delta OPERATOR(pg_catalog.>) 0 THEN up_en ELSE down_en END
			OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) pg_catalog.abs(delta)::text
			OPERATOR(pg_catalog.||) CASE unit WHEN '%' THEN '%' WHEN '个百分点' THEN ' percentage points'
											  WHEN '天' THEN CASE WHEN pg_catalog.abs(delta) OPERATOR(pg_catalog.=) 1 THEN ' day' ELSE ' days' END WHEN '分贝' THEN ' dB(A)' ELSE unit END
	END;
CREATE OR REPLACE FUNCTION @extschema@.air_sentence(current @extschema@.air_summary,
										 previous @extschema@.air_summary DEFAULT NULL,
										 lang text DEFAULT 'zh', area text DEFAULT NULL,
										 period text DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l text := @extschema@.bulletin_lang(lang);
	c @extschema@.air_report;
	p @extschema@.air_report;
	parts text[] := '{}';
	s text;
	shares text;
	note text := '';
BEGIN
	IF current IS NULL OR l IS NULL THEN
		RETURN NULL;
	END IF;
	c := @extschema@.air_report(current);
	IF previous IS NOT NULL THEN
		p := @extschema@.air_report(previous);
	END IF;
	-- GB 3095 Table 4: a calendar year (period NULL) by valid_year, another
	-- period (a month, year to date) by valid_period; the figures stay, the
	-- sentence says they rest on incomplete data
	IF (CASE WHEN period IS NULL THEN c.valid_year ELSE c.valid_period END) IS NOT TRUE THEN
		note := CASE l WHEN 'zh' THEN '本期有效监测数据不完整，未达到GB 3095表4的数据统计有效性规定。'
			ELSE ' The data of this period are incomplete: they do not meet the validity rules of GB 3095 Table 4.' END;
	END IF;
	IF l = 'zh' THEN
		s := coalesce(period, c.year || '年') || '，';
		IF c.composite_index IS NOT NULL THEN
			parts := parts || (coalesce(area, '全市') || '环境空气质量综合指数为' || c.composite_index
				|| coalesce('，' || @extschema@.bulletin_change(
					@extschema@.round_gb8170(@extschema@.improvement(c.composite_index, p.composite_index), 1),
					'%'::text, '改善'::text, '变差'::text, ''::text, ''::text, l), ''));
		END IF;
		IF c.pm25 IS NOT NULL THEN
			parts := parts || ('PM2.5' || CASE WHEN period IS NULL THEN '年均' ELSE '平均' END || '浓度为' || c.pm25 || '微克/立方米'
				|| coalesce('，' || @extschema@.bulletin_change(
					@extschema@.round_gb8170(@extschema@.yoy_change(c.pm25, p.pm25), 1),
					'%'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), ''));
		END IF;
		IF c.good_day_pct IS NOT NULL THEN
			parts := parts || ('优良天数' || c.good_days || '天，优良天数比例为' || c.good_day_pct || '%'
				|| coalesce('，' || @extschema@.bulletin_change(@extschema@.bulletin_pp_change(c.good_days::bigint, c.aqi_days::bigint, p.good_days::bigint, p.aqi_days::bigint),
					'个百分点'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), ''));
			parts := parts || ('重污染天数' || c.heavy_days || '天'
				|| coalesce('，' || @extschema@.bulletin_change((c.heavy_days - p.heavy_days)::numeric,
					'天'::text, '增加'::text, '减少'::text, ''::text, ''::text, l), ''));
		END IF;
		IF c.exceedance_days = 0 THEN
			parts := parts || '无超标天'::text;
		ELSIF c.exceedance_days > 0 THEN
			SELECT string_agg(CASE WHEN n = 1 THEN '以' || name || '为首要污染物的超标天数占总超标天数的' || v || '%'
								   ELSE '以' || name || '为首要污染物的占' || v || '%' END, '，' ORDER BY n)
			INTO shares
			FROM (SELECT name, v, row_number() OVER (ORDER BY v DESC, k) AS n
				  FROM (VALUES (1, 'PM2.5', c.pm25_primary_pct), (2, '臭氧', c.o3_primary_pct),
							   (3, 'PM10', c.pm10_primary_pct), (4, '二氧化氮', c.no2_primary_pct),
							   (5, '二氧化硫', c.so2_primary_pct), (6, '一氧化碳', c.co_primary_pct)) t(k, name, v)
				  WHERE v > 0) x;
			parts := parts || shares;
		END IF;
		RETURN s || array_to_string(parts, '；') || '。' || note;
	END IF;

	s := 'In ' || coalesce(period, c.year::text) || ', ';
	IF c.composite_index IS NOT NULL THEN
		parts := parts || (coalesce(area, 'the city') || '''s ambient air quality composite index was ' || c.composite_index
			|| coalesce(', ' || @extschema@.bulletin_change(
				@extschema@.round_gb8170(@extschema@.improvement(c.composite_index, p.composite_index), 1),
				'%'::text, ''::text, ''::text, 'an improvement of'::text, 'a deterioration of'::text, l) || ' year on year', ''));
	END IF;
	IF c.pm25 IS NOT NULL THEN
		parts := parts || ('the ' || CASE WHEN period IS NULL THEN 'annual ' ELSE '' END || 'mean PM2.5 concentration was ' || c.pm25 || ' µg/m³'
			|| coalesce(', ' || @extschema@.bulletin_change(
				@extschema@.round_gb8170(@extschema@.yoy_change(c.pm25, p.pm25), 1),
				'%'::text, ''::text, ''::text, 'up'::text, 'down'::text, l) || ' year on year', ''));
	END IF;
	IF c.good_day_pct IS NOT NULL THEN
		parts := parts || (c.good_days || ' days were good or excellent (AQI ≤ 100), ' || c.good_day_pct || '% of the days'
			|| coalesce(', ' || @extschema@.bulletin_change(@extschema@.bulletin_pp_change(c.good_days::bigint, c.aqi_days::bigint, p.good_days::bigint, p.aqi_days::bigint),
				'个百分点'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), ''));
		parts := parts || (c.heavy_days || ' days were heavily polluted (AQI > 200)'
			|| coalesce(', ' || @extschema@.bulletin_change((c.heavy_days - p.heavy_days)::numeric,
				'天'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), ''));
	END IF;
	IF c.exceedance_days = 0 THEN
		parts := parts || 'no day exceeded the standard'::text;
	ELSIF c.exceedance_days > 0 THEN
		SELECT string_agg(CASE WHEN n = 1 THEN name || ' was the primary pollutant on ' || v || '% of the days exceeding the standard'
							   ELSE name || ' on ' || v || '%' END, ', ' ORDER BY n)
		INTO shares
		FROM (SELECT name, v, row_number() OVER (ORDER BY v DESC, k) AS n
			  FROM (VALUES (1, 'PM2.5', c.pm25_primary_pct), (2, 'ozone', c.o3_primary_pct),
						   (3, 'PM10', c.pm10_primary_pct), (4, 'NO2', c.no2_primary_pct),
						   (5, 'SO2', c.so2_primary_pct), (6, 'CO', c.co_primary_pct)) t(k, name, v)
			  WHERE v > 0) x;
		parts := parts || shares;
	END IF;
	RETURN s || array_to_string(parts, '; ') || '.' || note;
END
$$;
CREATE OR REPLACE FUNCTION @extschema@.rectification_sentence(current @extschema@.rectification_summary,
												   petitions @extschema@.rate DEFAULT NULL,
												   lang text DEFAULT 'zh')
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l text := @extschema@.bulletin_lang(lang);
	r @extschema@.rectification_report;
	parts text[] := '{}';
BEGIN
	IF l IS NULL OR (current IS NULL AND petitions IS NULL) THEN
		RETURN NULL;
	END IF;
	IF current IS NOT NULL THEN
		r := @extschema@.rectification_report(current);
		IF l = 'zh' THEN
			parts := parts || ('截至' || to_char(r.as_of, 'YYYY"年"FMMM"月"FMDD"日"') || '，' || r.total
				|| '项督察反馈问题中，' || CASE WHEN r.due = 0 THEN '尚无问题到整改时限'
				ELSE r.due || '项已到整改时限，已完成' || r.completed_due || '项，完成率' || r.completion_pct
					|| '%（按期完成率' || r.on_time_pct || '%' || CASE WHEN r.overdue > 0
					THEN '，逾期未完成' || r.overdue || '项' ELSE '' END || '）' END);
		ELSE
			parts := parts || ('As of ' || to_char(r.as_of, 'FMDD FMMonth YYYY') || ', '
				|| CASE WHEN r.due = 0 THEN 'none of the ' || r.total || ' inspection feedback issues was due for rectification'
				ELSE r.due || ' of the ' || r.total || ' inspection feedback issues were due for rectification and '
					|| r.completed_due || ' of them had been completed (' || r.completion_pct || '%; '
					|| r.on_time_pct || '% on time' || CASE WHEN r.overdue > 0
					THEN ', ' || r.overdue || ' overdue' ELSE '' END || ')' END);
		END IF;
	END IF;
	IF @extschema@.denominator(petitions) > 0 THEN
		IF l = 'zh' THEN
			parts := parts || ('受理信访件' || @extschema@.denominator(petitions) || '件，办结'
				|| @extschema@.numerator(petitions) || '件，办结率' || @extschema@.pct(petitions, 1) || '%');
		ELSE
			parts := parts || (@extschema@.numerator(petitions) || ' of ' || @extschema@.denominator(petitions)
				|| ' petitions were resolved (' || @extschema@.pct(petitions, 1) || '%)');
		END IF;
	END IF;
	IF cardinality(parts) = 0 THEN
		RETURN NULL;
	END IF;
	RETURN CASE l WHEN 'zh' THEN array_to_string(parts, '；') || '。'
				  ELSE array_to_string(parts, '; ') || '.' END;
END
$$;
CREATE OR REPLACE FUNCTION @extschema@.noise_sentence(day_level double precision, night_level double precision,
										   kind text DEFAULT 'regional',
										   previous_day double precision DEFAULT NULL,
										   previous_night double precision DEFAULT NULL,
										   lang text DEFAULT 'zh', area text DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l text := @extschema@.bulletin_lang(lang);
	k text;
	d @extschema@.noise_report;
	n @extschema@.noise_report;
	parts text[] := '{}';
	subject text;
BEGIN
	IF l IS NULL OR kind IS NULL OR (day_level IS NULL AND night_level IS NULL) THEN
		RETURN NULL;
	END IF;
	-- the kind as noise_grade() reads it (22023 for an unknown name)
	k := @extschema@.noise_kind(kind);
	d := @extschema@.noise_report(day_level, k, 'day'::text);
	n := @extschema@.noise_report(night_level, k, 'night'::text);
	IF l = 'zh' THEN
		subject := coalesce(area, '全市') || CASE k WHEN 'regional' THEN '区域声环境' ELSE '道路交通声环境' END;
		IF d.level_db IS NOT NULL THEN
			parts := parts || ('昼间' || CASE k WHEN 'regional' THEN '' ELSE '长度加权' END || '平均等效声级为'
				|| d.level_db || '分贝' || coalesce('，' || @extschema@.bulletin_change(
					d.level_db - @extschema@.round_gb8170(previous_day, 1), '分贝'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), '')
				|| '，质量等级为' || d.grade_name || '（' || d.label || '）');
		END IF;
		IF n.level_db IS NOT NULL THEN
			parts := parts || ('夜间' || CASE k WHEN 'regional' THEN '' ELSE '长度加权' END || '平均等效声级为'
				|| n.level_db || '分贝' || coalesce('，' || @extschema@.bulletin_change(
					n.level_db - @extschema@.round_gb8170(previous_night, 1), '分贝'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), '')
				|| '，质量等级为' || n.grade_name || '（' || n.label || '）');
		END IF;
		RETURN subject || array_to_string(parts, '；') || '。';
	END IF;
	subject := CASE k WHEN 'regional' THEN 'Regional environmental noise' ELSE 'Road traffic noise' END
		|| coalesce(' in ' || area, '') || ': ';
	IF d.level_db IS NOT NULL THEN
		parts := parts || ('the daytime ' || CASE k WHEN 'regional' THEN '' ELSE 'length-weighted ' END
			|| 'mean equivalent level was ' || d.level_db || ' dB(A), grade ' || d.grade || ' (' || d.label_en || ')'
			|| coalesce(', ' || @extschema@.bulletin_change(
				d.level_db - @extschema@.round_gb8170(previous_day, 1), '分贝'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), ''));
	END IF;
	IF n.level_db IS NOT NULL THEN
		parts := parts || ('the night-time ' || CASE k WHEN 'regional' THEN '' ELSE 'length-weighted ' END
			|| 'mean was ' || n.level_db || ' dB(A), grade ' || n.grade || ' (' || n.label_en || ')'
			|| coalesce(', ' || @extschema@.bulletin_change(
				n.level_db - @extschema@.round_gb8170(previous_night, 1), '分贝'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), ''));
	END IF;
	RETURN subject || array_to_string(parts, '; ') || '.';
END
$$;
CREATE FUNCTION @extschema@.water_sentence(current @extschema@.water_report,
										   previous @extschema@.water_report DEFAULT NULL,
										   lang text DEFAULT 'zh', area text DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l text := @extschema@.bulletin_lang(lang);
	c @extschema@.water_report := current;
	p @extschema@.water_report := previous;
BEGIN
	IF l IS NULL OR c.sections IS NULL OR c.sections = 0 THEN
		RETURN NULL;
	END IF;
	IF l = 'zh' THEN
		RETURN coalesce(area, '全市') || c.sections || '个地表水监测断面中，Ⅰ～Ⅲ类水质断面' || c.good_sections
			|| '个，占' || c.good_pct || '%' || coalesce('，' || @extschema@.bulletin_change(
				@extschema@.bulletin_pp_change(c.good_sections::bigint, c.sections::bigint, p.good_sections::bigint, p.sections::bigint), '个百分点'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), '')
			|| '；劣Ⅴ类断面' || c.class6 || '个，占' || c.worse_than_v_pct || '%' || coalesce('，' || @extschema@.bulletin_change(
				@extschema@.bulletin_pp_change(c.class6::bigint, c.sections::bigint, p.class6::bigint, p.sections::bigint), '个百分点'::text, '上升'::text, '下降'::text, ''::text, ''::text, l), '')
			|| coalesce('；水质状况为' || c.status, '') || '。';
	END IF;
	RETURN 'Of the ' || c.sections || ' surface-water sections monitored' || coalesce(' in ' || area, '') || ', '
		|| c.good_sections || ' (' || c.good_pct || '%) ' || CASE c.good_sections WHEN 1 THEN 'was' ELSE 'were' END || ' in class I-III' || coalesce(', ' || @extschema@.bulletin_change(
			@extschema@.bulletin_pp_change(c.good_sections::bigint, c.sections::bigint, p.good_sections::bigint, p.sections::bigint), '个百分点'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), '')
		|| '; ' || c.class6 || ' (' || c.worse_than_v_pct || '%) ' || CASE c.class6 WHEN 1 THEN 'was' ELSE 'were' END || ' worse than class V' || coalesce(', ' || @extschema@.bulletin_change(
			@extschema@.bulletin_pp_change(c.class6::bigint, c.sections::bigint, p.class6::bigint, p.sections::bigint), '个百分点'::text, ''::text, ''::text, 'up'::text, 'down'::text, l), '')
		|| coalesce('; the water quality was ' || c.status_en, '') || '.';
END
$$;
COMMENT ON FUNCTION @extschema@.air_sentence(@extschema@.air_summary, @extschema@.air_summary, text, text, text) IS
	'the air paragraph of a bulletin in Chinese (zh) or English (en): composite index (城市环境空气质量排名技术规定) and its improvement, PM2.5 annual mean (HJ 663-2013), good and heavy days (HJ 633 Table 2), primary-pollutant shares of the exceedance days; year-over-year parts when previous is given; a closing note when the data miss the GB 3095 Table 4 validity rules (valid_year for a year, valid_period for another period)';
COMMENT ON FUNCTION @extschema@.water_sentence(@extschema@.water_report, @extschema@.water_report, text, text) IS
	'the surface-water sentence in Chinese (zh) or English (en): sections in GB 3838-2002 class I-III and worse than V, their change in percentage points, and the 《地表水环境质量评价办法（试行）》 status';
