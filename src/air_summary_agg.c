/*
 * The aggregates air_summary(day, six pollutants [, standard]) and
 * rollup(air_summary): transition, combine and final functions.
 */
#include "postgres.h"
#include "compat.h"

#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "air_summary.h"
#include "air_summary_forms.h"
#include "callsite.h"
#include "core/air_limits.h"
#include "core/aqi.h"
#include "core/gbt8170.h"


/*
 * The year of a calendar day and its day of the year (0-based); false
 * outside the years 1 to 9999.  The first day of the last year seen is kept
 * (static: it depends on the day alone), so that most rows need no j2date.
 */
static bool
day_in_year(DateADT day, int *year, int *day_of_year)
{
	static DateADT first_day;
	static int	first_year;
	static int	days_in_year;
	int			month,
				mday;

	if (days_in_year > 0 && day >= first_day && (int64) day - first_day < days_in_year)
	{
		*year = first_year;
		*day_of_year = day - first_day;
		return true;
	}
	j2date(day + POSTGRES_EPOCH_JDATE, year, &month, &mday);
	if (!eco_air_year_valid(*year))
		return false;
	*day_of_year = eco_air_day_of_year(*year, month, mday);
	first_day = day - *day_of_year;
	first_year = *year;
	days_in_year = eco_air_days_in_year(*year);
	return true;
}

static void
report_add_error(EcoAirStatus status, int culprit, double value, DateADT day)
{
	const char *unit = culprit == ECO_CO ? "mg/m³" : "µg/m³";
	int			year,
				month,
				mday;

	j2date(day + POSTGRES_EPOCH_JDATE, &year, &month, &mday);

	switch (status)
	{
		case ECO_AIR_OK:
			return;
		case ECO_AIR_NEGATIVE:
		case ECO_AIR_NOT_FINITE:
		case ECO_AIR_TOO_LARGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s concentration %.15g on %04d-%02d-%02d is not a measurement",
							airsum_column_names[culprit], value, year, month, mday),
					 errhint("Concentrations are finite, from 0 to %g %s; NULL means not measured.",
							 ECO_AIR_MAX_CONCENTRATION, unit)));
			break;
		case ECO_AIR_IMPLAUSIBLE:
			{
				const EcoPlausibleLimit *limit =
					eco_plausible_limit(ECO_HJ633_2012, (EcoPollutant) culprit);

				ereport(ERROR,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("%s concentration %.15g on %04d-%02d-%02d is above the plausibility limit of %s, %g %s",
								airsum_column_names[culprit], value, year, month, mday,
								limit->name, limit->max, limit->unit),
						 errhint("%s is in %s: convert the value (from µg/m³, ppb, ...) or pass NULL for a value not measured.",
								 limit->name, limit->unit)));
			}
			break;
		case ECO_AIR_TOO_MANY_VALUES:
			airsum_too_many_values(culprit, year, eco_air_day_of_year(year, month, mday));
			break;
		case ECO_AIR_MALFORMED:
			break;				/* not from rows */
	}
}

static void
check_same_year(int year, int state_year, const char *what)
{
	if (year != state_year)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of year %d cannot join an air summary of year %d", what, year, state_year),
				 errdetail("An air summary covers one calendar year."),
				 errhint("GROUP BY the year, e.g. GROUP BY extract(year FROM day).")));
}

static void
check_same_rule(int rule, int state_rule)
{
	if (rule != state_rule)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("an air summary built with AQI standard \"%s\" cannot take rows or summaries built with \"%s\"",
						eco_air_aqi_rule_name(state_rule), eco_air_aqi_rule_name(rule)),
				 errdetail("The AQI standard is recorded in the summary; one summary has one."),
				 errhint("Give every row of an air_summary aggregate, and every summary of a rollup, the same standard argument (NULL: the one in force on each day).")));
}

/*
 * air_summary() over the rows of one station in day order: each day's record
 * is appended to an appendable state in place (small, and already in the
 * stored form).  NULL when the day does not follow the last one: then the
 * rows go to a dense state.
 */
