
-- ---------------------------------------------------------------------------
-- noise_grade as a plain value for BI tools (new in 1.1): value(), the casts
-- to json and jsonb, and noise_report() for a mean level.  There is no noise
-- summary type: the means are plain float8 aggregates (leq_mean,
-- length_weighted_mean, avg), so the report takes the mean level.
-- Sorting: ORDER BY a noise_grade column uses the type's btree order (一级
-- first); ORDER BY its text (一级, 三级, 二级, ...) or of value()::text
-- does not.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.value(@extschema@.noise_grade) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.value(@extschema@.noise_grade) IS
	'the grade number 1 (一级, 好) .. 5 (五级, 差) of HJ 640-2012 Tables 1-2 (区域) and 3 (道路交通); the same as the cast to integer';

-- In C (src/ordinal.c, the template of the ordinal types).
CREATE FUNCTION @extschema@.noise_grade_json(@extschema@.noise_grade) RETURNS json
	AS 'MODULE_PATHNAME', 'noise_grade_json' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.noise_grade_jsonb(@extschema@.noise_grade) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'noise_grade_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.noise_grade AS json)
	WITH FUNCTION @extschema@.noise_grade_json(@extschema@.noise_grade);
CREATE CAST (@extschema@.noise_grade AS jsonb)
	WITH FUNCTION @extschema@.noise_grade_jsonb(@extschema@.noise_grade);
COMMENT ON CAST (@extschema@.noise_grade AS json) IS
	'{grade, name, label, label_en}: the HJ 640-2012 grade number 1..5, 一级..五级 and the wording 好..差 (good..poor)';
COMMENT ON CAST (@extschema@.noise_grade AS jsonb) IS
	'{grade, name, label, label_en} of the HJ 640-2012 grade, as jsonb';

CREATE TYPE @extschema@.noise_report AS (
	level_db numeric(4,1),
	grade integer,
	grade_name text,
	label text,
	label_en text,
	kind text
);
COMMENT ON TYPE @extschema@.noise_report IS
	'a mean noise level and its HJ 640-2012 grade as plain columns';
COMMENT ON COLUMN @extschema@.noise_report.level_db IS 'the mean equivalent level L_Aeq, dB(A), rounded to 0.1 (GB/T 8170) as HJ 640-2012 grades it';
COMMENT ON COLUMN @extschema@.noise_report.grade IS 'the HJ 640-2012 grade number 1..5';
COMMENT ON COLUMN @extschema@.noise_report.grade_name IS 'the grade, 一级..五级';
COMMENT ON COLUMN @extschema@.noise_report.label IS 'the HJ 640-2012 wording 好, 较好, 一般, 较差, 差';
COMMENT ON COLUMN @extschema@.noise_report.label_en IS 'the wording in English: good .. poor';
COMMENT ON COLUMN @extschema@.noise_report.kind IS 'the HJ 640-2012 table that graded the level: regional (Tables 1-2) or road_traffic (Table 3, for a length-weighted traffic mean)';

CREATE FUNCTION @extschema@.noise_report(level_db double precision, kind text DEFAULT 'regional',
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
COMMENT ON FUNCTION @extschema@.noise_report(double precision, text, text) IS
	'a mean level as one flat row: level to 0.1 dB(A), its HJ 640-2012 grade (kind regional: Tables 1-2; road_traffic: Table 3; period day or night) and wording';
