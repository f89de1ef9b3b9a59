/*
 * From hours to days: the aggregates valid_avg / mean_24h / mean_8h (GB 3095
 * Table 4 validity counts, usable as moving windows), o3_max8h (HJ 663 §6.1.2
 * O3 daily maximum 8-hour mean) and air_day (the day an hourly row belongs
 * to).  The rules and the arithmetic are in core/hourly.c.
 */
#include "postgres.h"
#include "compat.h"

#include "callsite.h"
#include "exact_sum.h"
#include "core/aqi.h"
#include "core/gbt8170.h"
#include "core/hourly.h"
#include "fmgr.h"
#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "nodes/nodeFuncs.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

/* ---- the hourly value ---- */

/*
 * A measured hourly value as 10^-6 units; bad values are errors naming the
 * aggregate and its argument.
 */
static int64
hourly_fixed(double value, const char *aggregate, const char *argument)
{
	int64		fixed;

	if (!(value >= 0) || !eco_fixed_from_double(value, &fixed))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s: %s %s is not a valid concentration",
						aggregate, argument, float8out_internal(value)),
				 errhint("A concentration is a finite number from 0 to 1e12; NULL marks an hour not measured.")));
	return fixed;
}

/*
 * An hourly O3 value: o3_max8h knows its pollutant and its unit (µg/m³, HJ
 * 663), so it applies the plausibility limit (core/air_plausible.c) too.
 */
static int64
hourly_o3_fixed(double value)
{
	int64		fixed = hourly_fixed(value, "o3_max8h", "o3");

	if (!eco_plausible(ECO_HJ633_2012, ECO_O3_1H, value))
	{
		const EcoPlausibleLimit *limit = eco_plausible_limit(ECO_HJ633_2012, ECO_O3_1H);

		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("o3_max8h: o3 %s is above the plausibility limit of O3, %g %s",
						float8out_internal(value), limit->max, limit->unit),
				 errhint("O3 is in %s (HJ 663): convert the value or pass NULL for an hour not measured.",
						 limit->unit)));
	}
	return fixed;
}

/* ---- valid_avg, mean_24h, mean_8h ---- */

static void
check_min_count(int32 min_count)
{
	if (min_count < 1)
		eco_bad_parameter(psprintf("valid_avg: min_count %d is out of range", min_count),
						  "min_count is the number of values a valid mean needs: 1 or more (GB 3095 Table 4: 20 for a daily mean, 6 for an 8-hour mean).");
}

static void
check_same_min_count(int32 have, int32 given)
{
	if (have != given)
		eco_bad_parameter(psprintf("valid_avg: min_count changes within one group, from %d to %d",
								   have, given),
						  "Pass the same min_count for every row of a group, usually a constant.");
}

/* Adds argument 1 (NULL: an hour not measured) to the mean. */
static void
add_value(FunctionCallInfo fcinfo, EcoValidMean *state, const char *aggregate)
{
	if (!PG_ARGISNULL(1) &&
		!eco_valid_mean_add(state, hourly_fixed(PG_GETARG_FLOAT8(1), aggregate, "value")))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("valid_avg: more than " INT64_FORMAT " values in one group",
						(int64) ECO_VALID_MEAN_MAX_COUNT)));
}

/* valid_avg's min_count argument, never NULL */
static int32
min_count_arg(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("valid_avg: min_count must not be NULL"),
				 errhint("min_count is the number of values a valid mean needs: 1 or more.")));
	return PG_GETARG_INT32(2);
}

static Datum
valid_avg_add(FunctionCallInfo fcinfo, const char *aggregate, int32 min_count)
{
	MemoryContext aggcontext = eco_agg_context(fcinfo, "valid_avg_transfn");
	EcoValidMean *state;

	if (PG_ARGISNULL(0))
	{
		check_min_count(min_count);
		state = MemoryContextAlloc(aggcontext, sizeof(EcoValidMean));
		eco_valid_mean_init(state, min_count);
	}
	else
	{
		state = (EcoValidMean *) PG_GETARG_POINTER(0);
		check_same_min_count(state->min_count, min_count);
	}
	add_value(fcinfo, state, aggregate);
	PG_RETURN_POINTER(state);
}

