/*
 * The air_summary type's forms (air_summary_forms.h): reading any of them,
 * packing the stored form, the runs form of rollup(), and the expanded state
 * the aggregates keep in their memory context.
 */
#include "postgres.h"
#include "compat.h"

#include "utils/memutils.h"

#include "air_summary.h"
#include "air_summary_forms.h"
#include "callsite.h"
#include "exact_sum.h"


/* A scratch summary per call site, so that no row pallocs one. */
EcoAirSummary *
airsum_scratch(FunctionCallInfo fcinfo)
{
	return (EcoAirSummary *) callsite_extra(fcinfo, sizeof(EcoAirSummary));
}

/* the aggregates' argument names */
const char *const airsum_column_names[ECO_AIR_N_POLLUTANTS] = {
	"so2", "no2", "pm10", "co", "o3_8h", "pm25"
};

/*
 * A dense state, its summary not yet set.  A state may be stored as a value
 * (a user's aggregate with no final function): the padding before the
 * summary is zeroed, so that no uninitialised byte reaches disk.
 */
static bytea *
alloc_dense(void)
{
	bytea	   *v = palloc(DENSE_SIZE);

	SET_VARSIZE(v, DENSE_SIZE);
	memset(VARDATA(v), 0, DENSE_OFFSET - VARHDRSZ);
	((uint8 *) VARDATA(v))[0] = FORM_DENSE;
	return v;
}

bytea *
airsum_new_dense(int year, EcoAirAqiRule rule)
{
	bytea	   *v = alloc_dense();

	eco_air_init(DENSE_SUMMARY(v), year, rule);
	return v;
}

void
airsum_corrupt(const char *reason)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid air_summary: %s", reason)));
}

/*
 * Legitimate rows or summaries that together put more values on one day
 * than a summary holds: the same error whether rows or summaries meet.
 */
void
airsum_too_many_values(int culprit, int year, int day_of_year)
{
	int			month = eco_air_month_of_day(year, day_of_year);

	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("more than %d %s values on one day", ECO_AIR_MAX_COUNT,
					airsum_column_names[culprit]),
			 errdetail("The day is %04d-%02d-%02d.", year, month,
					   day_of_year - eco_air_month_first_day(year, month) + 1),
			 errhint("A summary holds up to %d station values of a pollutant per day.",
					 ECO_AIR_MAX_COUNT)));
}

/*
 * The runs of v in the order stored: headers and stored forms, each checked
 * to lie inside the used area (a state may come back from disk).  Returns
 * their number.  The headers are one table, read in one piece.
 */
int
airsum_runs_list(const bytea *v, RunHeader *headers, const uint8 **forms)
{
	const uint8 *area = runs_area(v);
	size_t		used = runs_used(v);
	size_t		at = 0;
	int			n = runs_count(v);
	int			i;

	if (VARSIZE_ANY_EXHDR(v) < RUNS_DATA || used > VARSIZE_ANY_EXHDR(v) - RUNS_DATA ||
		n < 1 || n > RUNS_MAX)
		airsum_corrupt("malformed runs");
	memcpy(headers, (const uint8 *) VARDATA_ANY(v) + RUNS_PREFIX, n * sizeof(RunHeader));
	for (i = 0; i < n; i++)
	{
		if (headers[i].len < ECO_AIR_HEADER_BYTES || used - at < headers[i].len)
			airsum_corrupt("malformed runs");
		forms[i] = area + at;
		at += headers[i].len;
	}
	if (at != used)
		airsum_corrupt("malformed runs");
	return n;
}

/*
 * Adds every run of v to *s (first: *s is initialised from the first run);
 * runs are of one year and standard, and of days no other run has.
 */
