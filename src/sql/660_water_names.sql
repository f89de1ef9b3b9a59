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