/* The value leaving a moving window; it was checked when it came in. */
static Datum
valid_avg_remove(FunctionCallInfo fcinfo)
{
	EcoValidMean *state;

	eco_agg_context(fcinfo, "valid_avg_invfn");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (EcoValidMean *) PG_GETARG_POINTER(0);
	if (!PG_ARGISNULL(1))
		eco_valid_mean_remove(state, hourly_fixed(PG_GETARG_FLOAT8(1), "valid_avg", "value"));
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(valid_avg_transfn);
Datum
valid_avg_transfn(PG_FUNCTION_ARGS)
{
	return valid_avg_add(fcinfo, "valid_avg", min_count_arg(fcinfo));
}

/*
 * valid_avg as a window: the frame is the group, so its min_count only has
 * to agree among the rows inside the frame.  The moving state also counts
 * the rows in the frame (NULL values too); once every row has left, the next
 * row may bring another min_count, as a fresh aggregation of that frame would.
 * (mean_24h and mean_8h have a fixed count and use the plain state.)
 */
typedef struct MovingValidMean
{
	EcoValidMean mean;			/* first, so valid_avg_final reads it */
	int64		rows;
} MovingValidMean;

PG_FUNCTION_INFO_V1(valid_avg_moving_transfn);
Datum
valid_avg_moving_transfn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = eco_agg_context(fcinfo, "valid_avg_moving_transfn");
	MovingValidMean *state = PG_ARGISNULL(0) ? NULL : (MovingValidMean *) PG_GETARG_POINTER(0);
	int32		min_count = min_count_arg(fcinfo);

	if (state == NULL || state->rows == 0)
	{
		check_min_count(min_count);
		if (state == NULL)
			state = MemoryContextAlloc(aggcontext, sizeof(MovingValidMean));
		eco_valid_mean_init(&state->mean, min_count);
		state->rows = 0;
	}
	else
		check_same_min_count(state->mean.min_count, min_count);
	add_value(fcinfo, &state->mean, "valid_avg");
	state->rows++;
	PG_RETURN_POINTER(state);
}

/* The row leaving the frame (the mean is the state's first member). */
PG_FUNCTION_INFO_V1(valid_avg_invfn);
Datum
valid_avg_invfn(PG_FUNCTION_ARGS)
{
	Datum		state = valid_avg_remove(fcinfo);

	if (!PG_ARGISNULL(0))
		((MovingValidMean *) PG_GETARG_POINTER(0))->rows--;
	return state;
}

PG_FUNCTION_INFO_V1(mean_24h_transfn);
Datum
mean_24h_transfn(PG_FUNCTION_ARGS)
{
	return valid_avg_add(fcinfo, "mean_24h", ECO_DAILY_MEAN_MIN_HOURS);
}

PG_FUNCTION_INFO_V1(mean_8h_transfn);
Datum
mean_8h_transfn(PG_FUNCTION_ARGS)
{
	return valid_avg_add(fcinfo, "mean_8h", ECO_O3_8H_MEAN_MIN_HOURS);
}

/* mean_24h and mean_8h take one argument: the same inverse serves them */
PG_FUNCTION_INFO_V1(fixed_count_mean_invfn);
Datum
fixed_count_mean_invfn(PG_FUNCTION_ARGS)
{
	return valid_avg_remove(fcinfo);
}

PG_FUNCTION_INFO_V1(valid_avg_final);
Datum
valid_avg_final(PG_FUNCTION_ARGS)
{
	double		mean;

	if (PG_ARGISNULL(0) ||
		!eco_valid_mean_result((EcoValidMean *) PG_GETARG_POINTER(0), &mean))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(mean);
}

