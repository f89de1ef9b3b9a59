/*
 * The rounding option of the daily AQI: aqi_daily(..., rounding) and the
 * option's argument, which the air summary's day counts share
 * (src/air_summary_rounding.c).  See core/aqi_rounding.h for the rule and
 * docs/aqi.md for the clauses.
 */
#include "postgres.h"
#include "compat.h"

#include "fmgr.h"
#include "lib/stringinfo.h"

#include "aqi_rounding.h"
#include "callsite.h"

/* "'reporting' (the default), 'as_given'", from the option's names */
static char *
rounding_names(void)
{
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	for (i = 0; eco_aqi_rounding_names[i] != NULL; i++)
		appendStringInfo(&buf, "%s'%s'%s", i > 0 ? ", " : "", eco_aqi_rounding_names[i],
						 i == ECO_AQI_ROUNDING_REPORTING ? " (the default)" : "");
	return buf.data;
}

/* a CallSiteParser: the EcoAqiRounding */
static int
parse_rounding(const char *name, int len)
{
	EcoAqiRounding rounding;

	if (!eco_aqi_rounding_from_name(name, len, &rounding))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown rounding \"%s\"", input_excerpt(name, len)),
				 errhint("Accepted (case-insensitive): %s; 'reporting' reads the concentrations at reporting precision (GB/T 8170: integer µg/m³, CO 0.1 mg/m³), as bulletins do.",
						 rounding_names())));
	return (int) rounding;
}

EcoAqiRounding
aqi_rounding_arg(FunctionCallInfo fcinfo, int argno)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the rounding option must not be NULL"),
				 errhint("Accepted: %s.", rounding_names())));
	return (EcoAqiRounding) callsite_arg(fcinfo, argno, parse_rounding);
}

/* aqi_daily(so2, no2, pm10, co, o3_8h, pm25, o3_1h, standard, so2_24h, rounding) */
PG_FUNCTION_INFO_V1(aqi_daily_rounding);
Datum
aqi_daily_rounding(PG_FUNCTION_ARGS)
{
	EcoAqiRounding rounding = aqi_rounding_arg(fcinfo, 9);

	return aqi_report_datum(fcinfo, ECO_REPORT_DAILY, 7, rounding);
}
