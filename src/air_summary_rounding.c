/*
 * The day counts of an air summary under the rounding option of the daily
 * AQI (core/aqi_rounding.h): aqi_days, good_days, heavy_days and
 * days_at_level with a rounding argument.  The summary keeps the exact sums
 * of the daily values, so either reading comes from the same stored form.
 */
#include "postgres.h"
#include "compat.h"

#include "fmgr.h"

#include "air_summary.h"
#include "aqi_rounding.h"
#include "callsite.h"

/*
 * The day counts of argument 0 under the rounding of argument argno, on a
 * scratch summary per call site (no row pallocs one); false when the
 * summary is NULL.  Not STRICT: a NULL rounding is an error (22004), not a
 * NULL count.
 */
static bool
counts_arg(FunctionCallInfo fcinfo, int argno, EcoAirDayCounts *counts)
{
	EcoAqiRounding rounding = aqi_rounding_arg(fcinfo, argno);
	EcoAirSummary *scratch;

	if (PG_ARGISNULL(0))
		return false;
	scratch = callsite_extra(fcinfo, sizeof(EcoAirSummary));
	eco_air_day_counts_rounded(air_summary_read(PG_GETARG_BYTEA_PP(0), scratch),
							   rounding, counts);
	return true;
}

/* aqi_days(s, rounding) */
PG_FUNCTION_INFO_V1(air_summary_aqi_days_rounding);
Datum
air_summary_aqi_days_rounding(PG_FUNCTION_ARGS)
{
	EcoAirDayCounts c;

	if (!counts_arg(fcinfo, 1, &c))
		PG_RETURN_NULL();
	PG_RETURN_INT32(c.aqi_days);
}

/* good_days(s, rounding): AQI <= 100, levels 1 and 2 (HJ 633 Table 2) */
PG_FUNCTION_INFO_V1(air_summary_good_days_rounding);
Datum
air_summary_good_days_rounding(PG_FUNCTION_ARGS)
{
	EcoAirDayCounts c;

	if (!counts_arg(fcinfo, 1, &c))
		PG_RETURN_NULL();
	PG_RETURN_INT32(c.at_level[1] + c.at_level[2]);
}

/* heavy_days(s, rounding): AQI > 200, levels 5 and 6 (HJ 633 Table 2) */
PG_FUNCTION_INFO_V1(air_summary_heavy_days_rounding);
Datum
air_summary_heavy_days_rounding(PG_FUNCTION_ARGS)
{
	EcoAirDayCounts c;

	if (!counts_arg(fcinfo, 1, &c))
		PG_RETURN_NULL();
	PG_RETURN_INT32(c.at_level[5] + c.at_level[6]);
}

/* days_at_level(s, level, rounding) */
PG_FUNCTION_INFO_V1(air_summary_days_at_level_rounding);
Datum
air_summary_days_at_level_rounding(PG_FUNCTION_ARGS)
{
	EcoAirDayCounts c;

	if (!counts_arg(fcinfo, 2, &c) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	PG_RETURN_INT32(c.at_level[airsum_level_arg(fcinfo, 1)]);
}
