/*
 * Rectification (整改) of inspection feedback issues (督察反馈问题): each
 * issue has a deadline (or none) and a completion date (or none yet), and a
 * bulletin counts them as of a date ("209 of 209 due issues rectified").
 *
 * rectification(deadline, completed_on, as_of) builds a rectification_summary
 * of counts; rollup(rectification_summary) merges summaries taken as of the
 * same date.  The summary is its own aggregate state (storable, text and
 * binary forms), so that the aggregates run in parallel and in Citus.
 *
 * The rules (due, completed, on time, overdue as of a date), the
 * consistency of the counts and the text form are in core/rectification.h.
 */
#include "postgres.h"
#include "compat.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "callsite.h"
#include "core/civil_date.h"
#include "core/rectification.h"
#include "exact_sum.h"
#include "rate.h"
#include "utils/builtins.h"
#include "utils/date.h"

/* The first byte of the binary form; a new layout gets a new number. */
#define RECTIFICATION_BINARY_VERSION 1

#define PG_GETARG_SUMMARY_P(n) ((EcoRectSummary *) PG_GETARG_POINTER(n))

/* ---------- dates: finite, years 1..9999, ISO text whatever DateStyle ---------- */

static char *
iso_date(DateADT date)
{
	int			year,
				month,
				day;

	if (!eco_rect_date_valid(date))
		return DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(date)));
	eco_date_to_ymd(date, &year, &month, &day);
	return psprintf("%04d-%02d-%02d", year, month, day);
}

static void
check_date(DateADT date, const char *argument)
{
	if (!eco_rect_date_valid(date))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rectification %s must be a date in years 1..9999, not %s",
						argument, iso_date(date)),
				 errhint("Use NULL for a deadline not set or an issue not completed.")));
}

/* a date argument checked as above, 0 when it is NULL */
static int32
date_arg(FunctionCallInfo fcinfo, int argno, const char *argument)
{
	if (PG_ARGISNULL(argno))
		return 0;
	check_date(PG_GETARG_DATEADT(argno), argument);
	return PG_GETARG_DATEADT(argno);
}

/* ---------- validity of a summary read from text or bytes ---------- */

/*
 * sqlstate: 22P02 for the text input, 22P03 for the binary input (malformed
 * bytes are 22P03 in every type).
 */
static void
check_summary(EcoRectSummary *s, int sqlstate)
{
	int			which;

	if (sqlstate == ERRCODE_INVALID_BINARY_REPRESENTATION && !eco_rect_date_valid(s->as_of))
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("invalid binary rectification_summary: as_of %s is outside years 1..9999",
						iso_date(s->as_of))));
	switch (eco_rect_check(s, &which))
	{
		case ECO_RECT_CONSISTENT:
			break;
		case ECO_RECT_NEGATIVE_COUNT:
			ereport(ERROR,
					(errcode(sqlstate),
					 errmsg("invalid rectification summary: %s is negative (" INT64_FORMAT ")",
							eco_rect_count_names[which], s->count[which])));
			break;
		case ECO_RECT_NEGATIVE_CLASS:
			ereport(ERROR,
					(errcode(sqlstate),
					 errmsg("invalid rectification summary: counts are inconsistent"),
					 errdetail("The number of %s would be negative.", eco_rect_class_names[which]),
					 errhint("The counts must come from issues: every class of issue as of as_of holds zero or more.")));
			break;
	}
}

/* ---------- text and binary forms ---------- */

PG_FUNCTION_INFO_V1(rectification_summary_in);
Datum
rectification_summary_in(PG_FUNCTION_ARGS)
{
	char	   *text = PG_GETARG_CSTRING(0);
	EcoRectSummary *result = palloc(sizeof(EcoRectSummary));

	if (!eco_rect_parse(text, result))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type rectification_summary: \"%s\"", input_excerpt(text, -1)),
				 errhint("Expected as_of=YYYY-MM-DD,total=N,with_deadline=N,due=N,completed=N,"
						 "completed_due=N,completed_on_time=N,due_on_time=N.")));
	check_summary(result, ERRCODE_INVALID_TEXT_REPRESENTATION);
	PG_RETURN_POINTER(result);
}

PG_FUNCTION_INFO_V1(rectification_summary_out);
Datum
rectification_summary_out(PG_FUNCTION_ARGS)
{
	char	   *text = palloc(ECO_RECT_TEXT_LEN);

	eco_rect_format(PG_GETARG_SUMMARY_P(0), text);
	PG_RETURN_CSTRING(text);
}

