
-- ---------------------------------------------------------------------------
-- water_class as a plain value for BI tools (new in 1.1): value(), the casts
-- to json and jsonb, and water_report() over the classes of a set of
-- sections.  There is no water summary type: section_class() gives a
-- water_class per section and water_status() a status word, so the report
-- takes the sections' classes (array_agg(class)).
-- Sorting: ORDER BY a water_class column uses the type's btree order (I
-- first, 劣V last); ORDER BY its text does not.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.value(@extschema@.water_class) RETURNS integer
	AS 'MODULE_PATHNAME', 'eco_ordinal_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.value(@extschema@.water_class) IS
	'the GB 3838-2002 class number 1 (I) .. 5 (V), 6 for 劣V (worse than V); the same as the cast to integer';

-- In C (src/ordinal.c, the template of the ordinal types).
CREATE FUNCTION @extschema@.water_class_json(@extschema@.water_class) RETURNS json
	AS 'MODULE_PATHNAME', 'water_class_json' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_class_jsonb(@extschema@.water_class) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'water_class_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.water_class AS json)
	WITH FUNCTION @extschema@.water_class_json(@extschema@.water_class);
CREATE CAST (@extschema@.water_class AS jsonb)
	WITH FUNCTION @extschema@.water_class_jsonb(@extschema@.water_class);
COMMENT ON CAST (@extschema@.water_class AS json) IS
	'{class, name, status, status_en, good}: the GB 3838-2002 class 1..6, I..劣V, the 《地表水环境质量评价办法（试行）》 status word and whether it is I-III (优良)';
COMMENT ON CAST (@extschema@.water_class AS jsonb) IS
	'{class, name, status, status_en, good} of the GB 3838-2002 class, as jsonb';

CREATE TYPE @extschema@.water_report AS (
	sections integer,
	class1 integer,
	class2 integer,
	class3 integer,
	class4 integer,
	class5 integer,
	class6 integer,
	good_sections integer,
	good_pct numeric(4,1),
	worse_than_v_pct numeric(4,1),
	status text,
	status_en text
);
COMMENT ON TYPE @extschema@.water_report IS
	'the classes of a set of sections as plain columns: counts per GB 3838-2002 class, shares and the 断面水质类别比例法 status';
COMMENT ON COLUMN @extschema@.water_report.sections IS 'sections with a class (NULL elements are left out)';
COMMENT ON COLUMN @extschema@.water_report.class1 IS 'sections of class I (GB 3838-2002)';
COMMENT ON COLUMN @extschema@.water_report.class2 IS 'sections of class II';
COMMENT ON COLUMN @extschema@.water_report.class3 IS 'sections of class III';
COMMENT ON COLUMN @extschema@.water_report.class4 IS 'sections of class IV';
COMMENT ON COLUMN @extschema@.water_report.class5 IS 'sections of class V';
COMMENT ON COLUMN @extschema@.water_report.class6 IS 'sections worse than class V (劣V)';
COMMENT ON COLUMN @extschema@.water_report.good_sections IS 'sections of class I-III (水质优良)';
COMMENT ON COLUMN @extschema@.water_report.good_pct IS 'good_sections / sections in percent, 0.1 (GB/T 8170)';
COMMENT ON COLUMN @extschema@.water_report.worse_than_v_pct IS 'class6 / sections in percent, 0.1 (劣V类比例)';
COMMENT ON COLUMN @extschema@.water_report.status IS 'the status word of 《地表水环境质量评价办法（试行）》 断面水质类别比例法 (优 .. 重度污染); NULL with fewer than 5 sections';
COMMENT ON COLUMN @extschema@.water_report.status_en IS 'the status word in English (excellent .. heavily polluted)';

CREATE FUNCTION @extschema@.water_report(classes @extschema@.water_class[])
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
COMMENT ON FUNCTION @extschema@.water_report(@extschema@.water_class[]) IS
	'the classes of a set of sections (array_agg(section_class)) as one flat row: counts per GB 3838-2002 class, I-III and 劣V shares, and the 《地表水环境质量评价办法（试行）》 断面水质类别比例法 status';
