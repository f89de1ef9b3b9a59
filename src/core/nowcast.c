/*
 * The US EPA NowCast (see nowcast.h for the sources).  For the hours
 * c1 (the latest) ... cN of one monitor:
 *
 *     w = cmin / cmax over the valid hours, at least the method's floor
 *     NowCast = sum w^(i-1) c_i / sum w^(i-1) over the valid hours,
 *
 * a missing hour keeping its place i; reported only when at least two of
 * c1, c2, c3 are valid (AirNow-Tech, "The NowCast for PM2.5 and PM10").
 */
#include "core/nowcast.h"

#include "core/gbt8170.h"
#include "core/names.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const EcoNowcastMethod methods[] = {
	/* PM2.5 (2013) and PM10 (2014): 12 hours, w at least 0.5; the result
	 * truncated to the AQI's reporting step before the 24-h breakpoints */
	{ECO_NOWCAST_PM25, 12, 0.5, -1, true},
	{ECO_NOWCAST_PM10, 12, 0.5, 0, true},
	/* AirNow's ozone NowCast of 21 Apr 2016, replaced on 1 Aug 2019 by a
	 * fitted model: 8 hours, no minimum weight, read on the 8-h table.  The
	 * unit is the caller's (ppb or ppm), so nothing is truncated here. */
	{ECO_NOWCAST_O3_2016, 8, 0.0, 0, false}
};

#define N_METHODS ((int) (sizeof(methods) / sizeof(methods[0])))

const EcoNowcastMethod *
eco_nowcast_method(EcoNowcastKind kind)
{
	int			i;

	for (i = 0; i < N_METHODS; i++)
		if (methods[i].kind == kind)
			return &methods[i];
	return NULL;
}

static const EcoNameEntry nowcast_entries[] = {
	ECO_NAME("pm2.5", ECO_NOWCAST_PM25),
	ECO_NAME("pm10", ECO_NOWCAST_PM10),
	ECO_NAME("o3-2016", ECO_NOWCAST_O3_2016),
	ECO_NAME_END
};

const EcoNameTable eco_nowcast_names = {
	.thing = "NowCast pollutant", .things = "pollutants", .entries = nowcast_entries,
	.note = " (the legacy 2016 ozone NowCast; AirNow's ozone NowCast since 2019 is a fitted model, not implemented)"
};

void
eco_nowcast_init(EcoNowcastState *state)
{
	memset(state, 0, sizeof(*state));
}

static uint16_t
window_mask(const EcoNowcastMethod *method)
{
	return (uint16_t) ((1u << method->hours) - 1);
}

/* Moves the window on to end at hour `latest` (>= state->latest). */
static void
shift_to(EcoNowcastState *state, const EcoNowcastMethod *method, int64_t latest)
{
	int64_t		d = latest - state->latest;
	int			i;

	if (d >= method->hours)
	{
		state->valid = state->seen = state->duplicate = 0;
		memset(state->value, 0, sizeof(state->value));
	}
	else if (d > 0)
	{
		for (i = method->hours - 1; i >= 0; i--)
			state->value[i] = i >= d ? state->value[i - d] : 0;
		state->valid = (uint16_t) ((state->valid << d) & window_mask(method));
		state->seen = (uint16_t) ((state->seen << d) & window_mask(method));
		state->duplicate = (uint16_t) ((state->duplicate << d) & window_mask(method));
	}
	state->latest = latest;
}