/* Binary form: version byte, as_of (days since 2000-01-01), the seven counts. */
PG_FUNCTION_INFO_V1(rectification_summary_recv);
Datum
rectification_summary_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	EcoRectSummary *result = palloc0(sizeof(EcoRectSummary));
	int			expected = 1 + 4 + 8 * ECO_RECT_COUNTS;
	int			version;
	int			i;

	if (buf->len - buf->cursor != expected)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary rectification_summary: %d bytes", buf->len - buf->cursor),
				 errhint("A binary rectification_summary is %d bytes: a version byte (%d), "
						 "an int4 date and seven int8 counts.",
						 expected, RECTIFICATION_BINARY_VERSION)));
	version = pq_getmsgbyte(buf);
	if (version != RECTIFICATION_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary rectification_summary: unknown format version %d", version),
				 errhint("The supported version is %d.", RECTIFICATION_BINARY_VERSION)));
	result->as_of = (DateADT) pq_getmsgint(buf, 4);
	for (i = 0; i < ECO_RECT_COUNTS; i++)
		result->count[i] = pq_getmsgint64(buf);
	check_summary(result, ERRCODE_INVALID_BINARY_REPRESENTATION);
	PG_RETURN_POINTER(result);
}

PG_FUNCTION_INFO_V1(rectification_summary_send);
Datum
rectification_summary_send(PG_FUNCTION_ARGS)
{
	EcoRectSummary *summary = PG_GETARG_SUMMARY_P(0);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, RECTIFICATION_BINARY_VERSION);
	pq_sendint32(&buf, summary->as_of);
	for (i = 0; i < ECO_RECT_COUNTS; i++)
		pq_sendint64(&buf, summary->count[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------- equality, order and hashing ---------- */

/* eco_rect_cmp: equal when all fields are, the order only for sorting */
#define SUMMARY_CMP(a, b) eco_rect_cmp(PG_GETARG_SUMMARY_P(a), PG_GETARG_SUMMARY_P(b))

PG_FUNCTION_INFO_V1(rectification_summary_cmp);
Datum
rectification_summary_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(SUMMARY_CMP(0, 1));
}

#define SUMMARY_COMPARISON(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(SUMMARY_CMP(0, 1) op 0); \
}

SUMMARY_COMPARISON(rectification_summary_lt, <)
SUMMARY_COMPARISON(rectification_summary_le, <=)
SUMMARY_COMPARISON(rectification_summary_eq, ==)
SUMMARY_COMPARISON(rectification_summary_ne, !=)
SUMMARY_COMPARISON(rectification_summary_ge, >=)
SUMMARY_COMPARISON(rectification_summary_gt, >)

/* the fields' bytes, not the padding, so that only equal summaries collide by rule */
static uint64
summary_hash(EcoRectSummary *s, uint64 seed)
{
	uint64		hash = hash_bytes_uint32_extended((uint32) s->as_of, seed);

	return hash_combine64(hash, hash_bytes_extended((const unsigned char *) s->count,
													sizeof(int64) * ECO_RECT_COUNTS, seed));
}

PG_FUNCTION_INFO_V1(rectification_summary_hash);
Datum
rectification_summary_hash(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) summary_hash(PG_GETARG_SUMMARY_P(0), 0));
}

PG_FUNCTION_INFO_V1(rectification_summary_hash_extended);
Datum
rectification_summary_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) summary_hash(PG_GETARG_SUMMARY_P(0), (uint64) PG_GETARG_INT64(1)));
}

/* ---------- the aggregates ---------- */

static void
check_same_as_of(DateADT a, DateADT b, const char *where)
{
	if (a != b)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: rectification as of %s and as of %s cannot be merged",
						where, iso_date(a), iso_date(b)),
				 errhint("Every row of one rectification() and every summary of one rollup() "
						 "must be taken as of the same date.")));
}

/* rectification(deadline, completed_on, as_of): one issue. */
PG_FUNCTION_INFO_V1(rectification_transfn);
Datum
rectification_transfn(PG_FUNCTION_ARGS)
{
	MemoryContext context = eco_agg_context(fcinfo, "rectification_transfn");
	EcoRectSummary *state;
	DateADT		as_of;
	DateADT		deadline;
	DateADT		completed_on;

	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("rectification() as_of must not be NULL"),
				 errhint("as_of is the date the counts are taken on, for example '2022-12-31'.")));
	as_of = PG_GETARG_DATEADT(3);
	check_date(as_of, "as_of");
	if (PG_ARGISNULL(0))
	{
		state = MemoryContextAlloc(context, sizeof(EcoRectSummary));
		eco_rect_init(state, as_of);
	}
	else
	{
		state = PG_GETARG_SUMMARY_P(0);
		check_same_as_of(state->as_of, as_of, "rectification() as_of changes between rows");
	}
	deadline = date_arg(fcinfo, 1, "deadline");
	completed_on = date_arg(fcinfo, 2, "completed_on");
	eco_rect_add_issue(state, !PG_ARGISNULL(1), deadline, !PG_ARGISNULL(2), completed_on);
	PG_RETURN_POINTER(state);
}

