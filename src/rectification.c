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
 * As of a date, an issue is
 *   due                when its deadline is on or before as_of,
 *   completed          when its completion date is on or before as_of,
 *   completed on time  when it is completed and the completion date is on or
 *                      before its deadline.
 * A completion date after as_of is not known as of that date: not completed.
 */
#include "postgres.h"
#include "compat.h"

#include "common/hashfn.h"
#include "common/int.h"
#include "datatype/timestamp.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "callsite.h"
#include "rate.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

/* The first byte of the binary form; a new layout gets a new number. */
#define RECTIFICATION_BINARY_VERSION 1
#define RECTIFICATION_COUNTS 7

typedef struct RectificationSummary
{
	DateADT		as_of;
	int32		padding;		/* always 0, so that equal summaries have equal bytes */
	/* the counts, in the order of the text and binary forms */
	int64		total;
	int64		with_deadline;
	int64		due;
	int64		completed;
	int64		completed_due;
	int64		completed_on_time;
	int64		due_on_time;	/* due and completed on or before the deadline */
} RectificationSummary;

#define PG_GETARG_SUMMARY_P(n) ((RectificationSummary *) PG_GETARG_POINTER(n))

static const char *const count_names[RECTIFICATION_COUNTS] = {
	"total", "with_deadline", "due", "completed", "completed_due",
	"completed_on_time", "due_on_time"
};

static int64 *
counts_of(RectificationSummary *summary)
{
	return &summary->total;
}

/* ---------- dates: finite, years 1..9999, ISO text whatever DateStyle ---------- */

#define FIRST_DATE (date2j(1, 1, 1) - POSTGRES_EPOCH_JDATE)
#define LAST_DATE (date2j(9999, 12, 31) - POSTGRES_EPOCH_JDATE)

static char *
iso_date(DateADT date)
{
	int			year,
				month,
				day;

	if (DATE_NOT_FINITE(date) || date < FIRST_DATE || date > LAST_DATE)
		return DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(date)));
	j2date(date + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	return psprintf("%04d-%02d-%02d", year, month, day);
}

static void
check_date(DateADT date, const char *argument)
{
	if (DATE_NOT_FINITE(date) || date < FIRST_DATE || date > LAST_DATE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rectification %s must be a date in years 1..9999, not %s",
						argument, iso_date(date)),
				 errhint("Use NULL for a deadline not set or an issue not completed.")));
}

/* ---------- validity of a summary read from text or bytes ---------- */

/*
 * As of a date every issue falls in exactly one of seven classes, and the
 * seven counts of a summary determine how many issues each class holds:
 *
 *   due, completed on time           due_on_time
 *   due, completed late              completed_due - due_on_time
 *   due, not completed               due - completed_due
 *   deadline later, completed        completed_on_time - due_on_time
 *                                    (completed before a deadline still ahead)
 *   deadline later, not completed    with_deadline - due - (completed_on_time - due_on_time)
 *   no deadline, completed           completed - completed_due - (completed_on_time - due_on_time)
 *   no deadline, not completed       total - with_deadline - (the class above)
 *
 * The counts can come from issues exactly when no class is negative.
 */
static void
require_class(int64 count, bool overflow, const char *name, int sqlstate)
{
	if (overflow || count < 0)
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("invalid rectification summary: counts are inconsistent"),
				 errdetail("The number of %s would be negative.", name),
				 errhint("The counts must come from issues: every class of issue as of as_of holds zero or more.")));
}

/*
 * sqlstate: 22P02 for the text input, 22P03 for the binary input (README:
 * malformed bytes are 22P03 in every type).
 */
