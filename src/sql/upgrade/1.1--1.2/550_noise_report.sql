
-- ---------------------------------------------------------------------------
-- noise_report (1.2): level_db numeric(4,1) and the kind column,
-- the HJ 640-2012 table that graded the level.  The function's
-- body leaves the type while ALTER TYPE runs, as in 250_rate_report.sql.
-- ---------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION @extschema@.noise_report(level_db double precision, kind text DEFAULT 'regional',
										 period text DEFAULT 'day')
	RETURNS @extschema@.noise_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS 'SELECT NULL::@extschema@.noise_report';
ALTER TYPE @extschema@.noise_report
	ALTER ATTRIBUTE level_db TYPE numeric(4,1),
	ADD ATTRIBUTE kind text;
COMMENT ON COLUMN @extschema@.noise_report.kind IS 'the HJ 640-2012 table that graded the level: regional (Tables 1-2) or road_traffic (Table 3, for a length-weighted traffic mean)';
CREATE OR REPLACE FUNCTION @extschema@.noise_report(level_db double precision, kind text DEFAULT 'regional',
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