static bytea *
append_day(bytea *state, int day, const int64 fixed[ECO_AIR_N_POLLUTANTS],
		   const bool present[ECO_AIR_N_POLLUTANTS])
{
	uint32		used = appendable_used(state);
	size_t		room = VARSIZE(state) - VARHDRSZ - APPENDABLE_PREFIX - used;
	size_t		len;
	bool		finer_scale;

	if (room < ECO_AIR_RECORD_MAX)
	{
		/*
		 * Room for the rest of the year at the bytes per day so far (and a
		 * tenth more), so that a station-year grows once, not by doubling.
		 */
		const uint8 *bytes = (uint8 *) VARDATA(state) + APPENDABLE_PREFIX;
		int			last = eco_air_packed_last_day(bytes);
		int			rest = eco_air_days_in_year(eco_air_packed_year(bytes)) - 1 - last;
		size_t		per_day = used / (size_t) (last + 1) + 1;

		state = airsum_new_appendable(bytes, used, Max(per_day * rest * 11 / 10, APPENDABLE_ROOM),
							   ECO_AIR_RECORD_MAX, STATE_SIZE_MAX);
	}
	if (state == NULL)
		return NULL;
	len = eco_air_packed_append_day((uint8 *) VARDATA(state) + APPENDABLE_PREFIX, used,
									day, fixed, present, &finer_scale);
	if (len == 0 && finer_scale)
	{
		/*
		 * A value with more decimals than the ones before: rewrite at its
		 * scale (each value grows by at most 3 bytes; every value takes one).
		 */
		uint8	   *rescaled = palloc(4 * (size_t) used);
		size_t		rescaled_len = eco_air_packed_rescale((uint8 *) VARDATA(state) + APPENDABLE_PREFIX,
														  used, fixed, present, rescaled);

		if (rescaled_len == 0)
			return NULL;
		state = airsum_new_appendable(rescaled, rescaled_len, APPENDABLE_ROOM, ECO_AIR_RECORD_MAX,
							   STATE_SIZE_MAX);
		pfree(rescaled);
		if (state == NULL)
			return NULL;
		used = (uint32) rescaled_len;
		len = eco_air_packed_append_day((uint8 *) VARDATA(state) + APPENDABLE_PREFIX, used,
										day, fixed, present, &finer_scale);
	}
	if (len == 0)
		return NULL;
	set_appendable_used(state, (uint32) len);
	return state;
}

