/*
 * The annual air-quality summary: accumulation, merge, the stored form, and
 * the HJ 663-2013 statistics over the city daily values.
 */
#include "core/air_summary.h"

#include <math.h>
#include <string.h>

#include "core/aqi.h"
#include "core/gbt8170.h"

#define MAX_FIXED_VALUE ((int64_t) (ECO_AIR_MAX_CONCENTRATION * 1e6))
#define PERCENT_SCALE (100 * ECO_FIXED_SCALE)

/* ---- The calendar ---- */

static bool
is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static const int month_start[2][13] = {
	{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
	{0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366},
};

bool
eco_air_year_valid(int year)
{
	return year >= 1 && year <= 9999;
}

int
eco_air_days_in_year(int year)
{
	return is_leap(year) ? 366 : 365;
}

int
eco_air_day_of_year(int year, int month, int day)
{
	return month_start[is_leap(year)][month - 1] + day - 1;
}

int
eco_air_month_of_day(int year, int day_of_year)
{
	int			month = 1;

	while (day_of_year >= month_start[is_leap(year)][month])
		month++;
	return month;
}

static const char *const aqi_rule_names[ECO_AIR_AQI_N_RULES] = {
	"by date", "hj633-2012", "hj633-2026"
};

const char *
eco_air_aqi_rule_name(EcoAirAqiRule rule)
{
	return aqi_rule_names[rule];
}

/* ---- Accumulation ---- */

void
eco_air_init(EcoAirSummary *s, int year, EcoAirAqiRule rule)
{
	memset(s, 0, sizeof(*s));
	s->year = year;
	s->aqi_rule = rule;
}

EcoAirStatus
eco_air_read_values(const double conc[ECO_AIR_N_POLLUTANTS], const bool present[ECO_AIR_N_POLLUTANTS],
					int64_t fixed[ECO_AIR_N_POLLUTANTS], int *culprit)
{
	int			p;

	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		fixed[p] = 0;
		if (!present[p])
			continue;
		*culprit = p;
		if (isnan(conc[p]) || isinf(conc[p]))
			return ECO_AIR_NOT_FINITE;
		if (conc[p] < 0)
			return ECO_AIR_NEGATIVE;
		if (conc[p] > ECO_AIR_MAX_CONCENTRATION)
			return ECO_AIR_TOO_LARGE;
		eco_fixed_from_double(conc[p], &fixed[p]);
	}
	return ECO_AIR_OK;
}

EcoAirStatus
eco_air_add(EcoAirSummary *s, int day_of_year, const double conc[ECO_AIR_N_POLLUTANTS],
			const bool present[ECO_AIR_N_POLLUTANTS], int *culprit)
{
	int64_t		fixed[ECO_AIR_N_POLLUTANTS];
	EcoAirStatus status = eco_air_read_values(conc, present, fixed, culprit);
	int			p;

	if (status != ECO_AIR_OK)
		return status;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (present[p] && s->count[day_of_year][p] >= ECO_AIR_MAX_COUNT)
		{
			*culprit = p;
			return ECO_AIR_TOO_MANY_VALUES;
		}
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (present[p])
		{
			s->sum[day_of_year][p] += fixed[p];
			s->count[day_of_year][p]++;
		}
	return ECO_AIR_OK;
}

EcoAirStatus
eco_air_merge(EcoAirSummary *into, const EcoAirSummary *from)
{
	int			d,
				p;

	for (d = 0; d < ECO_AIR_MAX_DAYS; d++)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			if ((uint64_t) into->count[d][p] + from->count[d][p] > ECO_AIR_MAX_COUNT)
				return ECO_AIR_TOO_MANY_VALUES;
	for (d = 0; d < ECO_AIR_MAX_DAYS; d++)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			into->sum[d][p] += from->sum[d][p];
			into->count[d][p] += from->count[d][p];
		}
	return ECO_AIR_OK;
}

/*
 * ---- The stored form (version 1) ----
 *
 *   byte 0       format version (1)
 *   byte 1       AQI rule (EcoAirAqiRule)
 *   bytes 2-3    year, big-endian
 *   bytes 4-9    per pollutant e: its sums are stored in units of 10^e
 *                fixed-point units (0..6; integer inputs pack to small numbers)
 *   bytes 10-11  the last day with data + 1 (0: none), big-endian: the next
 *                period's records can be appended without reading these
 *   then, for each day with data, in increasing order:
 *     varint     days skipped since the previous record (the first: since day 0)
 *     byte       bits 0-5: pollutants present; bit 6: every count is 1 (counts
 *                omitted); bit 7 zero
 *     per present pollutant: [varint count] varint sum / 10^e
 *   and nothing after the last record.  Varints are unsigned LEB128.
 */
#define HEADER_BYTES 12
#define SAME_KIND_BYTES 10		/* version, rule, year, scales */
#define MASK_COUNTS_ONE 0x40
#define MAX_VARINT 10

static const int64_t pow10_table[7] = {1, 10, 100, 1000, 10000, 100000, 1000000};

/* One day record, sums in fixed-point units. */
typedef struct DayRecord
{
	int			day;
	uint8_t		mask;			/* pollutants present */
	uint32_t	count[ECO_AIR_N_POLLUTANTS];
	int64_t		sum[ECO_AIR_N_POLLUTANTS];
} DayRecord;

size_t
eco_air_packed_max(void)
{
	return HEADER_BYTES + ECO_AIR_MAX_DAYS * (MAX_VARINT + 1 + 2 * MAX_VARINT * ECO_AIR_N_POLLUTANTS);
}