PG_FUNCTION_INFO_V1(valid_avg_combine);
Datum
valid_avg_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = eco_agg_context(fcinfo, "valid_avg_combine");
	EcoValidMean *a;
	EcoValidMean *b;

	if (PG_ARGISNULL(1))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	b = (EcoValidMean *) PG_GETARG_POINTER(1);
	if (PG_ARGISNULL(0))
	{
		a = MemoryContextAlloc(aggcontext, sizeof(EcoValidMean));
		*a = *b;
		PG_RETURN_POINTER(a);
	}
	a = (EcoValidMean *) PG_GETARG_POINTER(0);
	check_same_min_count(a->min_count, b->min_count);
	if (!eco_valid_mean_merge(a, b))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("valid_avg: more than " INT64_FORMAT " values in one group",
						(int64) ECO_VALID_MEAN_MAX_COUNT)));
	PG_RETURN_POINTER(a);
}

/* A bytea of len bytes, to fill with a serialized state, for serialize function fn. */
static bytea *
new_stored(FunctionCallInfo fcinfo, const char *fn, size_t len)
{
	bytea	   *v;

	eco_agg_context(fcinfo, fn);
	v = palloc(VARHDRSZ + len);
	SET_VARSIZE(v, VARHDRSZ + len);
	return v;
}

/* Argument 0 of deserialize function fn, the serialized state. */
static bytea *
stored_arg(FunctionCallInfo fcinfo, const char *fn)
{
	bytea	   *bytes = PG_GETARG_BYTEA_PP(0);

	eco_agg_context(fcinfo, fn);
	return bytes;
}

/*
 * 22P03 for a serialized state of the wrong size or format, or inconsistent
 * (the message given), as core/hourly.h's loaders tell.
 */
static void
check_stored(EcoStoredStatus status, const char *aggregate, const bytea *bytes,
			 int size, int format, const char *inconsistent)
{
	if (status == ECO_STORED_BAD_SIZE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("%s: serialized state of %d bytes, expected %d",
						aggregate, (int) VARSIZE_ANY_EXHDR(bytes), size)));
	if (status == ECO_STORED_BAD_FORMAT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("%s: serialized state of format %d, expected %d",
						aggregate, *(const uint8 *) VARDATA_ANY(bytes), format)));
	if (status == ECO_STORED_INCONSISTENT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("%s", inconsistent)));
}

PG_FUNCTION_INFO_V1(valid_avg_serialize);
Datum
valid_avg_serialize(PG_FUNCTION_ARGS)
{
	bytea	   *v = new_stored(fcinfo, "valid_avg_serialize", ECO_VALID_MEAN_STORED_BYTES);

	eco_valid_mean_store((EcoValidMean *) PG_GETARG_POINTER(0), (uint8 *) VARDATA(v));
	PG_RETURN_BYTEA_P(v);
}

PG_FUNCTION_INFO_V1(valid_avg_deserialize);
Datum
valid_avg_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *bytes = stored_arg(fcinfo, "valid_avg_deserialize");
	EcoValidMean *state = palloc(sizeof(EcoValidMean));
	EcoStoredStatus status = eco_valid_mean_load((const uint8 *) VARDATA_ANY(bytes),
												 VARSIZE_ANY_EXHDR(bytes), state);

	check_stored(status, "valid_avg", bytes, ECO_VALID_MEAN_STORED_BYTES, ECO_VALID_MEAN_STORED_FORMAT,
				 status != ECO_STORED_INCONSISTENT ? NULL :
				 psprintf("valid_avg: inconsistent serialized state (min_count %d, count " INT64_FORMAT ")",
						  state->min_count, state->count));
	PG_RETURN_POINTER(state);
}

/* ---- hour labels and days ---- */

static EcoHourLabel
hour_label_arg(FunctionCallInfo fcinfo, int argno)
{
	return (EcoHourLabel) callsite_name(fcinfo, argno, &eco_hour_label_names);
}

static const char *
hour_label_name(EcoHourLabel label)
{
	return eco_name_spelling(&eco_hour_label_names, label);
}

static const char *
date_text(DateADT day)
{
	return DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(day)));
}

