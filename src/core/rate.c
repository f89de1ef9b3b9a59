/*
 * Exact comparison of rates by value.
 */
#include "core/rate.h"

#include <math.h>
#include <stdint.h>

/* 128-bit products of two 53-bit significands: exact. */
__extension__ typedef unsigned __int128 eco_u128;

bool
eco_rate_part_valid(double x)
{
	return isfinite(x) && x >= 0.0;
}

/* x = significand * 2^exponent with an integer significand below 2^53. */
static void
split_double(double x, uint64_t *significand, int *exponent)
{
	int			e;
	double		m = frexp(x, &e);	/* x = m * 2^e, 0.5 <= m < 1 (or 0) */

	*significand = (uint64_t) ldexp(m, 53);
	*exponent = e - 53;
}

static int
bit_length(eco_u128 v)
{
	int			n = 0;

	while (v != 0)
	{
		v >>= 1;
		n++;
	}
	return n;
}

/* Sign of x1 * y1 - x2 * y2 for non-negative finite doubles, exactly. */
static int
compare_products(double x1, double y1, double x2, double y2)
{
	uint64_t	mx1, my1, mx2, my2;
	int			ex1, ey1, ex2, ey2;
	eco_u128	p1, p2;
	int			len1, len2, top1, top2;

	split_double(x1, &mx1, &ex1);
	split_double(y1, &my1, &ey1);
	split_double(x2, &mx2, &ex2);
	split_double(y2, &my2, &ey2);
	p1 = (eco_u128) mx1 * my1;
	p2 = (eco_u128) mx2 * my2;
	if (p1 == 0 || p2 == 0)
		return (p1 != 0) - (p2 != 0);

	/* p * 2^e lies in [2^(len-1+e), 2^(len+e)): the top bit decides first */
	len1 = bit_length(p1);
	len2 = bit_length(p2);
	top1 = len1 + ex1 + ey1;
	top2 = len2 + ex2 + ey2;
	if (top1 != top2)
		return top1 < top2 ? -1 : 1;
	/* same magnitude: align both significands (at most 106 bits) and compare */
	p1 <<= 128 - len1;
	p2 <<= 128 - len2;
	return (p1 > p2) - (p1 < p2);
}

int
eco_rate_cmp(double a_num, double a_den, double b_num, double b_den)
{
	if (a_den == 0.0 || b_den == 0.0)
		return (a_den == 0.0) - (b_den == 0.0);
	/* a_num/a_den <=> b_num/b_den with both denominators positive */
	return compare_products(a_num, b_den, b_num, a_den);
}

double
eco_rate_hash_key(double num, double den)
{
	double		q;

	if (den == 0.0)
		return NAN;
	q = num / den;
	return q == 0.0 ? 0.0 : q;
}

bool
eco_rate_add(double *num, double *den, double add_num, double add_den)
{
	double		new_num = *num + add_num;
	double		new_den = *den + add_den;

	if (isinf(new_num) || isinf(new_den))
		return false;
	*num = new_num;
	*den = new_den;
	return true;
}

EcoRateQuotient
eco_rate_quotient(double num, double den, double *q)
{
	if (den == 0.0)
		return ECO_RATE_NO_VALUE;
	*q = num / den;
	return isinf(*q) ? ECO_RATE_OUT_OF_RANGE : ECO_RATE_QUOTIENT;
}
