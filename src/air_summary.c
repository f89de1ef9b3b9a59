/*
 * The air_summary type and its aggregates and accessors: PostgreSQL glue over
 * core/air_summary.c.
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
#include "postgres.h"
#include "compat.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/expandeddatum.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "air_summary.h"
#include "callsite.h"
#include "rate.h"
#include "core/air_limits.h"
#include "core/air_summary.h"
#include "core/aqi.h"
#include "core/gbt8170.h"
#include "core/names.h"

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

/*
 * And at least this size: a chunk above the allocator's chunk limit has a
 * block of its own, given back when the state is replaced.  The smaller
 * chunks a growing state would pass through stay in the allocator's free
 * lists (hashing the months of 27,400 station-years in random order then
 * held 546 MB, about 20 kB a group).
 */
#define COMBINED_SIZE_MIN (ALLOC_CHUNK_LIMIT_SIZE + MAXIMUM_ALIGNOF)
/* the largest chunk aset.c rounds up to a power of two (ALLOC_CHUNK_LIMIT) */
#define ALLOC_CHUNK_LIMIT_SIZE 8192
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

/* A scratch summary per call site, so that no row pallocs one. */
static EcoAirSummary *
scratch(FunctionCallInfo fcinfo)
{
	return (EcoAirSummary *) callsite_extra(fcinfo, sizeof(EcoAirSummary));
}

/* ---- Names (CallSiteParsers) ---- */

#define SUMMARY_POLLUTANTS "'so2', 'no2', 'pm10', 'co', 'o3_8h' (or 'o3'), 'pm2.5' (or 'pm25')"

pg_noreturn static void unknown_name(const char *what, const char *name, int len,
									 const char *after, const char *hint);

/* "unknown <what> "<name>"<after>" */
static void
unknown_name(const char *what, const char *name, int len, const char *after, const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown %s \"%s\"%s", what, input_excerpt(name, len), after),
			 errhint("%s", hint)));
}

/*
 * The six daily indicators; 'o3' names the daily maximum 8-hour mean, the
 * only O3 indicator the summary holds.
 */
static bool
summary_pollutant(const char *s, int len, int *value)
{
	EcoPollutant pollutant;
	EcoPeriod	period;

	if (!eco_pollutant_from_name(s, len, &pollutant, &period))
		return false;
	if (pollutant == ECO_O3_1H && period == 0)
		pollutant = ECO_O3_8H;
	if (pollutant >= ECO_AIR_N_POLLUTANTS)
		return false;
	/* a period suffix must name the daily indicator ("o3_8h", "pm25_24h") */
	if (period != 0 && period != (pollutant == ECO_O3_8H ? ECO_PERIOD_8H : ECO_PERIOD_24H))
		return false;
	*value = pollutant;
	return true;
}

static int
parse_pollutant(const char *s, int len)
{
	int			pollutant;

	if (!summary_pollutant(s, len, &pollutant))
		unknown_name("pollutant", s, len, " for an air summary", "Use one of " SUMMARY_POLLUTANTS ".");
	return pollutant;
}

static int
pollutant_arg(FunctionCallInfo fcinfo, int argno)
{
	return callsite_arg(fcinfo, argno, parse_pollutant);
}

static int
parse_aqi_rule(const char *s, int len)
{
	const struct EcoAqiStandard *standard = eco_aqi_standard(s, len);

	if (standard != NULL && standard == eco_aqi_standard("hj633-2012", 10))
		return ECO_AIR_AQI_HJ633_2012;
	if (standard != NULL && standard == eco_aqi_standard("hj633-2026", 10))
		return ECO_AIR_AQI_HJ633_2026;
	unknown_name("AQI standard", s, len, " for an air summary",
				 "Use 'hj633-2012' or 'hj633-2026', or NULL for the standard in force on each day.");
	return 0;					/* not reached */
}

static int
parse_gb3095(const char *s, int len)
{
	EcoGb3095	edition;

	if (!eco_gb3095_from_name(s, len, &edition))
		unknown_name("air quality standard", s, len, "",
					 "Use 'gb3095-2012', 'gb3095-2026' (transitional limits) or 'gb3095-2026-final', or NULL for the default of the summary's year.");
	return edition;
}

static int
parse_statistic(const char *s, int len)
{
	EcoAirStatistic stat;
	char		folded[ECO_NAME_MAX + 1];

	if (!eco_name_fold(s, len, folded) ||
		!eco_air_statistic_from_name(folded, (int) strlen(folded), &stat))
		unknown_name("statistic", s, len, "",
					 "Use 'annual' (what HJ 663 evaluates for the year), 'mean', or '24h' (the 24-hour-limit percentile).");
	return stat;
}

/* ---- Forms ---- */

/* the aggregates' argument names */
static const char *const column_names[ECO_AIR_N_POLLUTANTS] = {
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

static bytea *
new_dense(int year, EcoAirAqiRule rule)
{
	bytea	   *v = alloc_dense();

	eco_air_init(DENSE_SUMMARY(v), year, rule);
	return v;
}

static void
corrupt(const char *reason)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid air_summary: %s", reason)));
}

/*
 * Legitimate rows or summaries that together put more values on one day
 * than a summary holds: the same error whether rows or summaries meet.
 */
static void
too_many_values(int culprit, int year, int day_of_year)
{
	int			month = eco_air_month_of_day(year, day_of_year);

	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("more than %d %s values on one day", ECO_AIR_MAX_COUNT,
					column_names[culprit]),
			 errdetail("The day is %04d-%02d-%02d.", year, month,
					   day_of_year - eco_air_month_first_day(year, month) + 1),
			 errhint("A summary holds up to %d station values of a pollutant per day.",
					 ECO_AIR_MAX_COUNT)));
}