EcoNowcastStatus
eco_nowcast_add(EcoNowcastState *state, EcoNowcastKind kind,
				int64_t hour, bool has_value, double value)
{
	const EcoNowcastMethod *method = eco_nowcast_method(kind);
	int64_t		i;

	if (has_value && !isfinite(value))
		return ECO_NOWCAST_NOT_FINITE;
	if (has_value && value < 0)
		return ECO_NOWCAST_NEGATIVE;
	if (has_value && value > ECO_NOWCAST_MAX_VALUE)
		return ECO_NOWCAST_OUT_OF_RANGE;
	if (state->kind == 0)
	{
		state->kind = kind;
		state->latest = hour;
	}
	else if (state->kind != kind)
		return ECO_NOWCAST_OTHER_KIND;
	if (hour > state->latest)
		shift_to(state, method, hour);
	i = state->latest - hour;
	if (i >= method->hours)
		return ECO_NOWCAST_OK;	/* older than the window: not an input */
	if (state->seen & (1u << i))
	{
		/* an error only if the hour stays in the window: the result says */
		state->duplicate |= (uint16_t) (1u << i);
		return ECO_NOWCAST_OK;
	}
	state->seen |= (uint16_t) (1u << i);
	if (has_value)
	{
		state->valid |= (uint16_t) (1u << i);
		state->value[i] = value;
	}
	return ECO_NOWCAST_OK;
}

EcoNowcastStatus
eco_nowcast_merge(EcoNowcastState *dst, const EcoNowcastState *src)
{
	const EcoNowcastMethod *method;
	EcoNowcastState other;
	int			i;

	if (src->kind == 0)
		return ECO_NOWCAST_OK;
	if (dst->kind == 0)
	{
		*dst = *src;
		return ECO_NOWCAST_OK;
	}
	if (dst->kind != src->kind)
		return ECO_NOWCAST_OTHER_KIND;
	method = eco_nowcast_method(dst->kind);
	other = *src;
	if (other.latest > dst->latest)
		shift_to(dst, method, other.latest);
	else
		shift_to(&other, method, dst->latest);

	/*
	 * An hour in both is a duplicate; of its two values the state keeps
	 * dst's (an error is reported anyway, and the value must not depend on
	 * which side a value came from only where no error is).
	 */
	dst->duplicate |= (uint16_t) (other.duplicate | (dst->seen & other.seen));
	for (i = 0; i < method->hours; i++)
		if ((other.valid & (1u << i)) && !(dst->seen & (1u << i)))
			dst->value[i] = other.value[i];
	dst->valid |= (uint16_t) (other.valid & ~dst->seen);
	dst->seen |= other.seen;
	return ECO_NOWCAST_OK;
}

/* ---- Exact truncation ---- */

/*
 * A small unsigned big integer, enough for the exact NowCast of 12 decimal
 * values from 5e-324 to ECO_NOWCAST_MAX_VALUE (see exact_truncated: at most
 * about 2,500 bits).
 */
#define BIG_LIMBS 128

typedef struct EcoNowcastBig
{
	int			n;				/* limbs used; 0 for zero */
	bool		overflow;		/* a result did not fit (not expected) */
	uint32_t	d[BIG_LIMBS];	/* little-endian */
} EcoNowcastBig;

static void
big_set(EcoNowcastBig *a, uint64_t v)
{
	a->n = 0;
	a->overflow = false;
	while (v != 0)
	{
		a->d[a->n++] = (uint32_t) v;
		v >>= 32;
	}
}

static void
big_mul_small(EcoNowcastBig *a, uint32_t m)
{
	uint64_t	carry = 0;
	int			i;

	for (i = 0; i < a->n; i++)
	{
		uint64_t	t = (uint64_t) a->d[i] * m + carry;

		a->d[i] = (uint32_t) t;
		carry = t >> 32;
	}
	if (carry != 0)
	{
		if (a->n == BIG_LIMBS)
			a->overflow = true;
		else
			a->d[a->n++] = (uint32_t) carry;
	}
	if (m == 0)
		a->n = 0;
}

static void
big_mul_pow10(EcoNowcastBig *a, int k)
{
	static const uint32_t pow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000,
	10000000, 100000000, 1000000000};

	for (; k >= 9; k -= 9)
		big_mul_small(a, pow10[9]);
	big_mul_small(a, pow10[k]);
}

