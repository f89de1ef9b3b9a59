/*
 * GB/T 8170 rounding of exact numeric values, for the glue of every concern
 * that reports a rounded figure.
 */
#ifndef ECOINSP_ROUND_GB8170_GLUE_H
#define ECOINSP_ROUND_GB8170_GLUE_H

#include "postgres.h"

#include "utils/numeric.h"

/* The decimals accepted by the numeric rounding (PostgreSQL's numeric scale limit). */
#define ECO_NUMERIC_DIGITS_MAX 1000

/*
 * numerator/denominator (finite, denominator not 0) rounded half to even to
 * `digits` decimals (negative: tens, hundreds, ...), exactly: the quotient is
 * never rounded before the rule sees it.  The result's scale is max(digits, 0).
 */
extern Numeric eco_numeric_round_quotient(Numeric numerator, Numeric denominator, int digits);

/* The shortest decimal that reads back as x, as a numeric (x finite or not). */
extern Numeric eco_float8_to_numeric_exact(double x);

#endif
