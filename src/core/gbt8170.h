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
 * x as a fixed-point integer of 10^-6 units, rounded to the nearest unit
 * (so 2.2 becomes exactly 2200000).  False when x is not finite or its
 * magnitude exceeds ECO_FIXED_MAX_INPUT.
 */
extern bool eco_fixed_from_double(double x, int64_t *out);

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