/* ---- The runs form ---- */

static inline uint32
runs_used(const bytea *v)
{
	uint32		used;

	memcpy(&used, (const uint8 *) VARDATA_ANY(v) + 1, sizeof(used));
	return used;
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
 * The runs of v in the order stored: headers and stored forms, each checked
 * to lie inside the used area (a state may come back from disk).  Returns
 * their number.  The headers are one table, read in one piece.
 */
static int
runs_list(const bytea *v, RunHeader *headers, const uint8 **forms)
{
	const uint8 *area = runs_area(v);
	size_t		used = runs_used(v);
	size_t		at = 0;
	int			n = runs_count(v);
	int			i;

	if (VARSIZE_ANY_EXHDR(v) < RUNS_DATA || used > VARSIZE_ANY_EXHDR(v) - RUNS_DATA ||
		n < 1 || n > RUNS_MAX)
		corrupt("malformed runs");
	memcpy(headers, (const uint8 *) VARDATA_ANY(v) + RUNS_PREFIX, n * sizeof(RunHeader));
	for (i = 0; i < n; i++)
	{
		if (headers[i].len < ECO_AIR_HEADER_BYTES || used - at < headers[i].len)
			corrupt("malformed runs");
		forms[i] = area + at;
		at += headers[i].len;
	}
	if (at != used)
		corrupt("malformed runs");
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
	int			n = runs_list(v, headers, forms);
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
				corrupt(reason);
			continue;
		}
		if (!eco_air_packed_same_kind(forms[i], forms[0]))
			corrupt("runs of different years or standards");
		status = eco_air_unpack_add(forms[i], headers[i].len, s, &reason, &culprit, &day);
		if (status == ECO_AIR_TOO_MANY_VALUES)
			too_many_values(culprit, s->year, day);
		if (status != ECO_AIR_OK)
			corrupt(reason);
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
static bytea *
runs_packed(const bytea *v)
{
	RunHeader	headers[RUNS_MAX];
	const uint8 *forms[RUNS_MAX];
	const RunHeader *order[RUNS_MAX];
	int			n = runs_list(v, headers, forms);
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
				corrupt(reason);
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
static const EcoAirSummary *
read_summary(bytea *v, EcoAirSummary *into)
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
		corrupt("unknown form");
	data = stored_bytes(v, &len);
	reason = eco_air_unpack(data, len, into);
	if (reason)
		corrupt(reason);
	return into;
}

const EcoAirSummary *
air_summary_read(bytea *v, EcoAirSummary *into)
{
	return read_summary(v, into);
}

static const EcoAirSummary *
summary_arg(FunctionCallInfo fcinfo, int argno)
{
	return read_summary(PG_GETARG_BYTEA_PP(argno), scratch(fcinfo));
}

/* The daily values of one pollutant of argument argno, read without a dense copy. */
static void
series_arg(FunctionCallInfo fcinfo, int argno, int pollutant, EcoAirSeries *series)
{
	bytea	   *v = PG_GETARG_BYTEA_PP(argno);

	if (is_packed(v))
	{
		size_t		len;
		const uint8 *bytes = stored_bytes(v, &len);
		const char *reason = eco_air_packed_series(bytes, len, pollutant, series);

		if (reason)
			corrupt(reason);
	}
	else
		eco_air_series(read_summary(v, scratch(fcinfo)), pollutant, series);
}

static bytea *
packed_from(const EcoAirSummary *s)
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
static bytea *
packed_from_bytes(const uint8 *bytes, size_t len, int sqlstate)
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
	v = packed_from(s);
	pfree(s);
	return v;
}

/* ---- Input and output ---- */

static int
hex_digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

#define TEXT_FORM_HINT "An air_summary is written in base64 of its stored form (as air_summary output gives it), or as \\x followed by hexadecimal digits (the form of ecoinsp 1.0)."

/*
 * The text form: base64 of the canonical stored form; the 1.0 form, \x and
 * hexadecimal digits, is read too (dumps of 1.0 restore).  Either is checked
 * character by character, then the stored form byte by byte.
 */
PG_FUNCTION_INFO_V1(air_summary_in);
Datum
air_summary_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	size_t		len = strlen(str);
	uint8	   *bytes;
	size_t		nbytes;
	size_t		i;

	if (len >= 2 && str[0] == '\\' && str[1] == 'x')
	{
		if (len % 2 != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type air_summary: \"%s\"", input_excerpt(str, len)),
					 errdetail("An odd number of hexadecimal digits."),
					 errhint(TEXT_FORM_HINT)));
		bytes = palloc(len / 2);
		for (i = 2; i < len; i += 2)
		{
			int			hi = hex_digit_value(str[i]);
			int			lo = hex_digit_value(str[i + 1]);

			if (hi < 0 || lo < 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid hexadecimal digit in air_summary at position %d", (int) i + 1),
						 errhint(TEXT_FORM_HINT)));
			bytes[i / 2 - 1] = (uint8) (hi << 4 | lo);
		}
		nbytes = len / 2 - 1;
	}
	else
	{
		const char *reason;
		size_t		position;

		bytes = palloc(len / 4 * 3 + 3);
		reason = eco_air_text_decode(str, len, bytes, &nbytes, &position);
		if (reason)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type air_summary: \"%s\"", input_excerpt(str, len)),
					 errdetail("At character %d: %s.", (int) position + 1, reason),
					 errhint(TEXT_FORM_HINT)));
	}
	PG_RETURN_BYTEA_P(packed_from_bytes(bytes, nbytes, ERRCODE_INVALID_TEXT_REPRESENTATION));
}

