/*
 * Change between periods, as bulletins state it:
 *   yoy_change(current, previous)  = (current - previous) / previous * 100,
 *   improvement(current, previous) = (previous - current) / previous * 100
 * (percent; improvement is for lower-is-better indicators such as
 * concentrations and the composite index).  A NULL or zero previous value
 * gives NULL: there is no relative change from nothing.
 *
 * The window forms yoy_change(value, period) OVER (PARTITION BY ... ORDER BY
 * period) and improvement(...) compare each row with the row exactly one year
 * earlier in its partition, not with the previous row: a missing year gives
 * NULL.  A cursor in partition-local memory moves forward only, so a
 * partition costs O(n) row fetches.
 */
#include "postgres.h"
#include "compat.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/float.h"
#include "utils/numeric.h"
#include "windowapi.h"

#include "core/civil_date.h"
#include "core/period_change.h"
#include "round_gb8170.h"


/* ---------- the formula, once per value type ---------- */

static void
check_finite_float8(double x, EcoChangeKind kind, const char *argument)
{
	if (!isfinite(x))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s() %s value must be finite, not %s",
						eco_change_name(kind), argument, float8out_internal(x)),
				 errhint("Use NULL for a value that was not measured.")));
}

static void
check_finite_numeric(Numeric x, EcoChangeKind kind, const char *argument)
{
	if (numeric_is_nan(x) || numeric_is_inf(x))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s() %s value must be finite, not %s", eco_change_name(kind), argument,
						DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(x)))),
				 errhint("Use NULL for a value that was not measured.")));
}

static bool
change_numeric(EcoChangeKind kind, Numeric current, Numeric previous, Numeric *result)
{
	Datum		difference;

	check_finite_numeric(current, kind, "current");
	check_finite_numeric(previous, kind, "previous");
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(previous),
										  NumericGetDatum(int64_to_numeric(0)))) == 0)
		return false;
	difference = kind == ECO_CHANGE_YOY ?
		DirectFunctionCall2(numeric_sub, NumericGetDatum(current), NumericGetDatum(previous)) :
		DirectFunctionCall2(numeric_sub, NumericGetDatum(previous), NumericGetDatum(current));
	*result = DatumGetNumeric(DirectFunctionCall2(numeric_div,
												  DirectFunctionCall2(numeric_mul, difference,
																	  NumericGetDatum(int64_to_numeric(100))),
												  NumericGetDatum(previous)));
	return true;
}

/*
 * The change in percent; false when previous is 0 (no result).  The double
 * nearest to the exact change of the decimals the inputs were written as
 * (core/period_change.h); inputs with no short decimal form take the exact
 * numeric path.
 */
static bool
change_float8(EcoChangeKind kind, double current, double previous, double *result)
{
	Numeric		exact;

	check_finite_float8(current, kind, "current");
	check_finite_float8(previous, kind, "previous");
	switch (eco_change_pct(kind, current, previous, result))
	{
		case ECO_CHANGE_DONE:
			return true;
		case ECO_CHANGE_NO_BASE:
			return false;
		case ECO_CHANGE_NEEDS_EXACT:
			break;
	}
	change_numeric(kind, eco_float8_to_numeric_exact(current),
				   eco_float8_to_numeric_exact(previous), &exact);
	*result = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow, NumericGetDatum(exact)));
	return true;
}

/* ---------- scalar forms ---------- */

/*
 * The change of two float8 or numeric Datums (numeric) as a Datum of the
 * same type, or NULL when there is none.
 */
static Datum
change_datum(FunctionCallInfo fcinfo, EcoChangeKind kind, bool numeric,
			 Datum current, Datum previous)
{
	double		float8_result;
	Numeric		numeric_result;

	if (numeric ? !change_numeric(kind, DatumGetNumeric(current), DatumGetNumeric(previous),
								  &numeric_result)
		: !change_float8(kind, DatumGetFloat8(current), DatumGetFloat8(previous),
						 &float8_result))
		PG_RETURN_NULL();
	return numeric ? NumericGetDatum(numeric_result) : Float8GetDatum(float8_result);
}

/*
 * yoy_change(current, previous) and improvement(current, previous) for
 * float8, numeric and integer.  The (integer, integer) forms read int4
 * arguments: an int4 Datum read as a float8 is a subnormal number, not the
 * integer.
 */
