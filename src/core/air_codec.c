/*
 * The stored form of an air summary: writing it, reading it back with every
 * byte checked, appending and concatenating stored forms in place, and the
 * fast reader of one pollutant's daily values (eco_air_packed_series).
 */
#include "core/air_summary.h"

#include <string.h>

#include "core/air_summary_internal.h"
#include "core/gbt8170.h"

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
 *
 * Canonical: e is the largest exponent that divides every day's sum of the
 * pollutant (6 when none), bit 6 is set exactly when every count is 1, and
 * the writers write varints in their shortest form, so that the same data
 * give the same bytes by every path (eco_air_pack of a dense summary, the
 * in-place appends of eco_air_packed_append_day / _append / _concat, which
 * keep e the smallest of the parts' and so the largest that divides all).
 * The readers accept any valid form; the SQL input re-packs what it reads.
 */
#define HEADER_BYTES ECO_AIR_HEADER_BYTES
#define OFFSET_RULE 1
#define OFFSET_YEAR 2			/* 2 bytes, big-endian */
#define OFFSET_SCALE 4			/* one byte per pollutant */
#define OFFSET_END_DAY 10		/* 2 bytes, big-endian */
#define KIND_BYTES 4			/* version, rule, year */
#define SAME_SCALES_BYTES 10	/* version, rule, year, scales */
#define MAX_EXPONENT 6
#define MASK_COUNTS_ONE ECO_AIR_MASK_COUNTS_ONE
#define MAX_VARINT 10
#define VARINT_MORE 0x80		/* a varint byte with more bytes after it */

static const int64_t pow10_table[7] = {1, 10, 100, 1000, 10000, 100000, 1000000};

/*
 * v / 10^e and whether 10^e divides v, with constant divisors (a multiply,
 * not a division): they run for every value a row appends.
 */
static inline int64_t
divide_pow10(int64_t v, int e)
{
	switch (e)
	{
		case 0:
			return v;
		case 1:
			return v / 10;
		case 2:
			return v / 100;
		case 3:
			return v / 1000;
		case 4:
			return v / 10000;
		case 5:
			return v / 100000;
		default:
			return v / 1000000;
	}
}

static inline bool
divisible_pow10(int64_t v, int e)
{
	return divide_pow10(v, e) * pow10_table[e] == v;
}

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
	while (v >= VARINT_MORE)
	{
		*out++ = (uint8_t) (v | VARINT_MORE);
		v >>= 7;
	}
	*out++ = (uint8_t) v;
	return out;
}

static int
header_last_day(const uint8_t *buf)
{
	return ((buf[OFFSET_END_DAY] << 8) | buf[OFFSET_END_DAY + 1]) - 1;
}

static void
set_header_last_day(uint8_t *buf, int day)
{
	buf[OFFSET_END_DAY] = (uint8_t) ((day + 1) >> 8);
	buf[OFFSET_END_DAY + 1] = (uint8_t) ((day + 1) & 0xff);
}

static uint8_t *
put_header(uint8_t *out, int year, int rule, const int exponent[ECO_AIR_N_POLLUTANTS],
		   int last_day)
{
	int			p;

	out[0] = ECO_AIR_FORMAT_VERSION;
	out[OFFSET_RULE] = (uint8_t) rule;
	out[OFFSET_YEAR] = (uint8_t) (year >> 8);
	out[OFFSET_YEAR + 1] = (uint8_t) (year & 0xff);
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		out[OFFSET_SCALE + p] = (uint8_t) exponent[p];
	set_header_last_day(out, last_day);
	return out + HEADER_BYTES;
}

int
eco_air_packed_year(const uint8_t *header)
{
	return (header[OFFSET_YEAR] << 8) | header[OFFSET_YEAR + 1];
}

int
eco_air_packed_last_day(const uint8_t *header)
{
	return header_last_day(header);
}

EcoAirAqiRule
eco_air_packed_rule(const uint8_t *header)
{
	return (EcoAirAqiRule) header[OFFSET_RULE];
}

bool
eco_air_packed_same_kind(const uint8_t *a, const uint8_t *b)
{
	return memcmp(a, b, KIND_BYTES) == 0;
}

