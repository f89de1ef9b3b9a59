/*
 * The precision at which a daily report reads its concentrations: the
 * `rounding` option of aqi_daily() and of the day counts of an air summary.
 *
 * HJ 633-2026 §4.2.2-4.2.3 round the concentrations by GB/T 8170 (half to
 * even) to integers in µg/m³ and CO to 0.1 mg/m³ before the index; HJ
 * 633-2012 has no such clause.  Bulletins count the published daily values,
 * which are at that precision (HJ 663-2013 evaluates the daily values as
 * published: integers, CO one decimal), so under HJ 633-2012 the reading
 * "at reporting precision" is the bulletins' and the default, and "as given"
 * is the 2012 text read literally.  A standard that prepares concentrations
 * itself (HJ 633-2026 rounds, US EPA truncates to its reporting steps) reads
 * them the same way under both options.
 */
#ifndef ECOINSP_AQI_ROUNDING_H
#define ECOINSP_AQI_ROUNDING_H

#include <stdbool.h>

#include "core/air_summary.h"
#include "core/aqi.h"
#include "core/names.h"

typedef enum EcoAqiRounding
{
	ECO_AQI_ROUNDING_REPORTING = 0, /* at reporting precision (the default) */
	ECO_AQI_ROUNDING_AS_GIVEN = 1	/* as given to the standard */
} EcoAqiRounding;

/*
 * The option's name argument (core/names.h): "reporting", "as_given"; its
 * hint says which is the default and what it reads.
 */
extern const EcoNameTable eco_aqi_rounding_names;

/*
 * Whether the option changes what the standard reads: only for a standard on
 * the 0..500 scale that reads its concentrations as given (HJ 633-2012).
 */
extern bool eco_aqi_rounding_matters(const EcoAqiStandard *standard);

/*
 * The standard as the option reads it: under 'reporting', a standard the
 * option matters for is read through a copy of it that rounds each
 * concentration half to even to its column's step before the look-up (the
 * HJ 633-2026 preparation; the steps of HJ 633-2012's columns, 1 µg/m³ and
 * CO 0.1 mg/m³, are the reporting precision).  The copy has the same id,
 * names and breakpoints, and columns of its own, so that the fast reading
 * of each column (eco_aqi_fast, kept per column) is built for the rounded
 * reading.  Otherwise the standard itself.  NULL when the copy cannot be
 * made: out of memory, or a second standard that reads as given (there is
 * one, HJ 633-2012).
 */
extern const EcoAqiStandard *eco_aqi_rounding_standard(const EcoAqiStandard *standard,
														EcoAqiRounding rounding);

/*
 * The daily AQI of an air summary's day and the day counts of its year
 * (air_summary.h: eco_air_day_aqi, eco_air_day_counts, which read at
 * reporting precision) under the option.  The summary keeps the exact sums
 * of the daily values, so "as given" reads each day's mean sum / count as
 * aqi_daily() reads a double: both options are read from the same stored
 * form.
 */
extern void eco_air_day_aqi_rounded(const EcoAirSummary *s, int day_of_year,
									EcoAqiRounding rounding, EcoAirDayAqi *out);
extern void eco_air_day_counts_rounded(const EcoAirSummary *s, EcoAqiRounding rounding,
									   EcoAirDayCounts *out);

#endif
