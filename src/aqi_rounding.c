/*
 * The rounding option of the daily AQI: aqi_daily(..., rounding) and the
 * option's argument, which the air summary's day counts share
 * (src/air_summary_rounding.c).  See core/aqi_rounding.h for the rule and
 * docs/aqi.md for the clauses.
 */
#include "postgres.h"
#include "compat.h"

#include "fmgr.h"

#include "aqi_rounding.h"
#include "callsite.h"

EcoAqiRounding
aqi_rounding_arg(FunctionCallInfo fcinfo, int argno)
{
	return (EcoAqiRounding) callsite_name(fcinfo, argno, &eco_aqi_rounding_names);
}

/* aqi_daily(so2, no2, pm10, co, o3_8h, pm25, o3_1h, standard, so2_24h, rounding) */
PG_FUNCTION_INFO_V1(aqi_daily_rounding);
Datum
aqi_daily_rounding(PG_FUNCTION_ARGS)
{
	EcoAqiRounding rounding = aqi_rounding_arg(fcinfo, 9);

	return aqi_report_datum(fcinfo, ECO_REPORT_DAILY, 7, rounding);
}
