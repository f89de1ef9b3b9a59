/*
 * What the air_summary glue (air_summary.c) offers the other glue files:
 * air_report() in bi.c reads a summary once for its day counts.
 */
#ifndef ECOINSP_GLUE_AIR_SUMMARY_H
#define ECOINSP_GLUE_AIR_SUMMARY_H

#include "fmgr.h"

#include "core/air_summary.h"

/* the summary in v (any form), decoded into *into when it is packed */
extern const EcoAirSummary *air_summary_read(bytea *v, EcoAirSummary *into);

/* an AQI level argument, 1 to 6 (HJ 633 Table 2); else 22023 */
extern int32 airsum_level_arg(FunctionCallInfo fcinfo, int argno);

#endif