/* air_summary(day, so2, no2, pm10, co, o3_8h, pm25 [, standard]) */
PG_FUNCTION_INFO_V1(air_summary_trans);
Datum
air_summary_trans(PG_FUNCTION_ARGS)
{
	bytea	   *state = PG_ARGISNULL(0) ? NULL : (bytea *) PG_GETARG_POINTER(0);
	DateADT		day;
	int			year;
	int			day_of_year;
	int			rule = ECO_AIR_AQI_BY_DATE;
	double		conc[ECO_AIR_N_POLLUTANTS];
	bool		present[ECO_AIR_N_POLLUTANTS];
	EcoAirSummary *s;
	EcoAirStatus status;
	int			culprit = 0;
	bool		in_aggregate;
	int			p;

	if (state && VARATT_IS_EXTENDED(state))
		state = pg_detoast_datum(state);
	if (PG_ARGISNULL(1))
	{
		if (state == NULL)
			PG_RETURN_NULL();
		PG_RETURN_BYTEA_P(state);
	}
	day = PG_GETARG_DATEADT(1);
	if (DATE_NOT_FINITE(day))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("day %s is not a calendar day",
						DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(day)))),
				 errhint("Give the natural day of the daily concentrations.")));
	if (!day_in_year(day, &year, &day_of_year))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("day %s is outside the years 1 to 9999 an air summary covers",
						DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(day))))));
	if (PG_NARGS() > 8 && !PG_ARGISNULL(8))
		rule = callsite_name(fcinfo, 8, &eco_air_aqi_rule_names);

	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		present[p] = !PG_ARGISNULL(2 + p);
		conc[p] = present[p] ? PG_GETARG_FLOAT8(2 + p) : 0;
		/* a unit slip or a sentinel (core/air_plausible.c); HJ 633 units */
		if (present[p] && conc[p] >= 0 && conc[p] <= ECO_AIR_MAX_CONCENTRATION &&
			!eco_plausible(ECO_HJ633_2012, (EcoPollutant) p, conc[p]))
			report_add_error(ECO_AIR_IMPLAUSIBLE, p, conc[p], day);
	}

	in_aggregate = AggCheckCallContext(fcinfo, NULL);
	if (state == NULL && in_aggregate)
	{
		uint8		header[ECO_AIR_HEADER_BYTES];

		state = airsum_new_appendable(header, eco_air_packed_empty(header, year, rule),
							   APPENDABLE_ROOM, ECO_AIR_RECORD_MAX, STATE_SIZE_MAX);
	}
	if (state && in_aggregate && FORM_OF(state) == FORM_APPENDABLE)
	{
		const uint8 *header = (const uint8 *) VARDATA(state) + APPENDABLE_PREFIX;
		int64		fixed[ECO_AIR_N_POLLUTANTS];
		bytea	   *appended;

		check_same_year(year, eco_air_packed_year(header), "a day");
		check_same_rule(rule, eco_air_packed_rule(header));
		status = eco_air_read_values(conc, present, fixed, &culprit);
		if (status != ECO_AIR_OK)
			report_add_error(status, culprit, conc[culprit], day);
		appended = append_day(state, day_of_year, fixed, present);
		if (appended)
			PG_RETURN_BYTEA_P(appended);
	}
	state = state ? airsum_writable_state(fcinfo, state) : airsum_new_dense(year, rule);
	s = DENSE_SUMMARY(state);
	check_same_year(year, s->year, "a day");
	check_same_rule(rule, s->aqi_rule);
	status = eco_air_add(s, day_of_year, conc, present, &culprit);
	if (status != ECO_AIR_OK)
		report_add_error(status, culprit, conc[culprit], day);
	PG_RETURN_BYTEA_P(state);
}

/*
 * The per-call-site memory of air_summary_combine(): a scratch summary for
 * airsum_read_summary(), and room for the largest stored form a merge can write.
 */
typedef struct CombineScratch
{
	EcoAirSummary summary;
	uint8		merged[FLEXIBLE_ARRAY_MEMBER];
} CombineScratch;

static CombineScratch *
combine_scratch(FunctionCallInfo fcinfo)
{
	return (CombineScratch *) callsite_extra(fcinfo, offsetof(CombineScratch, merged) +
											 eco_air_packed_max());
}

/*
 * rollup() of stored summaries, and the combine step: the next summary is
 * added to the state in the stored form.  Summaries of successive periods
 * (the months of a materialized view, in order) are appended in place;
 * months out of order are spliced into the call site's scratch and copied
 * back into the state where it has the room: the state stays where it is,
 * so that the executor neither copies it nor frees it, and nothing is
 * allocated per summary.  NULL when the result would exceed
 * COMBINED_SIZE_MAX, when the two share a day or differ in scales, year or
 * standard: then the caller adds the summary to a dense state (and reports
 * a difference of year or standard).
 */
