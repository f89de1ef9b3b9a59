/*
 * From hourly values to daily values: GB 3095 Table 4 validity counts, exact
 * fixed-point means, and the HJ 663 §6.1.2 O3 daily maximum 8-hour mean.
 */
#include "core/hourly.h"

#include "core/gbt8170.h"
#include "core/names.h"

#include <math.h>
#include <string.h>

#define USECS_PER_HOUR INT64_C(3600000000)
#define TWO_POW_53 (UINT64_C(1) << 53)

/* ---- the 128-bit sum ---- */

static void
sum128_add(EcoSum128 *s, uint64_t v)
{
	uint64_t	lo = s->lo + v;

	s->hi += (lo < s->lo);
	s->lo = lo;
}

static void
sum128_sub(EcoSum128 *s, uint64_t v)
{
	s->hi -= (s->lo < v);
	s->lo -= v;
}

static void
sum128_merge(EcoSum128 *a, const EcoSum128 *b)
{
	sum128_add(a, b->lo);
	a->hi += b->hi;
}

/*
 * Long division, one bit of the quotient at a time, until 54 significant
 * bits (53 and a rounding bit) are known; the remainder left over is the
 * sticky bit.  divisor < 2^63 keeps the running remainder within 64 bits.
 */
static double
sum128_div_long(const EcoSum128 *sum, uint64_t divisor)
{
	uint64_t	rem = 0;
	uint64_t	mantissa = 0;
	int			bits = 0;
	int			position;		/* weight 2^position of the next quotient bit */
	uint64_t	kept;
	bool		half;
	bool		sticky;

	for (position = 127; bits < 54; position--)
	{
		uint64_t	bit = 0;

		if (position >= 64)
			bit = (sum->hi >> (position - 64)) & 1;
		else if (position >= 0)
			bit = (sum->lo >> position) & 1;
		rem = (rem << 1) | bit;
		if (rem >= divisor)
		{
			rem -= divisor;
			mantissa = (mantissa << 1) | 1;
			bits++;
		}
		else if (bits > 0)
		{
			mantissa <<= 1;
			bits++;
		}
	}

	/*
	 * mantissa has 54 bits, the last of weight 2^(position + 1).  Round off
	 * that last bit, half to even; the quotient goes on beyond it (sticky)
	 * when a remainder or an unread bit of the sum (positions 0..position)
	 * is non-zero.
	 */
	kept = mantissa >> 1;
	half = (mantissa & 1) != 0;
	sticky = rem != 0 ||
		(position >= 0 && position < 64 &&
		 (sum->lo & ((UINT64_C(2) << position) - 1)) != 0) ||
		(position >= 64 &&
		 ((sum->hi & ((UINT64_C(2) << (position - 64)) - 1)) != 0 || sum->lo != 0));
	if (half && (sticky || (kept & 1)))
		kept++;
	return ldexp((double) kept, position + 2);
}

double
eco_sum128_div(const EcoSum128 *sum, uint64_t divisor)
{
	if (sum->hi == 0 && sum->lo == 0)
		return 0.0;
	/* both operands exact as doubles: IEEE division rounds correctly */
	if (sum->hi == 0 && sum->lo <= TWO_POW_53 && divisor <= TWO_POW_53)
		return (double) sum->lo / (double) divisor;
	return sum128_div_long(sum, divisor);
}

/* ---- means with a validity count ---- */

void
eco_valid_mean_init(EcoValidMean *m, int32_t min_count)
{
	m->sum.hi = 0;
	m->sum.lo = 0;
	m->count = 0;
	m->min_count = min_count;
}

bool
eco_valid_mean_add(EcoValidMean *m, int64_t v)
{
	if (m->count >= ECO_VALID_MEAN_MAX_COUNT)
		return false;
	sum128_add(&m->sum, (uint64_t) v);
	m->count++;
	return true;
}

void
eco_valid_mean_remove(EcoValidMean *m, int64_t v)
{
	sum128_sub(&m->sum, (uint64_t) v);
	m->count--;
}

bool
eco_valid_mean_merge(EcoValidMean *a, const EcoValidMean *b)
{
	if (b->count > ECO_VALID_MEAN_MAX_COUNT - a->count)
		return false;
	sum128_merge(&a->sum, &b->sum);
	a->count += b->count;
	return true;
}

bool
eco_valid_mean_result(const EcoValidMean *m, double *out)
{
	if (m->count < m->min_count || m->count == 0)
		return false;
	*out = eco_sum128_div(&m->sum, (uint64_t) m->count * (uint64_t) ECO_FIXED_SCALE);
	return true;
}

