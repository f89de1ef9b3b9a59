/*
 * The air_summary type's working forms, shared by its glue files:
 *   air_summary_forms.c   the forms: reading, packing, the runs form, the
 *                         expanded state of the aggregates
 *   air_summary_agg.c     the aggregates air_summary() and rollup()
 *   air_summary_io.c      input, output, binary I/O, comparison and hashing
 *   air_summary.c         the accessors and the names they take
 *
 * One SQL type, three forms behind the varlena header's first data byte:
 *   'P' packed: the stored form of core/air_summary.c (what the final
 *       functions, text and binary input produce, what tables hold);
 *   'D' dense: an EcoAirSummary at MAXALIGN offset, the aggregates' working
 *       state, updated in place (it is the state type itself, not internal,
 *       so that partial aggregation can be pushed down by Citus);
 *   'A' appendable: a rollup() state of stored summaries of successive
 *       periods (the months of a materialized view): the length used
 *       (uint32), then the stored form with room after it, where the next
 *       period is appended in place;
 *   'R' runs: a rollup() state of stored summaries of periods that do not
 *       overlap, in the order they came: the length used (uint32), the
 *       number of runs (uint16), then per run a RunHeader and its stored
 *       form; a period that follows the last run is appended to it in place,
 *       one that does not starts a run.  The runs are put in day order and
 *       concatenated once, by the final function, so that months in any
 *       order cost the same as months in order.
 * Every function reads every form; output and send write the stored form.
 */
#ifndef ECOINSP_GLUE_AIR_SUMMARY_FORMS_H
#define ECOINSP_GLUE_AIR_SUMMARY_FORMS_H

#include "fmgr.h"
#include "utils/expandeddatum.h"

#include "core/air_summary.h"

#define FORM_PACKED 'P'
#define FORM_DENSE 'D'
#define FORM_APPENDABLE 'A'
#define FORM_RUNS 'R'
#define APPENDABLE_PREFIX 5		/* form byte, length used (uint32) */
#define RUNS_PREFIX 8			/* form byte, length used (uint32), runs (uint16), 0 */
#define RUNS_MAX 32				/* more runs go dense */
/* the table of RunHeaders, then the runs' stored forms, back to back */
#define RUNS_DATA (RUNS_PREFIX + RUNS_MAX * sizeof(RunHeader))

/* A run of a runs state, in its table (read and written by memcpy). */
typedef struct RunHeader
{
	int16		first_day;		/* the run's first and last day of the year */
	int16		last_day;
	uint32		len;			/* of its stored form */
} RunHeader;
#define APPENDABLE_ROOM 3072		/* with a station-year at reporting precision: 4 kB */
#define DENSE_OFFSET MAXALIGN(VARHDRSZ + 1)
#define DENSE_SIZE (DENSE_OFFSET + sizeof(EcoAirSummary))

/*
 * No state grows beyond the dense form: an appendable state that would is
 * turned into a dense one.  So a state never exceeds STATE_SIZE_MAX, which
 * the aggregates declare as SSPACE (400_air_summary.sql): hash aggregation
 * then sizes its groups by what they can grow to after they are created,
 * and keeps within work_mem.
 */
#define STATE_SIZE_MAX DENSE_SIZE

/*
 * The states of rollup() and of the combine step stay in the stored form up
 * to this size (a station-year of fractional daily means is about 9 kB)
 * while the summaries hold different days, in whatever order they come;
 * a larger one, and summaries that share days (the stations of a city),
 * turn dense.
 * rollup() declares it as its SSPACE, so that the planner hashes the
 * station-months of a materialized view into station-years where 22 kB a
 * group made it sort them; a group then never exceeds its declared size
 * by more than DENSE_SIZE / COMBINED_SIZE_MAX (1.34).
 */
#define COMBINED_SIZE_MAX 16384

StaticAssertDecl(DENSE_SIZE <= 22016, "SSPACE of the air_summary aggregates is 22016");
StaticAssertDecl(COMBINED_SIZE_MAX == 16384, "SSPACE of rollup(air_summary) is 16384");

#define FORM_OF(v) (((const uint8 *) VARDATA_ANY(v))[0])
#define DENSE_SUMMARY(v) ((EcoAirSummary *) ((char *) (v) + DENSE_OFFSET))