static void
check_summary(RectificationSummary *s, int sqlstate)
{
	int64		completed_ahead;
	int64		completed_without_deadline;
	int64		rest;
	bool		overflow;
	int			i;

	if (sqlstate == ERRCODE_INVALID_BINARY_REPRESENTATION &&
		(DATE_NOT_FINITE(s->as_of) || s->as_of < FIRST_DATE || s->as_of > LAST_DATE))
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("invalid binary rectification_summary: as_of %s is outside years 1..9999",
						iso_date(s->as_of))));
	check_date(s->as_of, "as_of");
	for (i = 0; i < RECTIFICATION_COUNTS; i++)
		if (counts_of(s)[i] < 0)
			ereport(ERROR,
					(errcode(sqlstate),
					 errmsg("invalid rectification summary: %s is negative (" INT64_FORMAT ")",
							count_names[i], counts_of(s)[i])));

	/*
	 * Each class is checked before the next one uses it, so every operand is
	 * a difference of non-negative counts or a class known to be
	 * non-negative; a subtraction that overflows can only fall below
	 * INT64_MIN, which is a negative class too.
	 */
	require_class(s->completed_due - s->due_on_time, false,
				  "due issues completed late (completed_due - due_on_time)", sqlstate);
	require_class(s->due - s->completed_due, false,
				  "due issues not completed (due - completed_due)", sqlstate);
	completed_ahead = s->completed_on_time - s->due_on_time;
	require_class(completed_ahead, false,
				  "issues completed before a deadline still ahead (completed_on_time - due_on_time)", sqlstate);
	overflow = pg_sub_s64_overflow(s->with_deadline - s->due, completed_ahead, &rest);
	require_class(rest, overflow, "issues with a deadline still ahead, not completed", sqlstate);
	overflow = pg_sub_s64_overflow(s->completed - s->completed_due, completed_ahead,
								   &completed_without_deadline);
	require_class(completed_without_deadline, overflow, "completed issues without a deadline", sqlstate);
	overflow = pg_sub_s64_overflow(s->total - s->with_deadline, completed_without_deadline, &rest);
	require_class(rest, overflow, "issues without a deadline, not completed", sqlstate);
}

/* ---------- text and binary forms ---------- */

/*
 * "as_of=YYYY-MM-DD" exactly, as rectification_summary_out writes it: ten
 * ASCII digits and dashes, no sign, no blank (sscanf's %d took " 024",
 * "+024" and "\n2024").
 */
#define AS_OF_LENGTH 16

static int
digits_value(const char *p, int n)
{
	int			value = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		if (p[i] < '0' || p[i] > '9')
			return -1;
		value = value * 10 + (p[i] - '0');
	}
	return value;
}

static bool
read_as_of(const char *p, int *year, int *month, int *day)
{
	if (strncmp(p, "as_of=", 6) != 0 || strnlen(p, AS_OF_LENGTH) < AS_OF_LENGTH ||
		p[10] != '-' || p[13] != '-')
		return false;
	*year = digits_value(p + 6, 4);
	*month = digits_value(p + 11, 2);
	*day = digits_value(p + 14, 2);
	return *year >= 0 && *month >= 0 && *day >= 0;
}

PG_FUNCTION_INFO_V1(rectification_summary_in);
Datum
rectification_summary_in(PG_FUNCTION_ARGS)
{
	char	   *text = PG_GETARG_CSTRING(0);
	RectificationSummary *result = palloc0(sizeof(RectificationSummary));
	const char *p = text;
	int			year,
				month,
				day;
	int			i;

	if (!read_as_of(p, &year, &month, &day) || !IS_VALID_JULIAN(year, month, day) ||
		year < 1 || month < 1 || month > 12 || day < 1 ||
		day > day_tab[isleap(year)][month - 1])
		goto syntax_error;
	result->as_of = date2j(year, month, day) - POSTGRES_EPOCH_JDATE;
	p += AS_OF_LENGTH;
	for (i = 0; i < RECTIFICATION_COUNTS; i++)
	{
		size_t		name_length = strlen(count_names[i]);
		char	   *end;

		if (*p++ != ',' || strncmp(p, count_names[i], name_length) != 0 ||
			p[name_length] != '=')
			goto syntax_error;
		p += name_length + 1;
		if (*p < '0' || *p > '9')
			goto syntax_error;
		errno = 0;
		counts_of(result)[i] = strtoi64(p, &end, 10);
		if (errno != 0)
			goto syntax_error;
		p = end;
	}
	if (*p != '\0')
		goto syntax_error;
	check_summary(result, ERRCODE_INVALID_TEXT_REPRESENTATION);
	PG_RETURN_POINTER(result);

syntax_error:
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type rectification_summary: \"%s\"", input_excerpt(text, -1)),
			 errhint("Expected as_of=YYYY-MM-DD,total=N,with_deadline=N,due=N,completed=N,"
					 "completed_due=N,completed_on_time=N,due_on_time=N.")));
	PG_RETURN_NULL();			/* not reached */
}