static uint8_t *
put_varint(uint8_t *out, uint64_t v)
{
	while (v >= 0x80)
	{
		*out++ = (uint8_t) (v | 0x80);
		v >>= 7;
	}
	*out++ = (uint8_t) v;
	return out;
}

static uint8_t *
put_header(uint8_t *out, int year, int rule, const int exponent[ECO_AIR_N_POLLUTANTS],
		   int last_day)
{
	int			p;

	*out++ = ECO_AIR_FORMAT_VERSION;
	*out++ = (uint8_t) rule;
	*out++ = (uint8_t) (year >> 8);
	*out++ = (uint8_t) (year & 0xff);
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		*out++ = (uint8_t) exponent[p];
	*out++ = (uint8_t) ((last_day + 1) >> 8);
	*out++ = (uint8_t) ((last_day + 1) & 0xff);
	return out;
}

static int
header_last_day(const uint8_t *buf)
{
	return ((buf[10] << 8) | buf[11]) - 1;
}

/* writes a record after the one of day `previous` (-1 for the first) */
static uint8_t *
put_record(uint8_t *out, const DayRecord *r, int previous, const int exponent[ECO_AIR_N_POLLUTANTS])
{
	uint8_t		mask = r->mask;
	int			p;

	out = put_varint(out, (uint64_t) (r->day - previous - 1));
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if ((mask & (1 << p)) && r->count[p] > 1)
			break;
	if (p == ECO_AIR_N_POLLUTANTS)
		mask |= MASK_COUNTS_ONE;
	*out++ = mask;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		if (!(r->mask & (1 << p)))
			continue;
		if (!(mask & MASK_COUNTS_ONE))
			out = put_varint(out, r->count[p]);
		out = put_varint(out, (uint64_t) (r->sum[p] / pow10_table[exponent[p]]));
	}
	return out;
}

/* trailing decimal zeros of v, at most 6 (constant divisors: no division) */
static int
decimal_exponent(int64_t v)
{
	if (v % 1000000 == 0)
		return 6;
	if (v % 100000 == 0)
		return 5;
	if (v % 10000 == 0)
		return 4;
	if (v % 1000 == 0)
		return 3;
	if (v % 100 == 0)
		return 2;
	if (v % 10 == 0)
		return 1;
	return 0;
}

size_t
eco_air_pack(const EcoAirSummary *s, uint8_t *buf)
{
	uint8_t    *out;
	int			exponent[ECO_AIR_N_POLLUTANTS];
	int			ndays = eco_air_days_in_year(s->year);
	int			previous = -1;
	int			last = -1;
	int			d,
				p;

	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		exponent[p] = 6;
	for (d = 0; d < ndays; d++)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			if (s->count[d][p] > 0)
				last = d;
			if (exponent[p] > 0 && s->sum[d][p] % 1000000 != 0)
			{
				int			e = decimal_exponent(s->sum[d][p]);

				if (e < exponent[p])
					exponent[p] = e;
			}
		}
	out = put_header(buf, s->year, s->aqi_rule, exponent, last);
	for (d = 0; d < ndays; d++)
	{
		DayRecord	r;

		r.day = d;
		r.mask = 0;
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			r.count[p] = s->count[d][p];
			r.sum[p] = s->sum[d][p];
			if (r.count[p] > 0)
				r.mask |= (uint8_t) (1 << p);
		}
		if (r.mask == 0)
			continue;
		out = put_record(out, &r, previous, exponent);
		previous = d;
	}
	return (size_t) (out - buf);
}

static inline bool
get_varint(const uint8_t **in, const uint8_t *end, uint64_t *v)
{
	uint64_t	result = 0;
	int			shift;

	/* most values at reporting precision take one or two bytes */
	if (*in < end && (*in)[0] < 0x80)
	{
		*v = *(*in)++;
		return true;
	}
	if (end - *in >= 2 && (*in)[1] < 0x80)
	{
		*v = ((uint64_t) (*in)[0] & 0x7f) | ((uint64_t) (*in)[1] << 7);
		*in += 2;
		return true;
	}
	for (shift = 0; shift < 64; shift += 7)
	{
		uint8_t		b;

		if (*in >= end)
			return false;
		b = *(*in)++;
		if (shift == 63 && b > 1)
			return false;		/* beyond 64 bits */
		result |= (uint64_t) (b & 0x7f) << shift;
		if (!(b & 0x80))
		{
			*v = result;
			return true;
		}
	}
	return false;
}

/* Reads the records of a stored form one by one, checking every byte. */
typedef struct PackedReader
{
	const uint8_t *in;
	const uint8_t *end;
	int			ndays;
	int			previous;
	int			last_day;		/* as the header gives it */
	int			exponent[ECO_AIR_N_POLLUTANTS];
	uint64_t	max_stored[ECO_AIR_N_POLLUTANTS];	/* per value, in stored units */
} PackedReader;

const char *
eco_air_unpack_header(const uint8_t *buf, size_t len, int *year, EcoAirAqiRule *rule)
{
	int			p;

	if (len < 1)
		return "the summary is empty";
	if (buf[0] != ECO_AIR_FORMAT_VERSION)
		return "unknown format version";
	if (len < HEADER_BYTES)
		return "the summary is truncated";
	if (buf[1] >= ECO_AIR_AQI_N_RULES)
		return "unknown AQI standard code";
	*year = (buf[2] << 8) | buf[3];
	if (!eco_air_year_valid(*year))
		return "year out of range";
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (buf[4 + p] > 6)
			return "scale exponent out of range";
	if (header_last_day(buf) >= eco_air_days_in_year(*year))
		return "last day beyond the end of the year";
	*rule = (EcoAirAqiRule) buf[1];
	return NULL;
}

