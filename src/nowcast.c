/*
 * nowcast(observed_at, value, pollutant): the US EPA NowCast as an
 * aggregate, glue between SQL and core/nowcast.h.
 *
 * Rows are hours: observed_at must be on the hour, one row per hour; the
 * result is the NowCast at the latest hour among the rows, so the same
 * aggregate serves a plain query over the last 12 hours and a window
 * RANGE BETWEEN '11 hours' PRECEDING AND CURRENT ROW.
 */
#include "postgres.h"
#include "compat.h"

#include <math.h>

#include "datatype/timestamp.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "core/nowcast.h"
#include "callsite.h"
#include "exact_sum.h"

/* version 2 (ecoinsp 1.2) added the mask of duplicate hours */
#define NOWCAST_BINARY_VERSION 2
#define NOWCAST_BINARY_LENGTH (1 + 1 + 8 + 2 + 2 + 2 + 8 * ECO_NOWCAST_MAX_HOURS)
static char *
hour_text(int64 hour)
{
	return DatumGetCString(DirectFunctionCall1(timestamp_out,
											   TimestampGetDatum(hour * USECS_PER_HOUR)));
}

static void
report_status(EcoNowcastStatus status, double value, int64 duplicate_hour)
{
	switch (status)
	{
		case ECO_NOWCAST_OK:
		case ECO_NOWCAST_INCOMPLETE:
		case ECO_NOWCAST_EMPTY:
			return;
		case ECO_NOWCAST_NEGATIVE:
		case ECO_NOWCAST_NOT_FINITE:
		case ECO_NOWCAST_OUT_OF_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("argument value = %g is %s", value,
							status == ECO_NOWCAST_NEGATIVE ? "negative" :
							status == ECO_NOWCAST_NOT_FINITE ? "not a finite number" :
							"out of range"),
					 errhint("A concentration is a finite value from 0 to 1e12; pass NULL for an hour without a valid value.")));
			break;
		case ECO_NOWCAST_DUPLICATE_HOUR:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("two rows for the hour observed_at = %s", hour_text(duplicate_hour)),
					 errdetail("The NowCast reads the 12 hours up to the latest one (8 for o3-2016); two rows for an hour among them are an error, whatever their order, and rows for older hours are ignored."),
					 errhint("The NowCast takes one value per hour and station: group by station in PARTITION BY or GROUP BY, and average sub-hourly data into hours first.")));
			break;
		case ECO_NOWCAST_OTHER_KIND:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the pollutant argument changes between rows of one NowCast"),
					 errhint("Compute one NowCast per pollutant.")));
			break;
	}
}

static EcoNowcastState *
new_state(MemoryContext context)
{
	EcoNowcastState *state = MemoryContextAlloc(context, sizeof(EcoNowcastState));

	eco_nowcast_init(state);
	return state;
}