/* 'P' and 'A' hold the stored form of core/air_summary.c */
static inline bool
is_packed(const bytea *v)
{
	return VARSIZE_ANY_EXHDR(v) >= APPENDABLE_PREFIX &&
		(FORM_OF(v) == FORM_PACKED || FORM_OF(v) == FORM_APPENDABLE);
}

static inline uint32
appendable_used(const bytea *v)
{
	uint32		used;

	memcpy(&used, (const uint8 *) VARDATA_ANY(v) + 1, sizeof(used));
	return used;
}

static inline void
set_appendable_used(bytea *v, uint32 used)
{
	memcpy((uint8 *) VARDATA(v) + 1, &used, sizeof(used));
}

static inline const uint8 *
stored_bytes(const bytea *v, size_t *len)
{
	if (FORM_OF(v) == FORM_APPENDABLE)
	{
		*len = appendable_used(v);
		return (const uint8 *) VARDATA_ANY(v) + APPENDABLE_PREFIX;
	}
	*len = VARSIZE_ANY_EXHDR(v) - 1;
	return (const uint8 *) VARDATA_ANY(v) + 1;
}

/* the runs form keeps its used bytes where the appendable form does */
static inline uint32
runs_used(const bytea *v)
{
	return appendable_used(v);
}

static inline uint16
runs_count(const bytea *v)
{
	uint16		n;

	memcpy(&n, (const uint8 *) VARDATA_ANY(v) + 5, sizeof(n));
	return n;
}

static inline const uint8 *
runs_area(const bytea *v)
{
	return (const uint8 *) VARDATA_ANY(v) + RUNS_DATA;
}

/*
 * An aggregate's state as an expanded object (utils/expandeddatum.h): the
 * state bytea lives in a memory context of its own under the aggregate's,
 * and the combine function hands the executor the same read-write pointer
 * back whenever it replaces the bytea.  The executor then keeps it as it is,
 * where a plain varlena that changes address is copied whole into the
 * aggregate's context (about 11 kB for a station-year of fractional daily
 * means: the first month of every group of a rollup()).  Whatever else
 * reads the state (output, send, a tuple) gets it flattened: the state bytea
 * as it is.
 */
typedef struct ExpandedState
{
	ExpandedObjectHeader hdr;
	bytea	   *state;			/* in hdr.eoh_context */
} ExpandedState;

extern EcoAirSummary *airsum_scratch(FunctionCallInfo fcinfo);
extern bytea *airsum_new_dense(int year, EcoAirAqiRule rule);
pg_noreturn extern void airsum_corrupt(const char *reason);
pg_noreturn extern void airsum_too_many_values(int culprit, int year, int day_of_year);
extern int airsum_runs_list(const bytea *v, RunHeader *headers, const uint8 **forms);
extern bytea *airsum_runs_packed(const bytea *v);
extern const EcoAirSummary *airsum_read_summary(bytea *v, EcoAirSummary *into);
extern const EcoAirSummary *airsum_summary_arg(FunctionCallInfo fcinfo, int argno);
extern void airsum_series_arg(FunctionCallInfo fcinfo, int argno, int pollutant, EcoAirSeries *series);
extern bytea *airsum_packed_from(const EcoAirSummary *s);
extern bytea *airsum_packed_from_bytes(const uint8 *bytes, size_t len, int sqlstate);
extern bytea *airsum_writable_state(FunctionCallInfo fcinfo, bytea *v);
extern bytea *airsum_new_appendable(const uint8 *bytes, size_t len, size_t room, size_t min_room, size_t max_size);
extern bool airsum_form_days(const uint8 *bytes, size_t len, int *first, int *last);
extern bytea *airsum_runs_from_appendable(bytea *state, int first, int last, const uint8 *other, size_t other_len, int o_first, int o_last);
extern bytea *airsum_runs_append(bytea *state, const uint8 *other, size_t other_len, int o_first, int o_last);
extern bytea *airsum_new_runs(const uint8 *bytes, size_t len, int first, int last, size_t room);
extern size_t airsum_year_room(const uint8 *bytes, size_t len);
extern ExpandedState *airsum_expanded_state(Datum d);
extern bytea *airsum_state_arg(FunctionCallInfo fcinfo, int argno);
extern ExpandedState *airsum_new_expanded_state(MemoryContext aggcontext);
extern const char *const airsum_column_names[ECO_AIR_N_POLLUTANTS];

#endif
