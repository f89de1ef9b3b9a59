/*
 * Change between periods (see period_change.h).
 */
#include "core/period_change.h"

#include <math.h>

#include "core/gbt8170.h"

const char *
eco_change_name(EcoChangeKind kind)
{
	return kind == ECO_CHANGE_YOY ? "yoy_change" : "improvement";
}

EcoChangeStatus
eco_change_pct(EcoChangeKind kind, double current, double previous, double *result)
{
	double		c,
				p;
	int			c_scale,
				p_scale;
	double		difference;

	if (previous == 0.0)
		return ECO_CHANGE_NO_BASE;
	if (!eco_decimal_of_double(current, &c, &c_scale) ||
		!eco_decimal_of_double(previous, &p, &p_scale))
		return ECO_CHANGE_NEEDS_EXACT;
	/* the same scale: exact while the counts stay below 2^50 */
	if (c_scale < p_scale)
		c *= eco_powers_of_ten[p_scale - c_scale];
	else
		p *= eco_powers_of_ten[c_scale - p_scale];
	difference = (kind == ECO_CHANGE_YOY ? c - p : p - c) * 100.0;
	if (!(fabs(c) < ECO_DECIMAL_COUNT_MAX && fabs(p) < ECO_DECIMAL_COUNT_MAX &&
		  fabs(difference) < ECO_DECIMAL_COUNT_MAX))
		return ECO_CHANGE_NEEDS_EXACT;
	*result = difference / p;
	return ECO_CHANGE_DONE;
}
