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

#include "round_gb8170.h"

typedef enum ChangeKind
{
	CHANGE_YOY,					/* (current - previous) / previous */
	CHANGE_IMPROVEMENT			/* (previous - current) / previous */
} ChangeKind;

static const char *
change_name(ChangeKind kind)
{
	return kind == CHANGE_YOY ? "yoy_change" : "improvement";
}

/* ---------- the formula, once per value type ---------- */

static void
check_finite_float8(double x, ChangeKind kind, const char *argument)
{
	if (!isfinite(x))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s() %s value must be finite, not %s",
						change_name(kind), argument, float8out_internal(x)),
				 errhint("Use NULL for a value that was not measured.")));
}

static void
check_finite_numeric(Numeric x, ChangeKind kind, const char *argument)
{
	if (numeric_is_nan(x) || numeric_is_inf(x))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s() %s value must be finite, not %s", change_name(kind), argument,
						DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(x)))),
				 errhint("Use NULL for a value that was not measured.")));
}

static bool
change_numeric(ChangeKind kind, Numeric current, Numeric previous, Numeric *result)
{
	Datum		difference;

	check_finite_numeric(current, kind, "current");
	check_finite_numeric(previous, kind, "previous");
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(previous),
										  NumericGetDatum(int64_to_numeric(0)))) == 0)
		return false;
	difference = kind == CHANGE_YOY ?
		DirectFunctionCall2(numeric_sub, NumericGetDatum(current), NumericGetDatum(previous)) :
		DirectFunctionCall2(numeric_sub, NumericGetDatum(previous), NumericGetDatum(current));
	*result = DatumGetNumeric(DirectFunctionCall2(numeric_div,
												  DirectFunctionCall2(numeric_mul, difference,
																	  NumericGetDatum(int64_to_numeric(100))),
												  NumericGetDatum(previous)));
	return true;
}

/*
 * The decimal a double stands for, as count * 10^-scale, when there is one
 * with at most DECIMAL_SCALE_MAX decimals and a count below 2^50: the double
 * nearest to that decimal is x.  The count is found from x * 10^scale, whose
 * rounding error stays far below 1/2 for counts below 2^50.
 */
#define DECIMAL_SCALE_MAX 9
#define DECIMAL_COUNT_MAX 1125899906842624.0	/* 2^50 */

static const double powers_of_ten[DECIMAL_SCALE_MAX + 1] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9
};

static bool
decimal_of_double(double x, double *count, int *scale)
{
	int			k;

	for (k = 0; k <= DECIMAL_SCALE_MAX; k++)
	{
		double		c = rint(x * powers_of_ten[k]);

		if (fabs(c) >= DECIMAL_COUNT_MAX)
			return false;
		if (c / powers_of_ten[k] == x)
		{
			*count = c;
			*scale = k;
			return true;
		}
	}
	return false;
}

/*
 * The change in percent; false when previous is 0 (no result).
 *
 * The inputs stand for the decimals they were written as (31, 30, 0.074),
 * and the published figure is that exact change rounded by GB/T 8170, so
 * the result must be the double nearest to the exact change: a change of
 * exactly 56.25 % must not come out as 56.25000000000001 and round to 56.3.
 * Evaluating (c - p) * 100 / p in doubles rounds three times and does just
 * that.  Written over a common decimal scale, c and p are integers, and
 * 100 (c - p) / p is one division of exact integers, rounded once; inputs
 * with no short decimal form take the exact numeric path.
 */
static bool
change_float8(ChangeKind kind, double current, double previous, double *result)
{
	double		c,
				p;
	int			c_scale,
				p_scale;
	Numeric		exact;

	check_finite_float8(current, kind, "current");
	check_finite_float8(previous, kind, "previous");
	if (previous == 0.0)
		return false;
	if (decimal_of_double(current, &c, &c_scale) &&
		decimal_of_double(previous, &p, &p_scale))
	{
		double		difference;

		/* the same scale: exact while the counts stay below 2^50 */
		if (c_scale < p_scale)
			c *= powers_of_ten[p_scale - c_scale];
		else
			p *= powers_of_ten[c_scale - p_scale];
		difference = (kind == CHANGE_YOY ? c - p : p - c) * 100.0;
		if (fabs(c) < DECIMAL_COUNT_MAX && fabs(p) < DECIMAL_COUNT_MAX &&
			fabs(difference) < DECIMAL_COUNT_MAX)
		{
			*result = difference / p;
			return true;
		}
	}
	change_numeric(kind, eco_float8_to_numeric_exact(current),
				   eco_float8_to_numeric_exact(previous), &exact);
	*result = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow, NumericGetDatum(exact)));
	return true;
}