static const char *
reader_start(PackedReader *reader, const uint8_t *buf, size_t len, int *year, EcoAirAqiRule *rule)
{
	const char *reason = eco_air_unpack_header(buf, len, year, rule);
	int			p;

	if (reason)
		return reason;
	reader->in = buf + HEADER_BYTES;
	reader->end = buf + len;
	reader->ndays = eco_air_days_in_year(*year);
	reader->previous = -1;
	reader->last_day = header_last_day(buf);
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		reader->exponent[p] = buf[4 + p];
		reader->max_stored[p] = (uint64_t) (MAX_FIXED_VALUE / pow10_table[buf[4 + p]]);
	}
	return NULL;
}

/*
 * The head of the next record: its day (checked against the previous day and
 * the year) and its pollutant mask; *done at the end of the form.
 */
static inline const char *
reader_next_head(PackedReader *reader, int *day, uint8_t *mask, bool *done)
{
	uint64_t	skip;

	*done = reader->in >= reader->end;
	if (*done)
		return reader->previous == reader->last_day ? NULL : "the last day does not match the records";
	if (!get_varint(&reader->in, reader->end, &skip))
		return "a day record is truncated";
	if (skip >= (uint64_t) reader->ndays || reader->previous + 1 + (int) skip >= reader->ndays)
		return "day beyond the end of the year";
	*day = reader->previous + 1 + (int) skip;
	reader->previous = *day;
	if (reader->in >= reader->end)
		return "a day record is truncated";
	*mask = *reader->in++;
	if ((*mask & 0x80) || (*mask & 0x3f) == 0)
		return "invalid pollutant mask";
	return NULL;
}

/* One pollutant's fields of a record: its station count and its stored sum, checked. */
static inline const char *
reader_next_field(PackedReader *reader, uint8_t mask, int p, uint64_t *count, uint64_t *stored)
{
	*count = 1;
	if (!(mask & MASK_COUNTS_ONE) && !get_varint(&reader->in, reader->end, count))
		return "a day record is truncated";
	if (*count < 1 || *count > ECO_AIR_MAX_COUNT)
		return "count out of range";
	if (!get_varint(&reader->in, reader->end, stored))
		return "a day record is truncated";
	/* count * max_stored <= 10^16: no overflow */
	if (*stored > *count * reader->max_stored[p])
		return "concentration out of range";
	return NULL;
}

/* the next record into *r; *done at the end */
static inline const char *
reader_next(PackedReader *reader, DayRecord *r, bool *done)
{
	const char *reason = reader_next_head(reader, &r->day, &r->mask, done);
	int			p;

	if (reason != NULL || *done)
		return reason;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		uint64_t	count;
		uint64_t	stored;

		if (!(r->mask & (1 << p)))
			continue;
		if ((reason = reader_next_field(reader, r->mask, p, &count, &stored)) != NULL)
			return reason;
		r->count[p] = (uint32_t) count;
		r->sum[p] = (int64_t) stored * pow10_table[reader->exponent[p]];
	}
	r->mask &= 0x3f;
	return NULL;
}

/*
 * A light walk over the records, for the readers that need only the days or
 * one pollutant: the layout and the day numbers are checked, and the fields
 * of `pollutant` (-1: none) are read and checked; the other fields are only
 * skipped.
 */
static inline bool
skip_varint(const uint8_t **in, const uint8_t *end)
{
	const uint8_t *start = *in;

	while (*in < end && *in - start < MAX_VARINT)
		if (!(*(*in)++ & 0x80))
			return true;
	return false;
}

typedef struct LightRecord
{
	int			day;
	bool		has_value;		/* of the pollutant asked for */
	uint32_t	count;
	uint64_t	stored;			/* the sum in stored units */
	int64_t		sum;
} LightRecord;

static inline const char *
reader_next_light(PackedReader *reader, int pollutant, LightRecord *r, bool *done)
{
	uint8_t		mask;
	int			p;
	const char *reason = reader_next_head(reader, &r->day, &mask, done);

	if (reason != NULL || *done)
		return reason;
	r->has_value = false;
	r->count = 0;
	r->stored = 0;
	r->sum = 0;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		uint64_t	count;
		uint64_t	stored;

		if (!(mask & (1 << p)))
			continue;
		if (p != pollutant)
		{
			if (reader->end - reader->in >= 2 * MAX_VARINT)
			{
				/* both fields (at most MAX_VARINT bytes each) end before the end of
				 * the form: skipped without a bounds check per byte */
				const uint8_t *in = reader->in;
				int			fields = (mask & MASK_COUNTS_ONE) ? 1 : 2;

				while (fields-- > 0)
				{
					int			k = 0;

					while (in[k] & 0x80)
						if (++k == MAX_VARINT)
							return "a day record is truncated";
					in += k + 1;
				}
				reader->in = in;
				continue;
			}
			if ((!(mask & MASK_COUNTS_ONE) && !skip_varint(&reader->in, reader->end)) ||
				!skip_varint(&reader->in, reader->end))
				return "a day record is truncated";
			continue;
		}
		if ((reason = reader_next_field(reader, mask, p, &count, &stored)) != NULL)
			return reason;
		r->has_value = true;
		r->count = (uint32_t) count;
		r->stored = stored;
		r->sum = (int64_t) stored * pow10_table[reader->exponent[p]];
	}
	return NULL;
}