/* the packed bytes without the form byte */
static bytea *
stored_form(FunctionCallInfo fcinfo, int argno, const uint8 **bytes, size_t *len)
{
	bytea	   *v = PG_GETARG_BYTEA_PP(argno);
	bytea	   *packed = NULL;

	if (FORM_OF(v) == FORM_RUNS && VARSIZE_ANY_EXHDR(v) >= RUNS_DATA)
		packed = runs_packed(v);
	if (packed)
		v = packed;
	else if (!is_packed(v))
		v = packed_from(read_summary(v, scratch(fcinfo)));
	*bytes = stored_bytes(v, len);
	return v;
}

PG_FUNCTION_INFO_V1(air_summary_out);
Datum
air_summary_out(PG_FUNCTION_ARGS)
{
	const uint8 *bytes;
	size_t		len;
	char	   *out;

	stored_form(fcinfo, 0, &bytes, &len);
	out = palloc(eco_air_text_length(len) + 1);
	eco_air_text_encode(bytes, len, out);
	PG_RETURN_CSTRING(out);
}

PG_FUNCTION_INFO_V1(air_summary_recv);
Datum
air_summary_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	const uint8 *bytes = (const uint8 *) buf->data + buf->cursor;
	size_t		len = buf->len - buf->cursor;

	buf->cursor = buf->len;
	/* malformed bytes: 22P03, as every type's binary input (README) */
	PG_RETURN_BYTEA_P(packed_from_bytes(bytes, len, ERRCODE_INVALID_BINARY_REPRESENTATION));
}

PG_FUNCTION_INFO_V1(air_summary_send);
Datum
air_summary_send(PG_FUNCTION_ARGS)
{
	const uint8 *bytes;
	size_t		len;
	StringInfoData buf;

	stored_form(fcinfo, 0, &bytes, &len);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) bytes, len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * ---- Equality and hashing ----
 *
 * Every path writes the canonical stored form (core/air_summary.h) and the
 * input re-packs what it reads, so two summaries hold the same data exactly
 * when their stored bytes are equal.
 */
static bool
summaries_equal(FunctionCallInfo fcinfo)
{
	const uint8 *a;
	const uint8 *b;
	size_t		alen;
	size_t		blen;

	stored_form(fcinfo, 0, &a, &alen);
	stored_form(fcinfo, 1, &b, &blen);
	return alen == blen && memcmp(a, b, alen) == 0;
}

PG_FUNCTION_INFO_V1(air_summary_eq);
Datum
air_summary_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(summaries_equal(fcinfo));
}

PG_FUNCTION_INFO_V1(air_summary_ne);
Datum
air_summary_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!summaries_equal(fcinfo));
}

/*
 * An order for sorting only (DISTINCT aggregates, merge joins, ordered
 * aggregates grouped by a summary): by year, then AQI standard, then the
 * stored bytes.  It says nothing about air quality.
 */
static int
summaries_cmp(FunctionCallInfo fcinfo)
{
	const uint8 *a;
	const uint8 *b;
	size_t		alen;
	size_t		blen;
	int			c;

	stored_form(fcinfo, 0, &a, &alen);
	stored_form(fcinfo, 1, &b, &blen);
	/* stored forms are at least a header long */
	if (eco_air_packed_year(a) != eco_air_packed_year(b))
		return eco_air_packed_year(a) < eco_air_packed_year(b) ? -1 : 1;
	if (eco_air_packed_rule(a) != eco_air_packed_rule(b))
		return eco_air_packed_rule(a) < eco_air_packed_rule(b) ? -1 : 1;
	c = memcmp(a, b, Min(alen, blen));
	if (c != 0)
		return c < 0 ? -1 : 1;
	return alen == blen ? 0 : alen < blen ? -1 : 1;
}

PG_FUNCTION_INFO_V1(air_summary_cmp);
Datum
air_summary_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(summaries_cmp(fcinfo));
}

PG_FUNCTION_INFO_V1(air_summary_lt);
Datum
air_summary_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(summaries_cmp(fcinfo) < 0);
}

PG_FUNCTION_INFO_V1(air_summary_le);
Datum
air_summary_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(summaries_cmp(fcinfo) <= 0);
}

PG_FUNCTION_INFO_V1(air_summary_ge);
Datum
air_summary_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(summaries_cmp(fcinfo) >= 0);
}

PG_FUNCTION_INFO_V1(air_summary_gt);
Datum
air_summary_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(summaries_cmp(fcinfo) > 0);
}

PG_FUNCTION_INFO_V1(air_summary_hash);
Datum
air_summary_hash(PG_FUNCTION_ARGS)
{
	const uint8 *bytes;
	size_t		len;

	stored_form(fcinfo, 0, &bytes, &len);
	return hash_any(bytes, (int) len);
}

PG_FUNCTION_INFO_V1(air_summary_hash_extended);
Datum
air_summary_hash_extended(PG_FUNCTION_ARGS)
{
	const uint8 *bytes;
	size_t		len;

	stored_form(fcinfo, 0, &bytes, &len);
	return hash_any_extended(bytes, (int) len, PG_GETARG_INT64(1));
}

/* ---- Aggregates ---- */

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
							column_names[culprit], value, year, month, mday),
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
								column_names[culprit], value, year, month, mday,
								limit->name, limit->max, limit->unit),
						 errhint("%s is in %s: convert the value (from µg/m³, ppb, ...) or pass NULL for a value not measured.",
								 limit->name, limit->unit)));
			}
			break;
		case ECO_AIR_TOO_MANY_VALUES:
			too_many_values(culprit, year, eco_air_day_of_year(year, month, mday));
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
 * The state to update: v itself when it is a dense state owned by the
 * aggregate, otherwise a dense copy (allocated in the per-call context; the
 * executor copies a new state into its own context).
 */
