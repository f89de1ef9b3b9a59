-- What every function declared CALLED ON NULL INPUT does with NULLs (issue
-- 8 §4; the catalog test pins which functions are STRICT).  Each argument
-- that may be NULL is tried NULL; each that must not be is an error naming
-- it.  Results are shown as text, errors as SQLSTATE and message.
CREATE FUNCTION pg_temp.try(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	result text;
BEGIN
	EXECUTE query INTO result;
	RETURN coalesce(result, 'NULL');
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- iaqi(pollutant, concentration, period, standard): a missing pollutant or
-- concentration has no index; period NULL is the pollutant's default
-- period; the standard must be given
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT iaqi(''pm2.5'', NULL)'),
	('SELECT iaqi(''pm2.5'', 34, NULL)'),
	('SELECT iaqi(''pm2.5'', 34, NULL, ''hj633-2012'')'),
	('SELECT iaqi(NULL, 34)'),
	('SELECT iaqi(''pm2.5'', 34, NULL, NULL)'),
	('SELECT iaqi(NULL, NULL, NULL, NULL)')) AS t(q);

-- aqi_daily/aqi_hourly: NULL concentrations are not measured; standard must be given
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT aqi_daily(NULL, NULL, NULL, NULL, NULL, NULL)'),
	('SELECT aqi_daily(8, 30, 60, 0.8, 100, NULL)'),
	('SELECT aqi_daily(8, 30, 60, 0.8, 100, 40, NULL, ''hj633-2012'', NULL)'),
	('SELECT aqi_daily(8, 30, 60, 0.8, 100, 40, NULL, NULL)'),
	('SELECT aqi_hourly(NULL, NULL, NULL, NULL, NULL, NULL)'),
	('SELECT aqi_hourly(8, 30, 60, 0.8, 100, NULL)'),
	('SELECT aqi_hourly(8, 30, 60, 0.8, 100, 40, NULL, NULL, NULL, NULL, NULL)')) AS t(q);

-- compliant(summary, pollutant, class, standard): a NULL summary, pollutant
-- or class gives NULL; standard NULL is the edition of the summary's year
CREATE TEMP TABLE nb_days AS
SELECT d::date AS day, 8.0 AS so2, 30.0 AS no2, 60.0 AS pm10, 0.8 AS co, 100.0 AS o3, 28.0 AS pm25
  FROM generate_series('2024-01-01'::date, '2024-12-31', '1 day') AS d;
CREATE TEMP TABLE nb_summary AS
SELECT air_summary(day, so2, no2, pm10, co, o3, pm25) AS s FROM nb_days;
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT compliant(NULL::air_summary, ''pm25'')'),
	('SELECT compliant(s, ''pm25'') FROM nb_summary'),
	('SELECT compliant(s, ''pm25'', 2, NULL) FROM nb_summary'),
	('SELECT compliant(s, NULL) FROM nb_summary'),
	('SELECT compliant(s, ''pm25'', NULL) FROM nb_summary')) AS t(q);

-- transition functions with a real state type: rectification_transfn runs
-- only inside its aggregate; air_summary's skip a day without a date and
-- combine nothing into nothing
SELECT q, pg_temp.try(q) FROM (VALUES
	('SELECT rectification_transfn(NULL, NULL, NULL, ''2022-12-31'')'),
	('SELECT rectification_transfn(NULL, ''2022-06-30'', NULL, ''2022-12-31'')'),
	('SELECT rectification_transfn(NULL, NULL, NULL, NULL)'),
	('SELECT air_summary_trans(NULL, NULL, 1, 2, 3, 4, 5, 6) IS NULL'),
	('SELECT air_summary_combine(NULL, NULL) IS NULL')) AS t(q);

-- the aggregates skip NULL rows; no rows or only NULLs give NULL (means) or
-- 0/0 (rates)
SELECT leq_mean(l) AS leq, length_weighted_mean(l, len) AS lwm, sum(r) AS sum_rate,
	   rate_agg(n, d) AS rate_agg_parts, rate_agg(h) AS rate_agg_hits
  FROM (VALUES (NULL::float8, NULL::float8, NULL::rate, NULL::float8, NULL::float8, NULL::boolean)) AS v(l, len, r, n, d, h);
SELECT leq_mean(l) AS leq, length_weighted_mean(l, len) AS lwm, sum(r) AS sum_rate,
	   rate_agg(n, d) AS rate_agg_parts, rate_agg(h) AS rate_agg_hits
  FROM (VALUES (60.0::float8, 2.0::float8, '1/2'::rate, 1.0::float8, 4.0::float8, true),
			   (NULL, 3.0, NULL, NULL, 4.0, NULL),
			   (70.0, NULL, NULL, 1.0, NULL, NULL)) AS v(l, len, r, n, d, h);

-- the other non-strict functions take an internal state: SQL cannot call
-- them.  PostgreSQL refuses such a call with 42883 (function ... does not
-- exist) up to 15.17 and with 0A000 (cannot accept a value of type
-- internal) from 15.18: the code and wording are PostgreSQL's, so only the
-- refusal is checked, for whichever such functions the extension has.
SELECT count(*) AS internal_functions_sql_could_call
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'ecoinsp'
WHERE NOT p.proisstrict AND 'internal'::regtype = ANY (p.proargtypes)
  AND left(pg_temp.try(format('SELECT %I(%s)', p.proname,
							  array_to_string(array_fill('NULL'::text, ARRAY[p.pronargs]), ', '))), 5)
	  NOT IN ('42883', '0A000');

-- the other non-strict functions are the aggregates' support functions; the
-- final functions of the summing aggregates take an exact_state, and of no
-- state (no rows) make what the aggregate makes of no rows
SELECT pg_temp.try('SELECT rate_sum_final(NULL)');
