
-- ---------------------------------------------------------------------------
-- The list side of rectification() (new in 1.2): is_due() and is_overdue()
-- hold for exactly the issues that due(s) and overdue(s) count as of the
-- same date, so a list of issues agrees with the summary's counts:
--   SELECT * FROM issues WHERE is_overdue(deadline, completed_on, '2022-12-31');
-- An issue completed after as_of is overdue as of that date, which
-- "completed_on IS NULL" misses.  In C (src/rectification.c), with the
-- date checks of rectification().
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.is_due(deadline date, as_of date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'rectification_is_due' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_due(date, date) IS
	'whether an inspection feedback issue is due for rectification as of a date (已到整改时限): its deadline is on or before as_of; false without a deadline; the issues due(rectification(...)) counts';
CREATE FUNCTION @extschema@.is_overdue(deadline date, completed_on date, as_of date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'rectification_is_overdue' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_overdue(date, date, date) IS
	'whether an issue is overdue as of a date (逾期未完成): due, and not completed on or before as_of (an issue completed after as_of is overdue then); the issues overdue(rectification(...)) counts';