static bytea *
writable_state(FunctionCallInfo fcinfo, bytea *v)
{
	bytea	   *state;
	const EcoAirSummary *s;

	if (AggCheckCallContext(fcinfo, NULL) && !VARATT_IS_EXTENDED(v) &&
		FORM_OF(v) == FORM_DENSE && VARSIZE(v) == DENSE_SIZE)
		return v;			/* the aggregate's own state: updated in place */
	state = alloc_dense();
	s = read_summary(v, DENSE_SUMMARY(state));
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
static bytea *
new_appendable(const uint8 *bytes, size_t len, size_t room, size_t min_room, size_t max_size)
{
	size_t		need = VARHDRSZ + APPENDABLE_PREFIX + len;
	size_t		size = max_size == COMBINED_SIZE_MAX ? COMBINED_SIZE_MIN : 1024;
	bytea	   *v;

	/*
	 * A power of two: what the allocator sets aside anyway for a small
	 * chunk; a large one gets a block of its own, of the size asked for.
	 */
	while (size < need + room && size < ALLOC_CHUNK_LIMIT_SIZE)
		size *= 2;
	if (size < need + room)
		size = MAXALIGN(need + room);
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

		state = new_appendable(bytes, used, Max(per_day * rest * 11 / 10, APPENDABLE_ROOM),
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
		state = new_appendable(rescaled, rescaled_len, APPENDABLE_ROOM, ECO_AIR_RECORD_MAX,
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
		rule = callsite_arg(fcinfo, 8, parse_aqi_rule);

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

		state = new_appendable(header, eco_air_packed_empty(header, year, rule),
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
	state = state ? writable_state(fcinfo, state) : new_dense(year, rule);
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
 * read_summary(), and room for the largest stored form a merge can write.
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

			state = new_appendable(bytes, used,
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
		corrupt(reason);
	if (!eco_air_packed_splice(bytes, used, other, other_len, merged, &len, &reason))
	{
		if (reason)
			corrupt(reason);

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
		return new_appendable(merged, len, len / 2, 0, COMBINED_SIZE_MAX);
	}
	memcpy(bytes, merged, len);
	/* the room stays zeroed: a state may be stored as a value */
	if (len < used)
		memset(bytes + len, 0, used - len);
	set_appendable_used(state, (uint32) len);
	return state;
}

/*
 * The first and last day of checked stored form `bytes`; false when it holds
 * no day.
 */
static bool
form_days(const uint8 *bytes, size_t len, int *first, int *last)
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
static bytea *
runs_from_appendable(bytea *state, int first, int last,
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
		want = MAXALIGN(Min(Max(want, COMBINED_SIZE_MIN), COMBINED_SIZE_MAX));
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
 * rollup() into a runs state: a summary whose first day is the day after the
 * last run's last day is appended to that run in place (so runs never span a
 * gap that a later summary could fall into); another whose days overlap no
 * run's starts a run.  NULL when the days overlap a run's (interleaved or
 * shared days: the caller goes dense), when the scales differ, and when
 * COMBINED_SIZE_MAX bytes would not hold it.
 */
static bytea *
runs_append(bytea *state, const uint8 *other, size_t other_len, int o_first, int o_last)
{
	RunHeader	headers[RUNS_MAX];
	const uint8 *forms[RUNS_MAX];
	int			n = runs_list(state, headers, forms);
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
		size_t		want = size + (used + other_len) / (size_t) (n + 1);
		bytea	   *grown;

		if (size > COMBINED_SIZE_MAX)
			return NULL;
		want = MAXALIGN(Min(Max(want, COMBINED_SIZE_MIN), COMBINED_SIZE_MAX));
		grown = palloc0(want);
		SET_VARSIZE(grown, want);
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
				corrupt(reason);
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
 * bytes (at least COMBINED_SIZE_MIN bytes, at most COMBINED_SIZE_MAX; NULL
 * when even the run does not fit).  Zeroed after it: a state may be stored
 * as a value.
 */
static bytea *
new_runs(const uint8 *bytes, size_t len, int first, int last, size_t room)
{
	size_t		need = VARHDRSZ + RUNS_DATA + len;
	size_t		size = need + room;
	bytea	   *v;

	if (need > COMBINED_SIZE_MAX)
		return NULL;
	size = MAXALIGN(Min(Max(size, COMBINED_SIZE_MIN), COMBINED_SIZE_MAX));
	v = palloc(size);
	SET_VARSIZE(v, size);
	memset(VARDATA(v), 0, RUNS_DATA);
	put_run_header(v, 0, first, last, len);
	memcpy((uint8 *) VARDATA(v) + RUNS_DATA, bytes, len);
	memset((uint8 *) v + need, 0, size - need);
	set_runs(v, (uint32) len, 1);
	return v;
}

/* The bytes a station-year of stored form `bytes` would take beyond len. */
static size_t
year_room(const uint8 *bytes, size_t len)
{
	int			first = eco_air_packed_first_day(bytes, len);
	int			last = eco_air_packed_last_day(bytes);
	int			days = eco_air_days_in_year(eco_air_packed_year(bytes));

	if (first < 0 || last < first)
		return APPENDABLE_ROOM;
	return len * days / (size_t) (last - first + 1) * 11 / 10 - len;
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
				corrupt(reason);

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
			if (form_days(bytes, len, &first, &last))
				state = new_runs(bytes, len, first, last, year_room(bytes, len));
			else
				state = new_appendable(bytes, len, year_room(bytes, len), 0, COMBINED_SIZE_MAX);
			if (state)
				return state;
		}
		if (in_aggregate && FORM_OF(other) == FORM_RUNS && VARSIZE_ANY_EXHDR(other) >= RUNS_DATA)
		{
			/* a parallel worker's rollup() state: kept as runs */
			RunHeader	headers[RUNS_MAX];
			const uint8 *forms[RUNS_MAX];
			bytea	   *copy = palloc(VARHDRSZ + VARSIZE_ANY_EXHDR(other));

			(void) runs_list(other, headers, forms);	/* checked */
			SET_VARSIZE(copy, VARHDRSZ + VARSIZE_ANY_EXHDR(other));
			memcpy(VARDATA(copy), VARDATA_ANY(other), VARSIZE_ANY_EXHDR(other));
			return copy;
		}
		return writable_state(fcinfo, other);
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
		int			n = runs_list(other, headers, forms);
		int			i;

		for (i = 0; i < n; i++)
		{
			bytea	   *appended = NULL;

			if (eco_air_packed_same_kind(runs_area(state), forms[i]))
				appended = runs_append(state, forms[i], headers[i].len,
									   headers[i].first_day, headers[i].last_day);
			if (appended == NULL)
				break;
			state = appended;
		}
		if (i == n)
			return state;
		state = writable_state(fcinfo, state);
		s = DENSE_SUMMARY(state);
		for (; i < n; i++)
		{
			int			year;
			EcoAirAqiRule rule;
			const char *reason = eco_air_unpack_header(forms[i], headers[i].len, &year, &rule);
			EcoAirStatus status;
			int			culprit;
			int			day;

			if (reason)
				corrupt(reason);
			check_same_year(year, s->year, "a summary");
			check_same_rule(rule, s->aqi_rule);
			status = eco_air_unpack_add(forms[i], headers[i].len, s, &reason, &culprit, &day);
			if (status == ECO_AIR_TOO_MANY_VALUES)
				too_many_values(culprit, s->year, day);
			if (status != ECO_AIR_OK)
				corrupt(reason);
		}
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
			corrupt(reason);
		if (FORM_OF(state) == FORM_RUNS)
		{
			/* a summary without days adds nothing: the final checks its kind */
			if (form_days(bytes, len, &o_first, &o_last) &&
				eco_air_packed_same_kind(runs_area(state), bytes))
				appended = runs_append(state, bytes, len, o_first, o_last);
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
				form_days(mine, used, &first, &last) &&
				form_days(bytes, len, &o_first, &o_last) &&
				(o_last < first || o_first > last + 1))
				appended = runs_from_appendable(state, first, last, bytes, len, o_first, o_last);
			if (appended == NULL)
				appended = append_stored(state, bytes, len, combine_scratch(fcinfo)->merged);
		}
		if (appended)
			return appended;
	}
	state = writable_state(fcinfo, state);
	s = DENSE_SUMMARY(state);
	if (is_packed(other))
	{
		/* a stored summary: its records add up without a copy */
		size_t		len;
		const uint8 *bytes = stored_bytes(other, &len);
		int			year;
		EcoAirAqiRule rule;
		const char *reason = eco_air_unpack_header(bytes, len, &year, &rule);
		EcoAirStatus status;
		int			culprit;
		int			day;

		if (reason)
			corrupt(reason);
		check_same_year(year, s->year, "a summary");
		check_same_rule(rule, s->aqi_rule);
		status = eco_air_unpack_add(bytes, len, s, &reason, &culprit, &day);
		if (status == ECO_AIR_TOO_MANY_VALUES)
			too_many_values(culprit, s->year, day);
		if (status != ECO_AIR_OK)
			corrupt(reason);
	}
	else
	{
		const EcoAirSummary *o = read_summary(other, &combine_scratch(fcinfo)->summary);
		int			culprit;
		int			day;

		check_same_year(o->year, s->year, "a summary");
		check_same_rule(o->aqi_rule, s->aqi_rule);
		if (eco_air_merge(s, o, &culprit, &day) != ECO_AIR_OK)
			too_many_values(culprit, s->year, day);
	}
	return state;
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
static ExpandedState *
expanded_state(Datum d)
{
	ExpandedObjectHeader *eoh;

	if (!VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
		return NULL;
	eoh = DatumGetEOHP(d);
	return eoh->eoh_methods == &expanded_state_methods ? (ExpandedState *) eoh : NULL;
}

/* The state argument argno, unwrapped without a copy when it is expanded. */
static bytea *
state_arg(FunctionCallInfo fcinfo, int argno)
{
	ExpandedState *es = expanded_state(PG_GETARG_DATUM(argno));

	return es ? es->state : PG_GETARG_BYTEA_PP(argno);
}

/*
 * The memory context of the expanded states of one aggregate context: one
 * child of it shared by every group (hash aggregation sums the memory of the
 * aggregate context's children for each new group, so a context per group
 * costs time quadratic in the groups).  The executor never deletes an
 * expanded state of the combine function (it gets the same pointer back),
 * so the states of several groups can share one; resetting the aggregate
 * context deletes it, and the next call makes a new one.
 */
#define STATES_CONTEXT_NAME "air_summary states"

static MemoryContext
states_context(MemoryContext aggcontext)
{
	MemoryContext child;

	for (child = aggcontext->firstchild; child != NULL; child = child->nextchild)
		if (strcmp(child->name, STATES_CONTEXT_NAME) == 0)
			return child;
	return AllocSetContextCreate(aggcontext, STATES_CONTEXT_NAME, ALLOCSET_DEFAULT_SIZES);
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
			es = expanded_state(PG_GETARG_DATUM(0));
		state = es ? es->state : PG_GETARG_BYTEA_PP(0);
	}
	if (es == NULL)
	{
		MemoryContext context = states_context(aggcontext);

		es = MemoryContextAlloc(context, sizeof(ExpandedState));
		EOH_init_header(&es->hdr, &expanded_state_methods, context);
		es->state = NULL;
	}
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
	bytea	   *v = state_arg(fcinfo, 0);
	bytea	   *result;
	const uint8 *bytes;
	size_t		len;

	if (FORM_OF(v) == FORM_PACKED)
		PG_RETURN_BYTEA_P(v);
	if (FORM_OF(v) == FORM_RUNS && VARSIZE_ANY_EXHDR(v) >= RUNS_DATA)
	{
		result = runs_packed(v);
		if (result)
			PG_RETURN_BYTEA_P(result);
	}
	if (!is_packed(v))
		PG_RETURN_BYTEA_P(packed_from(read_summary(v, scratch(fcinfo))));
	bytes = stored_bytes(v, &len);
	result = palloc(VARHDRSZ + 1 + len);
	SET_VARSIZE(result, VARHDRSZ + 1 + len);
	((uint8 *) VARDATA(result))[0] = FORM_PACKED;
	memcpy(VARDATA(result) + 1, bytes, len);
	PG_RETURN_BYTEA_P(result);
}

/* ---- Accessors ---- */

static Datum
numeric_from_units(int64 units, int decimals)
{
	char		buf[64];
	int64		scale = decimals == 2 ? 100 : decimals == 1 ? 10 : 1;

	if (decimals == 0)
		snprintf(buf, sizeof(buf), INT64_FORMAT, units);
	else
		snprintf(buf, sizeof(buf), "%s" INT64_FORMAT ".%0*lld",
				 units < 0 ? "-" : "", Abs(units) / scale, decimals, (long long) (Abs(units) % scale));
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

/*
 * An exact value num / 10^k (den a power of ten) of reporting units with
 * `decimals` decimals (CO: 1), as a numeric with no trailing zeros beyond
 * those decimals.
 */
static Datum
numeric_from_exact(EcoExact x, int decimals)
{
	char		digits[32];
	char		buf[64];
	int			frac_digits = decimals;
	int64		den;
	int			len;

	for (den = x.den; den > 1; den /= 10)
		frac_digits++;
	snprintf(digits, sizeof(digits), "%0*lld", frac_digits + 1, (long long) x.num);
	len = strlen(digits);
	while (frac_digits > decimals && digits[len - 1] == '0')
	{
		digits[--len] = '\0';
		frac_digits--;
	}
	if (frac_digits == 0)
		snprintf(buf, sizeof(buf), "%s", digits);
	else
		snprintf(buf, sizeof(buf), "%.*s.%s", len - frac_digits, digits, digits + len - frac_digits);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

static int
optional_pollutant_arg(FunctionCallInfo fcinfo, int argno)
{
	return PG_NARGS() > argno ? pollutant_arg(fcinfo, argno) : ECO_AIR_ALL_POLLUTANTS;
}

PG_FUNCTION_INFO_V1(air_summary_valid_days);
Datum
air_summary_valid_days(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = summary_arg(fcinfo, 0);

	PG_RETURN_INT32(eco_air_valid_days(s, optional_pollutant_arg(fcinfo, 1)));
}

PG_FUNCTION_INFO_V1(air_summary_is_valid_year);
Datum
air_summary_is_valid_year(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = summary_arg(fcinfo, 0);

	PG_RETURN_BOOL(eco_air_valid_year(s, optional_pollutant_arg(fcinfo, 1)));
}

PG_FUNCTION_INFO_V1(air_summary_is_valid_month);
Datum
air_summary_is_valid_month(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = summary_arg(fcinfo, 0);
	int32		month = PG_GETARG_INT32(1);

	if (month < 1 || month > 12)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("month %d is not a month", month),
				 errhint("Months are 1 to 12.")));
	PG_RETURN_BOOL(eco_air_valid_month(s, month, optional_pollutant_arg(fcinfo, 2)));
}

PG_FUNCTION_INFO_V1(air_summary_mean);
Datum
air_summary_mean(PG_FUNCTION_ARGS)
{
	int			pollutant = pollutant_arg(fcinfo, 1);
	EcoAirSeries series;
	EcoExact	mean;

	series_arg(fcinfo, 0, pollutant, &series);
	if (!eco_air_series_mean(&series, &mean))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((double) mean.num / (double) mean.den /
					 (pollutant == ECO_CO ? 10.0 : 1.0));
}

PG_FUNCTION_INFO_V1(air_summary_percentile);
Datum
air_summary_percentile(PG_FUNCTION_ARGS)
{
	int			pollutant = pollutant_arg(fcinfo, 1);
	double		p = PG_GETARG_FLOAT8(2);
	int64_t		p_fixed;
	EcoAirSeries series;
	EcoExact	value;

	if (!(p >= 0 && p <= 100) || !eco_fixed_from_double(p, &p_fixed))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("percentile %g is out of range", p),
				 errhint("A percentile is from 0 to 100.")));
	series_arg(fcinfo, 0, pollutant, &series);
	if (!eco_air_series_percentile(&series, p_fixed, &value))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(numeric_from_exact(value, eco_air_reporting_decimals(pollutant)));
}

PG_FUNCTION_INFO_V1(air_summary_evaluation_value);
Datum
air_summary_evaluation_value(PG_FUNCTION_ARGS)
{
	int			pollutant = pollutant_arg(fcinfo, 1);
	int			stat = ECO_AIR_STAT_ANNUAL;
	EcoAirSeries series;
	int64_t		units;

	if (PG_NARGS() > 2)
		stat = callsite_arg(fcinfo, 2, parse_statistic);
	series_arg(fcinfo, 0, pollutant, &series);
	if (!eco_air_series_evaluation(&series, pollutant, stat, &units))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(numeric_from_units(units, eco_air_reporting_decimals(pollutant)));
}

static int
gb3095_arg(FunctionCallInfo fcinfo, int argno, int year)
{
	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return eco_gb3095_default_for_year(year);
	return callsite_arg(fcinfo, argno, parse_gb3095);
}

static int
class_arg(FunctionCallInfo fcinfo, int argno)
{
	int32		klass;

	klass = PG_GETARG_INT32(argno);
	if (klass != 1 && klass != 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("class %d is not a GB 3095 class", klass),
				 errhint("Class 1 applies to 一类区, class 2 to 二类区.")));
	return klass;
}

/*
 * All six pollutants in SQL's three-valued AND: 0 when one does not comply,
 * -1 when none fails but one cannot be evaluated, else 1.
 */
static int
compliant_all(const EcoAirSummary *s, EcoGb3095 edition, int klass)
{
	bool		unknown = false;
	int			p;

	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		int			result = eco_air_compliant(s, p, edition, klass);

		if (result == 0)
			return 0;
		unknown |= result < 0;
	}
	return unknown ? -1 : 1;
}

