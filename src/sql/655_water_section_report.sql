
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
