
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
