/*
 * The rounding option of the daily AQI (core/aqi_rounding.h) in SQL: shared
 * by aqi_daily() (src/aqi.c, src/aqi_rounding.c) and the day counts of an
 * air summary (src/air_summary_rounding.c).
 */
#ifndef ECOINSP_GLUE_AQI_ROUNDING_H
#define ECOINSP_GLUE_AQI_ROUNDING_H

#include "postgres.h"

#include "fmgr.h"

#include "core/aqi_rounding.h"

/*
 * The AQI report (aqi_daily, aqi_hourly) of the arguments around the
 * standard's (argument standard_argno), the inputs read as rounding says.
 */
extern Datum aqi_report_datum(FunctionCallInfo fcinfo, EcoAqiReport report,
							  int standard_argno, EcoAqiRounding rounding);

/*
 * The rounding named by argument argno, parsed once per call site: NULL is
 * 22004, an unknown name 22023 with the accepted names in the hint.
 */
extern EcoAqiRounding aqi_rounding_arg(FunctionCallInfo fcinfo, int argno);

#endif
