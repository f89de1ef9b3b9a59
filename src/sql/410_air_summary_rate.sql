-- air_summary accessors returning a rate (200_rate.sql): good-day ratio and
-- primary-pollutant shares (bulletins: 以X为首要污染物的超标天数占总超标天数的比例).

-- 优良天数比例: days with AQI <= 100 over the days with a daily AQI.
CREATE FUNCTION @extschema@.good_day_ratio(@extschema@.air_summary) RETURNS @extschema@.rate
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN @extschema@.rate(@extschema@.good_days($1)::double precision,
							@extschema@.aqi_days($1)::double precision);

-- The share of the days on which the pollutant was (one of) the primary
-- pollutant(s).  'exceedance' (national bulletins): over the days with AQI >
-- 100; 'primary': over every day with a primary pollutant (AQI > 50).  A
-- day with tied primary pollutants counts for each.  In C, so that basis is
-- read by the name parser of primary_pollutant_days() (1.0 compared
-- lower(basis) in SQL, which disagreed with it on spellings like 'Exceed-ance').
CREATE FUNCTION @extschema@.primary_pollutant_share(@extschema@.air_summary, pollutant text,
	basis text DEFAULT 'exceedance') RETURNS @extschema@.rate
	AS 'MODULE_PATHNAME', 'air_summary_primary_pollutant_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