bool
eco_air_packed_same_scales(const uint8_t *a, const uint8_t *b)
{
	return memcmp(a, b, SAME_SCALES_BYTES) == 0;
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
		out = put_varint(out, (uint64_t) divide_pow10(r->sum[p], exponent[p]));
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
		exponent[p] = MAX_EXPONENT;
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
	if (*in < end && (*in)[0] < VARINT_MORE)
	{
		*v = *(*in)++;
		return true;
	}
	if (end - *in >= 2 && (*in)[1] < VARINT_MORE)
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
		if (!(b & VARINT_MORE))
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
	bool		wide;			/* records of fractional values: try that fast reader first */
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
	if (buf[OFFSET_RULE] >= ECO_AIR_AQI_N_RULES)
		return "unknown AQI standard code";
	*year = eco_air_packed_year(buf);
	if (!eco_air_year_valid(*year))
		return "year out of range";
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		if (buf[OFFSET_SCALE + p] > MAX_EXPONENT)
			return "scale exponent out of range";
	if (header_last_day(buf) >= eco_air_days_in_year(*year))
		return "last day beyond the end of the year";
	*rule = eco_air_packed_rule(buf);
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
	reader->wide = false;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		reader->exponent[p] = buf[OFFSET_SCALE + p];
		reader->max_stored[p] = (uint64_t) (ECO_AIR_MAX_FIXED_VALUE / pow10_table[buf[OFFSET_SCALE + p]]);
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
	if ((*mask & ECO_AIR_MASK_RESERVED) || (*mask & ECO_AIR_MASK_POLLUTANTS) == 0)
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
	r->mask &= ECO_AIR_MASK_POLLUTANTS;
	return NULL;
}

/*
 * A light walk over the records, for the readers that need only the days or
 * one pollutant: the layout and the day numbers are checked, and the fields
 * of `pollutant` (-1: none) are read and checked; the other fields are only
 * skipped.
 */
/* a varint's last byte, at byte k of it: its tenth holds bit 63 alone (get_varint) */
#define VARINT_LAST_BYTE_OK(b, k) ((k) < MAX_VARINT - 1 || (b) <= 1)