/* a pollutant of the summary, or 'all' for the six together */
static int
parse_pollutant_or_all(const char *s, int len)
{
	static const char *const all[] = {"all", NULL};
	char		folded[ECO_NAME_MAX + 1];
	int			pollutant;

	if (eco_name_fold(s, len, folded) && eco_name_index(folded, all) == 0)
		return ECO_AIR_ALL_POLLUTANTS;
	if (!summary_pollutant(s, len, &pollutant))
		unknown_name("pollutant", s, len, " for an air summary",
					 "Use one of " SUMMARY_POLLUTANTS ", or 'all' for the six together.");
	return pollutant;
}

/*
 * compliant(s, pollutant, class, standard): a NULL standard is the year's
 * default; pollutant 'all': the six together, as compliant(s) but for any
 * class and edition.
 */
PG_FUNCTION_INFO_V1(air_summary_compliant);
Datum
air_summary_compliant(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s;
	int			pollutant;
	int			klass;
	int			edition;
	int			result;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	s = summary_arg(fcinfo, 0);
	pollutant = callsite_arg(fcinfo, 1, parse_pollutant_or_all);
	klass = class_arg(fcinfo, 2);
	edition = gb3095_arg(fcinfo, 3, s->year);
	result = pollutant == ECO_AIR_ALL_POLLUTANTS ? compliant_all(s, edition, klass) :
		eco_air_compliant(s, pollutant, edition, klass);
	if (result < 0)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(result == 1);
}