/* *out = a * b (out distinct from a and b) */
static void
big_mul(EcoNowcastBig *out, const EcoNowcastBig *a, const EcoNowcastBig *b)
{
	int			i;
	int			j;

	out->overflow = a->overflow || b->overflow;
	if (a->n == 0 || b->n == 0)
	{
		out->n = 0;
		return;
	}
	if (a->n + b->n > BIG_LIMBS)
	{
		out->n = 0;
		out->overflow = true;
		return;
	}
	memset(out->d, 0, sizeof(uint32_t) * (size_t) (a->n + b->n));
	for (i = 0; i < a->n; i++)
	{
		uint64_t	carry = 0;

		for (j = 0; j < b->n; j++)
		{
			uint64_t	t = (uint64_t) a->d[i] * b->d[j] + out->d[i + j] + carry;

			out->d[i + j] = (uint32_t) t;
			carry = t >> 32;
		}
		out->d[i + b->n] = (uint32_t) carry;
	}
	out->n = a->n + b->n;
	while (out->n > 0 && out->d[out->n - 1] == 0)
		out->n--;
}

/* a += b */
static void
big_add(EcoNowcastBig *a, const EcoNowcastBig *b)
{
	uint64_t	carry = 0;
	int			n = a->n > b->n ? a->n : b->n;
	int			i;

	a->overflow = a->overflow || b->overflow;
	for (i = 0; i < n; i++)
	{
		uint64_t	t = (uint64_t) (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0) + carry;

		a->d[i] = (uint32_t) t;
		carry = t >> 32;
	}
	a->n = n;
	if (carry != 0)
	{
		if (n == BIG_LIMBS)
			a->overflow = true;
		else
			a->d[a->n++] = (uint32_t) carry;
	}
}

static int
big_cmp(const EcoNowcastBig *a, const EcoNowcastBig *b)
{
	int			i;

	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (i = a->n - 1; i >= 0; i--)
		if (a->d[i] != b->d[i])
			return a->d[i] < b->d[i] ? -1 : 1;
	return 0;
}

/*
 * x >= 0 as m * 10^e, m the digits of the shortest "%.*e" form that reads
 * back as x (at most 17 digits, so m < 10^17): the decimal the user wrote.
 */
static void
decimal_of(double x, uint64_t *m, int *e)
{
	char		buf[40];
	char	   *p;
	int			precision;
	int			digits = 0;

	*m = 0;
	*e = 0;
	if (x == 0)
		return;
	for (precision = 0; precision < 17; precision++)
	{
		snprintf(buf, sizeof(buf), "%.*e", precision, x);
		if (strtod(buf, NULL) == x)
			break;
	}
	if (precision == 17)
		snprintf(buf, sizeof(buf), "%.16e", x);
	for (p = buf; *p != 'e'; p++)
		if (*p >= '0' && *p <= '9')
		{
			*m = *m * 10 + (uint64_t) (*p - '0');
			digits++;
		}
	*e = atoi(p + 1) - (digits - 1);
}

/* a = m * 10^k (k >= 0) */
static void
big_decimal(EcoNowcastBig *a, uint64_t m, int k)
{
	big_set(a, m);
	big_mul_pow10(a, k);
}

/*
 * The NowCast of the valid hours, truncated to 10^method->truncate_exp,
 * exactly on the decimal values of the inputs; false when the numbers do not
 * fit (never expected for values up to ECO_NOWCAST_MAX_VALUE).
 *
 * With c_i = C_i 10^E (E the smallest exponent) and w = p / q in lowest
 * common terms, the NowCast is sum a_i C_i 10^E / sum a_i with integer
 * weights a_i = p^(i - first) q^(last - i); its truncation is the K with
 * K D <= N < (K + 1) D, N and D that fraction scaled by 10^-truncate_exp.
 * K is found from `estimate` (the floating-point NowCast), then checked and
 * moved by one until it holds.
 */