/* The day and slot of the hour a timestamp stamps; errors for bad stamps. */
static void
hour_of(Timestamp observed_at, EcoHourLabel label, DateADT *day, int *slot)
{
	int64		day_number;

	if (TIMESTAMP_NOT_FINITE(observed_at))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("observed_at %s is not an hour",
						DatumGetCString(DirectFunctionCall1(timestamp_out, TimestampGetDatum(observed_at)))),
				 errhint("observed_at is the finite timestamp of an hourly value.")));
	/* Timestamp counts microseconds from 2000-01-01 00:00, as DateADT counts days */
	if (!eco_hour_slot(observed_at, label, &day_number, slot))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("observed_at %s is not on a whole hour",
						DatumGetCString(DirectFunctionCall1(timestamp_out, TimestampGetDatum(observed_at)))),
				 errhint("An hourly value is stamped with the start (hour_label 'start') or the end (hour_label 'end') of its hour; use date_trunc('hour', ...) if the stamps carry minutes.")));
	/* under 'end' the first hour of the timestamp range closes a day before the date range */
	if (!IS_VALID_DATE(day_number))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("observed_at %s closes an hour of a day out of the date range",
						DatumGetCString(DirectFunctionCall1(timestamp_out, TimestampGetDatum(observed_at)))),
				 errhint("Dates begin at 4714-11-24 BC.")));
	*day = (DateADT) day_number;
}

static EcoHourLabel timestamp_form_label(FunctionCallInfo fcinfo, int argno,
										 const char *function);

PG_FUNCTION_INFO_V1(air_day);
Datum
air_day(PG_FUNCTION_ARGS)
{
	DateADT		day;
	int			slot;

	hour_of(PG_GETARG_TIMESTAMP(0), timestamp_form_label(fcinfo, 1, "air_day"), &day, &slot);
	PG_RETURN_DATEADT(day);
}

/*
 * Stamps whose type states the convention: hour_ending (the timestamp closes
 * the hour) and hour_starting (it opens it), domains over timestamp.  The
 * functions over them take the convention from the type, so it is stated
 * once, where the column or the view is defined; an hour_label argument
 * that contradicts the type is an error.
 */
static const char *
stamp_type_name(EcoHourLabel stated)
{
	return stated == ECO_HOUR_END ? "hour_ending" : "hour_starting";
}

static EcoHourLabel
stated_label(FunctionCallInfo fcinfo, int argno, EcoHourLabel stated, const char *function)
{
	EcoHourLabel given;

	if (PG_NARGS() <= argno)
		return stated;
	given = hour_label_arg(fcinfo, argno);
	if (given != stated)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: observed_at is an %s stamp but hour_label '%s' was passed",
						function, stamp_type_name(stated), hour_label_name(given)),
				 errdetail("The type %s states that the timestamp %s the hour.",
						   stamp_type_name(stated), stated == ECO_HOUR_END ? "closes" : "opens"),
				 errhint("Drop the hour_label argument; if the stamps are not %s, fix the column's type.",
						 stamp_type_name(stated))));
	return stated;
}

/*
 * The convention an argument's type states when a call resolved to the
 * timestamp form anyway: air_day(stamp, 'start') with an unknown-typed
 * literal prefers the timestamp overload (PostgreSQL treats a domain as its
 * base type when it ranks candidates), so the timestamp forms look through
 * the implicit relabelling for an hour_ending / hour_starting stamp of this
 * extension's schema.  0 when the argument is a plain timestamp.
 */
