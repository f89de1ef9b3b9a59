
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
