/*
 * What the air_summary glue (air_summary.c) offers the other glue files:
 * air_report() in bi.c reads a summary once for its day counts.
 */
#ifndef ECOINSP_GLUE_AIR_SUMMARY_H
#define ECOINSP_GLUE_AIR_SUMMARY_H

#include "core/air_summary.h"

/* the summary in v (any form), decoded into *into when it is packed */
extern const EcoAirSummary *air_summary_read(bytea *v, EcoAirSummary *into);

#endif