static EcoHourLabel
stamp_domain_label(FunctionCallInfo fcinfo, Node *arg)
{
	Oid			type;
	HeapTuple	tuple;
	EcoHourLabel label = 0;

	if (arg == NULL || !IsA(arg, RelabelType) ||
		((RelabelType *) arg)->relabelformat != COERCE_IMPLICIT_CAST)
		return 0;				/* stamp::timestamp sets the type aside */
	type = exprType((Node *) ((RelabelType *) arg)->arg);
	if (get_typtype(type) != TYPTYPE_DOMAIN)
		return 0;
	tuple = SearchSysCache1(TYPEOID, ObjectIdGetDatum(type));
	if (HeapTupleIsValid(tuple))
	{
		Form_pg_type form = (Form_pg_type) GETSTRUCT(tuple);

		if (form->typnamespace == get_func_namespace(fcinfo->flinfo->fn_oid))
		{
			if (strcmp(NameStr(form->typname), "hour_ending") == 0)
				label = ECO_HOUR_END;
			else if (strcmp(NameStr(form->typname), "hour_starting") == 0)
				label = ECO_HOUR_START;
		}
		ReleaseSysCache(tuple);
	}
	return label;
}

/*
 * The expression of a function's argument n (fcinfo numbering: a transition
 * function's argument 1 is the aggregate's argument 0), or NULL.
 */
static Node *
argument_expr(FunctionCallInfo fcinfo, int n)
{
	Node	   *expr;
	Aggref	   *aggref;

	/* a transition function's fn_expr has only Params: read the Aggref */
	if (AggCheckCallContext(fcinfo, NULL))
	{
		aggref = AggGetAggref(fcinfo);
		if (aggref != NULL && n >= 1 && list_length(aggref->args) > n - 1)
			return (Node *) ((TargetEntry *) list_nth(aggref->args, n - 1))->expr;
		return NULL;
	}
	expr = fcinfo->flinfo ? fcinfo->flinfo->fn_expr : NULL;
	if (expr != NULL && IsA(expr, FuncExpr) && list_length(((FuncExpr *) expr)->args) > n)
		return (Node *) list_nth(((FuncExpr *) expr)->args, n);
	return NULL;
}

/*
 * The hour label of air_day / o3_max8h: the one the stamp's type states
 * (hour_ending, hour_starting), else the argument.  A label argument that
 * contradicts the type is an error, except air_day's DEFAULT 'start', which
 * the planner inserts as a constant without a location in the query.
 */
static EcoHourLabel
timestamp_form_label(FunctionCallInfo fcinfo, int argno, const char *function)
{
	/* the stamp: air_day's argument 0, o3_max8h's 1 (after the state) */
	EcoHourLabel stated = stamp_domain_label(fcinfo, argument_expr(fcinfo, argno == 1 ? 0 : 1));
	Node	   *label;

	if (stated == 0)
		return PG_NARGS() > argno ? hour_label_arg(fcinfo, argno) : ECO_HOUR_START;
	label = argument_expr(fcinfo, argno);
	if (PG_NARGS() <= argno ||
		(label != NULL && IsA(label, Const) && ((Const *) label)->location < 0 &&
		 strcmp(function, "air_day") == 0))
		return stated;
	return stated_label(fcinfo, argno, stated, function);
}

/* ---- o3_max8h ---- */

typedef struct O3DayState
{
	EcoHourLabel label;
	DateADT		day;			/* of the first row; every row must share it */
	EcoO3Day	hours;
} O3DayState;

/* A row or state of this label and day joins the group of state. */
static void
check_same_group(const O3DayState *state, EcoHourLabel label, DateADT day)
{
	if (state->label != label)
		eco_bad_parameter(psprintf("o3_max8h: hour_label changes within one group, from '%s' to '%s'",
								   hour_label_name(state->label), hour_label_name(label)),
						  "Stamp every row of a group the same way.");
	if (state->day != day)
		eco_bad_parameter(psprintf("o3_max8h: rows of two days in one group: %s and %s",
								   date_text(state->day), date_text(day)),
						  "o3_max8h takes one day of one station: GROUP BY station, air_day(observed_at, hour_label).");
}

pg_noreturn static void
duplicate_hour(DateADT day, int slot)
{
	eco_bad_parameter(psprintf("o3_max8h: two rows for the hour %02d:00-%02d:00 of %s",
							   slot, slot + 1, date_text(day)),
					  "Give one row per station and hour.");
}

