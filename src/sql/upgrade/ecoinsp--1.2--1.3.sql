-- ecoinsp 1.2 → 1.3 upgrade script (src/sql/upgrade/ecoinsp--1.2--1.3.sql),
-- assembled by make upgrade-script from
-- src/sql/upgrade/1.2--1.3/*.sql (changes to objects that 1.2 created) and
-- the pieces of src/sql/ that are new in 1.3 (PIECES_NEW_IN_1_3), merged in
-- the order of their file names.  The same security rules as the install
-- script hold: @extschema@ and pg_catalog qualify every reference.

\echo Use "ALTER EXTENSION ecoinsp UPDATE TO '1.3'" to load this file. \quit

-- aqi_daily reads HJ 633-2012 concentrations at reporting precision from 1.3
-- on (420_aqi_rounding.sql): an index whose expression calls it was built
-- with 1.2's values and may no longer find rows, and a materialized view
-- keeps them until refreshed.  The update does not rebuild them (that may
-- take long, in the update's one transaction); it names each one that calls
-- the function, whatever standard the call names.
DO $$
DECLARE
	dependent record;
BEGIN
	FOR dependent IN
		SELECT DISTINCT CASE d.classid
				   WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN
					   pg_catalog.format('REINDEX INDEX %s', d.objid::pg_catalog.regclass)
				   ELSE
					   pg_catalog.format('REFRESH MATERIALIZED VIEW %s', r.ev_class::pg_catalog.regclass)
			   END AS command
		FROM pg_catalog.pg_depend AS d
			 LEFT JOIN pg_catalog.pg_rewrite AS r
				 ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
				AND r.oid OPERATOR(pg_catalog.=) d.objid
			 LEFT JOIN pg_catalog.pg_class AS c ON c.oid OPERATOR(pg_catalog.=) r.ev_class
		WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
		  AND d.refobjid OPERATOR(pg_catalog.=) '@extschema@.aqi_daily(double precision, double precision, double precision, double precision, double precision, double precision, double precision, text, double precision)'::pg_catalog.regprocedure
		  AND d.deptype OPERATOR(pg_catalog.=) 'n'
		  AND ((d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
				AND EXISTS (SELECT FROM pg_catalog.pg_index AS i WHERE i.indexrelid OPERATOR(pg_catalog.=) d.objid))
			   OR c.relkind OPERATOR(pg_catalog.=) 'm')
		ORDER BY 1
	LOOP
		RAISE WARNING 'ecoinsp 1.3: aqi_daily reads HJ 633-2012 concentrations at reporting precision: %', dependent.command
			USING DETAIL = 'It calls aqi_daily, whose HJ 633-2012 values from non-integer concentrations can differ from 1.2''s; under other standards nothing changed.',
				  HINT = 'Run the command when the standard it uses is HJ 633-2012; rounding => ''as_given'' gives 1.2''s values (docs/aqi.md).';
	END LOOP;
END
$$;

-- ---------------------------------------------------------------------------
-- The rounding option of the daily AQI (new in 1.3): the precision at which
-- the daily report reads its concentrations.  'reporting' (the default of
-- aqi_daily() and of the summary's day counts): by GB/T 8170 to integer
-- µg/m³ and CO 0.1 mg/m³ first, as bulletins count the published daily
-- values and as HJ 633-2026 §4.2.2 writes it; 'as_given': HJ 633-2012 read
-- literally.  Only HJ 633-2012 reads differently: HJ 633-2026 rounds and
-- US EPA truncates its inputs itself.  src/aqi_rounding.c,
-- src/air_summary_rounding.c, src/core/aqi_rounding.c.
--
-- New overloads, so that 1.2's functions and the views that use them stay:
-- the aqi_daily overload takes all ten arguments without defaults, so no
-- call of the nine-argument aqi_daily (at most nine arguments, none named
-- rounding) can reach it, whatever its literals; the day counts take
-- rounding after their 1.2 arguments.  Not STRICT: a NULL rounding is an
-- error (22004), not a NULL result.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.aqi_daily(so2 double precision, no2 double precision,
		pm10 double precision, co double precision, o3_8h double precision,
		pm25 double precision, o3_1h double precision, standard text,
		so2_24h double precision, rounding text)
RETURNS @extschema@.aqi
AS 'MODULE_PATHNAME', 'aqi_daily_rounding'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.aqi_daily(double precision, double precision, double precision, double precision, double precision, double precision, double precision, text, double precision, text) IS
	'the daily AQI with the rounding of its concentrations named: ''reporting'' (GB/T 8170 to integer µg/m³, CO 0.1 mg/m³, as bulletins and HJ 633-2026 §4.2.2; the default of aqi_daily) or ''as_given'' (HJ 633-2012 read literally)';

CREATE FUNCTION @extschema@.aqi_days(@extschema@.air_summary, rounding text) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_aqi_days_rounding' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.aqi_days(@extschema@.air_summary, text) IS
	'days with a daily AQI (HJ 633), the daily values read at ''reporting'' precision (the default of aqi_days(s)) or ''as_given''';
CREATE FUNCTION @extschema@.good_days(@extschema@.air_summary, rounding text) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_good_days_rounding' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.good_days(@extschema@.air_summary, text) IS
	'days with AQI <= 100 (优良天数, HJ 633-2012 Table 2), the daily values read at ''reporting'' precision (the bulletins'' reading, the default of good_days(s)) or ''as_given''';
CREATE FUNCTION @extschema@.heavy_days(@extschema@.air_summary, rounding text) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_heavy_days_rounding' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.heavy_days(@extschema@.air_summary, text) IS
	'days with AQI > 200 (重污染天数, HJ 633-2012 Table 2), the daily values read at ''reporting'' precision (the default of heavy_days(s)) or ''as_given''';
CREATE FUNCTION @extschema@.days_at_level(@extschema@.air_summary, level integer, rounding text) RETURNS integer
	AS 'MODULE_PATHNAME', 'air_summary_days_at_level_rounding' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.days_at_level(@extschema@.air_summary, integer, text) IS
	'days at AQI level 1..6 (HJ 633-2012 Table 2), the daily values read at ''reporting'' precision (the default of days_at_level(s, level)) or ''as_given''';

-- 优良天数比例 under the option: good_days over aqi_days, both read alike.
CREATE FUNCTION @extschema@.good_day_ratio(@extschema@.air_summary, rounding text) RETURNS @extschema@.rate
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN @extschema@.rate(@extschema@.good_days($1, $2)::double precision,
							@extschema@.aqi_days($1, $2)::double precision);
COMMENT ON FUNCTION @extschema@.good_day_ratio(@extschema@.air_summary, text) IS
	'the good-day ratio 优良天数比例 as a rate, good_days(s, rounding) of aqi_days(s, rounding)';

-- ---------------------------------------------------------------------------
-- Bulletin sentences: bulletin_lang reads the lang argument through the
-- label languages' name table, in C, as category(aqi, lang) and the other
-- label functions do (1.2's PL/pgSQL accepted only lower() of 'zh' and
-- 'en', and refused ' EN' or 'e-n', which the labels accept); the three
-- helpers get the comment that calls them support functions.
-- ---------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION @extschema@.bulletin_lang(lang text) RETURNS text
AS 'MODULE_PATHNAME', 'bulletin_lang' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.bulletin_lang(text) IS
	'support function of the sentence functions (air_sentence, noise_sentence, ...), not for direct use: the label language ''zh'' or ''en'' of a lang argument, read as category(aqi, lang) reads it';
COMMENT ON FUNCTION @extschema@.bulletin_change(numeric, text, text, text, text, text, text) IS
	'support function of the sentence functions, not for direct use: a year-over-year change in the words of a bulletin (同比下降8.9% / down 8.9%)';
COMMENT ON FUNCTION @extschema@.bulletin_pp_change(bigint, bigint, bigint, bigint) IS
	'support function of the sentence functions, not for direct use: the change in percentage points between two shares given as counts, from the exact shares, rounded to 0.1 (GB/T 8170-2008)';

-- aqi_daily reads HJ 633-2012 concentrations at reporting precision from 1.3
-- (src/sql/420_aqi_rounding.sql); its comment says so (900_comments.sql).
COMMENT ON FUNCTION @extschema@.aqi_daily(double precision, double precision, double precision, double precision, double precision, double precision, double precision, text, double precision) IS
	'the daily AQI (日报) from 24-hour means and the O3 daily maximum 8-hour mean: the largest IAQI (HJ 633-2012 §5, HJ 633-2026 §4), with its primary and exceeding pollutants; concentrations at reporting precision first (GB/T 8170, as bulletins and HJ 633-2026 §4.2.2; rounding => ''as_given'' for HJ 633-2012 read literally)';
