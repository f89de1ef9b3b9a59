/*
 * Change between periods as bulletins state it, in percent:
 *   year-over-year change  (current - previous) / previous * 100,
 *   improvement            (previous - current) / previous * 100
 * (improvement is for lower-is-better indicators: concentrations, the
 * composite index).  The period one year before another: civil_date.h.
 */
#ifndef ECOINSP_PERIOD_CHANGE_H
#define ECOINSP_PERIOD_CHANGE_H

#include <stdbool.h>
#include <stdint.h>

typedef enum EcoChangeKind
{
	ECO_CHANGE_YOY,				/* (current - previous) / previous */
	ECO_CHANGE_IMPROVEMENT		/* (previous - current) / previous */
} EcoChangeKind;

typedef enum EcoChangeStatus
{
	ECO_CHANGE_DONE,			/* *result is the change */
	ECO_CHANGE_NO_BASE,			/* previous is 0: no relative change from nothing */
	ECO_CHANGE_NEEDS_EXACT		/* no short decimal form: compute it in exact decimals */
} EcoChangeStatus;

/* "yoy_change" or "improvement": the SQL function's name */
extern const char *eco_change_name(EcoChangeKind kind);

/*
 * The change in percent of finite current and previous, as the double
 * nearest to the exact change of the decimals they were written as (31, 30,
 * 0.074): the published figure is that change rounded by GB/T 8170, and a
 * change of exactly 56.25 % must not come out as 56.25000000000001 and round
 * to 56.3, as (c - p) * 100 / p in doubles (three roundings) gives.  Over a
 * common decimal scale both are integers (eco_decimal_of_double) and
 * 100 (c - p) / p is one division of exact integers, rounded once.  When an
 * input has no short decimal form, or a count passes 2^50, the answer is
 * ECO_CHANGE_NEEDS_EXACT and the caller computes it in exact decimals.
 */
extern EcoChangeStatus eco_change_pct(EcoChangeKind kind, double current, double previous,
									  double *result);

#endif