const char *
eco_air_unpack_add(const uint8_t *buf, size_t len, EcoAirSummary *s)
{
	PackedReader reader;
	DayRecord	r;
	int			year;
	EcoAirAqiRule rule;
	bool		done = false;
	const char *reason = reader_start(&reader, buf, len, &year, &rule);
	int			p;

	while (reason == NULL && !(reason = reader_next(&reader, &r, &done)) && !done)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			if (!(r.mask & (1 << p)))
				continue;
			if (s->count[r.day][p] + r.count[p] > ECO_AIR_MAX_COUNT)
				return "more values of one day than a summary holds";
			s->count[r.day][p] = (uint16_t) (s->count[r.day][p] + r.count[p]);
			s->sum[r.day][p] += r.sum[p];
		}
	return reason;
}

const char *
eco_air_unpack(const uint8_t *buf, size_t len, EcoAirSummary *s)
{
	int			year;
	EcoAirAqiRule rule;
	const char *reason = eco_air_unpack_header(buf, len, &year, &rule);

	if (reason)
		return reason;
	eco_air_init(s, year, rule);
	return eco_air_unpack_add(buf, len, s);
}

size_t
eco_air_packed_append(uint8_t *a, size_t alen, const uint8_t *b, size_t blen,
					  const char **reason)
{
	int			year_a,
				year_b;
	EcoAirAqiRule rule_a,
				rule_b;
	const uint8_t *in = b + HEADER_BYTES;
	uint64_t	first;
	int			a_last;
	uint8_t    *out;

	if ((*reason = eco_air_unpack_header(a, alen, &year_a, &rule_a)) != NULL ||
		(*reason = eco_air_unpack_header(b, blen, &year_b, &rule_b)) != NULL)
		return 0;
	if (memcmp(a, b, SAME_KIND_BYTES) != 0)
		return 0;
	if (blen == HEADER_BYTES)
		return alen;			/* nothing to add */
	if (!get_varint(&in, b + blen, &first))
	{
		*reason = "a day record is truncated";
		return 0;
	}
	a_last = header_last_day(a);
	if (first >= (uint64_t) eco_air_days_in_year(year_a) || (int) first <= a_last)
		return 0;
	out = put_varint(a + alen, first - (uint64_t) a_last - 1);
	memcpy(out, in, blen - (size_t) (in - b));
	out += blen - (size_t) (in - b);
	a[10] = b[10];
	a[11] = b[11];
	return (size_t) (out - a);
}

size_t
eco_air_packed_empty(uint8_t *out, int year, EcoAirAqiRule rule)
{
	static const int coarsest[ECO_AIR_N_POLLUTANTS] = {6, 6, 6, 6, 6, 6};

	return (size_t) (put_header(out, year, rule, coarsest, -1) - out);
}

size_t
eco_air_packed_append_day(uint8_t *a, size_t alen, int day,
						  const int64_t fixed[ECO_AIR_N_POLLUTANTS],
						  const bool present[ECO_AIR_N_POLLUTANTS], bool *finer_scale)
{
	DayRecord	r;
	int			last = header_last_day(a);
	int			exponent[ECO_AIR_N_POLLUTANTS];
	uint8_t    *out;
	int			p;

	*finer_scale = false;
	if (day <= last)
		return 0;
	r.day = day;
	r.mask = 0;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		exponent[p] = a[4 + p];
		if (!present[p])
			continue;
		if (fixed[p] % pow10_table[exponent[p]] != 0)
			*finer_scale = true;
		r.mask |= (uint8_t) (1 << p);
		r.count[p] = 1;
		r.sum[p] = fixed[p];
	}
	if (r.mask == 0)
		return alen;
	if (*finer_scale)
		return 0;
	out = put_record(a + alen, &r, last, exponent);
	a[10] = (uint8_t) ((day + 1) >> 8);
	a[11] = (uint8_t) ((day + 1) & 0xff);
	return (size_t) (out - a);
}

size_t
eco_air_packed_rescale(const uint8_t *a, size_t alen, const int64_t fixed[ECO_AIR_N_POLLUTANTS],
					   const bool present[ECO_AIR_N_POLLUTANTS], uint8_t *out)
{
	uint8_t		finer[HEADER_BYTES];
	int			exponent[ECO_AIR_N_POLLUTANTS];
	int			year;
	EcoAirAqiRule rule;
	size_t		len;
	const char *reason;
	int			p;

	if (eco_air_unpack_header(a, alen, &year, &rule) != NULL)
		return 0;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		exponent[p] = a[4 + p];
		if (present[p] && fixed[p] % pow10_table[exponent[p]] != 0)
			exponent[p] = decimal_exponent(fixed[p]);
	}
	put_header(finer, year, rule, exponent, -1);
	return eco_air_packed_concat(a, alen, finer, HEADER_BYTES, out, &len, &reason) ? len : 0;
}

/*
 * Two stored forms of one year and rule whose days do not interleave (every
 * day of a before every day of b, as months in order) merge by writing their
 * records one after the other, at the finer of their two scales.  False when
 * the days interleave; *reason on a malformed form.
 */
bool
eco_air_packed_concat(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen,
					  uint8_t *out, size_t *outlen, const char **reason)
{
	PackedReader ra,
				rb;
	DayRecord	r;
	int			year_a,
				year_b;
	EcoAirAqiRule rule_a,
				rule_b;
	int			exponent[ECO_AIR_N_POLLUTANTS];
	uint8_t    *o;
	int			previous = -1;
	bool		done = false;
	int			p;

	if ((*reason = reader_start(&ra, a, alen, &year_a, &rule_a)) != NULL ||
		(*reason = reader_start(&rb, b, blen, &year_b, &rule_b)) != NULL)
		return false;
	if (year_a != year_b || rule_a != rule_b)
		return false;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		exponent[p] = ra.exponent[p] < rb.exponent[p] ? ra.exponent[p] : rb.exponent[p];
	o = put_header(out, year_a, rule_a, exponent,
				   header_last_day(b) >= 0 ? header_last_day(b) : header_last_day(a));
	while (!(*reason = reader_next(&ra, &r, &done)) && !done)
	{
		o = put_record(o, &r, previous, exponent);
		previous = r.day;
	}
	while (*reason == NULL && !(*reason = reader_next(&rb, &r, &done)) && !done)
	{
		if (r.day <= previous)
			return false;
		o = put_record(o, &r, previous, exponent);
		previous = r.day;
	}
	*outlen = (size_t) (o - out);
	return *reason == NULL;
}

