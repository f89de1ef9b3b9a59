-- Validity you cannot miss: air_report carries the
-- period's GB 3095 Table 4 validity (valid_year for a calendar year,
-- valid_period for any period: every month from the first with data to the
-- last has 27 daily values of each pollutant, 25 in February), and
-- air_sentence says when the data are incomplete.  The figures of an
-- incomplete or year-to-date period are still computed.
SET client_min_messages = warning;
CREATE TEMP TABLE days AS
SELECT d::date AS day FROM generate_series('2024-01-01'::date, '2024-12-31', '1 day') d;
CREATE TEMP TABLE periods (label text, s air_summary);
-- a full year
INSERT INTO periods SELECT 'year', air_summary(day, 8, 30, 60, 0.8, 100, 35) FROM days;
-- a year without February (336 days, more than 324, but a month missing)
INSERT INTO periods SELECT 'year without February', air_summary(day, 8, 30, 60, 0.8, 100, 35)
FROM days WHERE extract(month FROM day) <> 2;
-- year to date: January to September, complete
INSERT INTO periods SELECT 'January-September', air_summary(day, 8, 30, 60, 0.8, 100, 35)
FROM days WHERE day < '2024-10-01';
-- year to date with February short: 24 days (25 needed), on and past the edge
INSERT INTO periods SELECT 'January-March, February 24 days', air_summary(day, 8, 30, 60, 0.8, 100, 35)
FROM days WHERE day < '2024-04-01' AND NOT day BETWEEN '2024-02-25' AND '2024-02-29';
INSERT INTO periods SELECT 'January-March, February 25 days', air_summary(day, 8, 30, 60, 0.8, 100, 35)
FROM days WHERE day < '2024-04-01' AND NOT day BETWEEN '2024-02-26' AND '2024-02-29';
-- one month with 26 and with 27 days
INSERT INTO periods SELECT 'April, 26 days', air_summary(day, 8, 30, 60, 0.8, 100, 35)
FROM days WHERE day BETWEEN '2024-04-01' AND '2024-04-26';
INSERT INTO periods SELECT 'April, 27 days', air_summary(day, 8, 30, 60, 0.8, 100, 35)
FROM days WHERE day BETWEEN '2024-04-01' AND '2024-04-27';
-- a month where one pollutant (O3) has only 20 days: Table 4 counts each
INSERT INTO periods SELECT 'May, O3 on 20 days', air_summary(day, 8, 30, 60, 0.8,
	CASE WHEN extract(day FROM day) <= 20 THEN 100 END, 35)
FROM days WHERE extract(month FROM day) = 5;
-- no day at all: validity unknown
INSERT INTO periods SELECT 'no day', air_summary(day, 8, 30, 60, 0.8, 100, 35) FROM days WHERE false;

SELECT label, (air_report(s)).valid_year, (air_report(s)).valid_period,
	   (air_report(s)).composite_index, (air_report(s)).good_days
FROM periods ORDER BY label;

-- the sentences: the calendar year by valid_year, a labelled period by
-- valid_period; complete data get no note
\pset tuples_only on
\pset format unaligned
SELECT label, air_sentence(s) FROM periods WHERE label IN ('year', 'year without February') ORDER BY label;
SELECT label, air_sentence(s, lang => 'en') FROM periods WHERE label = 'year without February';
SELECT label, air_sentence(s, period => '2024年1-9月') FROM periods WHERE label = 'January-September';
SELECT label, air_sentence(s, lang => 'en', period => 'January to March 2024') FROM periods
WHERE label LIKE 'January-March%' ORDER BY label;
\pset tuples_only off
\pset format aligned
-- the note is there exactly when the period is invalid
SELECT count(*) FILTER (WHERE (air_sentence(s, period => label) LIKE '%数据不完整%')
						   IS DISTINCT FROM NOT coalesce((air_report(s)).valid_period, false)) AS note_mismatches
FROM periods WHERE label <> 'no day';

-- the month validity of air_report agrees with is_valid_month for single months
SELECT count(*) AS month_mismatches
FROM (SELECT m, air_summary(day, 8, 30, 60, 0.8, 100, 35) AS s
	  FROM days, generate_series(1, 12) m
	  WHERE extract(month FROM day) = m AND extract(day FROM day) <> m	-- one day less each month
	  GROUP BY m) x
WHERE (air_report(s)).valid_period IS DISTINCT FROM is_valid_month(s, m);

-- A database still at 1.1 runs 1.1's air_report (37 columns, unconstrained
-- numerics, no valid_period) against this library until ALTER EXTENSION
-- UPDATE (docs/upgrades.md): the C function fills that row too.
DO $$
BEGIN
	EXECUTE (SELECT format('CREATE TYPE air_report_1_1 AS (%s)',
						   string_agg(format('%I %s', attname, format_type(atttypid, NULL)), ', ' ORDER BY attnum))
			 FROM pg_attribute WHERE attrelid = 'air_report'::regclass AND attnum > 0 AND attname <> 'valid_period');
END
$$;
CREATE FUNCTION air_report_1_1(air_summary) RETURNS air_report_1_1
	AS '$libdir/ecoinsp', 'air_report' LANGUAGE C IMMUTABLE STRICT;
SELECT label, (air_report_1_1(s)).composite_index, (air_report_1_1(s)).good_day_pct, (air_report_1_1(s)).compliant
FROM periods WHERE label IN ('year', 'April, 26 days') ORDER BY label;
DROP FUNCTION air_report_1_1(air_summary);
DROP TYPE air_report_1_1;
