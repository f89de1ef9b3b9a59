/*
 * Shared by the air summary's core files (air_summary.c, air_codec.c,
 * air_statistics.c); not part of the core's API.
 */
#ifndef ECOINSP_AIR_SUMMARY_INTERNAL_H
#define ECOINSP_AIR_SUMMARY_INTERNAL_H

#include <stdint.h>

#include "core/air_summary.h"

/* the largest concentration in fixed-point units (10^-6) */
#define ECO_AIR_MAX_FIXED_VALUE ((int64_t) (ECO_AIR_MAX_CONCENTRATION * 1e6))

/* num/den rounded half to even (GB/T 8170) to an integer, num >= 0, den > 0 */
static inline int64_t
eco_air_divide_half_even(int64_t num, int64_t den)
{
	int64_t		q = num / den;
	int64_t		r = num % den;

	if (2 * r > den || (2 * r == den && q % 2 != 0))
		q++;
	return q;
}

#endif