/* ---- City daily values (HJ 663-2013; reference §2.3.5, §2.3.6) ---- */

/* num/den rounded half to even to an integer, num >= 0, den > 0 */
static int64_t
divide_half_even(int64_t num, int64_t den)
{
	int64_t		q = num / den;
	int64_t		r = num % den;

	if (2 * r > den || (2 * r == den && q % 2 != 0))
		q++;
	return q;
}

int64_t
eco_exact_round(EcoExact x)
{
	return divide_half_even(x.num, x.den);
}

bool
eco_air_daily_value(const EcoAirSummary *s, int day_of_year, int pollutant, int64_t *units)
{
	uint32_t	count = s->count[day_of_year][pollutant];

	if (count == 0)
		return false;
	/* the mean of the stations, sum / count, rounded once to reporting units */
	*units = divide_half_even(s->sum[day_of_year][pollutant],
							  (int64_t) count * eco_air_reporting_quantum(pollutant));
	return true;
}

/* ---- Validity: GB 3095-2012/2026 Table 4 (reference §1.5) ---- */

static bool
day_valid(const EcoAirSummary *s, int day, int pollutant)
{
	int			p;

	if (pollutant != ECO_AIR_ALL_POLLUTANTS)
		return s->count[day][pollutant] > 0;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (s->count[day][p] == 0)
			return false;
	return true;
}

int
eco_air_valid_days(const EcoAirSummary *s, int pollutant)
{
	int			n = 0;
	int			d;

	for (d = 0; d < eco_air_days_in_year(s->year); d++)
		n += day_valid(s, d, pollutant);
	return n;
}

int
eco_air_valid_days_in_month(const EcoAirSummary *s, int month, int pollutant)
{
	const int  *start = month_start[is_leap(s->year)];
	int			n = 0;
	int			d;

	for (d = start[month - 1]; d < start[month]; d++)
		n += day_valid(s, d, pollutant);
	return n;
}

/*
 * At least 27 daily values in every month, 25 in February.  Table 4 counts
 * each pollutant's own daily values, so "all six" means each of the six is
 * valid, not that 27 days have all six at once.
 */
bool
eco_air_valid_month(const EcoAirSummary *s, int month, int pollutant)
{
	int			p;

	if (pollutant == ECO_AIR_ALL_POLLUTANTS)
	{
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			if (!eco_air_valid_month(s, month, p))
				return false;
		return true;
	}
	return eco_air_valid_days_in_month(s, month, pollutant) >= (month == 2 ? 25 : 27);
}

/* at least 324 daily values a year, and every month valid; all six: each */
bool
eco_air_valid_year(const EcoAirSummary *s, int pollutant)
{
	int			month;
	int			p;

	if (pollutant == ECO_AIR_ALL_POLLUTANTS)
	{
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
			if (!eco_air_valid_year(s, p))
				return false;
		return true;
	}
	if (eco_air_valid_days(s, pollutant) < 324)
		return false;
	for (month = 1; month <= 12; month++)
		if (!eco_air_valid_month(s, month, pollutant))
			return false;
	return true;
}

/* ---- Statistics (HJ 663-2013; reference §2.3.1, §2.3.2) ---- */

void
eco_air_series(const EcoAirSummary *s, int pollutant, EcoAirSeries *series)
{
	int			d;

	series->n = 0;
	for (d = 0; d < eco_air_days_in_year(s->year); d++)
		if (eco_air_daily_value(s, d, pollutant, &series->value[series->n]))
			series->n++;
}

/*
 * The common record of eco_air_packed_series, found without a branch per
 * field: the day skip takes one byte and the fields, varints of one or two
 * bytes, lie in the FAST_FIELD_BYTES bytes after the mask.  A varint ends at
 * a byte below 0x80: the ends of the fields are bits of two words, and where
 * the k-th field ends comes from a table.  False, with nothing consumed, for
 * any other record (or a malformed one): reader_next_light reads it and gives
 * the reason.  The checks are those of reader_next_light.
 */
#define FAST_FIELD_BYTES 16
#define FAST_RECORD_BYTES (2 + FAST_FIELD_BYTES)

/*
 * For the varint ends e of 8 bytes (bit i: byte i ends one): their number,
 * and the bytes up to and including the (k+1)-th (0 when fewer).  2 kB
 * derived from the bits of e, filled on first use.
 */
static uint8_t ends_in_byte[256];
static uint8_t bytes_through_end[256][8];

/*
 * For a record's mask: the index of its last field, and of the sum field of
 * each pollutant present (the fields are [count] sum per pollutant present).
 */
static uint8_t last_field[128];
static uint8_t sum_field[ECO_AIR_N_POLLUTANTS][128];
static bool end_tables_built;

static void
build_end_tables(void)
{
	int			e,
				i;

	for (e = 0; e < 256; e++)
		for (i = 0; i < 8; i++)
			if (e >> i & 1)
				bytes_through_end[e][ends_in_byte[e]++] = (uint8_t) (i + 1);
	for (e = 0; e < 128; e++)
	{
		int			per_pollutant = (e & MASK_COUNTS_ONE) ? 1 : 2;
		int			fields = 0;

		for (i = 0; i < ECO_AIR_N_POLLUTANTS; i++)
			if (e >> i & 1)
			{
				fields += per_pollutant;
				sum_field[i][e] = (uint8_t) (fields - 1);
			}
		last_field[e] = (uint8_t) (fields > 0 ? fields - 1 : 0);
	}
	end_tables_built = true;
}