/* ---------- scalar forms ---------- */

static Datum
scalar_float8(FunctionCallInfo fcinfo, ChangeKind kind)
{
	double		result;

	if (!change_float8(kind, PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1), &result))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(result);
}

static Datum
scalar_numeric(FunctionCallInfo fcinfo, ChangeKind kind)
{
	Numeric		result;

	if (!change_numeric(kind, PG_GETARG_NUMERIC(0), PG_GETARG_NUMERIC(1), &result))
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(result);
}

PG_FUNCTION_INFO_V1(yoy_change_float8);
Datum
yoy_change_float8(PG_FUNCTION_ARGS)
{
	return scalar_float8(fcinfo, CHANGE_YOY);
}

PG_FUNCTION_INFO_V1(improvement_float8);
Datum
improvement_float8(PG_FUNCTION_ARGS)
{
	return scalar_float8(fcinfo, CHANGE_IMPROVEMENT);
}

PG_FUNCTION_INFO_V1(yoy_change_numeric);
Datum
yoy_change_numeric(PG_FUNCTION_ARGS)
{
	return scalar_numeric(fcinfo, CHANGE_YOY);
}

PG_FUNCTION_INFO_V1(improvement_numeric);
Datum
improvement_numeric(PG_FUNCTION_ARGS)
{
	return scalar_numeric(fcinfo, CHANGE_IMPROVEMENT);
}

/*
 * The (integer, integer) forms read int4 arguments: an int4 Datum read as a
 * float8 is a subnormal number, not the integer.
 */
static Datum
scalar_int4(FunctionCallInfo fcinfo, ChangeKind kind)
{
	double		result;

	if (!change_float8(kind, (double) PG_GETARG_INT32(0), (double) PG_GETARG_INT32(1), &result))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(result);
}

PG_FUNCTION_INFO_V1(yoy_change_int4);
Datum
yoy_change_int4(PG_FUNCTION_ARGS)
{
	return scalar_int4(fcinfo, CHANGE_YOY);
}

PG_FUNCTION_INFO_V1(improvement_int4);
Datum
improvement_int4(PG_FUNCTION_ARGS)
{
	return scalar_int4(fcinfo, CHANGE_IMPROVEMENT);
}

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
 * 2000-01-01), as PostgreSQL's date - interval '1 year' computes it: the same
 * month and day of the previous year, the last day of the month when that
 * day does not exist (Feb 29 -> Feb 28).  False when it cannot exist.
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
	j2date(period + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	year -= 1;
	if (day > day_tab[isleap(year)][month - 1])
		day = day_tab[isleap(year)][month - 1];
	if (!IS_VALID_JULIAN(year, month, day))
		return false;
	*result = date2j(year, month, day) - POSTGRES_EPOCH_JDATE;
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
			 ChangeKind kind)
{
	if (period_type == DATEOID && DATE_NOT_FINITE(period))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s() period must be a finite date, not %s",
						change_name(kind), period_text(period_type, period)),
				 errhint("Periods are years (integer) or dates one year apart.")));
	if (cursor->seen_period && period <= cursor->last_period)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s() needs periods strictly ascending within a partition: %s follows %s",
						change_name(kind), period_text(period_type, period),
						period_text(period_type, cursor->last_period)),
				 period == cursor->last_period ?
				 errdetail("A partition holds period %s twice; one value per period and partition is needed.",
						   period_text(period_type, period)) :
				 errdetail("The window is not ordered by the period."),
				 errhint("Use %s(value, period) OVER (PARTITION BY ... ORDER BY period), with one row per period.",
						 change_name(kind))));
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
window_change(FunctionCallInfo fcinfo, ChangeKind kind)
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
	if (value_type == FLOAT8OID)
	{
		double		result;

		if (!change_float8(kind, DatumGetFloat8(value), DatumGetFloat8(previous), &result))
			PG_RETURN_NULL();
		PG_RETURN_FLOAT8(result);
	}
	else
	{
		Numeric		result;

		if (!change_numeric(kind, DatumGetNumeric(value), DatumGetNumeric(previous), &result))
			PG_RETURN_NULL();
		PG_RETURN_NUMERIC(result);
	}
}

PG_FUNCTION_INFO_V1(yoy_change_window);
Datum
yoy_change_window(PG_FUNCTION_ARGS)
{
	return window_change(fcinfo, CHANGE_YOY);
}

PG_FUNCTION_INFO_V1(improvement_window);
Datum
improvement_window(PG_FUNCTION_ARGS)
{
	return window_change(fcinfo, CHANGE_IMPROVEMENT);
}