/* compliant(s): all six, Class II, the default edition of the summary's year */
PG_FUNCTION_INFO_V1(air_summary_compliant_all);
Datum
air_summary_compliant_all(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = summary_arg(fcinfo, 0);
	int			result = compliant_all(s, eco_gb3095_default_for_year(s->year), 2);

	if (result < 0)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(result == 1);
}

PG_FUNCTION_INFO_V1(air_summary_subindex);
Datum
air_summary_subindex(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = summary_arg(fcinfo, 0);
	int64_t		hundredths;

	if (!eco_air_subindex(s, pollutant_arg(fcinfo, 1), &hundredths))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(numeric_from_units(hundredths, 2));
}

PG_FUNCTION_INFO_V1(air_summary_composite_index);
Datum
air_summary_composite_index(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = summary_arg(fcinfo, 0);
	int64_t		hundredths;

	if (!eco_air_composite_index(s, &hundredths))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(numeric_from_units(hundredths, 2));
}

/* the canonical names of a set of pollutants, comma-separated */
static text *
pollutant_set_text(uint8 set)
{
	StringInfoData buf;
	int			p;

	initStringInfo(&buf);
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (set & (1 << p))
			appendStringInfo(&buf, "%s%s", buf.len ? "," : "", eco_pollutant_name(p));
	return cstring_to_text(buf.data);
}

