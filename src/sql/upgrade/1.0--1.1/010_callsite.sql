-- primary_pollutant_share() reads basis with the name parser of
-- primary_pollutant_days() (410_air_summary_rate.sql): 1.0 compared
-- lower(basis) in SQL, so a spelling the parser folds ('Exceed-ance') took
-- the numerator of one basis and the denominator of the other.
CREATE OR REPLACE FUNCTION @extschema@.primary_pollutant_share(@extschema@.air_summary, pollutant text,
	basis text DEFAULT 'exceedance') RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'air_summary_primary_pollutant_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