static bool
exact_truncated(const EcoNowcastState *state, const EcoNowcastMethod *method,
				double estimate, double *result)
{
	EcoNowcastBig pw[ECO_NOWCAST_MAX_HOURS];	/* p^k */
	EcoNowcastBig qw[ECO_NOWCAST_MAX_HOURS];	/* q^k */
	EcoNowcastBig p;
	EcoNowcastBig q;
	EcoNowcastBig num;
	EcoNowcastBig den;
	EcoNowcastBig term;
	EcoNowcastBig c;
	EcoNowcastBig bound;
	EcoNowcastBig k_big;
	uint64_t	m[ECO_NOWCAST_MAX_HOURS];
	int			e[ECO_NOWCAST_MAX_HOURS];
	bool		any_nonzero = false;
	int			emin = 0;
	int			lo = -1;
	int			hi = -1;
	int			first = -1;
	int			last = -1;
	int			i;
	int64_t		k;
	int			step;

	for (i = 0; i < method->hours; i++)
	{
		if (!(state->valid & (1u << i)))
			continue;
		decimal_of(state->value[i], &m[i], &e[i]);
		if (first < 0)
			first = i;
		last = i;
		if (m[i] != 0 && (!any_nonzero || e[i] < emin))
			emin = e[i];
		any_nonzero = any_nonzero || m[i] != 0;
		if (lo < 0 || state->value[i] < state->value[lo])
			lo = i;
		if (hi < 0 || state->value[i] > state->value[hi])
			hi = i;
	}
	if (!any_nonzero)
		return false;			/* all zero: the caller's case */

	/*
	 * w = cmin / cmax = p / q on the decimals, or the floor 1/2 (both
	 * truncating methods have it) when cmin / cmax is below it
	 */
	big_set(&p, 1);
	big_set(&q, 2);
	if (m[lo] != 0)
	{
		EcoNowcastBig twice;
		int			common = e[lo] < e[hi] ? e[lo] : e[hi];

		big_decimal(&twice, m[lo], e[lo] - common);
		big_mul_small(&twice, 2);
		big_decimal(&c, m[hi], e[hi] - common);
		if (big_cmp(&twice, &c) >= 0)
		{
			big_decimal(&p, m[lo], e[lo] - common);
			q = c;
		}
	}
	big_set(&pw[0], 1);
	big_set(&qw[0], 1);
	for (i = 1; i <= last - first; i++)
	{
		big_mul(&pw[i], &pw[i - 1], &p);
		big_mul(&qw[i], &qw[i - 1], &q);
	}
	big_set(&num, 0);
	big_set(&den, 0);
	for (i = first; i <= last; i++)
	{
		EcoNowcastBig t;

		if (!(state->valid & (1u << i)))
			continue;
		big_mul(&term, &pw[i - first], &qw[last - i]);
		big_add(&den, &term);
		if (m[i] == 0)
			continue;
		big_decimal(&c, m[i], e[i] - emin);
		big_mul(&t, &term, &c);
		big_add(&num, &t);
	}
	/* N / D = num 10^(emin - truncate_exp) / den */
	if (emin >= method->truncate_exp)
		big_mul_pow10(&num, emin - method->truncate_exp);
	else
		big_mul_pow10(&den, method->truncate_exp - emin);
	if (num.overflow || den.overflow)
		return false;

	k = (int64_t) floor(method->truncate_exp == 0 ? estimate : estimate * 10);
	if (k < 0)
		k = 0;
	for (step = 0; step < 4; step++)
	{
		/* K D <= N ? */
		big_set(&k_big, (uint64_t) k);
		big_mul(&bound, &den, &k_big);
		if (big_cmp(&bound, &num) > 0)
		{
			k--;
			continue;
		}
		/* N < (K + 1) D ? */
		big_set(&k_big, (uint64_t) k + 1);
		big_mul(&bound, &den, &k_big);
		if (big_cmp(&num, &bound) >= 0)
		{
			k++;
			continue;
		}
		if (bound.overflow)
			return false;
		*result = method->truncate_exp == 0 ? (double) k : (double) k / 10;
		return true;
	}
	return false;
}

/*
 * The truncation of the estimate, decided on the inputs' decimal values.
 * The estimate is within some 50 units in the last place of the exact
 * NowCast of the doubles, which are within half a unit of the decimals:
 * where it is farther than 1e-10 of its size from a step, the step below it
 * is the exact one; otherwise it is computed exactly.
 */
