/*
 * The exact sum of doubles (see exact_sum.h).
 */
#include "core/exact_sum.h"

#include <math.h>
#include <string.h>

#define LOW32 INT64_C(0xffffffff)
#define TWO32 INT64_C(0x100000000)

void
eco_xsum_init(EcoExactSum *s)
{
	memset(s, 0, sizeof(*s));
}

/*
 * Carries propagated: chunks 0..65 in [0, 2^32), the sign in chunk 66.
 * Integer division truncates towards zero, so the carry of a negative chunk
 * is computed from the chunk minus its (non-negative) low 32 bits.
 */
static void
normalize(EcoExactSum *s)
{
	int64_t		carry = 0;
	int			k;

	for (k = 0; k < ECO_XSUM_CHUNKS - 1; k++)
	{
		int64_t		v = s->chunk[k] + carry;
		int64_t		low = v & LOW32;

		s->chunk[k] = low;
		carry = (v - low) / TWO32;
	}
	s->chunk[ECO_XSUM_CHUNKS - 1] += carry;
	s->pending = 0;
}

static inline void
add_bits(EcoExactSum *s, double x, int negate)
{
	uint64_t	bits;
	uint64_t	m;
	uint64_t	mid;
	int			e;
	int			pos;
	int			k;
	int			shift;

	memcpy(&bits, &x, sizeof(bits));
	e = (int) ((bits >> 52) & 0x7ff);
	m = bits & ((UINT64_C(1) << 52) - 1);
	if (e == 0)
	{
		if (m == 0)
			return;
		pos = 0;				/* subnormal: m * 2^-1074 */
	}
	else
	{
		m |= UINT64_C(1) << 52;
		pos = e - 1;			/* m * 2^(e - 1075) = m * 2^(e - 1) * 2^-1074 */
	}
	k = pos / ECO_XSUM_CHUNK_BITS;
	shift = pos % ECO_XSUM_CHUNK_BITS;
	/* m * 2^shift < 2^84: three 32-bit pieces */
	mid = m >> (32 - shift);
	if ((bits >> 63) != (uint64_t) negate)
	{
		s->chunk[k] -= (int64_t) ((m << shift) & LOW32);
		s->chunk[k + 1] -= (int64_t) (mid & LOW32);
		s->chunk[k + 2] -= (int64_t) (mid >> 32);
	}
	else
	{
		s->chunk[k] += (int64_t) ((m << shift) & LOW32);
		s->chunk[k + 1] += (int64_t) (mid & LOW32);
		s->chunk[k + 2] += (int64_t) (mid >> 32);
	}
	if (++s->pending >= ECO_XSUM_MAX_PENDING)
		normalize(s);
}

void
eco_xsum_add(EcoExactSum *s, double x)
{
	add_bits(s, x, 0);
}

void
eco_xsum_sub(EcoExactSum *s, double x)
{
	add_bits(s, x, 1);
}

void
eco_xsum_add_product(EcoExactSum *s, double x, double y)
{
	double		p = x * y;

	add_bits(s, p, 0);
	/* x*y - p is a double unless the product underflows */
	add_bits(s, fma(x, y, -p), 0);
}

void
eco_xsum_merge(EcoExactSum *s, const EcoExactSum *other)
{
	EcoExactSum o = *other;
	int			k;

	normalize(&o);
	normalize(s);
	for (k = 0; k < ECO_XSUM_CHUNKS; k++)
		s->chunk[k] += o.chunk[k];
	s->pending = 2;				/* two normalized chunks: below 2^33 */
}

int
eco_xsum_sign(const EcoExactSum *s)
{
	EcoExactSum t = *s;
	int			k;

	normalize(&t);
	if (t.chunk[ECO_XSUM_CHUNKS - 1] < 0)
		return -1;
	for (k = 0; k < ECO_XSUM_CHUNKS; k++)
		if (t.chunk[k] != 0)
			return 1;
	return 0;
}

/* The magnitude in normalized chunks (all in [0, 2^32) but the top); the sign. */
static int
magnitude(const EcoExactSum *s, EcoExactSum *mag)
{
	int			k;

	*mag = *s;
	normalize(mag);
	if (mag->chunk[ECO_XSUM_CHUNKS - 1] >= 0)
		return 1;
	for (k = 0; k < ECO_XSUM_CHUNKS; k++)
		mag->chunk[k] = -mag->chunk[k];
	normalize(mag);
	return -1;
}

static int
top_bit(uint64_t v)
{
	int			n = -1;

	while (v != 0)
	{
		v >>= 1;
		n++;
	}
	return n;
}

