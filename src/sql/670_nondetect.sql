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