static bytea *
append_stored(bytea *state, const uint8 *other, size_t other_len, uint8 *merged)
{
	uint32		used = appendable_used(state);
	size_t		room = VARSIZE(state) - VARHDRSZ - APPENDABLE_PREFIX - used;
	uint8	   *bytes = (uint8 *) VARDATA(state) + APPENDABLE_PREFIX;
	size_t		len;
	const char *reason;

	if (!eco_air_packed_same_kind(bytes, other))
		return NULL;
	if (eco_air_packed_follows(bytes, used, other, other_len, &reason))
	{
		if (room < other_len)
		{
			/*
			 * Room for the rest of the year at the bytes per day so far (and
			 * a tenth more), so that a station-year grows once or twice, not
			 * by doubling.
			 */
			int			rest = eco_air_days_in_year(eco_air_packed_year(other)) - 1 -
				eco_air_packed_last_day(other);
			size_t		per_day = used / (size_t) (eco_air_packed_last_day(bytes) + 2) + 1;

			state = airsum_new_appendable(bytes, used,
								   Max(other_len + per_day * rest * 11 / 10, APPENDABLE_ROOM),
								   other_len, COMBINED_SIZE_MAX);
			if (state == NULL)
				return NULL;
			bytes = (uint8 *) VARDATA(state) + APPENDABLE_PREFIX;
		}
		len = eco_air_packed_append(bytes, used, other, other_len, &reason);
		set_appendable_used(state, (uint32) len);
		return state;
	}
	if (reason)
		airsum_corrupt(reason);
	if (!eco_air_packed_splice(bytes, used, other, other_len, merged, &len, &reason))
	{
		if (reason)
			airsum_corrupt(reason);

		/*
		 * Days in both (the stations of a city): their sums are added in a
		 * dense state, each summary once, where merging stored forms would
		 * rewrite the whole state for each.
		 */
		return NULL;
	}
	if (len > used + room)
	{
		/* half as much again: a station-year grows once or twice */
		return airsum_new_appendable(merged, len, len / 2, 0, COMBINED_SIZE_MAX);
	}
	memcpy(bytes, merged, len);
	/* the room stays zeroed: a state may be stored as a value */
	if (len < used)
		memset(bytes + len, 0, used - len);
	set_appendable_used(state, (uint32) len);
	return state;
}

/*
 * Adds stored form `bytes` (from outside: checked) into dense summary s, of
 * the same year and standard.
 */
static void
add_stored(EcoAirSummary *s, const uint8 *bytes, size_t len)
{
	int			year;
	EcoAirAqiRule rule;
	const char *reason = eco_air_unpack_header(bytes, len, &year, &rule);
	EcoAirStatus status;
	int			culprit;
	int			day;

	if (reason)
		airsum_corrupt(reason);
	check_same_year(year, s->year, "a summary");
	check_same_rule(rule, s->aqi_rule);
	status = eco_air_unpack_add(bytes, len, s, &reason, &culprit, &day);
	if (status == ECO_AIR_TOO_MANY_VALUES)
		airsum_too_many_values(culprit, s->year, day);
	if (status != ECO_AIR_OK)
		airsum_corrupt(reason);
}

/*
 * State (NULL: none yet) and summary `other` combined: the state updated in
 * place, or a new one allocated in the current memory context.
 */
