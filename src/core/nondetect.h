/*
 * Laboratory notation for results below the detection limit.  HJ/T 91-2002
 * (surface water) and HJ/T 164-2004 §6.7.5 (groundwater) report such a
 * result as the method's detection limit followed by the flag L ("0.01L");
 * other reports write "<0.01", or "ND" / "未检出" with the limit given
 * elsewhere.
 */
#ifndef ECOINSP_NONDETECT_H
#define ECOINSP_NONDETECT_H

#include <stdbool.h>

#include "core/names.h"

typedef enum EcoNdStatus
{
	ECO_ND_OK = 0,
	ECO_ND_MALFORMED,			/* not a number, "0.01L", "<0.01", ND or 未检出 */
	ECO_ND_OUT_OF_RANGE			/* a number below 0, above 10^12 or not finite */
} EcoNdStatus;

#define ECO_ND_MAX_VALUE 1e12

/*
 * Reads len bytes of a reading.  A measured number: *detected = true and
 * *value the number.  A non-detect: *detected = false, and *has_limit
 * says whether the reading carries its detection limit (*value, "0.01L",
 * "<0.01") or not ("ND", "N.D.", "未检出", "未检").  Blanks around the
 * parts are allowed.
 */
extern EcoNdStatus eco_nondetect_read(const char *text, int len, bool *detected,
									  bool *has_limit, double *value);

/* What a non-detect counts as, given its detection limit. */
typedef enum EcoNdConvention
{
	ECO_ND_HALF_LIMIT = 0,		/* half the limit: 环办监测函〔2020〕82号 */
	ECO_ND_LIMIT,				/* the limit, an upper bound */
	ECO_ND_ZERO
} EcoNdConvention;

/* The convention argument's names (core/names.h). */
extern const EcoNameTable eco_nd_convention_names;

/* The value a non-detect of detection limit limit counts as. */
extern double eco_nondetect_value(EcoNdConvention convention, double limit);

#endif