/* The full 128-bit product of two 64-bit words, from 32-bit halves. */
static EcoSum128
mul64(uint64_t a, uint64_t b)
{
	uint64_t	a_lo = a & 0xffffffffu,
				a_hi = a >> 32;
	uint64_t	b_lo = b & 0xffffffffu,
				b_hi = b >> 32;
	uint64_t	ll = a_lo * b_lo;
	uint64_t	lh = a_lo * b_hi;
	uint64_t	hl = a_hi * b_lo;
	uint64_t	mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
	EcoSum128	p;

	p.lo = (ll & 0xffffffffu) | (mid << 32);
	p.hi = a_hi * b_hi + (lh >> 32) + (hl >> 32) + (mid >> 32);
	return p;
}

bool
eco_valid_mean_consistent(const EcoValidMean *m)
{
	EcoSum128	bound;

	if (m->count < 0 || m->count > ECO_VALID_MEAN_MAX_COUNT || m->min_count < 1)
		return false;
	bound = mul64((uint64_t) m->count, (uint64_t) ECO_HOURLY_MAX_FIXED);
	return m->sum.hi < bound.hi || (m->sum.hi == bound.hi && m->sum.lo <= bound.lo);
}

/* ---- hour labels and slots ---- */

static const EcoNameEntry hour_label_entries[] = {
	ECO_NAME("start", ECO_HOUR_START), ECO_NAME("end", ECO_HOUR_END), ECO_NAME_END
};

const EcoNameTable eco_hour_label_names = {
	.thing = "hour_label", .things = "hour labels", .entries = hour_label_entries,
	.note = " (whether the timestamp opens or closes its hour)"
};

