-- ecoinsp 1.1 → 1.2 upgrade script (src/sql/upgrade/ecoinsp--1.1--1.2.sql),
-- assembled by make upgrade-script from
-- src/sql/upgrade/1.1--1.2/*.sql (changes to objects that 1.1 created) and
-- the pieces of src/sql/ that are new in 1.2 (PIECES_NEW_IN_1_2), merged in
-- the order of their file names.  The same security rules as the install
-- script hold: @extschema@ and pg_catalog qualify every reference.

\echo Use "ALTER EXTENSION ecoinsp UPDATE TO '1.2'" to load this file. \quit
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
