/*
 * GB/T 8170-2008 rounding ("四舍六入五成双": round half to even) and the exact
 * decimal reading of measured values.
 *
 * Chinese statistics round the exact decimal value of a figure: 0.125 to two
 * decimals is 0.12 and 0.135 is 0.14.  A double holds a binary value, so the
 * decimal a user wrote (2.675) is recovered first as the shortest decimal that
 * reads back as the same double, and rounding works on that.
 *
 * Measured concentrations are handled as fixed-point integers of
 * ECO_FIXED_SCALE units (10^-6 of the measurement unit), which makes
 * comparisons with breakpoints, truncation and rounding exact.
 */
#ifndef ECOINSP_GBT8170_H
#define ECOINSP_GBT8170_H

#include <stdbool.h>
#include <stdint.h>

#define ECO_FIXED_SCALE INT64_C(1000000)
/* the largest magnitude accepted as a fixed-point value: 10^12 units */
#define ECO_FIXED_MAX_INPUT 1e12

/*
 * x as a fixed-point integer of 10^-6 units: x * 10^6 (one double
 * multiplication) rounded to the nearest integer, halves away from zero (so
 * 2.2 becomes exactly 2200000).  False (and *out 0) when x is not finite or
 * its magnitude exceeds ECO_FIXED_MAX_INPUT.
 *
 * Inline, and without llround(): every AQI input and every air_summary value
 * goes through it.  The product is below 2^63 in magnitude, so the
 * conversion to int64_t truncates it exactly, and the product minus its
 * truncation is exact too (it is the product's own bits below the units), so
 * comparing it with 1/2 is exactly the rounding llround() does.
 */
static inline bool
eco_fixed_from_double(double x, int64_t *out)
{
	double		scaled;
	double		fraction;
	int64_t		n;

	if (!(x >= -ECO_FIXED_MAX_INPUT && x <= ECO_FIXED_MAX_INPUT))
	{
		*out = 0;
		return false;			/* also NaN */
	}
	scaled = x * (double) ECO_FIXED_SCALE;
	n = (int64_t) scaled;
	fraction = scaled - (double) n;
	if (fraction >= 0.5)
		n++;
	else if (fraction <= -0.5)
		n--;
	*out = n;
	return true;
}

/*
 * num / den rounded half to even (GB/T 8170-2008 §3.3: below half down,
 * above half up, exactly half to the even quotient), den > 0, |num| and
 * 2 * den below 2^62: the one rounding of an exact quotient that every
 * other rounding here goes through.  Inline, so that a constant den (a
 * power of ten) divides by a multiplication.
 */
static inline int64_t
eco_divide_half_even(int64_t num, int64_t den)
{
	int64_t		q = num / den;
	int64_t		r = num % den;

	if (r < 0)
	{
		q -= 1;
		r += den;
	}
	/* now num = q * den + r with 0 <= r < den */
	if (2 * r > den || (2 * r == den && q % 2 != 0))
		q += 1;
	return q;
}

/* v rounded half to even to a multiple of quantum (quantum > 0). */
extern int64_t eco_fixed_round_half_even(int64_t v, int64_t quantum);

/* v truncated toward zero to a multiple of quantum (quantum > 0). */
extern int64_t eco_fixed_truncate(int64_t v, int64_t quantum);

/*
 * x rounded half to even to `digits` decimals (negative digits round to tens,
 * hundreds, ...), on the shortest decimal that reads back as x.  Non-finite x
 * is returned unchanged.  digits must lie in -15..15.
 */
extern double eco_round_gb8170(double x, int digits);

#endif
