/*
 * Rates: a numerator over a denominator, both non-negative finite doubles
 * (counts of days, sections or issues, or areas for area-weighted rates).
 *
 * A rate is ordered by its value numerator/denominator, compared exactly: the
 * two cross products are formed in 128-bit integer arithmetic on the doubles'
 * integer significands, so no product can overflow, underflow or round.  A
 * rate with denominator 0 has no value ("not measured"): it sorts after every
 * rate with a value and equals every other such rate.
 */
#ifndef ECOINSP_RATE_H
#define ECOINSP_RATE_H

#include <stdbool.h>

/* A numerator or denominator must be finite and not negative. */
extern bool eco_rate_part_valid(double x);

/*
 * -1, 0 or 1 as a_num/a_den is less than, equal to or greater than
 * b_num/b_den (denominator 0 sorts last, equal to denominator 0).
 * All four arguments must satisfy eco_rate_part_valid.
 */
extern int	eco_rate_cmp(double a_num, double a_den, double b_num, double b_den);

/*
 * A double that equal rates (in the sense of eco_rate_cmp) share: the
 * correctly rounded quotient, which is one double for one exact value;
 * denominator 0 maps to NaN (one key for all of them) and -0 to +0.
 */
extern double eco_rate_hash_key(double num, double den);

/*
 * *num += add_num and *den += add_den (merging two rates, or counting a
 * row); false, changing nothing, when either sum is infinite (beyond
 * 1.8e308).
 */
extern bool eco_rate_add(double *num, double *den, double add_num, double add_den);

/* What a rate's quotient num/den is. */
typedef enum EcoRateQuotient
{
	ECO_RATE_QUOTIENT,			/* *q = num / den */
	ECO_RATE_NO_VALUE,			/* den is 0: "0 of 0", nothing counted */
	ECO_RATE_OUT_OF_RANGE		/* the quotient passes the largest double (0.1/1e-310) */
} EcoRateQuotient;

extern EcoRateQuotient eco_rate_quotient(double num, double den, double *q);

#endif