#define ARG_FLOAT8(n) PG_GETARG_DATUM(n)
#define ARG_NUMERIC(n) PG_GETARG_DATUM(n)
#define ARG_INT4(n) Float8GetDatum((double) PG_GETARG_INT32(n))
#define CHANGE_FUNCTIONS(form, numeric, arg) \
PG_FUNCTION_INFO_V1(yoy_change_##form); \
Datum \
yoy_change_##form(PG_FUNCTION_ARGS) \
{ \
	return change_datum(fcinfo, ECO_CHANGE_YOY, numeric, arg(0), arg(1)); \
} \
PG_FUNCTION_INFO_V1(improvement_##form); \
Datum \
improvement_##form(PG_FUNCTION_ARGS) \
{ \
	return change_datum(fcinfo, ECO_CHANGE_IMPROVEMENT, numeric, arg(0), arg(1)); \
}

CHANGE_FUNCTIONS(float8, false, ARG_FLOAT8)
CHANGE_FUNCTIONS(numeric, true, ARG_NUMERIC)
CHANGE_FUNCTIONS(int4, false, ARG_INT4)

/* ---------- window forms ---------- */

/* Where the row one year before the current one may be, per partition. */
typedef struct YearCursor
{
	int64		position;		/* next row that may be one year earlier */
	bool		position_loaded;	/* position_period holds its period */
	bool		position_period_null;
	int32		position_period;
	bool		seen_period;	/* a non-NULL period was seen before */
	int32		last_period;	/* the previous row's period, for the order check */
} YearCursor;

/*
 * The period one year before `period` (a year, or a date as days since
 * 2000-01-01), as PostgreSQL's date - interval '1 year' computes it
 * (eco_one_year_before).  False when it cannot exist.
 */
static bool
period_one_year_before(Oid period_type, int32 period, int32 *result)
{
	int			year,
				month,
				day;

	if (period_type == INT4OID)
	{
		if (period == PG_INT32_MIN)
			return false;
		*result = period - 1;
		return true;
	}
	eco_date_to_ymd(period, &year, &month, &day);
	eco_one_year_before(&year, month, &day);
	if (!IS_VALID_JULIAN(year, month, day))
		return false;
	*result = eco_date_from_ymd(year, month, day);
	return true;
}

static const char *
period_text(Oid period_type, int32 period)
{
	if (period_type == INT4OID)
		return psprintf("%d", period);
	return DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(period)));
}

static void
check_period(Oid period_type, int32 period, YearCursor *cursor,
			 EcoChangeKind kind)
{
	if (period_type == DATEOID && DATE_NOT_FINITE(period))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s() period must be a finite date, not %s",
						eco_change_name(kind), period_text(period_type, period)),
				 errhint("Periods are years (integer) or dates one year apart.")));
	if (cursor->seen_period && period <= cursor->last_period)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s() needs periods strictly ascending within a partition: %s follows %s",
						eco_change_name(kind), period_text(period_type, period),
						period_text(period_type, cursor->last_period)),
				 period == cursor->last_period ?
				 errdetail("A partition holds period %s twice; one value per period and partition is needed.",
						   period_text(period_type, period)) :
				 errdetail("The window is not ordered by the period."),
				 errhint("Use %s(value, period) OVER (PARTITION BY ... ORDER BY period), with one row per period.",
						 eco_change_name(kind))));
	cursor->seen_period = true;
	cursor->last_period = period;
}

/*
 * Moves the cursor to the first row before `current` whose period is at
 * least `target`; true when that row's period is exactly `target`.
 */
static bool
seek_period(WindowObject winobj, YearCursor *cursor, int64 current, int32 target)
{
	while (cursor->position < current)
	{
		if (!cursor->position_loaded)
		{
			bool		isout;
			Datum		period = WinGetFuncArgInPartition(winobj, 1, cursor->position,
														  WINDOW_SEEK_HEAD, true,
														  &cursor->position_period_null, &isout);

			cursor->position_period = DatumGetInt32(period);
			cursor->position_loaded = true;
		}
		if (!cursor->position_period_null && cursor->position_period >= target)
			return cursor->position_period == target;
		cursor->position++;
		cursor->position_loaded = false;
	}
	return false;
}

static Datum
window_change(FunctionCallInfo fcinfo, EcoChangeKind kind)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	Oid			value_type = get_fn_expr_argtype(fcinfo->flinfo, 0);
	Oid			period_type = get_fn_expr_argtype(fcinfo->flinfo, 1);
	YearCursor *cursor = WinGetPartitionLocalMemory(winobj, sizeof(YearCursor));
	int64		current = WinGetCurrentPosition(winobj);
	bool		isnull;
	bool		isout;
	int32		period;
	int32		target;
	Datum		value;
	Datum		previous;

	period = DatumGetInt32(WinGetFuncArgCurrent(winobj, 1, &isnull));
	if (isnull)
		PG_RETURN_NULL();
	check_period(period_type, period, cursor, kind);
	value = WinGetFuncArgCurrent(winobj, 0, &isnull);
	if (isnull)
		PG_RETURN_NULL();
	/* bad input is an error on every row, not only where a year precedes it */
	if (value_type == FLOAT8OID)
		check_finite_float8(DatumGetFloat8(value), kind, "current");
	else
		check_finite_numeric(DatumGetNumeric(value), kind, "current");
	if (!period_one_year_before(period_type, period, &target) ||
		!seek_period(winobj, cursor, current, target))
		PG_RETURN_NULL();
	previous = WinGetFuncArgInPartition(winobj, 0, cursor->position, WINDOW_SEEK_HEAD,
										false, &isnull, &isout);
	if (isnull)
		PG_RETURN_NULL();
	return change_datum(fcinfo, kind, value_type != FLOAT8OID, value, previous);
}

/* yoy_change(current, period) and improvement(current, period) OVER a window */
#define WINDOW_CHANGE(name, kind) \
PG_FUNCTION_INFO_V1(name); \
Datum name(PG_FUNCTION_ARGS) { return window_change(fcinfo, kind); }

WINDOW_CHANGE(yoy_change_window, ECO_CHANGE_YOY)
WINDOW_CHANGE(improvement_window, ECO_CHANGE_IMPROVEMENT)