static Datum
o3_max8h_add(FunctionCallInfo fcinfo, EcoHourLabel label)
{
	MemoryContext aggcontext = eco_agg_context(fcinfo, "o3_max8h_transfn");
	O3DayState *state;
	DateADT		day;
	int			slot;
	bool		measured = !PG_ARGISNULL(2);
	int64		value = measured ? hourly_o3_fixed(PG_GETARG_FLOAT8(2)) : 0;

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("o3_max8h: observed_at must not be NULL"),
				 errhint("observed_at is the timestamp of an hourly value; a NULL o3 marks an hour not measured.")));
	hour_of(PG_GETARG_TIMESTAMP(1), label, &day, &slot);

	if (PG_ARGISNULL(0))
	{
		state = MemoryContextAlloc(aggcontext, sizeof(O3DayState));
		state->label = label;
		state->day = day;
		eco_o3_day_init(&state->hours);
	}
	else
	{
		state = (O3DayState *) PG_GETARG_POINTER(0);
		check_same_group(state, label, day);
	}
	if (!eco_o3_day_add(&state->hours, slot, measured, value))
		duplicate_hour(day, slot);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(o3_max8h_transfn);
Datum
o3_max8h_transfn(PG_FUNCTION_ARGS)
{
	return o3_max8h_add(fcinfo, timestamp_form_label(fcinfo, 3, "o3_max8h"));
}

PG_FUNCTION_INFO_V1(o3_max8h_start_transfn);
Datum
o3_max8h_start_transfn(PG_FUNCTION_ARGS)
{
	return o3_max8h_add(fcinfo, timestamp_form_label(fcinfo, 3, "o3_max8h"));
}

PG_FUNCTION_INFO_V1(o3_max8h_final);
Datum
o3_max8h_final(PG_FUNCTION_ARGS)
{
	EcoMda8		mda8;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	mda8 = eco_o3_mda8(&((O3DayState *) PG_GETARG_POINTER(0))->hours);
	if (!mda8.valid)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(mda8.value);
}

PG_FUNCTION_INFO_V1(o3_max8h_combine);
Datum
o3_max8h_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = eco_agg_context(fcinfo, "o3_max8h_combine");
	O3DayState *a;
	O3DayState *b;
	int			dup_slot;

	if (PG_ARGISNULL(1))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	b = (O3DayState *) PG_GETARG_POINTER(1);
	if (PG_ARGISNULL(0))
	{
		a = MemoryContextAlloc(aggcontext, sizeof(O3DayState));
		*a = *b;
		PG_RETURN_POINTER(a);
	}
	a = (O3DayState *) PG_GETARG_POINTER(0);
	check_same_group(a, b->label, b->day);
	if (!eco_o3_day_merge(&a->hours, &b->hours, &dup_slot))
		duplicate_hour(a->day, dup_slot);
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(o3_max8h_serialize);
Datum
o3_max8h_serialize(PG_FUNCTION_ARGS)
{
	O3DayState *state = (O3DayState *) PG_GETARG_POINTER(0);
	bytea	   *v = new_stored(fcinfo, "o3_max8h_serialize", ECO_O3_DAY_STORED_BYTES);

	eco_o3_day_store(state->label, state->day, &state->hours, (uint8 *) VARDATA(v));
	PG_RETURN_BYTEA_P(v);
}

PG_FUNCTION_INFO_V1(o3_max8h_deserialize);
Datum
o3_max8h_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *bytes = stored_arg(fcinfo, "o3_max8h_deserialize");
	O3DayState *state = palloc(sizeof(O3DayState));
	EcoStoredStatus status = eco_o3_day_load((const uint8 *) VARDATA_ANY(bytes), VARSIZE_ANY_EXHDR(bytes),
											 &state->label, &state->day, &state->hours);

	if (status == ECO_STORED_OK && !IS_VALID_DATE(state->day))
		status = ECO_STORED_INCONSISTENT;
	check_stored(status, "o3_max8h", bytes, ECO_O3_DAY_STORED_BYTES, ECO_O3_DAY_STORED_FORMAT,
				 "o3_max8h: inconsistent serialized state");
	PG_RETURN_POINTER(state);
}
