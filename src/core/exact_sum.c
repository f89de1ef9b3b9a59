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

/*
 * A finite double as m * 2^pos * 2^-1074 with an integer significand m below
 * 2^53, and whether it is negative once `negate` is applied; false for
 * zero (nothing to add).
 */
static inline bool
split_double(double x, int negate, uint64_t *m, int *pos, bool *negative)
{
	uint64_t	bits;
	int			e;

	memcpy(&bits, &x, sizeof(bits));
	e = (int) ((bits >> 52) & 0x7ff);
	*m = bits & ((UINT64_C(1) << 52) - 1);
	*negative = (bits >> 63) != (uint64_t) negate;
	if (e == 0)
	{
		*pos = 0;				/* subnormal: m * 2^-1074 */
		return *m != 0;
	}
	*m |= UINT64_C(1) << 52;
	*pos = e - 1;				/* m * 2^(e - 1075) = m * 2^(e - 1) * 2^-1074 */
	return true;
}

static inline void
add_bits(EcoExactSum *s, double x, int negate)
{
	uint64_t	m;
	uint64_t	mid;
	int			pos;
	int			k;
	int			shift;
	bool		negative;

	if (!split_double(x, negate, &m, &pos, &negative))
		return;
	k = pos / ECO_XSUM_CHUNK_BITS;
	shift = pos % ECO_XSUM_CHUNK_BITS;
	/* m * 2^shift < 2^84: three 32-bit pieces */
	mid = m >> (32 - shift);
	if (negative)
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
eco_two_product(double x, double y, double *product, double *error)
{
	*product = x * y;
	*error = fma(x, y, -*product);
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

/* the index of the highest nonzero chunk of a magnitude; -1 when it is 0 */
static int
top_chunk(const EcoExactSum *mag)
{
	int			h = ECO_XSUM_CHUNKS - 1;

	while (h >= 0 && mag->chunk[h] == 0)
		h--;
	return h;
}

/* the index of the lowest nonzero chunk of a nonzero magnitude */
static int
low_chunk(const EcoExactSum *mag)
{
	int			lo = 0;

	while (mag->chunk[lo] == 0)
		lo++;
	return lo;
}

/* a sum's magnitude, its sign and its nonzero chunks lo..hi (hi -1 when it is 0) */
typedef struct XsumSpan
{
	EcoExactSum mag;
	int			sign;
	int			lo;
	int			hi;
} XsumSpan;

static void
xsum_span(const EcoExactSum *s, XsumSpan *span)
{
	span->sign = magnitude(s, &span->mag);
	span->hi = top_chunk(&span->mag);
	span->lo = span->hi < 0 ? 0 : low_chunk(&span->mag);
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

	h = top_chunk(&mag);
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
	XsumSpan	sp;
	int			k;
	size_t		n = 3;

	xsum_span(s, &sp);
	if (sp.hi < 0)
	{
		buf[0] = buf[1] = buf[2] = 0;
		return 3;
	}
	buf[0] = sp.sign < 0;
	buf[1] = (uint8_t) sp.lo;
	buf[2] = (uint8_t) (sp.hi - sp.lo + 1);
	for (k = sp.lo; k <= sp.hi; k++)
	{
		uint64_t	d = (uint64_t) sp.mag.chunk[k];

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

/* ---- the compact form ---- */

__extension__ typedef __int128 eco_i128;
__extension__ typedef unsigned __int128 eco_u128;

#define NARROW_LIMIT (((eco_i128) 1) << 125)

static eco_i128
narrow_get(const EcoXsum *s)
{
	return (eco_i128) (((eco_u128) s->hi << 64) | s->lo);
}

static void
narrow_set(EcoXsum *s, eco_i128 v)
{
	s->lo = (uint64_t) (eco_u128) v;
	s->hi = (uint64_t) ((eco_u128) v >> 64);
}

static eco_i128
abs128(eco_i128 v)
{
	return v < 0 ? -v : v;
}

void
eco_xs_init(EcoXsum *s)
{
	s->lo = s->hi = 0;
	s->base = -1;
	s->big = NULL;
}

/* a narrow value v * 2^base rescaled to a lower base: false when it would not fit */
static bool
rescale(eco_i128 *v, int from, int to)
{
	int			d = from - to;

	if (*v == 0)
		return true;
	if (d >= 125 || abs128(*v) >= (NARROW_LIMIT >> d))
		return false;
	*v = (eco_i128) ((eco_u128) *v << d);
	return true;
}

static bool
xs_add(EcoXsum *s, double x, int negate)
{
	uint64_t	m;
	int			pos;
	int			base;
	bool		negative;
	eco_i128	acc;
	eco_i128	term;

	if (s->big != NULL)
	{
		add_bits(s->big, x, negate);
		return true;
	}
	if (!split_double(x, negate, &m, &pos, &negative))
		return true;
	acc = narrow_get(s);
	base = s->base < 0 ? pos : s->base;
	if (pos < base)
	{
		if (!rescale(&acc, base, pos))
			return false;
		base = pos;
	}
	/* the term m * 2^(pos - base) below 2^125, the sum below 2^125 before */
	if (pos - base > 125 - 53 || abs128(acc) >= NARROW_LIMIT)
		return false;
	term = (eco_i128) ((eco_u128) m << (pos - base));
	acc += negative ? -term : term;
	narrow_set(s, acc);
	s->base = base;
	return true;
}

bool
eco_xs_add(EcoXsum *s, double x)
{
	return xs_add(s, x, 0);
}

bool
eco_xs_sub(EcoXsum *s, double x)
{
	return xs_add(s, x, 1);
}

void
eco_xs_value(const EcoXsum *s, EcoExactSum *out)
{
	eco_i128	acc;
	eco_u128	mag;
	int			negative;
	int			k;

	if (s->big != NULL)
	{
		*out = *s->big;
		return;
	}
	eco_xsum_init(out);
	acc = narrow_get(s);
	if (acc == 0)
		return;
	negative = acc < 0;
	mag = (eco_u128) abs128(acc);
	/* four 32-bit words, each at its bit position base + 32k */
	for (k = 0; k < 4; k++)
	{
		uint64_t	word = (uint64_t) (mag >> (32 * k)) & (uint64_t) LOW32;
		int			pos = s->base + 32 * k;
		int			chunk = pos / ECO_XSUM_CHUNK_BITS;
		uint64_t	shifted = word << (pos % ECO_XSUM_CHUNK_BITS);
		int64_t		low = (int64_t) (shifted & LOW32);
		int64_t		high = (int64_t) (shifted >> 32);

		if (word == 0)
			continue;
		out->chunk[chunk] += negative ? -low : low;
		if (high != 0)
			out->chunk[chunk + 1] += negative ? -high : high;
	}
	out->pending = 4;
}

void
eco_xs_attach(EcoXsum *s, EcoExactSum *storage)
{
	eco_xs_value(s, storage);
	s->big = storage;
	s->lo = s->hi = 0;
}

bool
eco_xs_merge(EcoXsum *s, const EcoXsum *other)
{
	eco_i128	a;
	eco_i128	b;
	int			base;

	if (other->big == NULL && other->base < 0)
		return true;
	if (s->big != NULL || other->big != NULL)
	{
		EcoExactSum o;

		if (s->big == NULL)
			return false;
		eco_xs_value(other, &o);
		eco_xsum_merge(s->big, &o);
		return true;
	}
	if (s->base < 0)
	{
		*s = *other;
		return true;
	}
	a = narrow_get(s);
	b = narrow_get(other);
	base = s->base < other->base ? s->base : other->base;
	if (!rescale(&a, s->base, base) || !rescale(&b, other->base, base))
		return false;
	/* both below 2^125: the sum below 2^126, and the next add checks it */
	s->base = base;
	narrow_set(s, a + b);
	return true;
}

bool
eco_xs_from_full(EcoXsum *s, const EcoExactSum *full)
{
	XsumSpan	sp;
	int			k;
	eco_u128	v = 0;

	eco_xs_init(s);
	xsum_span(full, &sp);
	if (sp.hi < 0)
		return true;
	/* four chunks at most, the top one below 2^29: below 2^125 */
	if (sp.hi - sp.lo > 3 || (sp.hi - sp.lo == 3 && sp.mag.chunk[sp.hi] >= (INT64_C(1) << 29)))
		return false;
	for (k = sp.hi; k >= sp.lo; k--)
		v = (v << 32) | (uint64_t) sp.mag.chunk[k];
	s->base = ECO_XSUM_CHUNK_BITS * sp.lo;
	narrow_set(s, sp.sign < 0 ? -(eco_i128) v : (eco_i128) v);
	return true;
}

int
eco_xs_sign(const EcoXsum *s)
{
	eco_i128	acc;

	if (s->big != NULL)
		return eco_xsum_sign(s->big);
	acc = narrow_get(s);
	return (acc > 0) - (acc < 0);
}

bool
eco_xs_to_double(const EcoXsum *s, double *result)
{
	eco_i128	acc;
	eco_u128	mag;
	eco_u128	rest;
	eco_u128	half;
	uint64_t	significand;
	int			length = 0;
	int			shift;
	double		value;

	if (s->big != NULL)
		return eco_xsum_to_double(s->big, result);
	acc = narrow_get(s);
	mag = (eco_u128) abs128(acc);
	for (rest = mag; rest != 0; rest >>= 1)
		length++;
	if (length <= 53)
	{
		/* exact: 53 bits, or a multiple of 2^-1074 below 2^-1022 */
		value = ldexp((double) (uint64_t) mag, s->base - 1074);
	}
	else
	{
		/* to 53 bits, to nearest with ties to even; a normal number */
		shift = length - 53;
		significand = (uint64_t) (mag >> shift);
		rest = mag & ((((eco_u128) 1) << shift) - 1);
		half = ((eco_u128) 1) << (shift - 1);
		if (rest > half || (rest == half && (significand & 1)))
			significand++;
		value = ldexp((double) significand, shift + s->base - 1074);
	}
	*result = acc < 0 ? -value : value;
	return !isinf(value);
}
