/*
 * The rate type's in-memory form, for the glue of every concern that builds
 * or reads rates (16 bytes, passed by reference).
 */
#ifndef ECOINSP_RATE_GLUE_H
#define ECOINSP_RATE_GLUE_H

#include "postgres.h"

#include "fmgr.h"

typedef struct Rate
{
	double		numerator;
	double		denominator;
} Rate;

#define DatumGetRateP(X)	((Rate *) DatumGetPointer(X))
#define RateGetDatum(X)		PointerGetDatum(X)
#define PG_GETARG_RATE_P(n) DatumGetRateP(PG_GETARG_DATUM(n))
#define PG_RETURN_RATE_P(x) return RateGetDatum(x)

/*
 * A new rate, after checking both parts (error naming `what` and the value
 * when one is negative, NaN or infinite).
 */
extern Rate *eco_rate_new(double numerator, double denominator, const char *what);

#endif
