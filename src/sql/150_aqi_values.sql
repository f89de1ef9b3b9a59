
-- ---------------------------------------------------------------------------
-- Plain values of the aqi type for BI tools and report views (new in 1.1):
-- comparisons with a plain number and the casts to json and jsonb.
-- value(aqi) and the cast to integer are in 100_aqi.sql.
-- ---------------------------------------------------------------------------

-- aqi OP integer and integer OP aqi compare the index value alone (an
-- integer, HJ 633-2012 §6.2, HJ 633-2026 §4.2.6): aqi > 200 is 重污染.
-- Support functions of the operators below (src/bi.c).
CREATE FUNCTION @extschema@.aqi_eq_int4(@extschema@.aqi, integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_eq_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_ne_int4(@extschema@.aqi, integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_ne_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_lt_int4(@extschema@.aqi, integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_lt_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_le_int4(@extschema@.aqi, integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_le_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_gt_int4(@extschema@.aqi, integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_gt_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aqi_ge_int4(@extschema@.aqi, integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'aqi_ge_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int4_eq_aqi(integer, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int4_eq_aqi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int4_ne_aqi(integer, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int4_ne_aqi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int4_lt_aqi(integer, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int4_lt_aqi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int4_le_aqi(integer, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int4_le_aqi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int4_gt_aqi(integer, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int4_gt_aqi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int4_ge_aqi(integer, @extschema@.aqi) RETURNS boolean
	AS 'MODULE_PATHNAME', 'int4_ge_aqi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.aqi, RIGHTARG = integer, FUNCTION = @extschema@.aqi_eq_int4,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.aqi, RIGHTARG = integer, FUNCTION = @extschema@.aqi_ne_int4,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.aqi, RIGHTARG = integer, FUNCTION = @extschema@.aqi_lt_int4,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.aqi, RIGHTARG = integer, FUNCTION = @extschema@.aqi_le_int4,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.aqi, RIGHTARG = integer, FUNCTION = @extschema@.aqi_gt_int4,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.aqi, RIGHTARG = integer, FUNCTION = @extschema@.aqi_ge_int4,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);
CREATE OPERATOR @extschema@.= (
	LEFTARG = integer, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int4_eq_aqi,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = integer, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int4_ne_aqi,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = integer, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int4_lt_aqi,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = integer, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int4_le_aqi,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = integer, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int4_gt_aqi,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = integer, RIGHTARG = @extschema@.aqi, FUNCTION = @extschema@.int4_ge_aqi,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel);

COMMENT ON OPERATOR @extschema@.= (@extschema@.aqi, integer) IS
	'the AQI value (HJ 633-2012 §6.2, HJ 633-2026 §4.2.6: an integer) equals the number; the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.aqi, integer) IS
	'the AQI value (HJ 633-2012 §6.2) differs from the number';
COMMENT ON OPERATOR @extschema@.< (@extschema@.aqi, integer) IS
	'the AQI value (HJ 633-2012 §6.2) is below the number';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.aqi, integer) IS
	'the AQI value (HJ 633-2012 §6.2) is at most the number (aqi <= 100: 优良, HJ 633 Table 2 levels I-II)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.aqi, integer) IS
	'the AQI value (HJ 633-2012 §6.2) is above the number (aqi > 200: 重度及以上污染, HJ 633 Table 2 levels V-VI)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.aqi, integer) IS
	'the AQI value (HJ 633-2012 §6.2) is at least the number';
COMMENT ON OPERATOR @extschema@.= (integer, @extschema@.aqi) IS
	'the number equals the AQI value (HJ 633-2012 §6.2); the other fields are not compared';
COMMENT ON OPERATOR @extschema@.<> (integer, @extschema@.aqi) IS
	'the number differs from the AQI value (HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.< (integer, @extschema@.aqi) IS
	'the number is below the AQI value (HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.<= (integer, @extschema@.aqi) IS
	'the number is at most the AQI value (HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.> (integer, @extschema@.aqi) IS
	'the number is above the AQI value (HJ 633-2012 §6.2)';
COMMENT ON OPERATOR @extschema@.>= (integer, @extschema@.aqi) IS
	'the number is at least the AQI value (HJ 633-2012 §6.2)';

-- json and jsonb: to_json(row), to_jsonb(row) and row_to_json(row) of a row
-- with an aqi column use the cast to json (PostgreSQL's json_categorize_type
-- looks for a cast to json of a type that is not built in, for jsonb too),
-- so a report row gives an object, not the text form.  The keys follow the
-- accessor functions of 100_aqi.sql.
-- In C (src/bi.c): as SQL functions over the accessors they were 100 times
-- slower than the text output.
CREATE FUNCTION @extschema@.aqi_json(@extschema@.aqi) RETURNS json
	AS 'MODULE_PATHNAME', 'aqi_json' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aqi_jsonb(@extschema@.aqi) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'aqi_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.aqi AS json) WITH FUNCTION @extschema@.aqi_json(@extschema@.aqi);
CREATE CAST (@extschema@.aqi AS jsonb) WITH FUNCTION @extschema@.aqi_jsonb(@extschema@.aqi);
COMMENT ON CAST (@extschema@.aqi AS json) IS
	'{value, level, category, category_en, color, primary_pollutants, exceeding_pollutants, standard, beyond_scale}: HJ 633-2012 §6.2 integer index, Table 2 level, category and colour, §3.3/§3.4 primary and exceeding pollutants';
COMMENT ON CAST (@extschema@.aqi AS jsonb) IS
	'the object of the cast to json, as jsonb (HJ 633-2012 §6.2, Table 2, §3.3, §3.4)';