static int64_t
floor_div(int64_t a, int64_t b)
{
	int64_t		q = a / b;

	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

bool
eco_hour_slot(int64_t usecs, EcoHourLabel label, int64_t *day, int *slot)
{
	int64_t		hour;

	if (usecs % USECS_PER_HOUR != 0)
		return false;
	hour = usecs / USECS_PER_HOUR;
	if (label == ECO_HOUR_END)
		hour -= 1;				/* the hour that ends at t */
	*day = floor_div(hour, ECO_HOURS_PER_DAY);
	*slot = (int) (hour - *day * ECO_HOURS_PER_DAY);
	return true;
}

/* ---- the O3 day ---- */

void
eco_o3_day_init(EcoO3Day *d)
{
	memset(d, 0, sizeof(*d));
}

bool
eco_o3_day_add(EcoO3Day *d, int slot, bool measured, int64_t v)
{
	uint32_t	bit = UINT32_C(1) << slot;

	if (d->seen & bit)
		return false;
	d->seen |= bit;
	if (measured)
	{
		d->measured |= bit;
		d->value[slot] = v;
	}
	return true;
}

bool
eco_o3_day_merge(EcoO3Day *a, const EcoO3Day *b, int *dup_slot)
{
	uint32_t	both = a->seen & b->seen;
	int			h;

	if (both != 0)
	{
		for (h = 0; !(both & (UINT32_C(1) << h)); h++)
			;
		*dup_slot = h;
		return false;
	}
	for (h = 0; h < ECO_HOURS_PER_DAY; h++)
		if (b->measured & (UINT32_C(1) << h))
			a->value[h] = b->value[h];
	a->seen |= b->seen;
	a->measured |= b->measured;
	return true;
}

bool
eco_o3_day_consistent(const EcoO3Day *d)
{
	int			h;

	if ((d->seen >> ECO_HOURS_PER_DAY) != 0 || (d->measured & ~d->seen) != 0)
		return false;
	for (h = 0; h < ECO_HOURS_PER_DAY; h++)
	{
		bool		measured = (d->measured & (UINT32_C(1) << h)) != 0;

		if (d->value[h] < 0 || d->value[h] > ECO_HOURLY_MAX_FIXED ||
			(!measured && d->value[h] != 0))
			return false;
	}
	return true;
}

/*
 * HJ 663 §6.1.2.  The window ending at E:00 covers slots E-8 .. E-1.  Its
 * sum of at most 8 values of at most 10^18 units fits in int64.
 */
EcoMda8
eco_o3_mda8(const EcoO3Day *d)
{
	EcoMda8		r = {0, false, 0.0};
	bool		exceeds = false;
	int			end;

	for (end = ECO_MDA8_FIRST_WINDOW_END; end <= ECO_MDA8_LAST_WINDOW_END; end++)
	{
		int64_t		sum = 0;
		int			n = 0;
		int			h;
		EcoSum128	sum128;
		double		mean;

		for (h = end - ECO_O3_8H_HOURS; h < end; h++)
			if (d->measured & (UINT32_C(1) << h))
			{
				sum += d->value[h];
				n++;
			}
		if (n < ECO_O3_8H_MEAN_MIN_HOURS)
			continue;
		sum128.hi = 0;
		sum128.lo = (uint64_t) sum;
		mean = eco_sum128_div(&sum128, (uint64_t) n * (uint64_t) ECO_FIXED_SCALE);
		if (r.valid_windows == 0 || mean > r.value)
			r.value = mean;
		/* exact: mean > limit  <=>  sum > limit * n (in 10^-6 units) */
		if (sum > ECO_O3_MDA8_LIMIT_CLASS_II * ECO_FIXED_SCALE * n)
			exceeds = true;
		r.valid_windows++;
	}
	r.valid = r.valid_windows >= ECO_MDA8_MIN_VALID_WINDOWS || exceeds;
	return r;
}

/* ---- the serialized states ---- */

static uint8_t *
put_be(uint8_t *out, uint64_t v, int bytes)
{
	int			i;

	for (i = bytes - 1; i >= 0; i--, v >>= 8)
		out[i] = (uint8_t) v;
	return out + bytes;
}

static uint64_t
get_be(const uint8_t **in, int bytes)
{
	uint64_t	v = 0;
	int			i;

	for (i = 0; i < bytes; i++)
		v = (v << 8) | (*in)[i];
	*in += bytes;
	return v;
}

static EcoStoredStatus
stored_head(const uint8_t *in, size_t len, size_t size, uint8_t format)
{
	if (len != size)
		return ECO_STORED_BAD_SIZE;
	return in[0] == format ? ECO_STORED_OK : ECO_STORED_BAD_FORMAT;
}

void
eco_valid_mean_store(const EcoValidMean *m, uint8_t out[ECO_VALID_MEAN_STORED_BYTES])
{
	*out = ECO_VALID_MEAN_STORED_FORMAT;
	out = put_be(out + 1, (uint32_t) m->min_count, 4);
	out = put_be(out, (uint64_t) m->count, 8);
	out = put_be(out, m->sum.hi, 8);
	put_be(out, m->sum.lo, 8);
}

EcoStoredStatus
eco_valid_mean_load(const uint8_t *in, size_t len, EcoValidMean *m)
{
	EcoStoredStatus status = stored_head(in, len, ECO_VALID_MEAN_STORED_BYTES,
										 ECO_VALID_MEAN_STORED_FORMAT);

	if (status != ECO_STORED_OK)
		return status;
	in++;
	m->min_count = (int32_t) (uint32_t) get_be(&in, 4);
	m->count = (int64_t) get_be(&in, 8);
	m->sum.hi = get_be(&in, 8);
	m->sum.lo = get_be(&in, 8);
	return eco_valid_mean_consistent(m) ? ECO_STORED_OK : ECO_STORED_INCONSISTENT;
}

void
eco_o3_day_store(EcoHourLabel label, int32_t day, const EcoO3Day *d,
				 uint8_t out[ECO_O3_DAY_STORED_BYTES])
{
	int			h;

	out[0] = ECO_O3_DAY_STORED_FORMAT;
	out[1] = (uint8_t) label;
	out = put_be(out + 2, (uint32_t) day, 4);
	out = put_be(out, d->seen, 4);
	out = put_be(out, d->measured, 4);
	for (h = 0; h < ECO_HOURS_PER_DAY; h++)
		out = put_be(out, (uint64_t) d->value[h], 8);
}

EcoStoredStatus
eco_o3_day_load(const uint8_t *in, size_t len, EcoHourLabel *label, int32_t *day, EcoO3Day *d)
{
	EcoStoredStatus status = stored_head(in, len, ECO_O3_DAY_STORED_BYTES,
										 ECO_O3_DAY_STORED_FORMAT);
	int			h;

	if (status != ECO_STORED_OK)
		return status;
	*label = (EcoHourLabel) in[1];
	in += 2;
	*day = (int32_t) (uint32_t) get_be(&in, 4);
	d->seen = (uint32_t) get_be(&in, 4);
	d->measured = (uint32_t) get_be(&in, 4);
	for (h = 0; h < ECO_HOURS_PER_DAY; h++)
		d->value[h] = (int64_t) get_be(&in, 8);
	if ((*label != ECO_HOUR_START && *label != ECO_HOUR_END) || d->seen == 0 ||
		!eco_o3_day_consistent(d))
		return ECO_STORED_INCONSISTENT;
	return ECO_STORED_OK;
}