/* nowcast_transfn(state, observed_at, value, pollutant) */
PG_FUNCTION_INFO_V1(nowcast_transfn);
Datum
nowcast_transfn(PG_FUNCTION_ARGS)
{
	MemoryContext context = eco_agg_context(fcinfo, "nowcast_transfn");
	EcoNowcastState *state = PG_ARGISNULL(0) ? NULL : (EcoNowcastState *) PG_GETARG_POINTER(0);
	Timestamp	observed_at;
	EcoNowcastKind kind;
	double		value = 0;
	EcoNowcastStatus status;

	kind = (EcoNowcastKind) callsite_name(fcinfo, 3, &eco_nowcast_names);
	if (state == NULL)
		state = new_state(context);
	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(state);	/* a row without a time is no hour */
	observed_at = PG_GETARG_TIMESTAMP(1);
	if (TIMESTAMP_NOT_FINITE(observed_at) || observed_at % USECS_PER_HOUR != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("observed_at = %s is not on the hour",
						DatumGetCString(DirectFunctionCall1(timestamp_out,
															TimestampGetDatum(observed_at)))),
				 errhint("The NowCast reads hourly values: pass date_trunc('hour', observed_at) of hourly means.")));
	if (!PG_ARGISNULL(2))
		value = PG_GETARG_FLOAT8(2);
	/* on the hour: the division is exact */
	status = eco_nowcast_add(state, kind, observed_at / USECS_PER_HOUR,
							 !PG_ARGISNULL(2), value);
	report_status(status, value, 0);
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(nowcast_combine);
Datum
nowcast_combine(PG_FUNCTION_ARGS)
{
	MemoryContext context = eco_agg_context(fcinfo, "nowcast_combine");
	EcoNowcastState *a = PG_ARGISNULL(0) ? NULL : (EcoNowcastState *) PG_GETARG_POINTER(0);
	EcoNowcastState *b = PG_ARGISNULL(1) ? NULL : (EcoNowcastState *) PG_GETARG_POINTER(1);
	EcoNowcastStatus status;

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = new_state(context);
	status = eco_nowcast_merge(a, b);
	report_status(status, 0, 0);
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(nowcast_final);
Datum
nowcast_final(PG_FUNCTION_ARGS)
{
	double		result = 0;
	int64		duplicate = 0;
	EcoNowcastStatus status;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	status = eco_nowcast_result((EcoNowcastState *) PG_GETARG_POINTER(0), &result, &duplicate);
	report_status(status, 0, duplicate);
	if (status != ECO_NOWCAST_OK)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(result);
}

/* version, kind, latest hour, valid, seen and duplicate masks, 12 values */
PG_FUNCTION_INFO_V1(nowcast_serialize);
Datum
nowcast_serialize(PG_FUNCTION_ARGS)
{
	const EcoNowcastState *state;
	StringInfoData buf;
	int			i;

	eco_agg_context(fcinfo, "nowcast_serialize");
	state = (const EcoNowcastState *) PG_GETARG_POINTER(0);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, NOWCAST_BINARY_VERSION);
	pq_sendbyte(&buf, (uint8) state->kind);
	pq_sendint64(&buf, state->latest);
	pq_sendint16(&buf, state->valid);
	pq_sendint16(&buf, state->seen);
	pq_sendint16(&buf, state->duplicate);
	for (i = 0; i < ECO_NOWCAST_MAX_HOURS; i++)
		pq_sendfloat8(&buf, state->value[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(nowcast_deserialize);
Datum
nowcast_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext context = eco_agg_context(fcinfo, "nowcast_deserialize");
	bytea	   *bytes = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	EcoNowcastState *state;
	const char *problem;
	int			version;
	int			i;

	if (VARSIZE_ANY_EXHDR(bytes) != NOWCAST_BINARY_LENGTH)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid NowCast state: %d bytes, expected %d",
						(int) VARSIZE_ANY_EXHDR(bytes), NOWCAST_BINARY_LENGTH)));
	/* read in place */
	buf.data = VARDATA_ANY(bytes);
	buf.len = VARSIZE_ANY_EXHDR(bytes);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	version = pq_getmsgbyte(&buf);
	if (version != NOWCAST_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid NowCast state: format version %d, expected %d",
						version, NOWCAST_BINARY_VERSION)));
	state = new_state(context);
	state->kind = (EcoNowcastKind) pq_getmsgbyte(&buf);
	state->latest = pq_getmsgint64(&buf);
	state->valid = (uint16) pq_getmsgint(&buf, 2);
	state->seen = (uint16) pq_getmsgint(&buf, 2);
	state->duplicate = (uint16) pq_getmsgint(&buf, 2);
	for (i = 0; i < ECO_NOWCAST_MAX_HOURS; i++)
		state->value[i] = pq_getmsgfloat8(&buf);
	pq_getmsgend(&buf);
	problem = eco_nowcast_check(state);
	if (problem == NULL && state->kind != 0 &&
		(state->latest < MIN_TIMESTAMP / USECS_PER_HOUR ||
		 state->latest >= END_TIMESTAMP / USECS_PER_HOUR))
		problem = "the latest hour is outside the timestamp range";
	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid NowCast state: %s", problem)));
	PG_RETURN_POINTER(state);
}