PG_FUNCTION_INFO_V1(rectification_summary_out);
Datum
rectification_summary_out(PG_FUNCTION_ARGS)
{
	RectificationSummary *summary = PG_GETARG_SUMMARY_P(0);
	StringInfoData out;
	int			i;

	initStringInfo(&out);
	appendStringInfo(&out, "as_of=%s", iso_date(summary->as_of));
	for (i = 0; i < RECTIFICATION_COUNTS; i++)
		appendStringInfo(&out, ",%s=" INT64_FORMAT, count_names[i], counts_of(summary)[i]);
	PG_RETURN_CSTRING(out.data);
}

/* Binary form: version byte, as_of (days since 2000-01-01), the seven counts. */
PG_FUNCTION_INFO_V1(rectification_summary_recv);
Datum
rectification_summary_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	RectificationSummary *result = palloc0(sizeof(RectificationSummary));
	int			expected = 1 + 4 + 8 * RECTIFICATION_COUNTS;
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
	for (i = 0; i < RECTIFICATION_COUNTS; i++)
		counts_of(result)[i] = pq_getmsgint64(buf);
	check_summary(result, ERRCODE_INVALID_BINARY_REPRESENTATION);
	PG_RETURN_POINTER(result);
}

PG_FUNCTION_INFO_V1(rectification_summary_send);
Datum
rectification_summary_send(PG_FUNCTION_ARGS)
{
	RectificationSummary *summary = PG_GETARG_SUMMARY_P(0);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, RECTIFICATION_BINARY_VERSION);
	pq_sendint32(&buf, summary->as_of);
	for (i = 0; i < RECTIFICATION_COUNTS; i++)
		pq_sendint64(&buf, counts_of(summary)[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------- equality, order and hashing ---------- */

/*
 * Two summaries are equal when all their fields are; the order (as_of, then
 * the counts in the order of the text form) has no meaning beyond making
 * DISTINCT, GROUP BY, UNION, sorting and merge joins possible.
 */
static int
summary_cmp(RectificationSummary *a, RectificationSummary *b)
{
	int			i;

	if (a->as_of != b->as_of)
		return a->as_of < b->as_of ? -1 : 1;
	for (i = 0; i < RECTIFICATION_COUNTS; i++)
		if (counts_of(a)[i] != counts_of(b)[i])
			return counts_of(a)[i] < counts_of(b)[i] ? -1 : 1;
	return 0;
}

#define SUMMARY_CMP(a, b) summary_cmp(PG_GETARG_SUMMARY_P(a), PG_GETARG_SUMMARY_P(b))

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
summary_hash(RectificationSummary *s, uint64 seed)
{
	uint64		hash = hash_bytes_uint32_extended((uint32) s->as_of, seed);

	return hash_combine64(hash, hash_bytes_extended((const unsigned char *) counts_of(s),
													sizeof(int64) * RECTIFICATION_COUNTS, seed));
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

static MemoryContext
aggregate_context(FunctionCallInfo fcinfo, const char *name)
{
	MemoryContext context;

	if (!AggCheckCallContext(fcinfo, &context))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s called in non-aggregate context", name)));
	return context;
}

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
	MemoryContext context = aggregate_context(fcinfo, "rectification_transfn");
	RectificationSummary *state;
	DateADT		as_of;
	bool		has_deadline = !PG_ARGISNULL(1);
	bool		due = false;
	bool		completed = false;
	bool		on_time = false;

	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("rectification() as_of must not be NULL"),
				 errhint("as_of is the date the counts are taken on, for example '2022-12-31'.")));
	as_of = PG_GETARG_DATEADT(3);
	check_date(as_of, "as_of");
	if (PG_ARGISNULL(0))
	{
		state = MemoryContextAllocZero(context, sizeof(RectificationSummary));
		state->as_of = as_of;
	}
	else
	{
		state = PG_GETARG_SUMMARY_P(0);
		check_same_as_of(state->as_of, as_of, "rectification() as_of changes between rows");
	}

	if (has_deadline)
	{
		check_date(PG_GETARG_DATEADT(1), "deadline");
		due = PG_GETARG_DATEADT(1) <= as_of;
	}
	if (!PG_ARGISNULL(2))
	{
		check_date(PG_GETARG_DATEADT(2), "completed_on");
		completed = PG_GETARG_DATEADT(2) <= as_of;
		on_time = completed && has_deadline && PG_GETARG_DATEADT(2) <= PG_GETARG_DATEADT(1);
	}
	/* no count can overflow before 2^63 rows */
	state->total++;
	state->with_deadline += has_deadline;
	state->due += due;
	state->completed += completed;
	state->completed_due += due && completed;
	state->completed_on_time += on_time;
	state->due_on_time += due && on_time;
	PG_RETURN_POINTER(state);
}

