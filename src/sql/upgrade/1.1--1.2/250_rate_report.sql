
-- ---------------------------------------------------------------------------
-- rectification_report (1.2): the counts are integer, as in the other reports,
-- and the percentages numeric(4,1).  ALTER TYPE refuses while a
-- function with an SQL-standard body uses the type, so the function gets a
-- body without dependencies first and its own body back after.
-- ---------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION @extschema@.rectification_report(@extschema@.rectification_summary)
	RETURNS @extschema@.rectification_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS 'SELECT NULL::@extschema@.rectification_report';
ALTER TYPE @extschema@.rectification_report
	ALTER ATTRIBUTE total TYPE integer,
	ALTER ATTRIBUTE with_deadline TYPE integer,
	ALTER ATTRIBUTE due TYPE integer,
	ALTER ATTRIBUTE completed TYPE integer,
	ALTER ATTRIBUTE completed_due TYPE integer,
	ALTER ATTRIBUTE completed_on_time TYPE integer,
	ALTER ATTRIBUTE overdue TYPE integer,
	ALTER ATTRIBUTE completion_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE on_time_pct TYPE numeric(4,1),
	ALTER ATTRIBUTE closure_pct TYPE numeric(4,1);
CREATE OR REPLACE FUNCTION @extschema@.rectification_report(@extschema@.rectification_summary)
	RETURNS @extschema@.rectification_report
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN ROW(@extschema@.as_of($1), @extschema@.total($1), @extschema@.with_deadline($1),
			   @extschema@.due($1), @extschema@.completed($1), @extschema@.completed_due($1),
			   @extschema@.completed_on_time($1), @extschema@.overdue($1),
			   @extschema@.pct(@extschema@.completion_rate($1), 1),
			   @extschema@.pct(@extschema@.on_time_rate($1), 1),
			   @extschema@.pct(@extschema@.closure_rate($1), 1))::@extschema@.rectification_report;