bool
eco_xsum_to_double(const EcoExactSum *s, double *result)
{
	EcoExactSum mag;
	int			sign = magnitude(s, &mag);
	int			h;
	int			t;
	int			k;
	int			exponent;
	uint64_t	dh,
				d1,
				d2;
	uint64_t	top64;
	uint64_t	significand;
	uint64_t	rest;
	bool		sticky;
	double		value;

	for (h = ECO_XSUM_CHUNKS - 1; h >= 0 && mag.chunk[h] == 0; h--)
		;
	if (h < 0)
	{
		*result = 0.0;
		return true;
	}
	dh = (uint64_t) mag.chunk[h];
	if (h <= 1 && (h == 0 || dh < (UINT64_C(1) << 21)))
	{
		/* below 2^53 units of 2^-1074: exact (a subnormal or small normal) */
		uint64_t	units = (uint64_t) mag.chunk[0] | (h == 1 ? dh << 32 : 0);

		*result = sign * ldexp((double) units, -1074);
		return true;
	}
	/* the top 64 bits of chunks h, h-1, h-2 (the leading one at bit 63) */
	t = top_bit(dh);
	d1 = h >= 1 ? (uint64_t) mag.chunk[h - 1] : 0;
	d2 = h >= 2 ? (uint64_t) mag.chunk[h - 2] : 0;
	if (t >= ECO_XSUM_CHUNK_BITS)
	{
		/* only the top chunk (bits 2112 and up) exceeds 32 bits: far past 2^1024 */
		*result = sign * HUGE_VAL;
		return false;
	}
	top64 = (dh << (63 - t)) | (d1 << (31 - t)) | (d2 >> (t + 1));
	sticky = (d2 & ((UINT64_C(1) << (t + 1)) - 1)) != 0;
	for (k = h - 3; k >= 0 && !sticky; k--)
		sticky = mag.chunk[k] != 0;
	significand = top64 >> 11;
	rest = top64 & 0x7ff;
	if (rest > 0x400 || (rest == 0x400 && (sticky || (significand & 1))))
		significand++;
	/* the leading bit is bit 32h + t of the units of 2^-1074 */
	exponent = ECO_XSUM_CHUNK_BITS * h + t - 52 - 1074;
	if (exponent > 1024)
	{
		*result = sign * HUGE_VAL;
		return false;
	}
	value = ldexp((double) significand, exponent);
	*result = sign * value;
	return !isinf(value);
}

size_t
eco_xsum_write(const EcoExactSum *s, uint8_t *buf)
{
	EcoExactSum mag;
	int			sign = magnitude(s, &mag);
	int			lo;
	int			hi;
	int			k;
	size_t		n = 3;

	for (hi = ECO_XSUM_CHUNKS - 1; hi >= 0 && mag.chunk[hi] == 0; hi--)
		;
	if (hi < 0)
	{
		buf[0] = buf[1] = buf[2] = 0;
		return 3;
	}
	for (lo = 0; mag.chunk[lo] == 0; lo++)
		;
	buf[0] = sign < 0;
	buf[1] = (uint8_t) lo;
	buf[2] = (uint8_t) (hi - lo + 1);
	for (k = lo; k <= hi; k++)
	{
		uint64_t	d = (uint64_t) mag.chunk[k];

		buf[n++] = (uint8_t) (d >> 24);
		buf[n++] = (uint8_t) (d >> 16);
		buf[n++] = (uint8_t) (d >> 8);
		buf[n++] = (uint8_t) d;
	}
	return n;
}

size_t
eco_xsum_read(EcoExactSum *s, const uint8_t *buf, size_t len)
{
	int			sign;
	int			lo;
	int			count;
	int			k;
	size_t		n = 3;

	if (len < 3)
		return 0;
	sign = buf[0];
	lo = buf[1];
	count = buf[2];
	if (sign > 1 || lo + count > ECO_XSUM_CHUNKS || len < 3 + 4 * (size_t) count)
		return 0;
	if (count == 0)
	{
		if (sign != 0 || lo != 0)
			return 0;
		eco_xsum_init(s);
		return 3;
	}
	eco_xsum_init(s);
	for (k = lo; k < lo + count; k++)
	{
		int64_t		d = ((int64_t) buf[n] << 24) | ((int64_t) buf[n + 1] << 16) |
			((int64_t) buf[n + 2] << 8) | (int64_t) buf[n + 3];

		n += 4;
		s->chunk[k] = sign ? -d : d;
	}
	/* canonical: no zero chunk at either end */
	if (s->chunk[lo] == 0 || s->chunk[lo + count - 1] == 0)
		return 0;
	s->pending = 1;
	return n;
}