static bytea *
combine_states(FunctionCallInfo fcinfo, bytea *state, bytea *other, bool in_aggregate)
{
	EcoAirSummary *s;

	if (state == NULL)
	{
		if (in_aggregate && is_packed(other))
		{
			size_t		len;
			const uint8 *bytes = stored_bytes(other, &len);
			int			year;
			EcoAirAqiRule rule;
			const char *reason = eco_air_unpack_header(bytes, len, &year, &rule);
			int			first;
			int			last;

			if (reason)
				airsum_corrupt(reason);

			/*
			 * A runs state of one run, so that the summaries after it, in any
			 * order, are copied in unread and put in order once.  Room for a
			 * station-year at the bytes per day of this summary (and a tenth
			 * more): a month of a rollup gets room for the months around it,
			 * whatever their order, so that the state grows no more (each
			 * growth is a new state the executor copies again); a partial
			 * state of a parallel worker, often a whole station-year already,
			 * gets a tenth.
			 */
			if (airsum_form_days(bytes, len, &first, &last))
				state = airsum_new_runs(bytes, len, first, last, airsum_year_room(bytes, len));
			else
				state = airsum_new_appendable(bytes, len, airsum_year_room(bytes, len), 0, COMBINED_SIZE_MAX);
			if (state)
				return state;
		}
		if (in_aggregate && FORM_OF(other) == FORM_RUNS && VARSIZE_ANY_EXHDR(other) >= RUNS_DATA)
		{
			/* a parallel worker's rollup() state: kept as runs */
			RunHeader	headers[RUNS_MAX];
			const uint8 *forms[RUNS_MAX];
			bytea	   *copy = palloc(VARHDRSZ + VARSIZE_ANY_EXHDR(other));

			(void) airsum_runs_list(other, headers, forms);	/* checked */
			SET_VARSIZE(copy, VARHDRSZ + VARSIZE_ANY_EXHDR(other));
			memcpy(VARDATA(copy), VARDATA_ANY(other), VARSIZE_ANY_EXHDR(other));
			return copy;
		}
		return airsum_writable_state(fcinfo, other);
	}
	if (in_aggregate && !VARATT_IS_EXTENDED(state) && FORM_OF(state) == FORM_RUNS &&
		FORM_OF(other) == FORM_RUNS && VARSIZE_ANY_EXHDR(other) >= RUNS_DATA)
	{
		/*
		 * Two rollup() states of parallel workers: the other's runs join
		 * these; where one does not, the rest are added to a dense state.
		 */
		RunHeader	headers[RUNS_MAX];
		const uint8 *forms[RUNS_MAX];
		int			n = airsum_runs_list(other, headers, forms);
		int			i;

		for (i = 0; i < n; i++)
		{
			bytea	   *appended = NULL;

			if (eco_air_packed_same_kind(runs_area(state), forms[i]))
				appended = airsum_runs_append(state, forms[i], headers[i].len,
									   headers[i].first_day, headers[i].last_day);
			if (appended == NULL)
				break;
			state = appended;
		}
		if (i == n)
			return state;
		state = airsum_writable_state(fcinfo, state);
		s = DENSE_SUMMARY(state);
		for (; i < n; i++)
			add_stored(s, forms[i], headers[i].len);
		return state;
	}
	if (in_aggregate && !VARATT_IS_EXTENDED(state) && is_packed(other) &&
		(FORM_OF(state) == FORM_APPENDABLE || FORM_OF(state) == FORM_RUNS))
	{
		size_t		len;
		const uint8 *bytes = stored_bytes(other, &len);
		bytea	   *appended = NULL;
		int			year;
		EcoAirAqiRule rule;
		const char *reason = eco_air_unpack_header(bytes, len, &year, &rule);
		int			o_first;
		int			o_last;

		if (reason)
			airsum_corrupt(reason);
		if (FORM_OF(state) == FORM_RUNS)
		{
			/* a summary without days adds nothing: the final checks its kind */
			if (airsum_form_days(bytes, len, &o_first, &o_last) &&
				eco_air_packed_same_kind(runs_area(state), bytes))
				appended = airsum_runs_append(state, bytes, len, o_first, o_last);
			if (appended == NULL && runs_count(state) == 1)
			{
				/*
				 * One run and days that interleave with it (the partial
				 * states of parallel workers): the appendable form in place,
				 * where they are spliced as before.
				 */
				uint32		used = runs_used(state);

				memmove((uint8 *) VARDATA(state) + APPENDABLE_PREFIX,
						(uint8 *) VARDATA(state) + RUNS_DATA, used);
				memset((uint8 *) VARDATA(state) + APPENDABLE_PREFIX + used, 0,
					   RUNS_DATA - APPENDABLE_PREFIX);
				((uint8 *) VARDATA(state))[0] = FORM_APPENDABLE;
				set_appendable_used(state, used);
				appended = append_stored(state, bytes, len, combine_scratch(fcinfo)->merged);
			}
		}
		else
		{
			const uint8 *mine = (const uint8 *) VARDATA(state) + APPENDABLE_PREFIX;
			uint32		used = appendable_used(state);
			int			first;
			int			last;

			/*
			 * A month before the state's days, or after them with a gap
			 * between (where a later month could fall): two runs, merged by
			 * the final function; the rest as before (appended, spliced, or
			 * dense).
			 */
			if (eco_air_packed_same_scales(mine, bytes) &&
				airsum_form_days(mine, used, &first, &last) &&
				airsum_form_days(bytes, len, &o_first, &o_last) &&
				(o_last < first || o_first > last + 1))
				appended = airsum_runs_from_appendable(state, first, last, bytes, len, o_first, o_last);
			if (appended == NULL)
				appended = append_stored(state, bytes, len, combine_scratch(fcinfo)->merged);
		}
		if (appended)
			return appended;
	}
	state = airsum_writable_state(fcinfo, state);
	s = DENSE_SUMMARY(state);
	if (is_packed(other))
	{
		/* a stored summary: its records add up without a copy */
		size_t		len;
		const uint8 *bytes = stored_bytes(other, &len);

		add_stored(s, bytes, len);
	}
	else
	{
		const EcoAirSummary *o = airsum_read_summary(other, &combine_scratch(fcinfo)->summary);
		int			culprit;
		int			day;

		check_same_year(o->year, s->year, "a summary");
		check_same_rule(o->aqi_rule, s->aqi_rule);
		if (eco_air_merge(s, o, &culprit, &day) != ECO_AIR_OK)
			airsum_too_many_values(culprit, s->year, day);
	}
	return state;
}

