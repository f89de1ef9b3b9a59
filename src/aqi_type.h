/*
 * What the glue files of the aqi type share (src/aqi.c, src/aqi_compare.c,
 * src/bi.c).
 */
#ifndef ECOINSP_AQI_TYPE_H
#define ECOINSP_AQI_TYPE_H

#include "postgres.h"

#define PG_GETARG_AQI(n) ((uint64) PG_GETARG_INT64(n))
#define PG_RETURN_AQI(v) PG_RETURN_INT64((int64) (v))

/* ERROR (22023) when packed is a bare index value; what names the caller */
extern void aqi_refuse_bare(uint64 packed, const char *what);

/* ERROR (22023) of an aggregate meeting two standards, names sorted */
extern void aqi_mixed_standards_error(const char *aggregate, int standard_a, int standard_b);

#endif