static void
runs_add(const bytea *v, EcoAirSummary *s, bool first)
{
	RunHeader	headers[RUNS_MAX];
	const uint8 *forms[RUNS_MAX];
	int			n = airsum_runs_list(v, headers, forms);
	int			i;

	for (i = 0; i < n; i++)
	{
		const char *reason;
		EcoAirStatus status;
		int			culprit;
		int			day;

		if (i == 0 && first)
		{
			reason = eco_air_unpack(forms[0], headers[0].len, s);
			if (reason)
				airsum_corrupt(reason);
			continue;
		}
		if (!eco_air_packed_same_kind(forms[i], forms[0]))
			airsum_corrupt("runs of different years or standards");
		status = eco_air_unpack_add(forms[i], headers[i].len, s, &reason, &culprit, &day);
		if (status == ECO_AIR_TOO_MANY_VALUES)
			airsum_too_many_values(culprit, s->year, day);
		if (status != ECO_AIR_OK)
			airsum_corrupt(reason);
	}
}

static int
run_order(const void *a, const void *b)
{
	const RunHeader *x = *(const RunHeader *const *) a;
	const RunHeader *y = *(const RunHeader *const *) b;

	return x->first_day < y->first_day ? -1 : x->first_day > y->first_day;
}

/*
 * The packed value of a runs state: its runs in day order, concatenated in
 * one pass (each run's first day skip rewritten, nothing else read); NULL
 * when they do not concatenate (the caller decodes them then).
 */
bytea *
airsum_runs_packed(const bytea *v)
{
	RunHeader	headers[RUNS_MAX];
	const uint8 *forms[RUNS_MAX];
	const RunHeader *order[RUNS_MAX];
	int			n = airsum_runs_list(v, headers, forms);
	size_t		total = 0;
	size_t		len;
	bytea	   *result;
	uint8	   *out;
	int			i;

	for (i = 0; i < n; i++)
	{
		order[i] = &headers[i];
		total += headers[i].len;
	}
	qsort(order, n, sizeof(order[0]), run_order);
	/* a run's first skip only shrinks when it follows another */
	result = palloc(VARHDRSZ + 1 + total);
	out = (uint8 *) VARDATA(result) + 1;
	((uint8 *) VARDATA(result))[0] = FORM_PACKED;
	len = order[0]->len;
	memcpy(out, forms[order[0] - headers], len);
	for (i = 1; i < n; i++)
	{
		const char *reason = NULL;
		size_t		next = eco_air_packed_append(out, len, forms[order[i] - headers],
												 order[i]->len, &reason);

		if (next == 0)
		{
			if (reason)
				airsum_corrupt(reason);
			pfree(result);
			return NULL;
		}
		len = next;
	}
	SET_VARSIZE(result, VARHDRSZ + 1 + len);
	return result;
}

/*
 * The summary in v, decoded into *into (for the packed form) or pointed to
 * (for an aligned dense form).
 */
const EcoAirSummary *
airsum_read_summary(bytea *v, EcoAirSummary *into)
{
	size_t		len = VARSIZE_ANY_EXHDR(v);
	const uint8 *data = (const uint8 *) VARDATA_ANY(v);
	const char *reason;

	if (len >= 1 && data[0] == FORM_DENSE && !VARATT_IS_SHORT(v) && VARSIZE(v) == DENSE_SIZE)
	{
		if ((uintptr_t) DENSE_SUMMARY(v) % MAXIMUM_ALIGNOF == 0)
			return DENSE_SUMMARY(v);
		memcpy(into, DENSE_SUMMARY(v), sizeof(EcoAirSummary));
		return into;
	}
	if (len >= RUNS_DATA && data[0] == FORM_RUNS)
	{
		runs_add(v, into, true);
		return into;
	}
	if (!is_packed(v))
		airsum_corrupt("unknown form");
	data = stored_bytes(v, &len);
	reason = eco_air_unpack(data, len, into);
	if (reason)
		airsum_corrupt(reason);
	return into;
}

const EcoAirSummary *
air_summary_read(bytea *v, EcoAirSummary *into)
{
	return airsum_read_summary(v, into);
}

const EcoAirSummary *
airsum_summary_arg(FunctionCallInfo fcinfo, int argno)
{
	return airsum_read_summary(PG_GETARG_BYTEA_PP(argno), airsum_scratch(fcinfo));
}