/* bit i set: byte b[i] (i < 8) ends a varint */
static inline unsigned
varint_ends8(const uint8_t *b)
{
	static const union
	{
		uint16_t	word;
		uint8_t		first;
	}			probe = {1};
	uint64_t	w;

	memcpy(&w, b, sizeof(w));
	if (!probe.first)
	{
		int			i;

		for (i = 7, w = 0; i >= 0; i--)
			w = w << 8 | b[i];
	}
	w = ~w & UINT64_C(0x8080808080808080);
	/* gathers bits 7, 15, ..., 63 into the top byte */
	return (unsigned) (((w >> 7) * UINT64_C(0x0102040810204080)) >> 56);
}

/* the bytes through the (k+1)-th varint end of 16 bytes, 0 when fewer */
static inline int
bytes_through_varint(unsigned low, unsigned high, int k)
{
	int			in_low = ends_in_byte[low];
	int			in_high = k - in_low;
	int			through_high = in_high >= 0 && in_high < 8 ? bytes_through_end[high][in_high] : 0;

	if (k < in_low)
		return bytes_through_end[low][k];
	return through_high ? 8 + through_high : 0;
}

/* the varint of one or two bytes ending at b[end]; b[-1] is below 0x80 */
static inline uint32_t
varint_ending_at(const uint8_t *b, int end)
{
	uint32_t	before = b[end - 1];

	return before & 0x80 ? (before & 0x7f) | (uint32_t) b[end] << 7 : b[end];
}

static inline bool
light_record_fast(PackedReader *reader, int pollutant, LightRecord *r)
{
	const uint8_t *in = reader->in;
	const uint8_t *fields = in + 2;
	uint8_t		mask = in[1];
	unsigned	low = varint_ends8(fields);
	unsigned	high = varint_ends8(fields + 8);
	unsigned	continued = ~(low | high << 8) & 0xffff;
	int			length;

	if ((in[0] & 0x80) || reader->previous + 1 + in[0] >= reader->ndays ||
		(mask & 0x80) || (mask & 0x3f) == 0)
		return false;
	length = bytes_through_varint(low, high, last_field[mask]);
	/* no varint of more than two bytes: no two continuation bytes in a row */
	if (length == 0 || (continued & continued >> 1 & ((1u << length) - 1) >> 1))
		return false;
	r->has_value = (mask >> pollutant) & 1;
	r->count = 1;
	r->stored = 0;
	if (r->has_value)
	{
		int			field = sum_field[pollutant][mask];

		r->stored = varint_ending_at(fields, bytes_through_varint(low, high, field) - 1);
		if (!(mask & MASK_COUNTS_ONE))
			r->count = varint_ending_at(fields, bytes_through_varint(low, high, field - 1) - 1);
		if (r->count < 1 || r->stored > r->count * reader->max_stored[pollutant])
			return false;
	}
	r->day = reader->previous + 1 + in[0];
	r->sum = (int64_t) r->stored * pow10_table[reader->exponent[pollutant]];
	reader->previous = r->day;
	reader->in = fields + length;
	return true;
}

const char *
eco_air_packed_series(const uint8_t *buf, size_t len, int pollutant, EcoAirSeries *series)
{
	PackedReader reader;
	LightRecord r;
	int			year;
	EcoAirAqiRule rule;
	bool		done = false;
	const char *reason = reader_start(&reader, buf, len, &year, &rule);
	int64_t		quantum = eco_air_reporting_quantum(pollutant);
	int64_t		per_unit;
	int			n = 0;

	series->n = 0;
	if (reason)
		return reason;
	if (!end_tables_built)
		build_end_tables();
	per_unit = pow10_table[reader.exponent[pollutant]] % quantum == 0 ?
		pow10_table[reader.exponent[pollutant]] / quantum : 0;
	for (;;)
	{
		if (reader.end - reader.in < FAST_RECORD_BYTES ||
			!light_record_fast(&reader, pollutant, &r))
		{
			reason = reader_next_light(&reader, pollutant, &r, &done);
			if (reason || done)
			{
				series->n = n;
				return reason;
			}
		}
		if (!r.has_value)
			continue;
		/* a single value stored in whole reporting units needs no division */
		if (r.count == 1 && per_unit > 0)
			series->value[n++] = (int64_t) r.stored * per_unit;
		else
			series->value[n++] = divide_half_even(r.sum, (int64_t) r.count * quantum);
	}
}

bool
eco_air_series_mean(const EcoAirSeries *series, EcoExact *mean)
{
	int64_t		total = 0;
	int			i;

	if (series->n == 0)
		return false;
	for (i = 0; i < series->n; i++)
		total += series->value[i];
	mean->num = total;
	mean->den = series->n;
	return true;
}

/* the k-th smallest (0-based) of x[0..n-1], reordering x (Hoare's selection) */
static int64_t
select_kth(int64_t *x, int64_t n, int64_t k)
{
	int64_t		lo = 0;
	int64_t		hi = n - 1;

	while (lo < hi)
	{
		int64_t		pivot = x[lo + (hi - lo) / 2];
		int64_t		i = lo;
		int64_t		j = hi;

		while (i <= j)
		{
			while (x[i] < pivot)
				i++;
			while (x[j] > pivot)
				j--;
			if (i <= j)
			{
				int64_t		t = x[i];

				x[i] = x[j];
				x[j] = t;
				i++;
				j--;
			}
		}
		if (k <= j)
			hi = j;
		else if (k >= i)
			lo = i;
		else
			break;
	}
	return x[k];
}