/* Merging summaries as of one date: the combine function and rollup(). */
PG_FUNCTION_INFO_V1(rectification_summary_merge);
Datum
rectification_summary_merge(PG_FUNCTION_ARGS)
{
	EcoRectSummary *other = PG_GETARG_SUMMARY_P(1);
	EcoRectSummary *state;
	int			which;

	check_same_as_of(PG_GETARG_SUMMARY_P(0)->as_of, other->as_of, "rollup(rectification_summary)");
	state = eco_agg_writable(fcinfo, 0, sizeof(EcoRectSummary));
	if (!eco_rect_merge(state, other, &which))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("rectification summary out of range: %s exceeds 2^63 - 1 when merged",
						eco_rect_count_names[which])));
	PG_RETURN_POINTER(state);
}

/* ---------- accessors ---------- */

/*
 * The list side of the counts (new in 1.2): is_due(deadline, as_of) and
 * is_overdue(deadline, completed_on, as_of) hold for exactly the issues
 * that rectification() counts in due(s) and overdue(s) as of that date, so
 * that WHERE is_overdue(...) lists overdue(s) issues.  An issue completed
 * after as_of is overdue as of that date; a NULL deadline is never due
 * (false, not NULL, so that NOT is_due(...) lists the others); the dates
 * are checked as rectification() checks them.  NULL as_of gives NULL.
 */
PG_FUNCTION_INFO_V1(rectification_is_due);
Datum
rectification_is_due(PG_FUNCTION_ARGS)
{
	DateADT		as_of;

	if (PG_ARGISNULL(1))
		PG_RETURN_NULL();
	as_of = date_arg(fcinfo, 1, "as_of");
	PG_RETURN_BOOL(eco_rect_is_due(!PG_ARGISNULL(0), date_arg(fcinfo, 0, "deadline"), as_of));
}

PG_FUNCTION_INFO_V1(rectification_is_overdue);
Datum
rectification_is_overdue(PG_FUNCTION_ARGS)
{
	DateADT		as_of;
	DateADT		completed_on;

	if (PG_ARGISNULL(2))
		PG_RETURN_NULL();
	as_of = date_arg(fcinfo, 2, "as_of");
	completed_on = date_arg(fcinfo, 1, "completed_on");
	PG_RETURN_BOOL(eco_rect_is_overdue(!PG_ARGISNULL(0), date_arg(fcinfo, 0, "deadline"),
									   !PG_ARGISNULL(1), completed_on, as_of));
}

PG_FUNCTION_INFO_V1(rectification_as_of);
Datum
rectification_as_of(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(PG_GETARG_SUMMARY_P(0)->as_of);
}

#define COUNT_ACCESSOR(name, expression) \
PG_FUNCTION_INFO_V1(rectification_##name); \
Datum \
rectification_##name(PG_FUNCTION_ARGS) \
{ \
	EcoRectSummary *s = PG_GETARG_SUMMARY_P(0); \
	PG_RETURN_INT64(expression); \
}

COUNT_ACCESSOR(total, s->count[ECO_RECT_TOTAL])
COUNT_ACCESSOR(with_deadline, s->count[ECO_RECT_WITH_DEADLINE])
COUNT_ACCESSOR(due, s->count[ECO_RECT_DUE])
COUNT_ACCESSOR(completed, s->count[ECO_RECT_COMPLETED])
COUNT_ACCESSOR(completed_due, s->count[ECO_RECT_COMPLETED_DUE])
COUNT_ACCESSOR(overdue, eco_rect_overdue(s))
COUNT_ACCESSOR(completed_on_time, s->count[ECO_RECT_COMPLETED_ON_TIME])

/*
 * The rates: completion_rate (completed due issues of all due issues: the
 * bulletin's "209 of 209"), on_time_rate (due issues completed on or before
 * their own deadline, of all due issues) and closure_rate (completed issues
 * of all issues, due or not).
 */
#define RATE_ACCESSOR(name, numerator, denominator) \
PG_FUNCTION_INFO_V1(rectification_##name); \
Datum \
rectification_##name(PG_FUNCTION_ARGS) \
{ \
	EcoRectSummary *s = PG_GETARG_SUMMARY_P(0); \
	PG_RETURN_RATE_P(eco_rate_new(s->count[numerator], s->count[denominator], #name "()")); \
}

RATE_ACCESSOR(completion_rate, ECO_RECT_COMPLETED_DUE, ECO_RECT_DUE)
RATE_ACCESSOR(on_time_rate, ECO_RECT_DUE_ON_TIME, ECO_RECT_DUE)
RATE_ACCESSOR(closure_rate, ECO_RECT_COMPLETED, ECO_RECT_TOTAL)