/* The daily values of one pollutant of argument argno, read without a dense copy. */
void
airsum_series_arg(FunctionCallInfo fcinfo, int argno, int pollutant, EcoAirSeries *series)
{
	bytea	   *v = PG_GETARG_BYTEA_PP(argno);

	if (is_packed(v))
	{
		size_t		len;
		const uint8 *bytes = stored_bytes(v, &len);
		const char *reason = eco_air_packed_series(bytes, len, pollutant, series);

		if (reason)
			airsum_corrupt(reason);
	}
	else
		eco_air_series(airsum_read_summary(v, airsum_scratch(fcinfo)), pollutant, series);
}

bytea *
airsum_packed_from(const EcoAirSummary *s)
{
	uint8	   *buf = palloc(eco_air_packed_max());
	size_t		len = eco_air_pack(s, buf);
	bytea	   *v = palloc(VARHDRSZ + 1 + len);

	SET_VARSIZE(v, VARHDRSZ + 1 + len);
	((uint8 *) VARDATA(v))[0] = FORM_PACKED;
	memcpy(VARDATA(v) + 1, buf, len);
	pfree(buf);
	return v;
}

/* A stored form from outside: checked by decoding, kept in canonical form. */
bytea *
airsum_packed_from_bytes(const uint8 *bytes, size_t len, int sqlstate)
{
	EcoAirSummary *s = palloc(sizeof(EcoAirSummary));
	const char *reason = eco_air_unpack(bytes, len, s);
	bytea	   *v;

	if (reason)
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("invalid air_summary: %s", reason),
				 errhint("An air_summary is written by air_summary() or rollup(); its stored form starts with format version %d.",
						 ECO_AIR_FORMAT_VERSION)));
	v = airsum_packed_from(s);
	pfree(s);
	return v;
}

/*
 * The state to update: v itself when it is a dense state owned by the
 * aggregate, otherwise a dense copy (allocated in the per-call context; the
 * executor copies a new state into its own context).
 */
bytea *
airsum_writable_state(FunctionCallInfo fcinfo, bytea *v)
{
	bytea	   *state;
	const EcoAirSummary *s;

	if (AggCheckCallContext(fcinfo, NULL) && !VARATT_IS_EXTENDED(v) &&
		FORM_OF(v) == FORM_DENSE && VARSIZE(v) == DENSE_SIZE)
		return v;			/* the aggregate's own state: updated in place */
	state = alloc_dense();
	s = airsum_read_summary(v, DENSE_SUMMARY(state));
	if (s != DENSE_SUMMARY(state))
		memcpy(DENSE_SUMMARY(state), s, sizeof(EcoAirSummary));
	return state;
}

/*
 * A new appendable state holding the stored form `bytes`, with room for
 * `room` more bytes, or at least `min_room` where the room would take the
 * state beyond max_size (STATE_SIZE_MAX or COMBINED_SIZE_MAX); NULL when
 * even that does not fit (the caller goes dense).  The varlena covers the
 * room, so that the executor's copy keeps it, and the room is zeroed: a
 * state may be stored as a value.
 */
bytea *
airsum_new_appendable(const uint8 *bytes, size_t len, size_t room, size_t min_room, size_t max_size)
{
	size_t		need = VARHDRSZ + APPENDABLE_PREFIX + len;
	size_t		size = MAXALIGN(need + room);
	bytea	   *v;

	if (size > max_size)
	{
		if (need + min_room > max_size)
			return NULL;
		size = max_size;
	}
	v = palloc(size);

	SET_VARSIZE(v, size);
	((uint8 *) VARDATA(v))[0] = FORM_APPENDABLE;
	set_appendable_used(v, (uint32) len);
	if (len > 0)
		memcpy((uint8 *) VARDATA(v) + APPENDABLE_PREFIX, bytes, len);
	memset((uint8 *) v + need, 0, size - need);
	return v;
}

/*
 * The first and last day of checked stored form `bytes`; false when it holds
 * no day.
 */
bool
airsum_form_days(const uint8 *bytes, size_t len, int *first, int *last)
{
	*first = eco_air_packed_first_day(bytes, len);
	*last = eco_air_packed_last_day(bytes);
	return *first >= 0 && *last >= *first;
}

static void
put_run_header(bytea *v, int i, int first, int last, size_t len)
{
	RunHeader	h;

	h.first_day = (int16) first;
	h.last_day = (int16) last;
	h.len = (uint32) len;
	memcpy((uint8 *) VARDATA(v) + RUNS_PREFIX + i * sizeof(RunHeader), &h, sizeof(h));
}