/*
 * Daily values at reporting precision mostly lie within a few hundred units
 * of each other (O3: 50 to 250 µg/m³): then X(s) and X(s+1) come from a
 * count of each value, in time n + range, without reordering anything.
 */
#define COUNTING_RANGE_MAX 2048

/* the k-th smallest (0-based) of x[0..n-1] and the next, by counting */
static void
select_kth_counting(const int64_t *x, int64_t n, int64_t k, int64_t lowest, int64_t range,
					int64_t *at, int64_t *next)
{
	uint16_t	count[COUNTING_RANGE_MAX];	/* n <= ECO_AIR_MAX_DAYS */
	int64_t		below = 0;
	int64_t		v;
	int64_t		i;

	memset(count, 0, (size_t) range * sizeof(count[0]));
	for (i = 0; i < n; i++)
		count[x[i] - lowest]++;
	for (v = 0; below + count[v] <= k; v++)
		below += count[v];
	*at = lowest + v;
	if (k + 1 < n && below + count[v] == k + 1)
	{
		/* X(s+1) is the next value present */
		for (v++; count[v] == 0; v++)
			;
		*next = lowest + v;
	}
	else
		*next = *at;
}

/*
 * k = 1 + (n - 1) p / 100, s = floor(k), m = X(s) + (X(s+1) - X(s)) (k - s),
 * X(n + 1) = X(n).  With p in 10^-6 percent, (n - 1) p / 100 is an integer
 * part and a remainder over 10^8, so m is exact over the denominator 10^8.
 */
bool
eco_air_series_percentile(EcoAirSeries *series, int64_t p_fixed, EcoExact *value)
{
	int64_t		n = series->n;
	int64_t    *x = series->value;
	int64_t		rank_scaled;
	int64_t		below;
	int64_t		fraction;
	int64_t		lowest;
	int64_t		highest;
	int64_t		at;
	int64_t		next;
	int64_t		i;

	if (n == 0)
		return false;
	rank_scaled = (n - 1) * p_fixed;	/* (k - 1) * 10^8 */
	below = rank_scaled / PERCENT_SCALE;	/* s - 1 */
	fraction = rank_scaled % PERCENT_SCALE;	/* (k - s) * 10^8 */
	lowest = highest = x[0];
	for (i = 1; i < n; i++)
	{
		lowest = x[i] < lowest ? x[i] : lowest;
		highest = x[i] > highest ? x[i] : highest;
	}
	if (highest - lowest < COUNTING_RANGE_MAX && n <= ECO_AIR_MAX_DAYS)
		select_kth_counting(x, n, below, lowest, highest - lowest + 1, &at, &next);
	else
	{
		at = select_kth(x, n, below);
		/* X(s+1): the smallest value above position s */
		next = at;
		if (below + 1 < n)
		{
			next = x[below + 1];
			for (i = below + 2; i < n; i++)
				if (x[i] < next)
					next = x[i];
		}
	}
	value->num = at * PERCENT_SCALE + (next - at) * fraction;
	value->den = PERCENT_SCALE;
	return true;
}

bool
eco_air_percentile(const EcoAirSummary *s, int pollutant, int64_t p_fixed, EcoExact *value)
{
	EcoAirSeries series;

	eco_air_series(s, pollutant, &series);
	return eco_air_series_percentile(&series, p_fixed, value);
}

/* ---- The daily AQI (HJ 633-2012 / HJ 633-2026 daily report) ---- */

/* HJ 633-2026 took effect on 2026-03-01 (reference R4) */
static const struct EcoAqiStandard *
standard_for_day(const EcoAirSummary *s, int day_of_year)
{
	bool		hj2026;

	switch ((EcoAirAqiRule) s->aqi_rule)
	{
		case ECO_AIR_AQI_HJ633_2012:
			hj2026 = false;
			break;
		case ECO_AIR_AQI_HJ633_2026:
			hj2026 = true;
			break;
		default:
			hj2026 = s->year > 2026 ||
				(s->year == 2026 && day_of_year >= eco_air_day_of_year(2026, 3, 1));
			break;
	}
	return hj2026 ? eco_aqi_standard("hj633-2026", 10) : eco_aqi_standard("hj633-2012", 10);
}

void
eco_air_day_aqi(const EcoAirSummary *s, int day_of_year, EcoAirDayAqi *out)
{
	const struct EcoAqiStandard *standard = standard_for_day(s, day_of_year);
	double		conc[ECO_N_POLLUTANTS] = {0};
	bool		present[ECO_N_POLLUTANTS] = {false};
	EcoAqi		aqi;
	int			p;

	memset(out, 0, sizeof(*out));
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		int64_t		units;

		if (eco_air_daily_value(s, day_of_year, p, &units))
		{
			conc[p] = p == ECO_CO ? units / 10.0 : (double) units;
			present[p] = true;
		}
	}
	/*
	 * HJ 633-2012 §3.4: a pollutant whose IAQI exceeds 100 exceeds the limit.
	 * Decided before the AQI, which may be withheld: an O3 8-hour value above
	 * 800 under HJ 633-2012 (note 3) exceeds whatever the 1-hour value is.
	 */
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		bool		alone[ECO_N_POLLUTANTS] = {false};
		EcoAqi		iaqi;
		EcoAqiStatus status;

		if (!present[p])
			continue;
		alone[p] = true;
		status = eco_aqi_daily(standard, conc, alone, &iaqi);
		if ((status == ECO_AQI_OK && iaqi.value > 100) || status == ECO_AQI_NEEDS_OTHER_PERIOD)
			out->over_100 |= (uint8_t) (1 << p);
	}

	/*
	 * No AQI when nothing was measured, when HJ 633-2026 §5.3 withholds it
	 * (incomplete and at most 100), or when HJ 633-2012 note 3 asks for the
	 * O3 1-hour value the daily rows do not carry.
	 */
	if (eco_aqi_daily(standard, conc, present, &aqi) != ECO_AQI_OK)
		return;
	out->has_aqi = true;
	out->aqi = aqi.value;
	out->level = eco_aqi_level(aqi.standard, aqi.value);
	out->primary = aqi.primary & ((1 << ECO_AIR_N_POLLUTANTS) - 1);
}

