/*
 * nondetect_value() and is_nondetect(): laboratory results as exports carry
 * them ("0.35", "0.01L", "<0.01", "ND") read into values under a named
 * convention for the results below the detection limit.  The default,
 * half the detection limit, is the one of 《地表水环境质量监测数据统计技术
 * 规定（试行）》(环办监测函〔2020〕82号) point 7 and SL 219-2013 §12.2.5:
 * below the limit, 1/2 the limit enters the calculation (docs/water.md).
 */
#include "postgres.h"
#include "compat.h"

#include <math.h>

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/float.h"

#include "core/names.h"
#include "core/nondetect.h"
#include "callsite.h"

PG_FUNCTION_INFO_V1(nondetect_value);
PG_FUNCTION_INFO_V1(is_nondetect);

#define NOTATION_HINT "A reading is a number (0.35), a non-detect with its detection limit " \
	"(0.01L, <0.01) or without it (ND, N.D., 未检出; give detection_limit)."

/* reads the reading, raising 22P02 / 22003 for what is not one */
static void
read_reading(text *reading, bool *detected, bool *has_limit, double *value)
{
	const char *s = VARDATA_ANY(reading);
	int			len = VARSIZE_ANY_EXHDR(reading);

	switch (eco_nondetect_read(s, len, detected, has_limit, value))
	{
		case ECO_ND_OK:
			return;
		case ECO_ND_MALFORMED:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid laboratory reading \"%s\"", input_excerpt(s, len)),
					 errhint(NOTATION_HINT)));
			break;
		case ECO_ND_OUT_OF_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("laboratory reading \"%s\" is not a measurement", input_excerpt(s, len)),
					 errhint("A concentration or detection limit is a number from 0 to 1e12.")));
			break;
	}
}

/* nondetect_value(reading text, detection_limit float8 DEFAULT NULL, convention text DEFAULT 'half_limit') */
Datum
nondetect_value(PG_FUNCTION_ARGS)
{
	bool		detected;
	bool		has_limit;
	double		value = 0;
	int			convention;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	convention = callsite_name(fcinfo, 2, &eco_nd_convention_names);
	read_reading(PG_GETARG_TEXT_PP(0), &detected, &has_limit, &value);
	if (detected)
		PG_RETURN_FLOAT8(value);
	/* the reading's own limit first ("0.01L"); "ND" takes detection_limit */
	if (!has_limit)
	{
		if (PG_ARGISNULL(1))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("a non-detect without its detection limit needs detection_limit"),
					 errhint("Pass detection_limit => the method's detection limit, or write the reading as 0.01L.")));
		value = PG_GETARG_FLOAT8(1);
		if (!isfinite(value) || value < 0 || value > ECO_ND_MAX_VALUE)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("detection_limit %s is not a measurement", float8out_internal(value)),
					 errhint("A detection limit is a number from 0 to 1e12.")));
	}
	PG_RETURN_FLOAT8(eco_nondetect_value((EcoNdConvention) convention, value));
}

/* is_nondetect(reading text): false for a number, true for 0.01L, <0.01, ND */
Datum
is_nondetect(PG_FUNCTION_ARGS)
{
	bool		detected;
	bool		has_limit;
	double		value;

	read_reading(PG_GETARG_TEXT_PP(0), &detected, &has_limit, &value);
	PG_RETURN_BOOL(!detected);
}