static void
set_runs(bytea *v, uint32 used, uint16 n)
{
	uint8	   *data = (uint8 *) VARDATA(v);

	data[0] = FORM_RUNS;
	memcpy(data + 1, &used, sizeof(used));
	memcpy(data + 5, &n, sizeof(n));
	data[7] = 0;
}

/*
 * An appendable state whose days all lie before those of `other`, or after
 * them with a gap (a month out of order), becomes a runs state of two runs,
 * in place where it has the room (then the executor neither copies nor
 * frees it), else in a new state of up to COMBINED_SIZE_MAX bytes; NULL when
 * that is too small.
 */
bytea *
airsum_runs_from_appendable(bytea *state, int first, int last,
					 const uint8 *other, size_t other_len, int o_first, int o_last)
{
	uint32		used = appendable_used(state);
	size_t		size = VARSIZE(state) - VARHDRSZ;
	size_t		need = RUNS_DATA + used + other_len;
	bytea	   *v = state;

	if (need > size)
	{
		/* room for the rest of the year at these bytes per day */
		size_t		want = VARHDRSZ + need + (used + other_len) * 4 / 10;

		if (VARHDRSZ + need > COMBINED_SIZE_MAX)
			return NULL;
		want = MAXALIGN(Min(want, COMBINED_SIZE_MAX));
		v = palloc0(want);
		SET_VARSIZE(v, want);
		memcpy((uint8 *) VARDATA(v) + RUNS_DATA, (uint8 *) VARDATA(state) + APPENDABLE_PREFIX, used);
	}
	else
	{
		memmove((uint8 *) VARDATA(v) + RUNS_DATA, (uint8 *) VARDATA(v) + APPENDABLE_PREFIX, used);
		memset((uint8 *) VARDATA(v) + APPENDABLE_PREFIX, 0, RUNS_DATA - APPENDABLE_PREFIX);
	}
	put_run_header(v, 0, first, last, used);
	put_run_header(v, 1, o_first, o_last, other_len);
	memcpy((uint8 *) VARDATA(v) + RUNS_DATA + used, other, other_len);
	set_runs(v, (uint32) (used + other_len), 2);
	return v;
}


/*
 * A zeroed runs state of `want` bytes (at most COMBINED_SIZE_MAX); NULL when
 * the `need` bytes it must hold pass COMBINED_SIZE_MAX.  Zeroed: a state may
 * be stored as a value.
 */
static bytea *
runs_alloc(size_t need, size_t want)
{
	bytea	   *v;

	if (need > COMBINED_SIZE_MAX)
		return NULL;
	want = MAXALIGN(Min(want, COMBINED_SIZE_MAX));
	v = palloc0(want);
	SET_VARSIZE(v, want);
	return v;
}

/*
 * rollup() into a runs state: a summary whose first day is the day after the
 * last run's last day is appended to that run in place (so runs never span a
 * gap that a later summary could fall into); another whose days overlap no
 * run's starts a run.  NULL when the days overlap a run's (interleaved or
 * shared days: the caller goes dense), when the scales differ, and when
 * COMBINED_SIZE_MAX bytes would not hold it.
 */