PG_FUNCTION_INFO_V1(air_summary_max_subindex_pollutant);
Datum
air_summary_max_subindex_pollutant(PG_FUNCTION_ARGS)
{
	uint8		set = eco_air_max_subindex_pollutants(summary_arg(fcinfo, 0));

	if (set == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(pollutant_set_text(set));
}

/* ---- Day counts from the daily AQI ---- */

typedef enum DayCount
{
	COUNT_AQI_DAYS,
	COUNT_GOOD_DAYS,
	COUNT_AT_LEVEL,
	COUNT_HEAVY_DAYS,
	COUNT_EXCEEDANCE_DAYS,		/* AQI > 100 */
	COUNT_POLLUTANT_OVER_100,	/* the pollutant's IAQI > 100 */
	COUNT_PRIMARY,				/* the pollutant (one of) the primary pollutant(s) */
	COUNT_PRIMARY_EXCEEDANCE	/* ... on a day with AQI > 100 */
} DayCount;

static int
count_days(const EcoAirSummary *s, DayCount what, int arg)
{
	EcoAirDayCounts c;

	eco_air_day_counts(s, &c);
	switch (what)
	{
		case COUNT_AQI_DAYS:
			return c.aqi_days;
		case COUNT_GOOD_DAYS:
			return c.at_level[1] + c.at_level[2];
		case COUNT_AT_LEVEL:
			return c.at_level[arg];
		case COUNT_HEAVY_DAYS:
			return c.at_level[5] + c.at_level[6];
		case COUNT_EXCEEDANCE_DAYS:
			return c.exceedance_days;
		case COUNT_POLLUTANT_OVER_100:
			/* a pollutant can exceed on a day whose AQI cannot be formed */
			return c.over_100[arg];
		case COUNT_PRIMARY:
			return c.primary[arg];
		case COUNT_PRIMARY_EXCEEDANCE:
			return c.primary_exceedance[arg];
	}
	return 0;
}

PG_FUNCTION_INFO_V1(air_summary_aqi_days);
Datum
air_summary_aqi_days(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(count_days(summary_arg(fcinfo, 0), COUNT_AQI_DAYS, 0));
}

PG_FUNCTION_INFO_V1(air_summary_good_days);
Datum
air_summary_good_days(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(count_days(summary_arg(fcinfo, 0), COUNT_GOOD_DAYS, 0));
}

PG_FUNCTION_INFO_V1(air_summary_heavy_days);
Datum
air_summary_heavy_days(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(count_days(summary_arg(fcinfo, 0), COUNT_HEAVY_DAYS, 0));
}

PG_FUNCTION_INFO_V1(air_summary_days_at_level);
Datum
air_summary_days_at_level(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = summary_arg(fcinfo, 0);
	int32		level = PG_GETARG_INT32(1);

	if (level < 1 || level > 6)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("AQI level %d does not exist", level),
				 errhint("HJ 633 Table 2 has levels 1 (一级) to 6 (六级).")));
	PG_RETURN_INT32(count_days(s, COUNT_AT_LEVEL, level));
}

