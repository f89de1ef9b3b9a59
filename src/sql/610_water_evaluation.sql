-- GB 3838-2002 single-item classes and the evaluation of
-- 《地表水环境质量评价办法（试行）》(环办〔2011〕22号).

-- The class of one measured value of a GB 3838-2002 Table 1 item (names in
-- Chinese, English or abbreviated) for a waterbody 'river' (河流), 'lake'
-- (湖泊) or 'reservoir' (水库).  NULL for 水温 and for 总氮 of a river, which
-- the standard does not class.
CREATE FUNCTION @extschema@.water_class(item text, value double precision, waterbody text DEFAULT 'river')
	RETURNS @extschema@.water_class
	AS 'MODULE_PATHNAME', 'water_class_of_item' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- 超标倍数 (value − Cs) / Cs against the class III limit Cs; NULL when the
-- value does not exceed class III or the item has no multiple (pH, DO, 水温).
CREATE FUNCTION @extschema@.exceedance(item text, value double precision, waterbody text DEFAULT 'river')
	RETURNS double precision
	AS 'MODULE_PATHNAME', 'water_exceedance' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- The section aggregates share one state: the count and the exact sum of
-- each item (docs/exact-sums.md), so a mean, and the class read from it, is
-- the same in every plan.  SSPACE: the exact_state with its 24 compact
-- sums (a sum whose values span more than 2^125 needs 544 bytes more).
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

-- 单因子评价法: the class of a section over one row per measurement, the
-- worst class among the items' period means, leaving out 水温, 总氮 and
-- 粪大肠菌群.
CREATE AGGREGATE @extschema@.section_class(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_section_class_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.section_class(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_section_class_final,
	PARALLEL = SAFE
);

-- The evaluated items whose period mean is worse than class III, worst
-- first: '总磷(0.3)、氨氮(0.1)' with the 超标倍数 to one decimal; '' when none.
CREATE AGGREGATE @extschema@.exceeding_items(item text, value double precision) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_exceeding_items_final,
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.exceeding_items(item text, value double precision, waterbody text) (
	SFUNC = @extschema@.water_section_transfn,
	STYPE = @extschema@.exact_state,
	SSPACE = 1248,
	COMBINEFUNC = @extschema@.water_section_combine,
	FINALFUNC = @extschema@.water_exceeding_items_final,
	PARALLEL = SAFE
);

-- 断面水质类别比例法: the status word of a river, basin or region from the
-- classes of its sections (5 or more; NULL with fewer).
CREATE FUNCTION @extschema@.water_status_transfn(bigint[], @extschema@.water_class) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'water_status_transfn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_status_combine(bigint[], bigint[]) RETURNS bigint[]
	AS 'MODULE_PATHNAME', 'water_status_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.water_status_final(bigint[]) RETURNS text
	AS 'MODULE_PATHNAME', 'water_status_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.water_status(water_class @extschema@.water_class) (
	SFUNC = @extschema@.water_status_transfn,
	STYPE = bigint[],
	INITCOND = '{0,0,0}',
	COMBINEFUNC = @extschema@.water_status_combine,
	FINALFUNC = @extschema@.water_status_final,
	PARALLEL = SAFE
);

-- 总站生字〔2001〕090号: the comprehensive trophic level index TLI(Σ) of a
-- lake from chlorophyll a (mg/m³), TP, TN (mg/L), transparency SD (m) and
-- CODMn (mg/L); NULL when any is missing.
CREATE FUNCTION @extschema@.tli(chla double precision, tp double precision, tn double precision,
								sd double precision, codmn double precision)
	RETURNS double precision
	AS 'MODULE_PATHNAME', 'water_tli' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- 贫营养, 中营养, 轻度富营养, 中度富营养, 重度富营养 of a TLI(Σ) rounded to 0.1.
CREATE FUNCTION @extschema@.trophic_state(tli double precision, lang text DEFAULT 'zh') RETURNS text
	AS 'MODULE_PATHNAME', 'water_trophic_state' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