static inline bool
skip_varint(const uint8_t **in, const uint8_t *end)
{
	const uint8_t *start = *in;

	while (*in < end && *in - start < MAX_VARINT)
	{
		uint8_t		b = *(*in)++;

		if (!(b & VARINT_MORE))
			return VARINT_LAST_BYTE_OK(b, *in - start - 1);
	}
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

					while (in[k] & VARINT_MORE)
						if (++k == MAX_VARINT)
							return "a day record is truncated";
					if (!VARINT_LAST_BYTE_OK(in[k], k))
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

EcoAirStatus
eco_air_unpack_add(const uint8_t *buf, size_t len, EcoAirSummary *s, const char **reason,
				   int *culprit, int *day)
{
	PackedReader reader;
	DayRecord	r;
	int			year;
	EcoAirAqiRule rule;
	bool		done = false;
	int			p;

	*reason = reader_start(&reader, buf, len, &year, &rule);
	while (*reason == NULL && !(*reason = reader_next(&reader, &r, &done)) && !done)
		for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
		{
			if (!(r.mask & (1 << p)))
				continue;
			if (s->count[r.day][p] + r.count[p] > ECO_AIR_MAX_COUNT)
			{
				/* legitimate summaries, together too many: not a malformed one */
				*culprit = p;
				*day = r.day;
				return ECO_AIR_TOO_MANY_VALUES;
			}
			s->count[r.day][p] = (uint16_t) (s->count[r.day][p] + r.count[p]);
			s->sum[r.day][p] += r.sum[p];
		}
	return *reason ? ECO_AIR_MALFORMED : ECO_AIR_OK;
}

const char *
eco_air_unpack(const uint8_t *buf, size_t len, EcoAirSummary *s)
{
	int			culprit;
	int			day;
	int			year;
	EcoAirAqiRule rule;
	const char *reason = eco_air_unpack_header(buf, len, &year, &rule);

	if (reason)
		return reason;
	eco_air_init(s, year, rule);
	/* from an empty summary no day can hold too many: a record holds at most the limit */
	(void) eco_air_unpack_add(buf, len, s, &reason, &culprit, &day);
	return reason;
}

bool
eco_air_packed_follows(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen,
					   const char **reason)
{
	int			year_a,
				year_b;
	EcoAirAqiRule rule_a,
				rule_b;
	const uint8_t *in = b + HEADER_BYTES;
	uint64_t	first;

	if ((*reason = eco_air_unpack_header(a, alen, &year_a, &rule_a)) != NULL ||
		(*reason = eco_air_unpack_header(b, blen, &year_b, &rule_b)) != NULL)
		return false;
	if (memcmp(a, b, SAME_SCALES_BYTES) != 0)
		return false;
	if (blen == HEADER_BYTES)
		return true;			/* nothing to add */
	if (!get_varint(&in, b + blen, &first))
	{
		*reason = "a day record is truncated";
		return false;
	}
	return first < (uint64_t) eco_air_days_in_year(year_a) && (int) first > header_last_day(a);
}

int
eco_air_packed_first_day(const uint8_t *buf, size_t len)
{
	const uint8_t *in = buf + HEADER_BYTES;
	uint64_t	skip;

	if (!get_varint(&in, buf + len, &skip) || skip > ECO_AIR_MAX_DAYS)
		return -1;
	return (int) skip;
}

size_t
eco_air_packed_append(uint8_t *a, size_t alen, const uint8_t *b, size_t blen,
					  const char **reason)
{
	const uint8_t *in = b + HEADER_BYTES;
	uint64_t	first = 0;
	int			a_last = header_last_day(a);
	uint8_t    *out;

	if (!eco_air_packed_follows(a, alen, b, blen, reason))
		return 0;
	if (blen == HEADER_BYTES)
		return alen;			/* nothing to add */
	(void) get_varint(&in, b + blen, &first);
	out = put_varint(a + alen, first - (uint64_t) a_last - 1);
	memcpy(out, in, blen - (size_t) (in - b));
	out += blen - (size_t) (in - b);
	memcpy(a + OFFSET_END_DAY, b + OFFSET_END_DAY, 2);
	return (size_t) (out - a);
}

size_t
eco_air_packed_empty(uint8_t *out, int year, EcoAirAqiRule rule)
{
	static const int coarsest[ECO_AIR_N_POLLUTANTS] = {
		MAX_EXPONENT, MAX_EXPONENT, MAX_EXPONENT, MAX_EXPONENT, MAX_EXPONENT, MAX_EXPONENT
	};

	return (size_t) (put_header(out, year, rule, coarsest, -1) - out);
}

size_t
eco_air_packed_append_day(uint8_t *a, size_t alen, int day,
						  const int64_t fixed[ECO_AIR_N_POLLUTANTS],
						  const bool present[ECO_AIR_N_POLLUTANTS], bool *finer_scale)
{
	int			last = header_last_day(a);
	uint8_t	   *out = a + alen;
	uint8_t    *mask_at;
	uint8_t		mask = 0;
	int			p;

	/*
	 * The record of one row (every count 1), written as put_record would
	 * write it, in one pass: the row is only taken (the length returned)
	 * when every value fits the form's scales.
	 */
	*finer_scale = false;
	if (day <= last)
		return 0;
	out = put_varint(out, (uint64_t) (day - last - 1));
	mask_at = out++;
	for (p = 0; p < ECO_AIR_N_POLLUTANTS; p++)
	{
		int			e = a[OFFSET_SCALE + p];

		if (!present[p])
			continue;
		if (!divisible_pow10(fixed[p], e))
			*finer_scale = true;
		mask |= (uint8_t) (1 << p);
		out = put_varint(out, (uint64_t) divide_pow10(fixed[p], e));
	}
	if (mask == 0)
		return alen;
	if (*finer_scale)
		return 0;
	*mask_at = mask | MASK_COUNTS_ONE;
	set_header_last_day(a, day);
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
		exponent[p] = a[OFFSET_SCALE + p];
		if (present[p] && !divisible_pow10(fixed[p], exponent[p]))
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

static void build_end_tables(void);
static bool end_tables_built;
static inline const char *reader_next_extent(PackedReader *reader, LightRecord *r, bool *done);

/*
 * The records of a and b, at the same scales and on different days (months
 * out of order), interleaved into out by day, in runs: a record that follows
 * one of its own form keeps its day skip, so each run of records from one
 * form is copied in one piece, only its first record's skip rewritten.  The
 * records are walked only as far as both forms have some (to find where the
 * runs end); what is left of one form then follows every record written and
 * is copied unread, as eco_air_packed_append copies a form that follows (the
 * readers of the result check it).  False, with *reason NULL, when a day is
 * in both (the sums must then be added); *reason when a form is malformed.
 */
bool
eco_air_packed_splice(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen,
					  uint8_t *out, size_t *outlen, const char **reason)
{
	PackedReader reader[2];
	LightRecord record[2];
	const uint8_t *next[2];		/* where each form's next record starts */
	bool		done[2];
	const uint8_t *run = NULL;	/* the unwritten part of the current run */
	int			current = -1;	/* the form of the current run */
	int			year;
	EcoAirAqiRule rule;
	int			previous = -1;
	uint8_t    *o = out + HEADER_BYTES;
	int			f;

	if ((*reason = reader_start(&reader[0], a, alen, &year, &rule)) != NULL ||
		(*reason = reader_start(&reader[1], b, blen, &year, &rule)) != NULL)
		return false;
	if (memcmp(a, b, SAME_SCALES_BYTES) != 0)
		return false;
	if (!end_tables_built)
		build_end_tables();
	for (f = 0; f < 2; f++)
	{
		next[f] = reader[f].in;
		if ((*reason = reader_next_extent(&reader[f], &record[f], &done[f])) != NULL)
			return false;
	}
	while (!done[0] || !done[1])
	{
		const uint8_t *body;

		if (!done[0] && !done[1] && record[0].day == record[1].day)
			return false;
		f = done[1] || (!done[0] && record[0].day < record[1].day) ? 0 : 1;
		if (f != current)
		{
			if (current >= 0)
			{
				memcpy(o, run, (size_t) (next[current] - run));
				o += next[current] - run;
			}
			body = next[f];
			(void) skip_varint(&body, reader[f].end);	/* checked by the reader */
			o = put_varint(o, (uint64_t) (record[f].day - previous - 1));
			run = body;
			current = f;
		}
		if (done[1 - f])
		{
			/* the rest of form f follows: the run goes to its end */
			next[f] = reader[f].end;
			previous = reader[f].last_day;
			break;
		}
		previous = record[f].day;
		next[f] = reader[f].in;
		if ((*reason = reader_next_extent(&reader[f], &record[f], &done[f])) != NULL)
			return false;
	}
	if (current >= 0)
	{
		memcpy(o, run, (size_t) (next[current] - run));
		o += next[current] - run;
	}
	memcpy(out, a, HEADER_BYTES);
	set_header_last_day(out, previous);
	*outlen = (size_t) (o - out);
	return true;
}

/*
 * The common record of eco_air_packed_series, found without a branch per
 * field: the day skip takes one byte and the fields, varints of one or two
 * bytes, lie in the 16 bytes after the mask.  A varint ends at
 * a byte below 0x80: the ends of the fields are bits of two words, and where
 * the k-th field ends comes from a table.  False, with nothing consumed, for
 * any other record (or a malformed one): reader_next_light reads it and gives
 * the reason.  The checks are those of reader_next_light.
 */

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

	return before & VARINT_MORE ? (before & 0x7f) | (uint32_t) b[end] << 7 : b[end];
}

/*
 * The head of a record for the fast readers: a day skip of one byte that
 * stays in the year, and a valid mask.
 */
static inline bool
fast_record_head(const PackedReader *reader, const uint8_t *in)
{
	return !(in[0] & VARINT_MORE) && reader->previous + 1 + in[0] < reader->ndays &&
		!(in[1] & ECO_AIR_MASK_RESERVED) && (in[1] & ECO_AIR_MASK_POLLUTANTS) != 0;
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

	if (!fast_record_head(reader, in))
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

/*
 * The record of fractional daily means (sums of 10^-6 units: varints of three
 * to five bytes, 20 to 30 bytes of fields), found without a branch per byte
 * or per field: the ends of the FAST_WIDE_FIELD_BYTES bytes after the mask
 * are the bits of four words, and the fields are their runs.  Varints of
 * more than FAST_WIDE_VARINT bytes (56 bits: more than any count, and more
 * than a day's sum of 65,535 stations at the largest concentration) are left
 * to reader_next_light, as is anything malformed.  False, with nothing
 * consumed, then.
 */
#define FAST_WIDE_FIELD_BYTES 32
#define FAST_WIDE_RECORD_BYTES (2 + FAST_WIDE_FIELD_BYTES)
#define FAST_WIDE_VARINT 8

/* x is not 0 */
static inline int
lowest_set_bit64(uint64_t x)
{
#if defined(__GNUC__)
	return __builtin_ctzll(x);
#else
	int			i = 0;

	while (!(x & 1))
	{
		x >>= 1;
		i++;
	}
	return i;
#endif
}

/* the ends of the varints in the 32 bytes at b (bit i: b[i] ends one) */
static inline uint32_t
varint_ends32(const uint8_t *b)
{
	return (uint32_t) varint_ends8(b) | (uint32_t) varint_ends8(b + 8) << 8 |
		(uint32_t) varint_ends8(b + 16) << 16 | (uint32_t) varint_ends8(b + 24) << 24;
}

/* the bytes b[0..7] as a little-endian word (one load where the host is) */
static inline uint64_t
load_le64(const uint8_t *b)
{
	return (uint64_t) b[0] | (uint64_t) b[1] << 8 | (uint64_t) b[2] << 16 |
		(uint64_t) b[3] << 24 | (uint64_t) b[4] << 32 | (uint64_t) b[5] << 40 |
		(uint64_t) b[6] << 48 | (uint64_t) b[7] << 56;
}

/*
 * The varint in b[from..to] (at most FAST_WIDE_VARINT bytes; the 8 bytes
 * from b[from] are readable), without a loop: the word's bytes beyond `to`
 * are cleared, then the 7-bit groups are packed together in three steps.
 */
static inline uint64_t
varint_between(const uint8_t *b, int from, int to)
{
	uint64_t	w = load_le64(b + from) & (UINT64_MAX >> (64 - 8 * (to - from + 1)));

	w &= UINT64_C(0x7f7f7f7f7f7f7f7f);
	w = (w & UINT64_C(0x007f007f007f007f)) | (w & UINT64_C(0x7f007f007f007f00)) >> 1;
	w = (w & UINT64_C(0x00003fff00003fff)) | (w & UINT64_C(0x3fff00003fff0000)) >> 2;
	w = (w & UINT64_C(0x000000000fffffff)) | (w & UINT64_C(0x0fffffff00000000)) >> 4;
	return w;
}

/*
 * Bytes the fast reader of wide records may read from a record's start: its
 * head, the FAST_WIDE_FIELD_BYTES whose ends it takes, and the word a field
 * starting in their last byte is loaded from.
 */
#define FAST_WIDE_READ_BYTES (FAST_WIDE_RECORD_BYTES + FAST_WIDE_VARINT)

/*
 * The ends of the fields come from one 32-bit mask of the FAST_WIDE_FIELD_BYTES
 * after the mask byte, taken in one piece (four words), and the k-th field's
 * end is the k-th set bit: one walk clears the lowest set bit once a field,
 * noting where the value's fields end on the way, and the value is read in
 * one word (varint_between): no loop over the bytes.  Bits 32 to 63 stand
 * for "no more ends" (more of them than a record has fields, so that the
 * walk never empties the word): an end found there lies beyond the bytes
 * read, and sends the record to reader_next_light.
 */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline bool
light_record_wide(PackedReader *reader, int pollutant, LightRecord *r)
{
	const uint8_t *in = reader->in;
	const uint8_t *fields = in + 2;
	uint8_t		mask = in[1];
	uint64_t	ends;
	uint64_t	rest;
	uint32_t	continued;
	bool		has_value;
	int			last;
	int			sum_at;
	int			count_from = 0;
	int			sum_from = 0;
	int			sum_to = 0;
	int			length;
	int			k = 0;

	if (!fast_record_head(reader, in))
		return false;
	ends = varint_ends32(fields) | UINT64_C(0xffffffff00000000);
	last = last_field[mask];
	has_value = (mask >> pollutant) & 1;
	rest = ends;
	if (has_value)
	{
		/*
		 * The count (when there is one) is field sum_at - 1, the sum field
		 * sum_at; after k clears the lowest set bit is the end of field k.
		 */
		sum_at = sum_field[pollutant][mask];
		if (sum_at >= 2)
		{
			for (; k < sum_at - 2; k++)
				rest &= rest - 1;
			count_from = lowest_set_bit64(rest) + 1;
		}
		if (sum_at >= 1)
		{
			for (; k < sum_at - 1; k++)
				rest &= rest - 1;
			sum_from = lowest_set_bit64(rest) + 1;
		}
		for (; k < sum_at; k++)
			rest &= rest - 1;
		sum_to = lowest_set_bit64(rest);
	}
	for (; k < last; k++)
		rest &= rest - 1;
	length = lowest_set_bit64(rest) + 1;
	if (length > FAST_WIDE_FIELD_BYTES)
		return false;
	/* bit i: bytes i .. i + FAST_WIDE_VARINT - 1 all continue */
	continued = (uint32_t) ~ends & (uint32_t) (UINT64_MAX >> (64 - length));
	continued &= continued >> 1;
	continued &= continued >> 2;
	continued &= continued >> 4;
	if (continued != 0)
		return false;
	r->count = 1;
	r->stored = 0;
	if (has_value)
	{
		uint64_t	count = 1;

		/* a count comes before its sum: sum_from >= 1 then */
		if (!(mask & MASK_COUNTS_ONE) && sum_from >= 1)
			count = varint_between(fields, count_from, sum_from - 1);
		r->stored = varint_between(fields, sum_from, sum_to);
		/* count * max_stored <= 10^16: no overflow */
		if (count < 1 || count > ECO_AIR_MAX_COUNT ||
			r->stored > count * reader->max_stored[pollutant])
			return false;
		r->count = (uint32_t) count;
	}
	r->has_value = has_value;
	r->day = reader->previous + 1 + in[0];
	r->sum = (int64_t) r->stored * pow10_table[reader->exponent[pollutant]];
	reader->previous = r->day;
	reader->in = fields + length;
	return true;
}

/*
 * The next record by the fast reader that suits the form: light_record_fast
 * for records at reporting precision, light_record_wide first once a record
 * needed it (fractional daily means).
 */
static inline bool
light_record_either(PackedReader *reader, int pollutant, LightRecord *r)
{
	if (reader->wide)
		return light_record_wide(reader, pollutant, r) ||
			light_record_fast(reader, pollutant, r);
	if (light_record_fast(reader, pollutant, r))
		return true;
	reader->wide = light_record_wide(reader, pollutant, r);
	return reader->wide;
}

/*
 * The next record's day and extent alone, its fields unread, for splicing:
 * the end of its last field is the (last + 1)-th varint end among the
 * FAST_WIDE_FIELD_BYTES bytes after the mask, found by clearing the ends
 * before it; a varint longer than FAST_WIDE_VARINT bytes (a run of as many
 * continuation bytes) sends the record to reader_next_light, as does
 * anything malformed.
 */
static inline bool
record_extent_fast(PackedReader *reader, LightRecord *r)
{
	const uint8_t *in = reader->in;
	const uint8_t *fields = in + 2;
	uint8_t		mask = in[1];
	uint32_t	ends;
	uint32_t	through;
	uint32_t	continued;
	int			length;
	int			k;

	if (!fast_record_head(reader, in))
		return false;
	ends = varint_ends32(fields);
	through = ends;
	for (k = last_field[mask]; k > 0; k--)
		through &= through - 1;
	if (through == 0)
		return false;
	length = lowest_set_bit64(through) + 1;
	/* bit i: bytes i .. i + FAST_WIDE_VARINT - 1 all continue */
	continued = ~ends & (length == 32 ? UINT32_MAX : (UINT32_C(1) << length) - 1);
	continued &= continued >> 1;
	continued &= continued >> 2;
	continued &= continued >> 4;
	if (continued != 0)
		return false;
	r->has_value = false;
	r->count = 0;
	r->stored = 0;
	r->sum = 0;
	r->day = reader->previous + 1 + in[0];
	reader->previous = r->day;
	reader->in = fields + length;
	return true;
}

/* The next record's day and extent (reader_next_light with no pollutant). */
static inline const char *
reader_next_extent(PackedReader *reader, LightRecord *r, bool *done)
{
	if (reader->end - reader->in >= FAST_WIDE_RECORD_BYTES && record_extent_fast(reader, r))
	{
		*done = false;
		return NULL;
	}
	return reader_next_light(reader, -1, r, done);
}

/*
 * v / 10^k rounded half to even (GB/T 8170), 1 <= k <= 6: a division by a
 * constant in each case, which the compiler turns into a multiplication
 * (a daily value of fractional data needs one per day).
 */
static inline int64_t
half_even_pow10(uint64_t v, int k)
{
	switch (k)
	{
		case 1:
			return eco_div_half_even((int64_t) v, 10);
		case 2:
			return eco_div_half_even((int64_t) v, 100);
		case 3:
			return eco_div_half_even((int64_t) v, 1000);
		case 4:
			return eco_div_half_even((int64_t) v, 10000);
		case 5:
			return eco_div_half_even((int64_t) v, 100000);
		default:
			return eco_div_half_even((int64_t) v, 1000000);
	}
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
	int			divide_exp;
	int			n = 0;

	series->n = 0;
	if (reason)
		return reason;
	if (!end_tables_built)
		build_end_tables();
	per_unit = pow10_table[reader.exponent[pollutant]] % quantum == 0 ?
		pow10_table[reader.exponent[pollutant]] / quantum : 0;
	/* otherwise a single value is stored / 10^divide_exp: quantum / 10^e */
	for (divide_exp = 0; pow10_table[divide_exp] < quantum; divide_exp++)
		;
	divide_exp -= reader.exponent[pollutant];
	for (;;)
	{
		if (reader.end - reader.in < FAST_WIDE_READ_BYTES ||
			!light_record_either(&reader, pollutant, &r))
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
		else if (r.count == 1 && divide_exp >= 1 && divide_exp <= 6)
			series->value[n++] = half_even_pow10(r.stored, divide_exp);
		else
			series->value[n++] = eco_div_half_even(r.sum, (int64_t) r.count * quantum);
	}
}

/* ---- The text form: base64 of the stored form (RFC 4648 §4, padded) ---- */

static const char base64_digits[] =
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

size_t
eco_air_text_length(size_t stored_len)
{
	return (stored_len + 2) / 3 * 4;
}

void
eco_air_text_encode(const uint8_t *buf, size_t len, char *out)
{
	size_t		i;

	for (i = 0; i + 3 <= len; i += 3)
	{
		uint32_t	w = (uint32_t) buf[i] << 16 | (uint32_t) buf[i + 1] << 8 | buf[i + 2];

		*out++ = base64_digits[w >> 18];
		*out++ = base64_digits[(w >> 12) & 63];
		*out++ = base64_digits[(w >> 6) & 63];
		*out++ = base64_digits[w & 63];
	}
	if (i < len)
	{
		uint32_t	w = (uint32_t) buf[i] << 16 | (i + 1 < len ? (uint32_t) buf[i + 1] << 8 : 0);

		*out++ = base64_digits[w >> 18];
		*out++ = base64_digits[(w >> 12) & 63];
		*out++ = i + 1 < len ? base64_digits[(w >> 6) & 63] : '=';
		*out++ = '=';
	}
	*out = '\0';
}

static int
base64_value(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

const char *
eco_air_text_decode(const char *text, size_t len, uint8_t *out, size_t *outlen,
					size_t *position)
{
	size_t		i;
	size_t		n = 0;

	*position = 0;
	if (len % 4 != 0)
	{
		*position = len - len % 4;	/* the group that is incomplete */
		return "base64 comes in groups of 4 characters";
	}
	for (i = 0; i < len; i += 4)
	{
		int			v[4];
		int			k;
		int			pad = 0;
		uint32_t	w = 0;

		for (k = 0; k < 4; k++)
		{
			v[k] = base64_value(text[i + k]);
			if (v[k] < 0)
			{
				/* '=' only as the last one or two characters */
				if (text[i + k] == '=' && i + 4 == len && k >= 2 &&
					(k == 3 || text[i + 3] == '='))
				{
					pad = 4 - k;
					break;
				}
				*position = i + k;
				return "a character that is not base64";
			}
			w |= (uint32_t) v[k] << (18 - 6 * k);
		}
		/* the bits a padded group does not use are zero: one text per form */
		if ((pad == 1 && (w & 0xff) != 0) || (pad == 2 && (w & 0xffff) != 0))
		{
			*position = i + 3 - pad;
			return "nonzero bits after the last byte";
		}
		out[n++] = (uint8_t) (w >> 16);
		if (pad < 2)
			out[n++] = (uint8_t) (w >> 8);
		if (pad < 1)
			out[n++] = (uint8_t) w;
	}
	*outlen = n;
	return NULL;
}
