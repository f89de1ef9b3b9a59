
-- ---------------------------------------------------------------------------
-- rate and rectification_summary as plain values for BI tools (new in 1.1):
-- casts to json and jsonb, and rectification_report(), one flat row of
-- counts and percentages.  value() of a rate is fraction() (200_rate.sql);
-- pct() is the bulletin's percentage (GB/T 8170 §3.3).
-- ---------------------------------------------------------------------------

-- In C (src/bi.c), as the aqi casts.
CREATE FUNCTION @extschema@.rate_json(@extschema@.rate) RETURNS json
	AS 'MODULE_PATHNAME', 'rate_json' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rate_jsonb(@extschema@.rate) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'rate_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.rate AS json) WITH FUNCTION @extschema@.rate_json(@extschema@.rate);
CREATE CAST (@extschema@.rate AS jsonb) WITH FUNCTION @extschema@.rate_jsonb(@extschema@.rate);
COMMENT ON CAST (@extschema@.rate AS json) IS
	'{numerator, denominator, fraction, percent}: percent is 100 * fraction rounded to 0.1 per GB/T 8170-2008 §3.3; fraction and percent null when the denominator is 0';
COMMENT ON CAST (@extschema@.rate AS jsonb) IS
	'the object of the cast to json, as jsonb (percent per GB/T 8170-2008 §3.3)';

-- One row of a rectification summary (督察反馈问题整改), every column a
-- plain SQL type.
CREATE TYPE @extschema@.rectification_report AS (
	as_of date,
	total integer,
	with_deadline integer,
	due integer,
	completed integer,
	completed_due integer,
	completed_on_time integer,
	overdue integer,
	completion_pct numeric(4,1),
	on_time_pct numeric(4,1),
	closure_pct numeric(4,1)
);
COMMENT ON TYPE @extschema@.rectification_report IS
	'a rectification_summary as plain columns: counts of inspection feedback issues and the rectification percentages (GB/T 8170-2008 §3.3 rounding to 0.1)';
COMMENT ON COLUMN @extschema@.rectification_report.as_of IS 'the date the issues are counted as of';
COMMENT ON COLUMN @extschema@.rectification_report.total IS 'all issues (反馈问题总数)';
COMMENT ON COLUMN @extschema@.rectification_report.with_deadline IS 'issues with a rectification deadline';
COMMENT ON COLUMN @extschema@.rectification_report.due IS 'issues whose deadline is on or before as_of (已到整改时限)';
COMMENT ON COLUMN @extschema@.rectification_report.completed IS 'issues completed by as_of, due or not (已完成)';
COMMENT ON COLUMN @extschema@.rectification_report.completed_due IS 'due issues completed by as_of (到期已完成)';
COMMENT ON COLUMN @extschema@.rectification_report.completed_on_time IS 'issues completed on or before their own deadline, due or not (按期完成)';
COMMENT ON COLUMN @extschema@.rectification_report.overdue IS 'due issues not completed by as_of (逾期未完成)';
COMMENT ON COLUMN @extschema@.rectification_report.completion_pct IS 'completed_due / due in percent, 0.1 (整改完成率); NULL when nothing is due';
COMMENT ON COLUMN @extschema@.rectification_report.on_time_pct IS 'due issues completed on or before their own deadline, of the due issues, in percent, 0.1 (按期完成率); NULL when nothing is due';
COMMENT ON COLUMN @extschema@.rectification_report.closure_pct IS 'completed / total in percent, 0.1; NULL when there is no issue';

CREATE FUNCTION @extschema@.rectification_report(@extschema@.rectification_summary)
	RETURNS @extschema@.rectification_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN ROW(@extschema@.as_of($1), @extschema@.total($1), @extschema@.with_deadline($1),
			   @extschema@.due($1), @extschema@.completed($1), @extschema@.completed_due($1),
			   @extschema@.completed_on_time($1), @extschema@.overdue($1),
			   @extschema@.pct(@extschema@.completion_rate($1), 1),
			   @extschema@.pct(@extschema@.on_time_rate($1), 1),
			   @extschema@.pct(@extschema@.closure_rate($1), 1))::@extschema@.rectification_report;
COMMENT ON FUNCTION @extschema@.rectification_report(@extschema@.rectification_summary) IS
	'the summary as one flat row of counts and percentages (GB/T 8170-2008 §3.3), for SELECT (rectification_report(s)).*';

-- The json form of a summary is its report row.
CREATE FUNCTION @extschema@.rectification_summary_json(@extschema@.rectification_summary) RETURNS json
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN pg_catalog.row_to_json(@extschema@.rectification_report($1));
CREATE FUNCTION @extschema@.rectification_summary_jsonb(@extschema@.rectification_summary) RETURNS jsonb
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN pg_catalog.to_jsonb(@extschema@.rectification_report($1));
CREATE CAST (@extschema@.rectification_summary AS json)
	WITH FUNCTION @extschema@.rectification_summary_json(@extschema@.rectification_summary);
CREATE CAST (@extschema@.rectification_summary AS jsonb)
	WITH FUNCTION @extschema@.rectification_summary_jsonb(@extschema@.rectification_summary);
COMMENT ON CAST (@extschema@.rectification_summary AS json) IS
	'the rectification_report row as a json object: counts and percentages (GB/T 8170-2008 §3.3)';
COMMENT ON CAST (@extschema@.rectification_summary AS jsonb) IS
	'the rectification_report row as a jsonb object: counts and percentages (GB/T 8170-2008 §3.3)';