PG_FUNCTION_INFO_V1(air_summary_exceedance_days);
Datum
air_summary_exceedance_days(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = summary_arg(fcinfo, 0);

	if (PG_NARGS() > 1)
		PG_RETURN_INT32(count_days(s, COUNT_POLLUTANT_OVER_100, pollutant_arg(fcinfo, 1)));
	PG_RETURN_INT32(count_days(s, COUNT_EXCEEDANCE_DAYS, 0));
}

static int
parse_basis(const char *s, int len)
{
	static const char *const bases[] = {"exceedance", "primary", NULL};
	char		folded[ECO_NAME_MAX + 1];
	int			i = -1;

	if (eco_name_fold(s, len, folded))
		i = eco_name_index(folded, bases);
	if (i < 0)
		unknown_name("basis", s, len, " for primary pollutant days",
					 "Use 'exceedance' (days with AQI above 100) or 'primary' (every day with a primary pollutant, AQI above 50).");
	return i == 0 ? COUNT_PRIMARY_EXCEEDANCE : COUNT_PRIMARY;
}

/* primary_pollutant_days(s, pollutant [, basis]) */
PG_FUNCTION_INFO_V1(air_summary_primary_pollutant_days);
Datum
air_summary_primary_pollutant_days(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = summary_arg(fcinfo, 0);
	int			pollutant = pollutant_arg(fcinfo, 1);
	int			basis = COUNT_PRIMARY;

	if (PG_NARGS() > 2)
		basis = callsite_arg(fcinfo, 2, parse_basis);
	PG_RETURN_INT32(count_days(s, basis, pollutant));
}

/*
 * primary_pollutant_share(s, pollutant, basis): primary_pollutant_days()
 * over the days its basis counts (410_air_summary_rate.sql)
 */
PG_FUNCTION_INFO_V1(air_summary_primary_pollutant_share);
Datum
air_summary_primary_pollutant_share(PG_FUNCTION_ARGS)
{
	const EcoAirSummary *s = summary_arg(fcinfo, 0);
	int			pollutant = pollutant_arg(fcinfo, 1);
	int			basis = callsite_arg(fcinfo, 2, parse_basis);
	EcoAirDayCounts c;

	eco_air_day_counts(s, &c);
	if (basis == COUNT_PRIMARY_EXCEEDANCE)
		PG_RETURN_RATE_P(eco_rate_new(c.primary_exceedance[pollutant], c.exceedance_days, "rate()"));
	PG_RETURN_RATE_P(eco_rate_new(c.primary[pollutant], c.aqi_days - c.at_level[1], "rate()"));
}

/* ---- Scalars ---- */

PG_FUNCTION_INFO_V1(air_summary_year);
Datum
air_summary_year(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(summary_arg(fcinfo, 0)->year);
}

PG_FUNCTION_INFO_V1(air_summary_aqi_standard);
Datum
air_summary_aqi_standard(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(eco_air_aqi_rule_name(summary_arg(fcinfo, 0)->aqi_rule)));
}

/* every indicator, O3 1-hour included: all report in µg/m³ but CO */
static int
parse_any_pollutant(const char *s, int len)
{
	EcoPollutant pollutant;
	EcoPeriod	period;

	if (!eco_pollutant_from_name(s, len, &pollutant, &period))
		unknown_name("pollutant", s, len, "", "Use one of 'so2', 'no2', 'pm10', 'co', 'o3_8h', 'o3_1h', 'pm2.5'.");
	return pollutant;
}

/* report_concentration(pollutant, value): GB/T 8170 to the reporting precision */
PG_FUNCTION_INFO_V1(report_concentration);
Datum
report_concentration(PG_FUNCTION_ARGS)
{
	int			pollutant;
	double		value = PG_GETARG_FLOAT8(1);
	int64_t		fixed;
	int64_t		quantum;

	pollutant = callsite_arg(fcinfo, 0, parse_any_pollutant);
	quantum = eco_air_reporting_quantum(pollutant);
	if (!(value >= 0) || !eco_fixed_from_double(value, &fixed) ||
		value > ECO_AIR_MAX_CONCENTRATION)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s concentration %.15g is not a measurement", eco_pollutant_name(pollutant), value),
				 errhint("Concentrations are finite, from 0 to %g (µg/m³; CO mg/m³).",
						 ECO_AIR_MAX_CONCENTRATION)));
	PG_RETURN_DATUM(numeric_from_units(eco_fixed_round_half_even(fixed, quantum) / quantum,
									   eco_air_reporting_decimals(pollutant)));
}