/* Merging summaries as of one date: the combine function and rollup(). */
PG_FUNCTION_INFO_V1(rectification_summary_merge);
Datum
rectification_summary_merge(PG_FUNCTION_ARGS)
{
	RectificationSummary *state = PG_GETARG_SUMMARY_P(0);
	RectificationSummary *other = PG_GETARG_SUMMARY_P(1);
	int			i;

	check_same_as_of(state->as_of, other->as_of, "rollup(rectification_summary)");
	if (!AggCheckCallContext(fcinfo, NULL))
	{
		RectificationSummary *copy = palloc(sizeof(RectificationSummary));

		*copy = *state;
		state = copy;
	}
	for (i = 0; i < RECTIFICATION_COUNTS; i++)
		if (pg_add_s64_overflow(counts_of(state)[i], counts_of(other)[i], &counts_of(state)[i]))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("rectification summary out of range: %s exceeds 2^63 - 1 when merged",
							count_names[i])));
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
static bool
issue_due(FunctionCallInfo fcinfo, DateADT as_of)
{
	if (PG_ARGISNULL(0))
		return false;
	check_date(PG_GETARG_DATEADT(0), "deadline");
	return PG_GETARG_DATEADT(0) <= as_of;
}

PG_FUNCTION_INFO_V1(rectification_is_due);
Datum
rectification_is_due(PG_FUNCTION_ARGS)
{
	DateADT		as_of;

	if (PG_ARGISNULL(1))
		PG_RETURN_NULL();
	as_of = PG_GETARG_DATEADT(1);
	check_date(as_of, "as_of");
	PG_RETURN_BOOL(issue_due(fcinfo, as_of));
}

PG_FUNCTION_INFO_V1(rectification_is_overdue);
Datum
rectification_is_overdue(PG_FUNCTION_ARGS)
{
	DateADT		as_of;
	bool		completed = false;

	if (PG_ARGISNULL(2))
		PG_RETURN_NULL();
	as_of = PG_GETARG_DATEADT(2);
	check_date(as_of, "as_of");
	if (!PG_ARGISNULL(1))
	{
		check_date(PG_GETARG_DATEADT(1), "completed_on");
		completed = PG_GETARG_DATEADT(1) <= as_of;
	}
	PG_RETURN_BOOL(issue_due(fcinfo, as_of) && !completed);
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
	RectificationSummary *s = PG_GETARG_SUMMARY_P(0); \
	PG_RETURN_INT64(expression); \
}

COUNT_ACCESSOR(total, s->total)
COUNT_ACCESSOR(with_deadline, s->with_deadline)
COUNT_ACCESSOR(due, s->due)
COUNT_ACCESSOR(completed, s->completed)
COUNT_ACCESSOR(completed_due, s->completed_due)
COUNT_ACCESSOR(overdue, s->due - s->completed_due)
COUNT_ACCESSOR(completed_on_time, s->completed_on_time)

/* completed due issues of all due issues: the bulletin's "209 of 209" */
PG_FUNCTION_INFO_V1(rectification_completion_rate);
Datum
rectification_completion_rate(PG_FUNCTION_ARGS)
{
	RectificationSummary *s = PG_GETARG_SUMMARY_P(0);

	PG_RETURN_RATE_P(eco_rate_new(s->completed_due, s->due, "completion_rate()"));
}

/* due issues completed on or before their own deadline, of all due issues */
PG_FUNCTION_INFO_V1(rectification_on_time_rate);
Datum
rectification_on_time_rate(PG_FUNCTION_ARGS)
{
	RectificationSummary *s = PG_GETARG_SUMMARY_P(0);

	PG_RETURN_RATE_P(eco_rate_new(s->due_on_time, s->due, "on_time_rate()"));
}

/* completed issues of all issues, due or not */
PG_FUNCTION_INFO_V1(rectification_closure_rate);
Datum
rectification_closure_rate(PG_FUNCTION_ARGS)
{
	RectificationSummary *s = PG_GETARG_SUMMARY_P(0);

	PG_RETURN_RATE_P(eco_rate_new(s->completed, s->total, "closure_rate()"));
}