/* The combine function of both aggregates and the transition of rollup(). */
PG_FUNCTION_INFO_V1(air_summary_combine);
Datum
air_summary_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	MemoryContext old;
	ExpandedState *es = NULL;
	bytea	   *state = NULL;
	bytea	   *other;
	bytea	   *result;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	other = PG_GETARG_BYTEA_PP(1);
	if (!AggCheckCallContext(fcinfo, &aggcontext))
		PG_RETURN_BYTEA_P(combine_states(fcinfo, PG_ARGISNULL(0) ? NULL : PG_GETARG_BYTEA_PP(0),
										 other, false));
	if (!PG_ARGISNULL(0))
	{
		/* only a read-write one is the aggregate's own to update */
		if (VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(PG_GETARG_DATUM(0))))
			es = airsum_expanded_state(PG_GETARG_DATUM(0));
		state = es ? es->state : PG_GETARG_BYTEA_PP(0);
	}
	if (es == NULL)
		es = airsum_new_expanded_state(aggcontext);
	old = MemoryContextSwitchTo(es->hdr.eoh_context);
	result = combine_states(fcinfo, state, other, true);
	if (result != es->state)
	{
		/*
		 * An argument (the executor's state updated in place, or a dense
		 * summary taken as it is) is copied in.
		 */
		if (result == state || result == other)
		{
			bytea	   *copy = palloc(VARHDRSZ + VARSIZE_ANY_EXHDR(result));

			SET_VARSIZE(copy, VARHDRSZ + VARSIZE_ANY_EXHDR(result));
			memcpy(VARDATA(copy), VARDATA_ANY(result), VARSIZE_ANY_EXHDR(result));
			result = copy;
		}
		if (es->state)
			pfree(es->state);
		es->state = result;
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_DATUM(EOHPGetRWDatum(&es->hdr));
}

/* The final function: the state in its stored form. */
PG_FUNCTION_INFO_V1(air_summary_final);
Datum
air_summary_final(PG_FUNCTION_ARGS)
{
	bytea	   *v = airsum_state_arg(fcinfo, 0);
	bytea	   *result;
	const uint8 *bytes;
	size_t		len;

	if (FORM_OF(v) == FORM_PACKED)
		PG_RETURN_BYTEA_P(v);
	if (FORM_OF(v) == FORM_RUNS && VARSIZE_ANY_EXHDR(v) >= RUNS_DATA)
	{
		result = airsum_runs_packed(v);
		if (result)
			PG_RETURN_BYTEA_P(result);
	}
	if (!is_packed(v))
		PG_RETURN_BYTEA_P(airsum_packed_from(airsum_read_summary(v, airsum_scratch(fcinfo))));
	bytes = stored_bytes(v, &len);
	result = palloc(VARHDRSZ + 1 + len);
	SET_VARSIZE(result, VARHDRSZ + 1 + len);
	((uint8 *) VARDATA(result))[0] = FORM_PACKED;
	memcpy(VARDATA(result) + 1, bytes, len);
	PG_RETURN_BYTEA_P(result);
}