bytea *
airsum_runs_append(bytea *state, const uint8 *other, size_t other_len, int o_first, int o_last)
{
	RunHeader	headers[RUNS_MAX];
	const uint8 *forms[RUNS_MAX];
	int			n = airsum_runs_list(state, headers, forms);
	uint32		used = runs_used(state);
	size_t		room = VARSIZE(state) - VARHDRSZ - RUNS_DATA - used;
	/* the next day after the last run: no other run can lie between */
	bool		extend = o_first == headers[n - 1].last_day + 1;
	int			i;

	if (!eco_air_packed_same_scales(forms[0], other))
		return NULL;
	for (i = 0; i < n; i++)
		if (o_first <= headers[i].last_day && o_last >= headers[i].first_day)
			return NULL;
	if (!extend && n == RUNS_MAX)
		return NULL;
	if (room < other_len)
	{
		size_t		size = VARHDRSZ + RUNS_DATA + used + other_len;
		bytea	   *grown = runs_alloc(size, size + (used + other_len) / (size_t) (n + 1));

		if (grown == NULL)
			return NULL;
		memcpy(VARDATA(grown), VARDATA(state), RUNS_DATA + used);
		state = grown;
	}
	if (extend)
	{
		/* the last run ends the used area: append in place */
		uint8	   *last_form = (uint8 *) VARDATA(state) + RUNS_DATA + used - headers[n - 1].len;
		const char *reason = NULL;
		size_t		len = eco_air_packed_append(last_form, headers[n - 1].len, other, other_len,
												&reason);

		if (len == 0)
		{
			if (reason)
				airsum_corrupt(reason);
			return NULL;
		}
		put_run_header(state, n - 1, headers[n - 1].first_day, o_last, len);
		set_runs(state, (uint32) (used - headers[n - 1].len + len), (uint16) n);
		return state;
	}
	put_run_header(state, n, o_first, o_last, other_len);
	memcpy((uint8 *) VARDATA(state) + RUNS_DATA + used, other, other_len);
	set_runs(state, (uint32) (used + other_len), (uint16) (n + 1));
	return state;
}

/*
 * A runs state of one run, stored form `bytes`, with room for `room` more
 * bytes (at most COMBINED_SIZE_MAX in all; NULL when even the run does not
 * fit).  Zeroed after it: a state may be stored as a value.
 */
bytea *
airsum_new_runs(const uint8 *bytes, size_t len, int first, int last, size_t room)
{
	size_t		need = VARHDRSZ + RUNS_DATA + len;
	bytea	   *v = runs_alloc(need, need + room);

	if (v == NULL)
		return NULL;
	put_run_header(v, 0, first, last, len);
	memcpy((uint8 *) VARDATA(v) + RUNS_DATA, bytes, len);
	set_runs(v, (uint32) len, 1);
	return v;
}

/* The bytes a station-year of stored form `bytes` would take beyond len. */
size_t
airsum_year_room(const uint8 *bytes, size_t len)
{
	int			first = eco_air_packed_first_day(bytes, len);
	int			last = eco_air_packed_last_day(bytes);
	int			days = eco_air_days_in_year(eco_air_packed_year(bytes));

	if (first < 0 || last < first)
		return APPENDABLE_ROOM;
	return len * days / (size_t) (last - first + 1) * 11 / 10 - len;
}

static Size
expanded_state_flat_size(ExpandedObjectHeader *eohptr)
{
	return VARSIZE(((ExpandedState *) eohptr)->state);
}

static void
expanded_state_flatten(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	memcpy(result, ((ExpandedState *) eohptr)->state, allocated_size);
}

static const ExpandedObjectMethods expanded_state_methods = {
	expanded_state_flat_size,
	expanded_state_flatten
};

/* The expanded state datum d points to, or NULL when it is none of ours. */
ExpandedState *
airsum_expanded_state(Datum d)
{
	ExpandedObjectHeader *eoh;

	if (!VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
		return NULL;
	eoh = DatumGetEOHP(d);
	return eoh->eoh_methods == &expanded_state_methods ? (ExpandedState *) eoh : NULL;
}

/* The state argument argno, unwrapped without a copy when it is expanded. */
bytea *
airsum_state_arg(FunctionCallInfo fcinfo, int argno)
{
	ExpandedState *es = airsum_expanded_state(PG_GETARG_DATUM(argno));

	return es ? es->state : PG_GETARG_BYTEA_PP(argno);
}

/*
 * A new expanded state, holding no state yet, for aggregate context
 * aggcontext.  The states of every group share one child context
 * (eco_states_context); the executor never deletes an expanded state of the
 * combine function (it gets the same pointer back), and resetting the
 * aggregate context deletes them all.
 */
ExpandedState *
airsum_new_expanded_state(MemoryContext aggcontext)
{
	MemoryContext context = eco_states_context(aggcontext, "air_summary states");
	ExpandedState *es = MemoryContextAlloc(context, sizeof(ExpandedState));

	EOH_init_header(&es->hdr, &expanded_state_methods, context);
	es->state = NULL;
	return es;
}
