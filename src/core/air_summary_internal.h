/*
 * Shared by the air summary's core files (air_summary.c, air_codec.c,
 * air_statistics.c); not part of the core's API.
 */
#ifndef ECOINSP_AIR_SUMMARY_INTERNAL_H
#define ECOINSP_AIR_SUMMARY_INTERNAL_H

#include <stdint.h>

#include "core/air_summary.h"
#include "core/gbt8170.h"

/* the largest concentration in fixed-point units (10^-6) */
#define ECO_AIR_MAX_FIXED_VALUE ((int64_t) (ECO_AIR_MAX_CONCENTRATION * 1e6))

#endif
