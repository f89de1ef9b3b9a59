-- Errors that echo user input quote only its first 100 characters, then
-- "..." (input_excerpt() in src/callsite.h), so that a 1 MB argument does not
-- end up in the log whole.  Each case passes a million x's; the message is
-- shown with each run of 100 x's written <100 x>.
CREATE FUNCTION excerpt_error(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	detail text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
	RETURN SQLSTATE || ' ' || replace(SQLERRM || coalesce(' / ' || nullif(detail, ''), ''),
									   repeat('x', 100), '<100 x>');
END $$;

CREATE TEMP TABLE excerpt_summary AS
SELECT air_summary(date '2024-01-01' + i, 5, 20, 50, 0.5, 80, 30) AS s FROM generate_series(0, 9) AS i;
\set big 'repeat(''x'', 1000000)'

SELECT excerpt_error(q) FROM (VALUES
	(format('SELECT iaqi(%s, 1)', :'big')),
	(format('SELECT iaqi(''pm25'', 1, %s)', :'big')),
	(format('SELECT iaqi(''pm25'', 1, NULL, %s)', :'big')),
	(format('SELECT aqi_daily(1, 1, 1, 1, 1, 1, NULL, %s)', :'big')),
	(format('SELECT category(''50 hj633-2026''::aqi, %s)', :'big')),
	(format('SELECT %s::aqi', :'big')),
	(format('SELECT (''10 hj633-2012 primary='' || %s)::aqi', :'big')),
	(format('SELECT (''10 hj633-2012 '' || %s)::aqi', :'big')),
	(format('SELECT air_day(timestamp ''2024-01-01'', %s)', :'big')),
	(format('SELECT (%s || ''!'')::air_summary', :'big')),
	(format('SELECT valid_days(s, %s) FROM excerpt_summary', :'big')),
	(format('SELECT evaluation_value(s, ''pm25'', %s) FROM excerpt_summary', :'big')),
	(format('SELECT compliant(s, %s) FROM excerpt_summary', :'big')),
	(format('SELECT compliant(s, ''pm25'', 2, %s) FROM excerpt_summary', :'big')),
	(format('SELECT primary_pollutant_days(s, ''pm25'', %s) FROM excerpt_summary', :'big')),
	(format('SELECT report_concentration(%s, 1)', :'big')),
	(format('SELECT air_summary(date ''2024-01-01'', 1, 1, 1, 1, 1, 1, %s)', :'big')),
	(format('SELECT noise_grade(50, %s)', :'big')),
	(format('SELECT noise_grade(50, ''regional'', %s)', :'big')),
	(format('SELECT noise_limit(%s, ''day'')', :'big')),
	(format('SELECT label(''1''::noise_grade, %s)', :'big')),
	(format('SELECT %s::noise_grade', :'big')),
	(format('SELECT water_class(%s, 1)', :'big')),
	(format('SELECT water_class(''cod'', 1, %s)', :'big')),
	(format('SELECT section_class(%s, 1)', :'big')),
	(format('SELECT status(''II''::water_class, %s)', :'big')),
	(format('SELECT %s::water_class', :'big')),
	(format('SELECT %s::rate', :'big')),
	(format('SELECT (''1/'' || %s)::rate', :'big')),
	(format('SELECT %s::rectification_summary', :'big'))
) AS t(q);

-- the cut falls on a character boundary: 100 characters of 2 bytes each
SELECT excerpt_error(format('SELECT iaqi(%L, 1)', repeat('é', 150)));
-- an input of exactly 100 characters is quoted whole
SELECT excerpt_error(format('SELECT iaqi(%L, 1)', repeat('é', 100)));

DROP FUNCTION excerpt_error;