/* ---- Evaluation of a period (HJ 663-2013, GB 3095, city ranking rules) ---- */

bool
eco_air_statistic_from_name(const char *name, int len, EcoAirStatistic *stat)
{
	static const struct
	{
		const char *name;
		EcoAirStatistic stat;
	}			names[] = {
		{"annual", ECO_AIR_STAT_ANNUAL},
		{"mean", ECO_AIR_STAT_MEAN},
		{"24h", ECO_AIR_STAT_DAILY_LIMIT},
		{"daily", ECO_AIR_STAT_DAILY_LIMIT},
	};
	size_t		i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if ((int) strlen(names[i].name) == len && strncmp(names[i].name, name, len) == 0)
		{
			*stat = names[i].stat;
			return true;
		}
	return false;
}

/* The percentile HJ 663-2013 evaluates against the 24-hour (O3: 8-hour) limit */
static const int daily_limit_percentile[ECO_AIR_N_POLLUTANTS] = {
	98,							/* SO2 */
	98,							/* NO2 */
	95,							/* PM10 */
	95,							/* CO */
	90,							/* O3, daily maximum 8 h */
	95,							/* PM2.5 */
};

bool
eco_air_series_evaluation(EcoAirSeries *series, int pollutant, EcoAirStatistic stat,
						  int64_t *units)
{
	EcoExact	exact;
	bool		found;

	if (stat == ECO_AIR_STAT_ANNUAL)
		stat = (pollutant == ECO_CO || pollutant == ECO_O3_8H) ?
			ECO_AIR_STAT_DAILY_LIMIT : ECO_AIR_STAT_MEAN;
	if (stat == ECO_AIR_STAT_MEAN)
		found = eco_air_series_mean(series, &exact);
	else
		found = eco_air_series_percentile(series,
										  daily_limit_percentile[pollutant] * ECO_FIXED_SCALE, &exact);
	if (found)
		*units = eco_exact_round(exact);
	return found;
}

bool
eco_air_evaluation_value(const EcoAirSummary *s, int pollutant, EcoAirStatistic stat,
						 int64_t *units)
{
	EcoAirSeries series;

	eco_air_series(s, pollutant, &series);
	return eco_air_series_evaluation(&series, pollutant, stat, units);
}

int
eco_air_compliant(const EcoAirSummary *s, int pollutant, EcoGb3095 edition, int klass)
{
	int64_t		value;
	bool		annual_limit = pollutant != ECO_CO && pollutant != ECO_O3_8H;
	int			limit;

	if (!eco_air_valid_year(s, pollutant) ||
		!eco_air_evaluation_value(s, pollutant, ECO_AIR_STAT_ANNUAL, &value))
		return -1;
	limit = eco_gb3095_limit(edition, pollutant,
							 annual_limit ? ECO_LIMIT_ANNUAL : ECO_LIMIT_DAILY, klass);
	return value <= limit;
}

/* 3360 is the least common multiple of the S_i in reporting units */
#define COMPOSITE_COMMON_DENOMINATOR 3360

bool
eco_air_subindex(const EcoAirSummary *s, int pollutant, int64_t *hundredths)
{
	int64_t		c;
	EcoExact	index;

	if (!eco_air_evaluation_value(s, pollutant, ECO_AIR_STAT_ANNUAL, &c))
		return false;
	index.num = c * 100;
	index.den = eco_composite_denominator(pollutant);
	*hundredths = eco_exact_round(index);
	return true;
}

/* sum of C_i / S_i, exact, over the common denominator */
static bool
composite_numerator(const EcoAirSummary *s, int64_t single[ECO_AIR_N_POLLUTANTS],
					int64_t *total)
{
	int			p;

	*total = 0;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		int64_t		c;

		if (!eco_air_evaluation_value(s, p, ECO_AIR_STAT_ANNUAL, &c))
			return false;
		single[p] = c * (COMPOSITE_COMMON_DENOMINATOR / eco_composite_denominator(p));
		*total += single[p];
	}
	return true;
}

bool
eco_air_composite_index(const EcoAirSummary *s, int64_t *hundredths)
{
	int64_t		single[ECO_AIR_N_POLLUTANTS];
	EcoExact	index;

	if (!composite_numerator(s, single, &index.num))
		return false;
	index.num *= 100;
	index.den = COMPOSITE_COMMON_DENOMINATOR;
	*hundredths = eco_exact_round(index);
	return true;
}

uint8_t
eco_air_max_subindex_pollutants(const EcoAirSummary *s)
{
	int64_t		single[ECO_AIR_N_POLLUTANTS];
	int64_t		total;
	int64_t		largest = -1;
	uint8_t		set = 0;
	int			p;

	if (!composite_numerator(s, single, &total))
		return 0;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (single[p] > largest)
			largest = single[p];
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (single[p] == largest)
			set |= (uint8_t) (1 << p);
	return set;
}
