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