static double
truncated(const EcoNowcastState *state, const EcoNowcastMethod *method, double estimate)
{
	double		t = method->truncate_exp == 0 ? estimate : estimate * 10;
	double		margin = 1e-10 * (t + 1);
	double		exact;

	if ((t - floor(t) > margin && ceil(t) - t > margin) ||
		!exact_truncated(state, method, estimate, &exact))
		return method->truncate_exp == 0 ? floor(t) : floor(t) / 10;
	return exact;
}

EcoNowcastStatus
eco_nowcast_result(const EcoNowcastState *state, double *result, int64_t *duplicate_hour)
{
	const EcoNowcastMethod *method;
	double		cmin = HUGE_VAL;
	double		cmax = 0;
	double		w;
	double		weight = 1;
	double		num = 0;
	double		den = 0;
	int			first = -1;
	int			i;

	if (state->kind == 0)
		return ECO_NOWCAST_EMPTY;
	method = eco_nowcast_method(state->kind);
	if (state->duplicate != 0)
	{
		/* the latest hour with two rows */
		for (i = 0; !(state->duplicate & (1u << i)); i++)
			;
		*duplicate_hour = state->latest - i;
		return ECO_NOWCAST_DUPLICATE_HOUR;
	}
	/* at least 2 of the 3 most recent hours (c1, c2, c3) */
	if (((state->valid & 1) != 0) + ((state->valid & 2) != 0) + ((state->valid & 4) != 0) < 2)
		return ECO_NOWCAST_INCOMPLETE;
	for (i = 0; i < method->hours; i++)
		if (state->valid & (1u << i))
		{
			cmin = fmin(cmin, state->value[i]);
			cmax = fmax(cmax, state->value[i]);
		}
	if (cmax == 0)
	{
		*result = 0;			/* all hours zero */
		return ECO_NOWCAST_OK;
	}
	w = cmin / cmax;
	if (w < method->weight_floor)
		w = method->weight_floor;

	/*
	 * The weights counted from the latest valid hour: w^(i - first) instead
	 * of w^i changes numerator and denominator by the same factor, keeps the
	 * denominator >= 1 and gives w = 0 (ozone, a zero hour) its limit, the
	 * latest valid value.  Values are at most ECO_NOWCAST_MAX_VALUE, so the
	 * sums are finite.
	 */
	for (i = 0; i < method->hours; i++)
	{
		if (first >= 0)
			weight *= w;
		if (!(state->valid & (1u << i)))
			continue;
		if (first < 0)
			first = i;
		num += weight * state->value[i];
		den += weight;
	}
	*result = num / den;
	if (method->truncates)
		*result = truncated(state, method, *result);
	return ECO_NOWCAST_OK;
}

const char *
eco_nowcast_check(const EcoNowcastState *state)
{
	const EcoNowcastMethod *method;
	int			i;

	if (state->kind == 0)
	{
		if (state->latest != 0 || state->valid != 0 || state->seen != 0 ||
			state->duplicate != 0)
			return "an empty state with hours";
		for (i = 0; i < ECO_NOWCAST_MAX_HOURS; i++)
			if (state->value[i] != 0)
				return "an empty state with values";
		return NULL;
	}
	method = eco_nowcast_method(state->kind);
	if (method == NULL)
		return "unknown NowCast method";
	if ((state->seen & ~window_mask(method)) != 0)
		return "an hour outside the method's window";
	if ((state->seen & 1) == 0)
		return "no row at the latest hour";
	if ((state->valid & ~state->seen) != 0)
		return "a value for an hour without a row";
	if ((state->duplicate & ~state->seen) != 0)
		return "a duplicate of an hour without a row";
	for (i = 0; i < ECO_NOWCAST_MAX_HOURS; i++)
	{
		double		v = state->value[i];

		if (state->valid & (1u << i))
		{
			if (!isfinite(v) || v < 0 || v > ECO_NOWCAST_MAX_VALUE)
				return "a value that is negative, not finite or out of range";
		}
		else if (v != 0 || signbit(v))
			return "a value for an hour without one";
	}
	return NULL;
}
